#pragma once
// Cuts trusted template text at the texts of control and user-defined tokens (ENGINE_SPEC §4.2 step 1),
// longest first, so that "<|eot_id|>" written in a template becomes its id rather than plain text.
#include "tokenizer/Vocab.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace trit {

struct TextFragment {
    std::string_view text; // raw text to tokenize, when token < 0
    int32_t token = -1;
};

class SpecialTokenSplitter {
public:
    explicit SpecialTokenSplitter(const Vocab& vocab);
    std::vector<TextFragment> split(const Vocab& vocab, std::string_view text) const;
    const std::vector<int32_t>& specialTokens() const { return by_length_; }

private:
    std::vector<int32_t> by_length_; // control and user-defined ids, longest text first
};

} // namespace trit
