#pragma once
// Encoding and decoding rows of every tensor type, exactly as ENGINE_SPEC §3 lays them out.
// These are the scalar references; kernels may read the same bytes faster but must agree exactly.
#include "tensor/TensorType.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace trit {

float f16ToF32(uint16_t h); // exact, incl. subnormals, inf, NaN
uint16_t f32ToF16(float f); // round to nearest even
float bf16ToF32(uint16_t h);
uint16_t f32ToBf16(float f); // round to nearest even

// Decodes n consecutive elements starting at element 0 of `data` (a row, or a whole tensor for
// I2_S given its full byte span so the scale tail can be found). `n` must be a block multiple.
// For I2_S pass the whole tensor and use decodeI2S instead.
void dequantizeRow(TensorType type, const uint8_t* data, float* out, size_t n);

// Encoders (writers for tools and tests). Output sizes follow tensorBytes().
std::vector<uint8_t> quantize(TensorType type, std::span<const float> values, uint64_t ne0);

// I2_S helpers (spec §3.2): codes 0,1,2 for -1,0,+1; `scale` is gamma.
std::vector<uint8_t> encodeI2S(std::span<const int8_t> ternary, float scale); // n % 128 == 0
void decodeI2S(const uint8_t* data, size_t n, int8_t* ternary_out, float* scale_out);
// TQ1_0 / TQ2_0 from ternary values with one scale per 256-block.
std::vector<uint8_t> encodeTQ2(std::span<const int8_t> ternary, std::span<const float> block_scales);
std::vector<uint8_t> encodeTQ1(std::span<const int8_t> ternary, std::span<const float> block_scales);
// Decodes a TQ tensor to ternary values and per-block scales (float of the stored f16).
void decodeTQ2(const uint8_t* data, size_t n, int8_t* ternary_out, float* block_scales_out);
void decodeTQ1(const uint8_t* data, size_t n, int8_t* ternary_out, float* block_scales_out);

} // namespace trit
