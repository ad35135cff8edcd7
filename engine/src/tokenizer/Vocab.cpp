#include "tokenizer/Vocab.h"

#include "trit/Error.h"

namespace trit {

Vocab::Vocab(std::vector<std::string> tokens, std::vector<int32_t> types, std::vector<float> scores)
    : tokens_(std::move(tokens)), types_(std::move(types)), scores_(std::move(scores)) {
    const size_t n = tokens_.size();
    if (n == 0)
        throw Error("the tokenizer has no tokens (tokenizer.ggml.tokens is empty or missing)");
    if (n > 0x7FFFFFFF)
        throw Error("the tokenizer has too many tokens (" + std::to_string(n) + ")");
    if (types_.empty())
        types_.assign(n, kNormal);
    if (types_.size() != n)
        throw Error("tokenizer.ggml.token_type has " + std::to_string(types_.size()) +
                    " entries but there are " + std::to_string(n) + " tokens");
    if (!scores_.empty() && scores_.size() != n)
        throw Error("tokenizer.ggml.scores has " + std::to_string(scores_.size()) +
                    " entries but there are " + std::to_string(n) + " tokens");
    for (size_t i = 0; i < n; ++i) {
        // 0 is GGUF's "undefined" type, which llama.cpp treats like a normal token.
        if (types_[i] == 0)
            types_[i] = kNormal;
        if (types_[i] < kNormal || types_[i] > kByte)
            throw Error("token " + std::to_string(i) + " has unknown type " + std::to_string(types_[i]) +
                        " (tokenizer.ggml.token_type must be 1..6)");
    }
    index_.reserve(n);
    for (size_t i = 0; i < n; ++i)
        index_[tokens_[i]] = static_cast<int32_t>(i);
}

int32_t Vocab::find(std::string_view text) const {
    const auto it = index_.find(text);
    return it == index_.end() ? -1 : it->second;
}

int32_t Vocab::findText(std::string_view text) const {
    const int32_t id = find(text);
    if (id < 0)
        return -1;
    const TokenType t = type(id);
    return (t == kControl || t == kUnknown) ? -1 : id;
}

} // namespace trit
