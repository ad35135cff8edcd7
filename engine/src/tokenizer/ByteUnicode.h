#pragma once
// GPT-2's reversible byte <-> unicode mapping (ENGINE_SPEC §4.2 step 3): byte-level BPE vocabularies store
// every token as printable characters, one per byte.
#include <cstdint>
#include <string>
#include <string_view>

namespace trit::byte_unicode {

// The UTF-8 text of the character that stands for `byte`.
const std::string& encodeByte(uint8_t byte);
// Every byte of `bytes` mapped to its character.
std::string encode(std::string_view bytes);
// The byte a code point stands for, or -1 when it is not part of the mapping.
int decodeCodepoint(uint32_t codepoint);

} // namespace trit::byte_unicode
