#pragma once
// Splits text into the pieces that byte-level BPE encodes one at a time (ENGINE_SPEC §4.2 step 2).
#include <string>
#include <string_view>
#include <vector>

namespace trit {

class PreTokenizer {
public:
    enum class Kind { Llama3, Gpt2, Default };

    explicit PreTokenizer(Kind kind);
    // From a tokenizer.ggml.pre value; throws Error naming the supported values for an unknown one.
    static PreTokenizer fromName(const std::string& name);
    static std::vector<std::string> knownNames();

    Kind kind() const { return kind_; }
    const char* name() const;
    // Pieces of `text` (valid UTF-8), in order, covering all of it.
    std::vector<std::string_view> split(std::string_view text) const;

private:
    Kind kind_;
};

} // namespace trit
