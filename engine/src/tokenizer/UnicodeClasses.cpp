#include "tokenizer/UnicodeClasses.h"

#include <algorithm>
#include <array>

namespace trit {
namespace {

// Unicode's White_Space property (what \s means in the Python/Rust regexes the tokenizers were trained with).
bool isWhiteSpaceProperty(uint32_t cp) {
    if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680)
        return true;
    if (cp >= 0x2000 && cp <= 0x200A)
        return true;
    return cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

uint8_t lookupClass(uint32_t cp) {
    uint8_t bits = isWhiteSpaceProperty(cp) ? kWhitespace : kOther;
    const CodepointRange* begin = unicode_tables::kRanges;
    const CodepointRange* end = begin + unicode_tables::kRangeCount;
    const CodepointRange* it = std::upper_bound(
        begin, end, cp, [](uint32_t value, const CodepointRange& r) { return value < r.first; });
    if (it != begin && cp <= (it - 1)->last)
        bits |= (it - 1)->cls;
    return bits;
}

// Latin-1 is by far the most frequent input; a table keeps the binary search off the hot path.
const std::array<uint8_t, 256>& latin1Classes() {
    static const std::array<uint8_t, 256> table = [] {
        std::array<uint8_t, 256> t{};
        for (uint32_t cp = 0; cp < 256; ++cp)
            t[cp] = lookupClass(cp);
        return t;
    }();
    return table;
}

} // namespace

uint8_t codepointClass(uint32_t cp) {
    if (cp < 256)
        return latin1Classes()[cp];
    return lookupClass(cp);
}

} // namespace trit
