#pragma once
// Small scalar pieces every kernel path shares, so that the parts that must agree bit for bit (the f16
// conversion, the final combination of the 16 partial sums, the code-3 rule, the activation scale) are
// written exactly once.
#include <cmath>
#include <cstdint>
#include <cstring>

namespace trit::kernels {

constexpr int kPartials = 16;
constexpr int kI2SBlock = 128;     // elements per I2_S block
constexpr int kI2SBlockBytes = 32; // bytes per I2_S block

// Exact f16 -> f32, including subnormals and infinities. A NaN keeps its payload and becomes quiet, which
// is what F16C, AVX-512 and NEON conversions do, so every path agrees on NaN bits too.
inline float halfToFloat(uint16_t h) {
    const uint32_t sign = uint32_t(h & 0x8000u) << 16;
    const uint32_t exponent = (h >> 10) & 0x1fu;
    uint32_t mantissa = h & 0x3ffu;
    uint32_t bits;
    if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | (mantissa << 13) | (mantissa ? 0x00400000u : 0u);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign;
    } else {
        // Subnormal half: normalise the mantissa; every f16 subnormal is a normal f32.
        int shift = 0;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            ++shift;
        }
        bits = sign | (uint32_t(113 - shift) << 23) | ((mantissa & 0x3ffu) << 13);
    }
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// The fixed pairwise combination of the 16 partial sums (Kernels.h): for w in 8,4,2,1: p[i] += p[i+w].
inline float combinePartials(float* p) {
    for (int w = 8; w >= 1; w /= 2)
        for (int i = 0; i < w; ++i)
            p[i] += p[i + w];
    return p[0];
}

// Code 3 is never written (spec §3.2) and decodes as weight 0, i.e. code 1. Every path applies this same
// byte-wide rule before using the codes: clear the high bit of each 2-bit field whose low bit is set.
// 0->0, 1->1, 2->2, 3->1.
inline uint8_t normalizeCodes(uint8_t b) {
    return uint8_t(b & ~((b & 0x55u) << 1));
}

// The activation scale of spec §1.3/§1.5 from the largest |x| (exact in float, so computing the maximum
// in float and widening equals a maximum taken in double).
inline float activationScale(float max_abs) {
    const double amax = std::fmax(1e-5, double(max_abs));
    return float(127.0 / amax);
}

} // namespace trit::kernels
