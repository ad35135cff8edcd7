#pragma once
// The AArch64 Advanced SIMD kernels, shared by KernelsNeon_neon.cpp (ternary products with widening
// multiplies) and KernelsNeonDotprod_dotprod.cpp (TRIT_NEON_DOTPROD defined: SDOT). Internal linkage only.
#include "kernels/KernelCommon.h"
#include "kernels/Kernels.h"

#include <algorithm>
#include <arm_neon.h>
#include <cmath>

namespace trit::kernels {
namespace {

float quantizeActNeon(const float* x, int n, int8_t* q, int32_t* qsum) {
    float32x4_t vmax = vdupq_n_f32(0.0f);
    int i = 0;
    for (; i + 4 <= n; i += 4)
        vmax = vmaxq_f32(vmax, vabsq_f32(vld1q_f32(x + i)));
    float max_abs = vmaxvq_f32(vmax);
    for (; i < n; ++i)
        max_abs = std::max(max_abs, std::fabs(x[i]));
    const float scale = activationScale(max_abs);

    const float32x4_t lo = vdupq_n_f32(-128.0f), hi = vdupq_n_f32(127.0f);
    int32x4_t vsum = vdupq_n_s32(0);
    auto quantize4 = [&](const float* p) {
        // vrndnq: round to nearest, ties to even, like nearbyint in the scalar path.
        const float32x4_t v = vrndnq_f32(vmulq_n_f32(vld1q_f32(p), scale));
        const int32x4_t r = vcvtq_s32_f32(vminq_f32(vmaxq_f32(v, lo), hi));
        vsum = vaddq_s32(vsum, r);
        return r;
    };
    for (i = 0; i + 16 <= n; i += 16) {
        const int16x8_t ab = vcombine_s16(vmovn_s32(quantize4(x + i)), vmovn_s32(quantize4(x + i + 4)));
        const int16x8_t cd = vcombine_s16(vmovn_s32(quantize4(x + i + 8)), vmovn_s32(quantize4(x + i + 12)));
        vst1q_s8(q + i, vcombine_s8(vmovn_s16(ab), vmovn_s16(cd)));
    }
    int32_t sum = vaddvq_s32(vsum);
    for (; i < n; ++i) {
        const int v = int(std::clamp(std::nearbyint(x[i] * scale), -128.0f, 127.0f));
        q[i] = int8_t(v);
        sum += v;
    }
    *qsum = sum;
    return scale;
}

// Ternary weights t = code - 1 of one field (elements 32f + 0..15 from the first 16 bytes, 32f + 16..31
// from the next 16), after the code-3 rule.
struct BlockWeights {
    int8x16_t t[8]; // field f, half h at t[2f + h]
};

inline uint8x16_t cleanCodes(uint8x16_t v) {
    return vbicq_u8(v, vshlq_n_u8(vandq_u8(v, vdupq_n_u8(0x55)), 1));
}

inline void decodeBlock(const uint8_t* p, BlockWeights& w) {
    const uint8x16_t v[2] = {cleanCodes(vld1q_u8(p)), cleanCodes(vld1q_u8(p + 16))};
    const uint8x16_t three = vdupq_n_u8(3);
    const int8x16_t one = vdupq_n_s8(1);
    for (int h = 0; h < 2; ++h) {
        w.t[0 + h] = vsubq_s8(vreinterpretq_s8_u8(vshrq_n_u8(v[h], 6)), one);
        w.t[2 + h] = vsubq_s8(vreinterpretq_s8_u8(vandq_u8(vshrq_n_u8(v[h], 4), three)), one);
        w.t[4 + h] = vsubq_s8(vreinterpretq_s8_u8(vandq_u8(vshrq_n_u8(v[h], 2), three)), one);
        w.t[6 + h] = vsubq_s8(vreinterpretq_s8_u8(vandq_u8(v[h], three)), one);
    }
}

// acc += sum over the block of t * q (128 elements).
inline int32x4_t blockDot(int32x4_t acc, const BlockWeights& w, const int8_t* qb) {
#if defined(TRIT_NEON_DOTPROD)
    for (int i = 0; i < 8; ++i)
        acc = vdotq_s32(acc, w.t[i], vld1q_s8(qb + 16 * i));
    return acc;
#else
    // |t*q| <= 128, so 16 products per int16 lane stay far from overflow.
    int16x8_t s = vdupq_n_s16(0);
    for (int i = 0; i < 8; ++i) {
        const int8x16_t qv = vld1q_s8(qb + 16 * i);
        s = vmlal_s8(s, vget_low_s8(w.t[i]), vget_low_s8(qv));
        s = vmlal_high_s8(s, w.t[i], qv);
    }
    return vpadalq_s16(acc, s);
#endif
}

template <int T>
void ternaryRowTokens(const uint8_t* row, int K, const int8_t* q, int32_t* out, size_t out_stride) {
    int32x4_t acc[T];
    for (int t = 0; t < T; ++t)
        acc[t] = vdupq_n_s32(0);
    BlockWeights w;
    for (int b = 0; b < K / kI2SBlock; ++b) {
        __builtin_prefetch(row + (b + 8) * kI2SBlockBytes);
        decodeBlock(row + b * kI2SBlockBytes, w);
        for (int t = 0; t < T; ++t)
            acc[t] = blockDot(acc[t], w, q + size_t(t) * size_t(K) + b * kI2SBlock);
    }
    for (int t = 0; t < T; ++t)
        out[size_t(t) * out_stride] = vaddvq_s32(acc[t]);
}

void ternaryGemvNeon(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, int32_t,
                     int32_t* acc) {
    for (int r = row_begin; r < row_end; ++r)
        ternaryRowTokens<1>(codes + size_t(r) * size_t(K / 4), K, q, acc + (r - row_begin), 0);
}

template <int T>
void gemmTile(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, int32_t* acc,
              size_t stride) {
    for (int r = row_begin; r < row_end; ++r)
        ternaryRowTokens<T>(codes + size_t(r) * size_t(K / 4), K, q, acc + (r - row_begin), stride);
}

void ternaryGemmNeon(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, const int32_t*,
                     int n_tok, int32_t* acc, int acc_stride) {
    constexpr int kTile = 4; // 8 weight registers + 4 accumulators + loads of the 32 NEON registers
    const size_t stride = size_t(acc_stride);
    int t = 0;
    for (; t + kTile <= n_tok; t += kTile)
        gemmTile<kTile>(codes, K, row_begin, row_end, q + size_t(t) * K, acc + t * stride, stride);
    const int rest = n_tok - t;
    const int8_t* qt = q + size_t(t) * K;
    int32_t* at = acc + t * stride;
    if (rest == 3)
        gemmTile<3>(codes, K, row_begin, row_end, qt, at, stride);
    else if (rest == 2)
        gemmTile<2>(codes, K, row_begin, row_end, qt, at, stride);
    else if (rest == 1)
        gemmTile<1>(codes, K, row_begin, row_end, qt, at, stride);
}

// ---- fixed-order float reductions: four float32x4 registers are partials 0..15; the tail (n % 16) is
// finished in scalar code on the stored partials.

inline float32x4_t loadHalf4(const uint16_t* p) {
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
inline float32x4_t loadFloat4(const float* p) {
    return vld1q_f32(p);
}
inline float scalarHalf(uint16_t h) {
    return halfToFloat(h);
}
inline float scalarFloat(float f) {
    return f;
}

template <typename A, typename Load4, typename Load1>
float dotNeon(const A* a, const float* b, int n, Load4 load4, Load1 load1) {
    float32x4_t p[4] = {vdupq_n_f32(0.0f), vdupq_n_f32(0.0f), vdupq_n_f32(0.0f), vdupq_n_f32(0.0f)};
    int k = 0;
    for (; k + 16 <= n; k += 16)
        for (int j = 0; j < 4; ++j)
            p[j] = vfmaq_f32(p[j], load4(a + k + 4 * j), vld1q_f32(b + k + 4 * j));
    float partial[kPartials];
    for (int j = 0; j < 4; ++j)
        vst1q_f32(partial + 4 * j, p[j]);
    for (; k < n; ++k)
        partial[k % kPartials] = std::fma(load1(a[k]), b[k], partial[k % kPartials]);
    return combinePartials(partial);
}

float dotF32Neon(const float* a, const float* b, int n) {
    return dotNeon(a, b, n, loadFloat4, scalarFloat);
}
float dotF16Neon(const uint16_t* a, const float* b, int n) {
    return dotNeon(a, b, n, loadHalf4, scalarHalf);
}

void gemvF16Neon(const uint16_t* w, int K, int row_begin, int row_end, const float* x, float* y) {
    for (int r = row_begin; r < row_end; ++r)
        y[r - row_begin] = dotF16Neon(w + size_t(r) * size_t(K), x, K);
}

void gemvF32Neon(const float* w, int K, int row_begin, int row_end, const float* x, float* y) {
    for (int r = row_begin; r < row_end; ++r)
        y[r - row_begin] = dotF32Neon(w + size_t(r) * size_t(K), x, K);
}

void axpyF32Neon(int n, float a, const float* x, float* y) {
    int i = 0;
    for (; i + 4 <= n; i += 4)
        vst1q_f32(y + i, vfmaq_n_f32(vld1q_f32(y + i), vld1q_f32(x + i), a));
    for (; i < n; ++i)
        y[i] = std::fma(a, x[i], y[i]);
}

void axpyF16Neon(int n, float a, const uint16_t* x, float* y) {
    int i = 0;
    for (; i + 4 <= n; i += 4)
        vst1q_f32(y + i, vfmaq_n_f32(vld1q_f32(y + i), loadHalf4(x + i), a));
    for (; i < n; ++i)
        y[i] = std::fma(a, halfToFloat(x[i]), y[i]);
}

} // namespace
} // namespace trit::kernels
