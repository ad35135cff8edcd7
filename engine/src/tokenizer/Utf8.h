#pragma once
// Small UTF-8 helpers for the tokenizer (decoding with validation, encoding, repair of broken input).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace trit::utf8 {

constexpr uint32_t kReplacement = 0xFFFD;

// Status of the bytes at the start of `s`: a whole valid character of `length` bytes, the valid beginning
// of a character that needs more bytes, or an invalid sequence whose first `length` bytes are to be replaced.
struct Sequence {
    enum Kind { kComplete, kIncomplete, kInvalid } kind;
    size_t length;
    uint32_t codepoint; // valid only for kComplete
};
Sequence inspect(std::string_view s);

void append(std::string& out, uint32_t codepoint);
// The text with every invalid or truncated sequence replaced by U+FFFD (one per maximal invalid subpart).
std::string repaired(std::string_view s);
// Length in bytes of the character starting with this lead byte (1 for stray continuation bytes).
size_t lengthFromLeadByte(uint8_t lead);

} // namespace trit::utf8
