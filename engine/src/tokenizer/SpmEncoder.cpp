#include "tokenizer/SpmEncoder.h"

#include "tokenizer/Utf8.h"

#include <queue>
#include <string>

namespace trit {

SpmEncoder::SpmEncoder(const Vocab& vocab, int32_t unk_id) {
    static const char* hex = "0123456789ABCDEF";
    for (int b = 0; b < 256; ++b) {
        const char name[7] = {'<', '0', 'x', hex[b >> 4], hex[b & 15], '>', 0};
        int32_t id = vocab.find(name);
        if (id < 0) // vocabularies without byte tokens may still have the single character
            id = vocab.findText(std::string(1, static_cast<char>(b)));
        byte_tokens_[static_cast<size_t>(b)] = id >= 0 ? id : unk_id;
    }
}

namespace {

struct Symbol {
    int32_t prev, next;
    uint32_t begin, length;
};

struct Candidate {
    float score;
    int32_t left, right;
    uint32_t length; // of the joined text when queued; a mismatch later means the pair is stale
    int32_t id;
    bool operator<(const Candidate& o) const {
        // Highest score first, then leftmost.
        return score != o.score ? score < o.score : left > o.left;
    }
};

} // namespace

void SpmEncoder::encode(const Vocab& vocab, std::string_view text, std::vector<int32_t>& out) const {
    std::vector<Symbol> symbols;
    symbols.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        const size_t length =
            std::min(utf8::lengthFromLeadByte(static_cast<uint8_t>(text[pos])), text.size() - pos);
        const auto index = static_cast<int32_t>(symbols.size());
        symbols.push_back({index - 1, -1, static_cast<uint32_t>(pos), static_cast<uint32_t>(length)});
        if (index > 0)
            symbols[static_cast<size_t>(index) - 1].next = index;
        pos += length;
    }
    if (symbols.empty())
        return;

    std::priority_queue<Candidate> queue;
    auto consider = [&](int32_t left, int32_t right) {
        if (left < 0 || right < 0)
            return;
        const Symbol& l = symbols[static_cast<size_t>(left)];
        const Symbol& r = symbols[static_cast<size_t>(right)];
        const int32_t id = vocab.findText(text.substr(l.begin, l.length + r.length));
        if (id >= 0)
            queue.push({vocab.score(id), left, right, l.length + r.length, id});
    };
    for (size_t i = 1; i < symbols.size(); ++i)
        consider(static_cast<int32_t>(i) - 1, static_cast<int32_t>(i));

    std::vector<int32_t> ids(symbols.size(), -1);
    while (!queue.empty()) {
        const Candidate c = queue.top();
        queue.pop();
        Symbol& l = symbols[static_cast<size_t>(c.left)];
        Symbol& r = symbols[static_cast<size_t>(c.right)];
        if (l.length == 0 || r.length == 0 || l.length + r.length != c.length || l.next != c.right)
            continue;
        l.length += r.length;
        r.length = 0;
        ids[static_cast<size_t>(c.left)] = c.id;
        l.next = r.next;
        if (r.next >= 0)
            symbols[static_cast<size_t>(r.next)].prev = c.left;
        consider(l.prev, c.left);
        consider(c.left, l.next);
    }

    for (int32_t i = 0; i >= 0; i = symbols[static_cast<size_t>(i)].next) {
        const Symbol& s = symbols[static_cast<size_t>(i)];
        int32_t id = ids[static_cast<size_t>(i)];
        if (id < 0)
            id = vocab.findText(text.substr(s.begin, s.length)); // a single character that is a token
        if (id >= 0) {
            out.push_back(id);
            continue;
        }
        for (size_t b = 0; b < s.length; ++b) {
            const int32_t byte_id = byte_tokens_[static_cast<uint8_t>(text[s.begin + b])];
            if (byte_id >= 0)
                out.push_back(byte_id);
        }
    }
}

} // namespace trit
