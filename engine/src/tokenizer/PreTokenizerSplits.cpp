#include "tokenizer/PreTokenizerSplits.h"

#include "tokenizer/UnicodeClasses.h"

namespace trit::pretokenize {
namespace {

constexpr uint32_t kOutside = 0xFFFFFFFF;

// One chunk seen through the regex engine's eyes: reads past its end give "no character".
class Chunk {
public:
    Chunk(const CodepointText& text, size_t begin, size_t end, Partition& out)
        : text_(text), begin_(begin), end_(end), out_(out), last_cut_(begin) {}

    size_t begin() const { return begin_; }
    size_t end() const { return end_; }
    uint32_t cp(size_t pos) const { return pos < end_ ? text_.codepoints[pos] : kOutside; }
    bool inside(size_t pos) const { return pos < end_; }
    uint8_t cls(size_t pos) const { return pos < end_ ? text_.classes[pos] : uint8_t{kOther}; }
    bool letter(size_t pos) const { return cls(pos) & kLetter; }
    bool number(size_t pos) const { return cls(pos) & kNumber; }
    bool space(size_t pos) const { return cls(pos) & kWhitespace; }
    // [^\s\p{L}\p{N}] — any character that is not whitespace, letter or number.
    bool other(size_t pos) const { return inside(pos) && !(cls(pos) & (kWhitespace | kLetter | kNumber)); }

    // Ends the current piece at `pos` (no piece when empty); returns its length.
    size_t cut(size_t pos) {
        const size_t length = pos - last_cut_;
        if (length > 0)
            out_.push_back(length);
        last_cut_ = pos;
        return length;
    }

private:
    const CodepointText& text_;
    size_t begin_, end_;
    Partition& out_;
    size_t last_cut_;
};

uint32_t asciiLower(uint32_t c) {
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

// Length of an English contraction at pos ('s 't 're 've 'm 'll 'd), or 0.
size_t contractionLength(const Chunk& c, size_t pos, bool ignore_case) {
    if (c.cp(pos) != '\'' || !c.inside(pos + 1))
        return 0;
    auto fold = [&](uint32_t ch) { return ignore_case ? asciiLower(ch) : ch; };
    const uint32_t a = fold(c.cp(pos + 1));
    if (a == 's' || a == 't' || a == 'm' || a == 'd')
        return 2;
    if (!c.inside(pos + 2))
        return 0;
    const uint32_t b = fold(c.cp(pos + 2));
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
        return 3;
    return 0;
}

bool isCrOrLf(uint32_t c) {
    return c == '\r' || c == '\n';
}

template <typename SplitChunk>
Partition forEachChunk(const CodepointText& text, const Partition& chunks, SplitChunk split) {
    Partition out;
    out.reserve(chunks.size());
    size_t start = 0;
    for (size_t length : chunks) {
        Chunk chunk(text, start, start + length, out);
        split(chunk);
        start += length;
    }
    return out;
}

// Whitespace tails shared by the llama3 and GPT-2 regexes: \s+(?!\S) then \s+. Returns false when pos
// does not start with whitespace.
bool matchTrailingWhitespace(Chunk& c, size_t& pos) {
    size_t count = 0;
    while (c.space(pos + count))
        ++count;
    if (count > 1 && c.inside(pos + count)) {
        // \s+(?!\S): leave the last space to the word that follows.
        pos += count - 1;
        c.cut(pos);
        return true;
    }
    if (count > 0) {
        pos += count;
        c.cut(pos);
        return true;
    }
    return false;
}

template <typename Predicate>
Partition splitRuns(const CodepointText& text, const Partition& chunks, Predicate matches) {
    return forEachChunk(text, chunks, [&](Chunk& c) {
        size_t pos = c.begin();
        while (pos < c.end()) {
            if (!matches(c.cp(pos), c.cls(pos))) {
                ++pos;
                continue;
            }
            c.cut(pos); // the gap before the run
            while (pos < c.end() && matches(c.cp(pos), c.cls(pos)))
                ++pos;
            c.cut(pos);
        }
        c.cut(c.end());
    });
}

} // namespace

Partition splitLlama3(const CodepointText& text, const Partition& chunks) {
    return forEachChunk(text, chunks, [](Chunk& c) {
        size_t pos = c.begin();
        while (pos < c.end()) {
            const uint32_t cp = c.cp(pos);
            if (size_t n = contractionLength(c, pos, true)) {
                pos += c.cut(pos + n);
                continue;
            }
            // [^\r\n\p{L}\p{N}]?\p{L}+
            if (!isCrOrLf(cp) && !c.number(pos) && (c.letter(pos) || c.letter(pos + 1))) {
                ++pos;
                while (c.letter(pos))
                    ++pos;
                c.cut(pos);
                continue;
            }
            // \p{N}{1,3}
            if (c.number(pos)) {
                size_t run_start = pos;
                while (c.number(pos)) {
                    if (++pos - run_start >= 3) {
                        c.cut(pos);
                        run_start = pos;
                    }
                }
                c.cut(pos);
                continue;
            }
            // " ?[^\s\p{L}\p{N}]+[\r\n]*"
            const size_t symbol_start = cp == ' ' ? pos + 1 : pos;
            if (c.other(symbol_start)) {
                pos = symbol_start;
                while (c.other(pos))
                    ++pos;
                while (isCrOrLf(c.cp(pos)))
                    ++pos;
                c.cut(pos);
                continue;
            }
            // \s*[\r\n]+ : whitespace up to and including its last line break.
            size_t count = 0, after_last_break = 0;
            while (c.space(pos + count)) {
                if (isCrOrLf(c.cp(pos + count)))
                    after_last_break = pos + count + 1;
                ++count;
            }
            if (after_last_break > 0) {
                pos = after_last_break;
                c.cut(pos);
                continue;
            }
            if (matchTrailingWhitespace(c, pos))
                continue;
            c.cut(++pos); // nothing matches: a piece of its own
        }
    });
}

Partition splitGpt2(const CodepointText& text, const Partition& chunks) {
    return forEachChunk(text, chunks, [](Chunk& c) {
        size_t pos = c.begin();
        while (pos < c.end()) {
            const uint32_t cp = c.cp(pos);
            if (size_t n = contractionLength(c, pos, false)) {
                pos += c.cut(pos + n);
                continue;
            }
            const size_t body = cp == ' ' ? pos + 1 : pos;
            // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+"
            if (c.letter(body) || c.number(body) || c.other(body)) {
                const uint8_t kind = c.letter(body) ? kLetter : c.number(body) ? kNumber : 0;
                pos = body;
                if (kind)
                    while (c.cls(pos) & kind)
                        ++pos;
                else
                    while (c.other(pos))
                        ++pos;
                c.cut(pos);
                continue;
            }
            if (matchTrailingWhitespace(c, pos))
                continue;
            c.cut(++pos);
        }
    });
}

Partition splitPunctuationRuns(const CodepointText& text, const Partition& chunks) {
    return splitRuns(text, chunks, [](uint32_t cp, uint8_t cls) {
        return (cls & kPunctuation) || cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' ||
               cp == '^' || cp == '~' || cp == '|';
    });
}

Partition splitNumberRuns(const CodepointText& text, const Partition& chunks) {
    return splitRuns(text, chunks, [](uint32_t, uint8_t cls) { return (cls & kNumber) != 0; });
}

Partition splitDigitTriplets(const CodepointText& text, const Partition& chunks) {
    return forEachChunk(text, chunks, [](Chunk& c) {
        auto digit = [&](size_t p) { return c.cp(p) >= '0' && c.cp(p) <= '9'; };
        size_t pos = c.begin();
        while (pos < c.end()) {
            if (digit(pos) && digit(pos + 1) && digit(pos + 2)) {
                c.cut(pos);
                pos += 3;
                c.cut(pos);
            } else {
                ++pos;
            }
        }
        c.cut(c.end());
    });
}

} // namespace trit::pretokenize
