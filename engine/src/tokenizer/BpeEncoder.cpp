#include "tokenizer/BpeEncoder.h"

#include "tokenizer/Utf8.h"
#include "trit/Error.h"

#include <queue>

namespace trit {

BpeEncoder::BpeEncoder(const Vocab& vocab, const std::vector<std::string>& merges) {
    merges_.reserve(merges.size());
    for (size_t rank = 0; rank < merges.size(); ++rank) {
        const std::string& merge = merges[rank];
        // Token texts never contain a plain space in byte-level vocabularies (space is "Ġ"); the first space
        // after the first character separates the two sides, as in llama.cpp.
        const size_t space = merge.find(' ', 1);
        if (space == std::string::npos)
            throw Error("tokenizer merge " + std::to_string(rank) + " ('" + merge +
                        "') is not two tokens separated by a space (tokenizer.ggml.merges)");
        const std::string_view left = std::string_view(merge).substr(0, space);
        const std::string_view right = std::string_view(merge).substr(space + 1);
        const int32_t left_id = vocab.find(left), right_id = vocab.find(right);
        if (left_id < 0 || right_id < 0)
            throw Error("tokenizer merge " + std::to_string(rank) + " ('" + merge +
                        "') names a token that is " +
                        "not in the vocabulary (tokenizer.ggml.merges does not match tokenizer.ggml.tokens)");
        std::string joined(left);
        joined += right;
        const int32_t result = vocab.find(joined);
        // A merge whose result is no token can never produce a valid symbol; llama.cpp would fall back to
        // bytes afterwards. Dropping it gives the same ids.
        if (result < 0)
            continue;
        merges_.emplace(key(left_id, right_id), Merge{static_cast<int32_t>(rank), result});
    }
}

namespace {

struct Symbol {
    int32_t id;     // -1 when the character is not a token
    int32_t prev;   // index of the previous live symbol, -1 at the start
    int32_t next;   // index of the next live symbol, -1 at the end
    uint32_t begin; // byte range in the word
    uint32_t length;
};

struct Candidate {
    int32_t rank;
    int32_t left, right;
    int32_t left_id, right_id;
    int32_t result;
    bool operator<(const Candidate& o) const {
        // std::priority_queue pops the largest: make "lower rank, then further left" the largest.
        return rank != o.rank ? rank > o.rank : left > o.left;
    }
};

} // namespace

void BpeEncoder::encodeWord(const Vocab& vocab, std::string_view word, bool ignore_merges,
                            std::vector<int32_t>& out) const {
    if (word.empty())
        return;
    if (ignore_merges) {
        const int32_t whole = vocab.findText(word);
        if (whole >= 0) {
            out.push_back(whole);
            return;
        }
    }
    std::vector<Symbol> symbols;
    symbols.reserve(word.size());
    for (size_t pos = 0; pos < word.size();) {
        const size_t length =
            std::min(utf8::lengthFromLeadByte(static_cast<uint8_t>(word[pos])), word.size() - pos);
        const auto index = static_cast<int32_t>(symbols.size());
        symbols.push_back({vocab.findText(word.substr(pos, length)), index - 1, -1,
                           static_cast<uint32_t>(pos), static_cast<uint32_t>(length)});
        if (index > 0)
            symbols[static_cast<size_t>(index) - 1].next = index;
        pos += length;
    }

    std::priority_queue<Candidate> queue;
    auto consider = [&](int32_t left, int32_t right) {
        if (left < 0 || right < 0)
            return;
        const Symbol& l = symbols[static_cast<size_t>(left)];
        const Symbol& r = symbols[static_cast<size_t>(right)];
        if (l.id < 0 || r.id < 0)
            return;
        const auto it = merges_.find(key(l.id, r.id));
        if (it != merges_.end())
            queue.push({it->second.rank, left, right, l.id, r.id, it->second.result});
    };
    for (size_t i = 1; i < symbols.size(); ++i)
        consider(static_cast<int32_t>(i) - 1, static_cast<int32_t>(i));

    while (!queue.empty()) {
        const Candidate c = queue.top();
        queue.pop();
        Symbol& l = symbols[static_cast<size_t>(c.left)];
        Symbol& r = symbols[static_cast<size_t>(c.right)];
        // Stale entries: one side was merged away or changed since the pair was queued.
        if (l.length == 0 || r.length == 0 || l.next != c.right || l.id != c.left_id || r.id != c.right_id)
            continue;
        l.id = c.result;
        l.length += r.length;
        r.length = 0;
        l.next = r.next;
        if (r.next >= 0)
            symbols[static_cast<size_t>(r.next)].prev = c.left;
        consider(l.prev, c.left);
        consider(c.left, l.next);
    }

    for (int32_t i = 0; i >= 0; i = symbols[static_cast<size_t>(i)].next) {
        const Symbol& s = symbols[static_cast<size_t>(i)];
        if (s.id >= 0) {
            out.push_back(s.id);
            continue;
        }
        // A character the vocabulary lacks: llama.cpp's fallback of one token per byte, where such exist.
        for (size_t b = 0; b < s.length; ++b) {
            const int32_t id = vocab.findText(word.substr(s.begin + b, 1));
            if (id >= 0)
                out.push_back(id);
        }
    }
}

} // namespace trit
