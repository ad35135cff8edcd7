#pragma once
// SentencePiece-style encoding as llama.cpp does it for `tokenizer.ggml.model == "llama"` (ENGINE_SPEC §4.5):
// start from characters, repeatedly join the adjacent pair whose joined text is the token with the highest
// score (ties: leftmost); characters that never became a token are written as <0xNN> byte tokens.
#include "tokenizer/Vocab.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace trit {

class SpmEncoder {
public:
    explicit SpmEncoder(const Vocab& vocab, int32_t unk_id);

    // `text` already has spaces replaced by U+2581 and, where due, the leading one added.
    void encode(const Vocab& vocab, std::string_view text, std::vector<int32_t>& out) const;

private:
    std::array<int32_t, 256> byte_tokens_{}; // -1 when the vocabulary has no token for the byte
};

} // namespace trit
