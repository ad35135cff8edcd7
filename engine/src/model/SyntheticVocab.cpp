#include "model/SyntheticVocab.h"

#include "tokenizer/ByteUnicode.h"

#include <string>

namespace trit {

namespace {

void addByteTokens(TokenizerConfig& c) {
    for (int b = 0; b < 256; ++b) {
        c.tokens.push_back(byte_unicode::encode(std::string(1, char(b))));
        c.token_types.push_back(kNormal);
    }
}

int32_t addToken(TokenizerConfig& c, std::string text, int32_t type) {
    c.tokens.push_back(std::move(text));
    c.token_types.push_back(type);
    return int32_t(c.tokens.size() - 1);
}

} // namespace

TokenizerConfig smallSyntheticVocab(uint32_t n_vocab) {
    TokenizerConfig c;
    c.model = "gpt2";
    c.pre = "gpt-2";
    addByteTokens(c);
    // Merges in rank order; each result becomes a token, so common words tokenize to few ids.
    static const char* const kMerges[][2] = {
        {"Ġ", "t"},  {"h", "e"},   {"Ġt", "he"},  {"i", "n"},   {"Ġ", "a"},    {"e", "r"},     {"o", "n"},
        {"r", "e"},  {"Ġ", "s"},   {"e", "n"},    {"a", "t"},   {"Ġ", "w"},    {"o", "r"},     {"Ġ", "o"},
        {"l", "l"},  {"Ġ", "h"},   {"Ġ", "i"},    {"e", "s"},   {"Ġ", "c"},    {"Ġ", "b"},     {"Ġ", "H"},
        {"e", "ll"}, {"H", "ell"}, {"Hell", "o"}, {"Ġw", "or"}, {"Ġwor", "l"}, {"Ġworl", "d"},
    };
    for (const auto& m : kMerges) {
        c.merges.push_back(std::string(m[0]) + " " + m[1]);
        addToken(c, std::string(m[0]) + m[1], kNormal);
    }
    c.bos_id = addToken(c, "<|begin_of_text|>", kControl);
    c.eos_id = addToken(c, "<|end_of_text|>", kControl);
    c.eot_id = addToken(c, "<|eot_id|>", kControl);
    c.pad_id = c.eos_id;
    for (uint32_t i = 0; c.tokens.size() < n_vocab; ++i)
        addToken(c, "<|reserved_special_token_" + std::to_string(i) + "|>", kControl);
    c.add_bos = true;
    c.add_bos_present = true;
    return c;
}

TokenizerConfig llama3ShapedSyntheticVocab() {
    constexpr int kNormalTokens = 128000, kPairs = 65536, kMergeCount = 280147;
    TokenizerConfig c;
    c.model = "gpt2";
    addByteTokens(c);
    const auto byteText = [&](int b) { return c.tokens[size_t(b)]; };
    // Two-byte tokens for every byte pair, then three-byte tokens (a pair + one more byte) up to 128000.
    for (int p = 0; p < kPairs; ++p) {
        c.merges.push_back(byteText(p / 256) + " " + byteText(p % 256));
        addToken(c, byteText(p / 256) + byteText(p % 256), kNormal);
    }
    for (int i = 0; int(c.tokens.size()) < kNormalTokens; ++i) {
        const std::string& pair = c.tokens[size_t(256 + i)];
        c.merges.push_back(pair + " " + byteText('x'));
        addToken(c, pair + byteText('x'), kNormal);
    }
    // Further merges between pair tokens (their results are not tokens, which BPE tolerates), up to the
    // count.
    for (int i = 0; int(c.merges.size()) < kMergeCount; ++i)
        c.merges.push_back(c.tokens[size_t(256 + i % kPairs)] + " " +
                           c.tokens[size_t(256 + (i / kPairs + 1 + i) % kPairs)]);
    static const char* const kNamed[] = {"<|begin_of_text|>",
                                         "<|end_of_text|>",
                                         "<|reserved_special_token_0|>",
                                         "<|reserved_special_token_1|>",
                                         "<|reserved_special_token_2|>",
                                         "<|reserved_special_token_3|>",
                                         "<|start_header_id|>",
                                         "<|end_header_id|>",
                                         "<|reserved_special_token_4|>",
                                         "<|eot_id|>"};
    for (const char* name : kNamed)
        addToken(c, name, kControl);
    for (int i = 5; c.tokens.size() < 128256; ++i)
        addToken(c, "<|reserved_special_token_" + std::to_string(i) + "|>", kControl);
    c.bos_id = 128000;
    c.eos_id = 128001;
    c.pad_id = 128001;
    c.add_bos = true;
    c.add_bos_present = true;
    return c;
}

} // namespace trit
