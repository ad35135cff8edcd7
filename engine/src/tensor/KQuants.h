#pragma once
// Q4_K and Q6_K blocks (ENGINE_SPEC §3.5): exact decoders and simple reference encoders. Internal to the
// codecs; callers use dequantizeRow() and quantize() from Codecs.h.
#include <cstddef>
#include <cstdint>

namespace trit::kquants {

constexpr size_t kBlockElements = 256;
constexpr size_t kQ4KBytes = 144;
constexpr size_t kQ6KBytes = 210;

void decodeQ4K(const uint8_t* block, float* out);    // 256 values
void encodeQ4K(const float* values, uint8_t* block); // 256 values -> 144 bytes
void decodeQ6K(const uint8_t* block, float* out);    // 256 values
void encodeQ6K(const float* values, uint8_t* block); // 256 values -> 210 bytes

} // namespace trit::kquants
