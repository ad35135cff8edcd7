#pragma once
// Byte-level BPE of one pre-token (ENGINE_SPEC §4.2 steps 4-5): repeatedly merge the adjacent pair with the
// lowest merge rank (ties: leftmost). A priority queue with lazy invalidation keeps long words O(n log n).
#include "tokenizer/Vocab.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace trit {

class BpeEncoder {
public:
    // `merges` are "left right" in token-text form, in priority order. Throws Error for a malformed merge or
    // one naming an unknown token.
    BpeEncoder(const Vocab& vocab, const std::vector<std::string>& merges);

    // Appends the ids of `word` (already mapped byte -> unicode). With ignore_merges, a word that is itself a
    // token is emitted whole (Llama 3).
    void encodeWord(const Vocab& vocab, std::string_view word, bool ignore_merges,
                    std::vector<int32_t>& out) const;
    size_t mergeCount() const { return merges_.size(); }

private:
    struct Merge {
        int32_t rank;
        int32_t result;
    };
    static uint64_t key(int32_t left, int32_t right) {
        return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
    }
    std::unordered_map<uint64_t, Merge> merges_;
};

} // namespace trit
