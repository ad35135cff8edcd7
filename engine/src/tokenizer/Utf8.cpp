#include "tokenizer/Utf8.h"

namespace trit::utf8 {

size_t lengthFromLeadByte(uint8_t lead) {
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

Sequence inspect(std::string_view s) {
    const auto b0 = static_cast<uint8_t>(s[0]);
    if (b0 < 0x80)
        return {Sequence::kComplete, 1, b0};
    size_t need = 0;
    uint32_t cp = 0;
    // The allowed range of the second byte excludes overlong forms, surrogates and code points past U+10FFFF.
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        cp = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;
        if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        cp = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;
        if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return {Sequence::kInvalid, 1, 0};
    }
    for (size_t i = 1; i < need; ++i) {
        if (i >= s.size())
            return {Sequence::kIncomplete, i, 0};
        const auto b = static_cast<uint8_t>(s[i]);
        const uint8_t min = i == 1 ? lo : 0x80, max = i == 1 ? hi : 0xBF;
        if (b < min || b > max)
            return {Sequence::kInvalid, i, 0};
        cp = (cp << 6) | (b & 0x3F);
    }
    return {Sequence::kComplete, need, cp};
}

void append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string repaired(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t pos = 0;
    while (pos < s.size()) {
        const Sequence seq = inspect(s.substr(pos));
        if (seq.kind == Sequence::kComplete)
            out.append(s.substr(pos, seq.length));
        else
            append(out, kReplacement);
        pos += seq.length;
    }
    return out;
}

} // namespace trit::utf8
