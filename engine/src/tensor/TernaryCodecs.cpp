// The three ternary layouts, byte for byte as ENGINE_SPEC §3.2 (I2_S) and §3.4 (TQ2_0, TQ1_0) define them.
#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cstring>
#include <string>

namespace trit {

namespace {

constexpr size_t kI2SBlock = 128;
constexpr size_t kQK = 256;
constexpr size_t kTQ2Bytes = 66;
constexpr size_t kTQ1Bytes = 54;

uint8_t ternaryCode(int8_t value, const char* what) {
    if (value < -1 || value > 1)
        throw Error(std::string(what) + ": weight value " + std::to_string(value) + " is not in {-1, 0, +1}");
    return static_cast<uint8_t>(value + 1);
}

void requireMultiple(size_t n, size_t block, const char* what) {
    if (n % block != 0)
        throw Error(std::string(what) + ": " + std::to_string(n) + " elements is not a multiple of " +
                    std::to_string(block));
}

void storeF16(uint8_t* dst, float value) {
    const uint16_t h = f32ToF16(value);
    dst[0] = static_cast<uint8_t>(h & 0xFF);
    dst[1] = static_cast<uint8_t>(h >> 8);
}

float loadF16(const uint8_t* src) {
    return f16ToF32(static_cast<uint16_t>(src[0] | (src[1] << 8)));
}

// 5 trits (t0 most significant, each 0..2) packed so that trit n = ((b * 3^n mod 256) * 3) >> 8.
uint8_t packTrits(const uint8_t* trits, int count) {
    unsigned q = 0;
    for (int n = 0; n < 5; ++n)
        q = q * 3 + (n < count ? trits[n] : 0);
    return static_cast<uint8_t>((q * 256 + 242) / 243);
}

uint8_t tritAt(uint8_t byte, int n) {
    static constexpr unsigned kPow3[5] = {1, 3, 9, 27, 81};
    const unsigned rotated = (byte * kPow3[n]) & 0xFF;
    return static_cast<uint8_t>((rotated * 3) >> 8);
}

} // namespace

std::vector<uint8_t> encodeI2S(std::span<const int8_t> ternary, float scale) {
    requireMultiple(ternary.size(), kI2SBlock, "I2_S encoding");
    std::vector<uint8_t> out(ternary.size() / 4 + 32, 0);
    for (size_t e = 0; e < ternary.size(); ++e) {
        const size_t byte = 32 * (e / kI2SBlock) + e % 32;
        const int shift = 6 - 2 * static_cast<int>((e % kI2SBlock) / 32);
        out[byte] |= static_cast<uint8_t>(ternaryCode(ternary[e], "I2_S encoding") << shift);
    }
    std::memcpy(out.data() + ternary.size() / 4, &scale, sizeof scale);
    return out;
}

void decodeI2S(const uint8_t* data, size_t n, int8_t* ternary_out, float* scale_out) {
    requireMultiple(n, kI2SBlock, "I2_S decoding");
    static constexpr int8_t kValue[4] = {-1, 0, 1, 0}; // code 3 is never written; read it as 0
    for (size_t e = 0; e < n; ++e) {
        const size_t byte = 32 * (e / kI2SBlock) + e % 32;
        const int shift = 6 - 2 * static_cast<int>((e % kI2SBlock) / 32);
        ternary_out[e] = kValue[(data[byte] >> shift) & 3];
    }
    if (scale_out)
        std::memcpy(scale_out, data + n / 4, sizeof(float));
}

std::vector<uint8_t> encodeTQ2(std::span<const int8_t> ternary, std::span<const float> block_scales) {
    requireMultiple(ternary.size(), kQK, "TQ2_0 encoding");
    const size_t blocks = ternary.size() / kQK;
    if (block_scales.size() != blocks)
        throw Error("TQ2_0 encoding: expected one scale per 256-element block");
    std::vector<uint8_t> out(blocks * kTQ2Bytes, 0);
    for (size_t b = 0; b < blocks; ++b) {
        uint8_t* block = out.data() + b * kTQ2Bytes;
        const int8_t* t = ternary.data() + b * kQK;
        for (size_t e = 0; e < kQK; ++e) {
            const size_t half = e / 128, lane = (e % 128) / 32, m = e % 32;
            block[32 * half + m] |= static_cast<uint8_t>(ternaryCode(t[e], "TQ2_0 encoding") << (2 * lane));
        }
        storeF16(block + 64, block_scales[b]);
    }
    return out;
}

void decodeTQ2(const uint8_t* data, size_t n, int8_t* ternary_out, float* block_scales_out) {
    requireMultiple(n, kQK, "TQ2_0 decoding");
    for (size_t b = 0; b < n / kQK; ++b) {
        const uint8_t* block = data + b * kTQ2Bytes;
        for (size_t e = 0; e < kQK; ++e) {
            const size_t half = e / 128, lane = (e % 128) / 32, m = e % 32;
            const int code = (block[32 * half + m] >> (2 * lane)) & 3;
            ternary_out[b * kQK + e] = static_cast<int8_t>(code - 1);
        }
        if (block_scales_out)
            block_scales_out[b] = loadF16(block + 64);
    }
}

std::vector<uint8_t> encodeTQ1(std::span<const int8_t> ternary, std::span<const float> block_scales) {
    requireMultiple(ternary.size(), kQK, "TQ1_0 encoding");
    const size_t blocks = ternary.size() / kQK;
    if (block_scales.size() != blocks)
        throw Error("TQ1_0 encoding: expected one scale per 256-element block");
    std::vector<uint8_t> out(blocks * kTQ1Bytes, 0);
    for (size_t b = 0; b < blocks; ++b) {
        uint8_t* block = out.data() + b * kTQ1Bytes;
        const int8_t* t = ternary.data() + b * kQK;
        uint8_t trits[5];
        for (size_t m = 0; m < 32; ++m) { // qs[0..31]: elements 32n + m
            for (int n = 0; n < 5; ++n)
                trits[n] = ternaryCode(t[32 * n + m], "TQ1_0 encoding");
            block[m] = packTrits(trits, 5);
        }
        for (size_t m = 0; m < 16; ++m) { // qs[32..47]: elements 160 + 16n + m
            for (int n = 0; n < 5; ++n)
                trits[n] = ternaryCode(t[160 + 16 * n + m], "TQ1_0 encoding");
            block[32 + m] = packTrits(trits, 5);
        }
        for (size_t j = 0; j < 4; ++j) { // qh[0..3]: elements 240 + 4n + j, fifth trit zero
            for (int n = 0; n < 4; ++n)
                trits[n] = ternaryCode(t[240 + 4 * n + j], "TQ1_0 encoding");
            block[48 + j] = packTrits(trits, 4);
        }
        storeF16(block + 52, block_scales[b]);
    }
    return out;
}

void decodeTQ1(const uint8_t* data, size_t n, int8_t* ternary_out, float* block_scales_out) {
    requireMultiple(n, kQK, "TQ1_0 decoding");
    for (size_t b = 0; b < n / kQK; ++b) {
        const uint8_t* block = data + b * kTQ1Bytes;
        int8_t* t = ternary_out + b * kQK;
        for (size_t m = 0; m < 32; ++m)
            for (int k = 0; k < 5; ++k)
                t[32 * k + m] = static_cast<int8_t>(tritAt(block[m], k) - 1);
        for (size_t m = 0; m < 16; ++m)
            for (int k = 0; k < 5; ++k)
                t[160 + 16 * k + m] = static_cast<int8_t>(tritAt(block[32 + m], k) - 1);
        for (size_t j = 0; j < 4; ++j)
            for (int k = 0; k < 4; ++k)
                t[240 + 4 * k + j] = static_cast<int8_t>(tritAt(block[48 + j], k) - 1);
        if (block_scales_out)
            block_scales_out[b] = loadF16(block + 52);
    }
}

} // namespace trit
