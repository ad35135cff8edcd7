#pragma once
// The token table: texts, types and scores by id, and the reverse lookup from text to id.
#include "tokenizer/TokenizerConfig.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace trit {

class Vocab {
public:
    // Validates sizes and types against the tokens; throws Error.
    Vocab(std::vector<std::string> tokens, std::vector<int32_t> types, std::vector<float> scores);

    int32_t size() const { return static_cast<int32_t>(tokens_.size()); }
    bool contains(int32_t id) const { return id >= 0 && id < size(); }
    const std::string& text(int32_t id) const { return tokens_[static_cast<size_t>(id)]; }
    TokenType type(int32_t id) const { return static_cast<TokenType>(types_[static_cast<size_t>(id)]); }
    float score(int32_t id) const { return scores_.empty() ? 0.0f : scores_[static_cast<size_t>(id)]; }
    // Id of an exact text, any token type; -1 when absent. Duplicate texts resolve to the last id, as
    // llama.cpp.
    int32_t find(std::string_view text) const;
    // Like find(), but only tokens that ordinary text may produce (not control or unknown tokens).
    int32_t findText(std::string_view text) const;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> tokens_;
    std::vector<int32_t> types_;
    std::vector<float> scores_;
    std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> index_;
};

} // namespace trit
