#pragma once
// Text <-> token ids, driven by the GGUF tokenizer metadata (byte-level BPE or SentencePiece).
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trit {

class TokenizerImpl;

class Tokenizer {
public:
    explicit Tokenizer(std::unique_ptr<TokenizerImpl> impl);
    ~Tokenizer();
    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;

    // parse_special: cut at control/user-defined token texts (template text only, never user input).
    std::vector<int32_t> encode(std::string_view text, bool add_bos, bool parse_special) const;
    // The raw bytes of one token (control tokens give "" unless render_special).
    std::string tokenBytes(int32_t id, bool render_special = false) const;
    std::string decode(std::span<const int32_t> ids) const;

    int32_t vocabSize() const;
    int32_t bos() const; // -1 when absent
    int32_t eos() const;
    int32_t eot() const; // end of turn (e.g. <|eot_id|>), -1 when absent
    bool isEndOfGeneration(int32_t id) const;
    bool addBosByDefault() const;
    // Id of an exact token text (e.g. "<|eot_id|>"), or -1.
    int32_t findToken(std::string_view text) const;
    std::string model() const;        // "gpt2" or "llama"
    std::string preTokenizer() const; // name of the pre-tokenizer in use

    const TokenizerImpl& impl() const { return *impl_; }

private:
    std::unique_ptr<TokenizerImpl> impl_;
};

// Releases text only at whole UTF-8 characters: feed token bytes, get what is complete.
class Utf8StreamDecoder {
public:
    // Returns the complete characters now available (may be empty).
    std::string push(std::string_view bytes);
    // Whatever is left (invalid or incomplete tail), with U+FFFD for broken sequences.
    std::string flush();

private:
    std::string pending_;
};

} // namespace trit
