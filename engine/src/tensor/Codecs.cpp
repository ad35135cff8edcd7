// Float conversions, Q8_0, and the type dispatch of dequantizeRow() / quantize() (ENGINE_SPEC §3).
#include "tensor/Codecs.h"

#include "tensor/KQuants.h"
#include "trit/Error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace trit {

namespace {

uint32_t floatBits(float f) {
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

float bitsFloat(uint32_t bits) {
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

uint16_t load16(const uint8_t* src) {
    return static_cast<uint16_t>(src[0] | (src[1] << 8));
}

void store16(uint8_t* dst, uint16_t value) {
    dst[0] = static_cast<uint8_t>(value & 0xFF);
    dst[1] = static_cast<uint8_t>(value >> 8);
}

constexpr size_t kQ80Block = 32;
constexpr size_t kQ80Bytes = 34;
constexpr size_t kQK = 256;

void decodeQ80(const uint8_t* data, float* out, size_t n) {
    for (size_t b = 0; b < n / kQ80Block; ++b) {
        const uint8_t* block = data + b * kQ80Bytes;
        const float d = f16ToF32(load16(block));
        for (size_t i = 0; i < kQ80Block; ++i)
            out[b * kQ80Block + i] = static_cast<float>(static_cast<int8_t>(block[2 + i])) * d;
    }
}

// llama.cpp's reference: d = max|x| / 127, q = round(x / d).
void encodeQ80(const float* values, uint8_t* out, size_t n) {
    for (size_t b = 0; b < n / kQ80Block; ++b) {
        const float* x = values + b * kQ80Block;
        uint8_t* block = out + b * kQ80Bytes;
        float amax = 0;
        for (size_t i = 0; i < kQ80Block; ++i)
            amax = std::max(amax, std::fabs(x[i]));
        const float d = amax / 127.0f;
        const float inverse = d > 0 ? 1.0f / d : 0.0f;
        store16(block, f32ToF16(d));
        for (size_t i = 0; i < kQ80Block; ++i)
            block[2 + i] = static_cast<uint8_t>(
                static_cast<int8_t>(std::clamp(static_cast<int>(std::lround(x[i] * inverse)), -127, 127)));
    }
}

// Reference ternary quantizer of TQ1_0/TQ2_0 (spec §3.4): d = max|x| per block, t = round(x / d).
void ternarizePerBlock(std::span<const float> values, std::vector<int8_t>& ternary,
                       std::vector<float>& scales) {
    ternary.resize(values.size());
    scales.resize(values.size() / kQK);
    for (size_t b = 0; b < scales.size(); ++b) {
        float amax = 0;
        for (size_t i = 0; i < kQK; ++i)
            amax = std::max(amax, std::fabs(values[b * kQK + i]));
        const float inverse = amax > 0 ? 1.0f / amax : 0.0f;
        scales[b] = amax;
        for (size_t i = 0; i < kQK; ++i)
            ternary[b * kQK + i] =
                static_cast<int8_t>(std::clamp(std::lround(values[b * kQK + i] * inverse), -1L, 1L));
    }
}

// I2_S holds one scale per tensor. Weights that are already ternary (every |w| is 0 or one value γ, as the
// BitNet converters write them) keep γ exactly; anything else gets BitNet's absmean quantization (§1.3).
void ternarizeTensor(std::span<const float> values, std::vector<int8_t>& ternary, float& scale) {
    float magnitude = 0;
    bool already_ternary = true;
    double abs_sum = 0;
    for (float v : values) {
        const float a = std::fabs(v);
        abs_sum += a;
        if (a == 0)
            continue;
        if (magnitude == 0)
            magnitude = a;
        else if (a != magnitude)
            already_ternary = false;
    }
    if (already_ternary && magnitude > 0)
        scale = magnitude;
    else
        scale = std::max(static_cast<float>(abs_sum / static_cast<double>(values.size())), 1e-5f);
    ternary.resize(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        ternary[i] = static_cast<int8_t>(std::clamp(std::nearbyint(values[i] / scale), -1.0f, 1.0f));
}

} // namespace

float f16ToF32(uint16_t h) {
    const uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
    const uint32_t exponent = (h >> 10) & 0x1F;
    const uint32_t mantissa = h & 0x3FF;
    if (exponent == 0) { // zero or subnormal: mantissa * 2^-24, exact in float
        const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
        return sign ? -magnitude : magnitude;
    }
    if (exponent == 31)
        return bitsFloat(sign | 0x7F800000u | (mantissa << 13));
    return bitsFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

uint16_t f32ToF16(float f) {
    const uint32_t bits = floatBits(f);
    const auto sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
    const int exponent8 = static_cast<int>((bits >> 23) & 0xFF);
    uint32_t mantissa = bits & 0x7FFFFF;
    if (exponent8 == 255) // inf stays inf; NaN stays a (quiet) NaN with its top payload bits
        return static_cast<uint16_t>(sign | 0x7C00 | (mantissa ? 0x200 | (mantissa >> 13) : 0));
    const int exponent = exponent8 - 127 + 15;
    if (exponent >= 31)
        return static_cast<uint16_t>(sign | 0x7C00);
    if (exponent <= 0) {
        if (exponent < -10)
            return sign;
        mantissa |= 0x800000;
        const int shift = 14 - exponent;
        uint32_t h = mantissa >> shift;
        const uint32_t rest = mantissa & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rest > half || (rest == half && (h & 1)))
            ++h; // a carry into the exponent gives the smallest normal, as it should
        return static_cast<uint16_t>(sign | h);
    }
    uint32_t h = (static_cast<uint32_t>(exponent) << 10) | (mantissa >> 13);
    const uint32_t rest = mantissa & 0x1FFF;
    if (rest > 0x1000 || (rest == 0x1000 && (h & 1)))
        ++h; // may carry up to 0x7C00 = inf, which is the correctly rounded result
    return static_cast<uint16_t>(sign | h);
}

float bf16ToF32(uint16_t h) {
    return bitsFloat(static_cast<uint32_t>(h) << 16);
}

uint16_t f32ToBf16(float f) {
    const uint32_t bits = floatBits(f);
    if ((bits & 0x7FFFFFFF) > 0x7F800000)
        return static_cast<uint16_t>((bits >> 16) | 0x40); // keep NaN a NaN
    return static_cast<uint16_t>((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16);
}

void dequantizeRow(TensorType type, const uint8_t* data, float* out, size_t n) {
    if (n % blockSize(type) != 0)
        throw Error("dequantizeRow: " + std::to_string(n) + " elements is not a multiple of the " +
                    std::string(tensorTypeName(type)) + " block of " + std::to_string(blockSize(type)));
    switch (type) {
    case TensorType::F32:
        std::memcpy(out, data, n * sizeof(float));
        return;
    case TensorType::F16:
        for (size_t i = 0; i < n; ++i)
            out[i] = f16ToF32(load16(data + 2 * i));
        return;
    case TensorType::BF16:
        for (size_t i = 0; i < n; ++i)
            out[i] = bf16ToF32(load16(data + 2 * i));
        return;
    case TensorType::Q8_0:
        decodeQ80(data, out, n);
        return;
    case TensorType::Q4_K:
        for (size_t b = 0; b < n / kQK; ++b)
            kquants::decodeQ4K(data + b * kquants::kQ4KBytes, out + b * kQK);
        return;
    case TensorType::Q6_K:
        for (size_t b = 0; b < n / kQK; ++b)
            kquants::decodeQ6K(data + b * kquants::kQ6KBytes, out + b * kQK);
        return;
    case TensorType::TQ1_0:
    case TensorType::TQ2_0: {
        std::vector<int8_t> ternary(n);
        std::vector<float> scales(n / kQK);
        (type == TensorType::TQ1_0 ? decodeTQ1 : decodeTQ2)(data, n, ternary.data(), scales.data());
        for (size_t i = 0; i < n; ++i)
            out[i] = static_cast<float>(ternary[i]) * scales[i / kQK];
        return;
    }
    case TensorType::I2_S: { // `data` is the whole tensor: the scale follows the n/4 code bytes
        std::vector<int8_t> ternary(n);
        float scale = 0;
        decodeI2S(data, n, ternary.data(), &scale);
        for (size_t i = 0; i < n; ++i)
            out[i] = static_cast<float>(ternary[i]) * scale;
        return;
    }
    }
}

std::vector<uint8_t> quantize(TensorType type, std::span<const float> values, uint64_t ne0) {
    const auto bytes = tensorBytes(type, ne0, values.size());
    if (!bytes)
        throw Error("cannot encode " + std::to_string(values.size()) + " values with row length " +
                    std::to_string(ne0) + " as " + std::string(tensorTypeName(type)) +
                    ": rows must be whole multiples of its " + std::to_string(blockSize(type)) +
                    "-element block");
    std::vector<uint8_t> out(*bytes);
    const size_t n = values.size();
    switch (type) {
    case TensorType::F32:
        std::memcpy(out.data(), values.data(), n * sizeof(float));
        break;
    case TensorType::F16:
        for (size_t i = 0; i < n; ++i)
            store16(out.data() + 2 * i, f32ToF16(values[i]));
        break;
    case TensorType::BF16:
        for (size_t i = 0; i < n; ++i)
            store16(out.data() + 2 * i, f32ToBf16(values[i]));
        break;
    case TensorType::Q8_0:
        encodeQ80(values.data(), out.data(), n);
        break;
    case TensorType::Q4_K:
        for (size_t b = 0; b < n / kQK; ++b)
            kquants::encodeQ4K(values.data() + b * kQK, out.data() + b * kquants::kQ4KBytes);
        break;
    case TensorType::Q6_K:
        for (size_t b = 0; b < n / kQK; ++b)
            kquants::encodeQ6K(values.data() + b * kQK, out.data() + b * kquants::kQ6KBytes);
        break;
    case TensorType::TQ1_0:
    case TensorType::TQ2_0: {
        std::vector<int8_t> ternary;
        std::vector<float> scales;
        ternarizePerBlock(values, ternary, scales);
        out = type == TensorType::TQ1_0 ? encodeTQ1(ternary, scales) : encodeTQ2(ternary, scales);
        break;
    }
    case TensorType::I2_S: {
        std::vector<int8_t> ternary;
        float scale = 0;
        ternarizeTensor(values, ternary, scale);
        out = encodeI2S(ternary, scale);
        break;
    }
    }
    return out;
}

} // namespace trit
