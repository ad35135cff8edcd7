#pragma once
// The 256-bit x86 kernels, shared by two translation units compiled with different flags:
// KernelsAvx2_avx2.cpp (multiply-add of codes with vpmaddubsw) and KernelsAvxVnni_avxvnni.cpp
// (TRIT_AVX_VNNI defined: vpdpbusd). Everything here has internal linkage, so the two copies never mix.
#include "kernels/KernelCommon.h"
#include "kernels/Kernels.h"

#include <algorithm>
#include <cmath>
#include <immintrin.h>

namespace trit::kernels {
namespace {

// ---- activation quantization ------------------------------------------------------------------------

float quantizeActAvx(const float* x, int n, int8_t* q, int32_t* qsum) {
    const __m256 abs_mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    __m256 vmax = _mm256_setzero_ps();
    int i = 0;
    for (; i + 8 <= n; i += 8)
        vmax = _mm256_max_ps(vmax, _mm256_and_ps(_mm256_loadu_ps(x + i), abs_mask));
    float lanes[8];
    _mm256_storeu_ps(lanes, vmax);
    float max_abs = 0.0f;
    for (float v : lanes)
        max_abs = std::max(max_abs, v);
    for (; i < n; ++i)
        max_abs = std::max(max_abs, std::fabs(x[i]));
    const float scale = activationScale(max_abs);

    const __m256 vscale = _mm256_set1_ps(scale);
    const __m256 lo = _mm256_set1_ps(-128.0f), hi = _mm256_set1_ps(127.0f);
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7); // undoes the per-lane packing order
    __m256i vsum = _mm256_setzero_si256();
    auto quantize8 = [&](const float* p) {
        __m256 v = _mm256_round_ps(_mm256_mul_ps(_mm256_loadu_ps(p), vscale),
                                   _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        const __m256i r = _mm256_cvtps_epi32(_mm256_min_ps(_mm256_max_ps(v, lo), hi));
        vsum = _mm256_add_epi32(vsum, r);
        return r;
    };
    i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i a = quantize8(x + i), b = quantize8(x + i + 8);
        const __m256i c = quantize8(x + i + 16), d = quantize8(x + i + 24);
        const __m256i packed = _mm256_packs_epi16(_mm256_packs_epi32(a, b), _mm256_packs_epi32(c, d));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(q + i), _mm256_permutevar8x32_epi32(packed, order));
    }
    int32_t sums[8];
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(sums), vsum);
    int32_t sum = 0;
    for (int32_t s : sums)
        sum += s;
    for (; i < n; ++i) {
        const int v = int(std::clamp(std::nearbyint(x[i] * scale), -128.0f, 127.0f));
        q[i] = int8_t(v);
        sum += v;
    }
    *qsum = sum;
    return scale;
}

// ---- ternary products ---------------------------------------------------------------------------------

inline int32_t hsum(__m256i v) {
    const __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    const __m128i s2 = _mm_add_epi32(s, _mm_shuffle_epi32(s, _MM_SHUFFLE(1, 0, 3, 2)));
    const __m128i s3 = _mm_add_epi32(s2, _mm_shuffle_epi32(s2, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_cvtsi128_si32(s3);
}

// One 32-byte block's codes after the code-3 rule (KernelCommon.h normalizeCodes).
inline __m256i loadCodes(const uint8_t* p) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    return _mm256_andnot_si256(_mm256_slli_epi16(_mm256_and_si256(v, _mm256_set1_epi8(0x55)), 1), v);
}

// Codes of field f (elements 32f..32f+31 of the block): shift 6-2f, mask 3.
template <int F> inline __m256i field(__m256i v) {
    return _mm256_and_si256(_mm256_srli_epi16(v, 6 - 2 * F), _mm256_set1_epi8(3));
}

inline __m256i loadQ(const int8_t* p) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// acc[0..NA) += sum over one block of code * q, fields c0..c3 against q[0..31], ..., q[96..127].
template <int NA>
inline void blockDot(__m256i* acc, __m256i c0, __m256i c1, __m256i c2, __m256i c3, const int8_t* qb) {
#if defined(TRIT_AVX_VNNI)
    // Four dependent vpdpbusd per block would be bound by its latency: spread the fields over NA chains.
    acc[0 % NA] = _mm256_dpbusd_avx_epi32(acc[0 % NA], c0, loadQ(qb));
    acc[1 % NA] = _mm256_dpbusd_avx_epi32(acc[1 % NA], c1, loadQ(qb + 32));
    acc[2 % NA] = _mm256_dpbusd_avx_epi32(acc[2 % NA], c2, loadQ(qb + 64));
    acc[3 % NA] = _mm256_dpbusd_avx_epi32(acc[3 % NA], c3, loadQ(qb + 96));
#else
    // Each maddubs lane is at most |2*2*128| = 512 and four of them add up to 2048: no int16 saturation,
    // so the four fields are summed in int16 and widened to int32 once per block.
    const __m256i s01 =
        _mm256_add_epi16(_mm256_maddubs_epi16(c0, loadQ(qb)), _mm256_maddubs_epi16(c1, loadQ(qb + 32)));
    const __m256i s23 =
        _mm256_add_epi16(_mm256_maddubs_epi16(c2, loadQ(qb + 64)), _mm256_maddubs_epi16(c3, loadQ(qb + 96)));
    acc[0] = _mm256_add_epi32(acc[0], _mm256_madd_epi16(_mm256_add_epi16(s01, s23), _mm256_set1_epi16(1)));
#endif
}

// Independent accumulator chains per token: more for few tokens (latency), fewer for many (registers).
template <int T> constexpr int accumulatorsPerToken() {
#if defined(TRIT_AVX_VNNI)
    return T == 1 ? 4 : 2;
#else
    return 1;
#endif
}

// T tokens against one row: each block's codes are decoded once and reused for every token.
template <int T>
void ternaryRowTokens(const uint8_t* row, int K, const int8_t* q, const int32_t* qsum, int32_t* out,
                      size_t out_stride) {
    constexpr int NA = accumulatorsPerToken<T>();
    __m256i acc[T][NA];
    for (int t = 0; t < T; ++t)
        for (int a = 0; a < NA; ++a)
            acc[t][a] = _mm256_setzero_si256();
    const int blocks = K / kI2SBlock;
    for (int b = 0; b < blocks; ++b) {
        _mm_prefetch(reinterpret_cast<const char*>(row + (b + 8) * kI2SBlockBytes), _MM_HINT_T0);
        const __m256i v = loadCodes(row + b * kI2SBlockBytes);
        const __m256i c0 = field<0>(v), c1 = field<1>(v), c2 = field<2>(v), c3 = field<3>(v);
        for (int t = 0; t < T; ++t)
            blockDot<NA>(acc[t], c0, c1, c2, c3, q + size_t(t) * size_t(K) + b * kI2SBlock);
    }
    // sum c*q - sum q = sum (c-1)*q = sum t*q.
    for (int t = 0; t < T; ++t) {
        __m256i total = acc[t][0];
        for (int a = 1; a < NA; ++a)
            total = _mm256_add_epi32(total, acc[t][a]);
        out[size_t(t) * out_stride] = hsum(total) - qsum[t];
    }
}

void ternaryGemvAvx(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, int32_t qsum,
                    int32_t* acc) {
    for (int r = row_begin; r < row_end; ++r)
        ternaryRowTokens<1>(codes + size_t(r) * size_t(K / 4), K, q, &qsum, acc + (r - row_begin), 0);
}

template <int T>
void ternaryGemmTile(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
                     const int32_t* qsum, int32_t* acc, size_t acc_stride) {
    for (int r = row_begin; r < row_end; ++r)
        ternaryRowTokens<T>(codes + size_t(r) * size_t(K / 4), K, q, qsum, acc + (r - row_begin), acc_stride);
}

void ternaryGemmAvx(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
                    const int32_t* qsum, int n_tok, int32_t* acc, int acc_stride) {
    constexpr int kTile = 4; // 4 accumulators + 4 code registers + loads fit the 16 ymm registers
    const size_t stride = size_t(acc_stride);
    int t = 0;
    for (; t + kTile <= n_tok; t += kTile)
        ternaryGemmTile<kTile>(codes, K, row_begin, row_end, q + size_t(t) * K, qsum + t, acc + t * stride,
                               stride);
    const int rest = n_tok - t;
    const int8_t* qt = q + size_t(t) * K;
    int32_t* at = acc + t * stride;
    if (rest == 3)
        ternaryGemmTile<3>(codes, K, row_begin, row_end, qt, qsum + t, at, stride);
    else if (rest == 2)
        ternaryGemmTile<2>(codes, K, row_begin, row_end, qt, qsum + t, at, stride);
    else if (rest == 1)
        ternaryGemmTile<1>(codes, K, row_begin, row_end, qt, qsum + t, at, stride);
}

// ---- fixed-order float reductions ------------------------------------------------------------------------
// Partials 0..7 live in the first register, 8..15 in the second; the tail (n % 16 elements) is finished in
// scalar code on the stored partials, so every path handles the tail identically.

inline __m256 loadHalf8(const uint16_t* p) {
    return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}

template <typename A, typename Load>
float finishDot(__m256 p0, __m256 p1, const A* a, const float* b, int from, int n, Load scalar_load) {
    float p[kPartials];
    _mm256_storeu_ps(p, p0);
    _mm256_storeu_ps(p + 8, p1);
    for (int k = from; k < n; ++k)
        p[k % kPartials] = std::fma(scalar_load(a[k]), b[k], p[k % kPartials]);
    return combinePartials(p);
}

float dotF32Avx(const float* a, const float* b, int n) {
    __m256 p0 = _mm256_setzero_ps(), p1 = _mm256_setzero_ps();
    int k = 0;
    for (; k + 16 <= n; k += 16) {
        p0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + k), _mm256_loadu_ps(b + k), p0);
        p1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + k + 8), _mm256_loadu_ps(b + k + 8), p1);
    }
    return finishDot(p0, p1, a, b, k, n, [](float v) { return v; });
}

float dotF16Avx(const uint16_t* a, const float* b, int n) {
    __m256 p0 = _mm256_setzero_ps(), p1 = _mm256_setzero_ps();
    int k = 0;
    for (; k + 16 <= n; k += 16) {
        p0 = _mm256_fmadd_ps(loadHalf8(a + k), _mm256_loadu_ps(b + k), p0);
        p1 = _mm256_fmadd_ps(loadHalf8(a + k + 8), _mm256_loadu_ps(b + k + 8), p1);
    }
    return finishDot(p0, p1, a, b, k, n, halfToFloat);
}

// R rows at once: independent accumulator chains hide the FMA latency, and x is loaded once for R rows.
template <int R, typename W, typename Load8, typename LoadScalar>
void gemvRows(const W* w, int K, int row, const float* x, float* y, Load8 load8, LoadScalar load1) {
    __m256 p0[R], p1[R];
    for (int i = 0; i < R; ++i)
        p0[i] = p1[i] = _mm256_setzero_ps();
    int k = 0;
    for (; k + 16 <= K; k += 16) {
        const __m256 x0 = _mm256_loadu_ps(x + k), x1 = _mm256_loadu_ps(x + k + 8);
        for (int i = 0; i < R; ++i) {
            const W* wr = w + size_t(row + i) * size_t(K);
            p0[i] = _mm256_fmadd_ps(load8(wr + k), x0, p0[i]);
            p1[i] = _mm256_fmadd_ps(load8(wr + k + 8), x1, p1[i]);
        }
    }
    for (int i = 0; i < R; ++i)
        y[i] = finishDot(p0[i], p1[i], w + size_t(row + i) * size_t(K), x, k, K, load1);
}

template <typename W, typename Load8, typename LoadScalar>
void gemvAvx(const W* w, int K, int row_begin, int row_end, const float* x, float* y, Load8 load8,
             LoadScalar load1) {
    int r = row_begin;
    for (; r + 4 <= row_end; r += 4)
        gemvRows<4>(w, K, r, x, y + (r - row_begin), load8, load1);
    for (; r < row_end; ++r)
        gemvRows<1>(w, K, r, x, y + (r - row_begin), load8, load1);
}

void gemvF16Avx(const uint16_t* w, int K, int row_begin, int row_end, const float* x, float* y) {
    gemvAvx(w, K, row_begin, row_end, x, y, loadHalf8, halfToFloat);
}

void gemvF32Avx(const float* w, int K, int row_begin, int row_end, const float* x, float* y) {
    // A lambda, not the intrinsic itself: an intrinsic has no address to pass (unoptimized builds need one).
    gemvAvx(
        w, K, row_begin, row_end, x, y, [](const float* p) { return _mm256_loadu_ps(p); },
        [](float v) { return v; });
}

void axpyF32Avx(int n, float a, const float* x, float* y) {
    const __m256 va = _mm256_set1_ps(a);
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    for (; i < n; ++i)
        y[i] = std::fma(a, x[i], y[i]);
}

void axpyF16Avx(int n, float a, const uint16_t* x, float* y) {
    const __m256 va = _mm256_set1_ps(a);
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, loadHalf8(x + i), _mm256_loadu_ps(y + i)));
    for (; i < n; ++i)
        y[i] = std::fma(a, halfToFloat(x[i]), y[i]);
}

} // namespace
} // namespace trit::kernels
