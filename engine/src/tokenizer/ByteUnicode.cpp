#include "tokenizer/ByteUnicode.h"

#include "tokenizer/Utf8.h"

#include <array>
#include <vector>

namespace trit::byte_unicode {
namespace {

struct Tables {
    std::array<std::string, 256> byte_to_text;
    std::vector<int16_t> codepoint_to_byte; // indexed by code point, up to U+0143
};

const Tables& tables() {
    static const Tables t = [] {
        Tables tb;
        std::array<uint32_t, 256> cp{};
        uint32_t next = 0x100;
        for (uint32_t b = 0; b < 256; ++b) {
            const bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
            cp[b] = printable ? b : next++;
        }
        tb.codepoint_to_byte.assign(next, -1);
        for (uint32_t b = 0; b < 256; ++b) {
            utf8::append(tb.byte_to_text[b], cp[b]);
            tb.codepoint_to_byte[cp[b]] = static_cast<int16_t>(b);
        }
        return tb;
    }();
    return t;
}

} // namespace

const std::string& encodeByte(uint8_t byte) {
    return tables().byte_to_text[byte];
}

std::string encode(std::string_view bytes) {
    const auto& t = tables();
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes)
        out += t.byte_to_text[static_cast<uint8_t>(c)];
    return out;
}

int decodeCodepoint(uint32_t codepoint) {
    const auto& map = tables().codepoint_to_byte;
    return codepoint < map.size() ? map[codepoint] : -1;
}

} // namespace trit::byte_unicode
