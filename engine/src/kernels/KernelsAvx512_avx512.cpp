// AVX-512 kernels with VNNI: ternary products with 512-bit vpdpbusd, float reductions with one zmm holding
// exactly the 16 partial sums of the fixed order (Kernels.h).
// GCC 12's AVX-512 intrinsics initialise undefined vectors from themselves (`__m512 __Y = __Y;`), which
// -Wuninitialized reports as errors wherever they are inlined; the warning is about the header, not us.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop

#include "kernels/KernelCommon.h"
#include "kernels/KernelTables.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace trit::kernels {
namespace {

float quantizeAct512(const float* x, int n, int8_t* q, int32_t* qsum) {
    __m512 vmax = _mm512_setzero_ps();
    int i = 0;
    for (; i + 16 <= n; i += 16)
        vmax = _mm512_max_ps(vmax, _mm512_abs_ps(_mm512_loadu_ps(x + i)));
    if (i < n) {
        const __mmask16 m = __mmask16((1u << (n - i)) - 1u);
        vmax = _mm512_max_ps(vmax, _mm512_abs_ps(_mm512_maskz_loadu_ps(m, x + i)));
    }
    const float scale = activationScale(_mm512_reduce_max_ps(vmax));

    const __m512 vscale = _mm512_set1_ps(scale);
    const __m512 lo = _mm512_set1_ps(-128.0f), hi = _mm512_set1_ps(127.0f);
    __m512i vsum = _mm512_setzero_si512();
    for (i = 0; i < n; i += 16) {
        const __mmask16 m = n - i >= 16 ? __mmask16(0xffff) : __mmask16((1u << (n - i)) - 1u);
        const __m512 v = _mm512_roundscale_ps(_mm512_mul_ps(_mm512_maskz_loadu_ps(m, x + i), vscale),
                                              _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        const __m512i r = _mm512_cvtps_epi32(_mm512_min_ps(_mm512_max_ps(v, lo), hi));
        vsum = _mm512_add_epi32(vsum, r); // masked-off lanes are zero
        _mm_mask_storeu_epi8(q + i, m, _mm512_cvtepi32_epi8(r));
    }
    *qsum = _mm512_reduce_add_epi32(vsum);
    return scale;
}

// A block's 32 code bytes broadcast to both halves of a zmm; after the code-3 rule, a per-half shift gives
// fields 0 and 1 (elements 0..63 of the block, matching one 64-byte load of q) or fields 2 and 3.
inline __m512i loadCodes2(const uint8_t* p) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i clean =
        _mm256_andnot_si256(_mm256_slli_epi16(_mm256_and_si256(v, _mm256_set1_epi8(0x55)), 1), v);
    return _mm512_broadcast_i64x4(clean);
}

inline __m512i fieldsLow(__m512i v) { // fields 0 (shift 6) and 1 (shift 4)
    const __m512i shifts = _mm512_inserti64x4(_mm512_set1_epi16(6), _mm256_set1_epi16(4), 1);
    return _mm512_and_si512(_mm512_srlv_epi16(v, shifts), _mm512_set1_epi8(3));
}

inline __m512i fieldsHigh(__m512i v) { // fields 2 (shift 2) and 3 (shift 0)
    const __m512i shifts = _mm512_inserti64x4(_mm512_set1_epi16(2), _mm256_set1_epi16(0), 1);
    return _mm512_and_si512(_mm512_srlv_epi16(v, shifts), _mm512_set1_epi8(3));
}

// R rows x T tokens: each block's codes are decoded once per row and each q load is shared by R rows.
template <int R, int T>
void ternaryTile(const uint8_t* codes, int K, int row, const int8_t* q, const int32_t* qsum, int32_t* out,
                 size_t out_stride) {
    // Two chains per output when registers allow (fields 0-1 and 2-3), so vpdpbusd latency is hidden.
    constexpr int NA = R * T <= 8 ? 2 : 1;
    __m512i acc[R][T][NA];
    for (int r = 0; r < R; ++r)
        for (int t = 0; t < T; ++t)
            for (int a = 0; a < NA; ++a)
                acc[r][t][a] = _mm512_setzero_si512();
    const size_t row_bytes = size_t(K / 4);
    const int blocks = K / kI2SBlock;
    for (int b = 0; b < blocks; ++b) {
        __m512i lo[R], hi[R];
        for (int r = 0; r < R; ++r) {
            const uint8_t* p = codes + size_t(row + r) * row_bytes + b * kI2SBlockBytes;
            _mm_prefetch(reinterpret_cast<const char*>(p + 8 * kI2SBlockBytes), _MM_HINT_T0);
            const __m512i v = loadCodes2(p);
            lo[r] = fieldsLow(v);
            hi[r] = fieldsHigh(v);
        }
        for (int t = 0; t < T; ++t) {
            const int8_t* qb = q + size_t(t) * size_t(K) + b * kI2SBlock;
            const __m512i q0 = _mm512_loadu_si512(qb), q1 = _mm512_loadu_si512(qb + 64);
            for (int r = 0; r < R; ++r) {
                acc[r][t][0] = _mm512_dpbusd_epi32(acc[r][t][0], lo[r], q0);
                acc[r][t][NA - 1] = _mm512_dpbusd_epi32(acc[r][t][NA - 1], hi[r], q1);
            }
        }
    }
    // sum c*q - sum q = sum (c-1)*q = sum t*q.
    for (int r = 0; r < R; ++r)
        for (int t = 0; t < T; ++t)
            out[r + size_t(t) * out_stride] =
                _mm512_reduce_add_epi32(NA == 2 ? _mm512_add_epi32(acc[r][t][0], acc[r][t][NA - 1])
                                                : acc[r][t][0]) -
                qsum[t];
}

void ternaryGemv512(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, int32_t qsum,
                    int32_t* acc) {
    int r = row_begin;
    for (; r + 2 <= row_end; r += 2)
        ternaryTile<2, 1>(codes, K, r, q, &qsum, acc + (r - row_begin), 0);
    if (r < row_end)
        ternaryTile<1, 1>(codes, K, r, q, &qsum, acc + (r - row_begin), 0);
}

template <int T>
void gemmTokens(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, const int32_t* qsum,
                int32_t* acc, size_t stride) {
    int r = row_begin;
    for (; r + 2 <= row_end; r += 2)
        ternaryTile<2, T>(codes, K, r, q, qsum, acc + (r - row_begin), stride);
    if (r < row_end)
        ternaryTile<1, T>(codes, K, r, q, qsum, acc + (r - row_begin), stride);
}

template <int... Ts>
void gemmTail(int rest, const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
              const int32_t* qsum, int32_t* acc, size_t stride, std::integer_sequence<int, Ts...>) {
    ((rest == Ts + 1 ? gemmTokens<Ts + 1>(codes, K, row_begin, row_end, q, qsum, acc, stride) : void()), ...);
}

void ternaryGemm512(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
                    const int32_t* qsum, int n_tok, int32_t* acc, int acc_stride) {
    constexpr int kTile = 8; // 2 rows x 8 tokens = 16 accumulators + 4 code registers + 2 loads
    const size_t stride = size_t(acc_stride);
    int t = 0;
    for (; t + kTile <= n_tok; t += kTile)
        gemmTokens<kTile>(codes, K, row_begin, row_end, q + size_t(t) * K, qsum + t, acc + t * stride,
                          stride);
    if (t < n_tok)
        gemmTail(n_tok - t, codes, K, row_begin, row_end, q + size_t(t) * K, qsum + t, acc + t * stride,
                 stride, std::make_integer_sequence<int, kTile - 1>{});
}

// ---- fixed-order float reductions: one zmm = the 16 partials; the tail uses masked FMAs, so partials past
// the end are left exactly as they are, as in the scalar order.

inline __m512 loadHalf16(const uint16_t* p) {
    return _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)));
}
inline __m512 maskLoadHalf16(__mmask16 m, const uint16_t* p) {
    return _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m, p));
}

inline float combine(__m512 v) {
    float p[kPartials];
    _mm512_storeu_ps(p, v);
    return combinePartials(p);
}

inline __mmask16 tailMask(int count) {
    return __mmask16((1u << count) - 1u);
}

float dotF32_512(const float* a, const float* b, int n) {
    __m512 p = _mm512_setzero_ps();
    int k = 0;
    for (; k + 16 <= n; k += 16)
        p = _mm512_fmadd_ps(_mm512_loadu_ps(a + k), _mm512_loadu_ps(b + k), p);
    if (k < n) {
        const __mmask16 m = tailMask(n - k);
        p = _mm512_mask3_fmadd_ps(_mm512_maskz_loadu_ps(m, a + k), _mm512_maskz_loadu_ps(m, b + k), p, m);
    }
    return combine(p);
}

float dotF16_512(const uint16_t* a, const float* b, int n) {
    __m512 p = _mm512_setzero_ps();
    int k = 0;
    for (; k + 16 <= n; k += 16)
        p = _mm512_fmadd_ps(loadHalf16(a + k), _mm512_loadu_ps(b + k), p);
    if (k < n) {
        const __mmask16 m = tailMask(n - k);
        p = _mm512_mask3_fmadd_ps(maskLoadHalf16(m, a + k), _mm512_maskz_loadu_ps(m, b + k), p, m);
    }
    return combine(p);
}

// R rows at once: independent FMA chains hide the latency; x is loaded once for R rows.
template <int R, typename W, typename Load, typename MaskLoad>
void gemvRows(const W* w, int K, int row, const float* x, float* y, Load load, MaskLoad mask_load) {
    __m512 p[R];
    for (int i = 0; i < R; ++i)
        p[i] = _mm512_setzero_ps();
    int k = 0;
    for (; k + 16 <= K; k += 16) {
        const __m512 xv = _mm512_loadu_ps(x + k);
        for (int i = 0; i < R; ++i)
            p[i] = _mm512_fmadd_ps(load(w + size_t(row + i) * size_t(K) + k), xv, p[i]);
    }
    if (k < K) {
        const __mmask16 m = tailMask(K - k);
        const __m512 xv = _mm512_maskz_loadu_ps(m, x + k);
        for (int i = 0; i < R; ++i)
            p[i] = _mm512_mask3_fmadd_ps(mask_load(m, w + size_t(row + i) * size_t(K) + k), xv, p[i], m);
    }
    for (int i = 0; i < R; ++i)
        y[i] = combine(p[i]);
}

template <typename W, typename Load, typename MaskLoad>
void gemv512(const W* w, int K, int row_begin, int row_end, const float* x, float* y, Load load,
             MaskLoad mask_load) {
    int r = row_begin;
    for (; r + 4 <= row_end; r += 4)
        gemvRows<4>(w, K, r, x, y + (r - row_begin), load, mask_load);
    for (; r < row_end; ++r)
        gemvRows<1>(w, K, r, x, y + (r - row_begin), load, mask_load);
}

void gemvF16_512(const uint16_t* w, int K, int row_begin, int row_end, const float* x, float* y) {
    gemv512(w, K, row_begin, row_end, x, y, loadHalf16, maskLoadHalf16);
}

void gemvF32_512(const float* w, int K, int row_begin, int row_end, const float* x, float* y) {
    gemv512(
        w, K, row_begin, row_end, x, y, [](const float* p) { return _mm512_loadu_ps(p); },
        [](__mmask16 m, const float* p) { return _mm512_maskz_loadu_ps(m, p); });
}

void axpyF32_512(int n, float a, const float* x, float* y) {
    const __m512 va = _mm512_set1_ps(a);
    for (int i = 0; i < n; i += 16) {
        const __mmask16 m = n - i >= 16 ? __mmask16(0xffff) : tailMask(n - i);
        _mm512_mask_storeu_ps(
            y + i, m, _mm512_fmadd_ps(va, _mm512_maskz_loadu_ps(m, x + i), _mm512_maskz_loadu_ps(m, y + i)));
    }
}

void axpyF16_512(int n, float a, const uint16_t* x, float* y) {
    const __m512 va = _mm512_set1_ps(a);
    for (int i = 0; i < n; i += 16) {
        const __mmask16 m = n - i >= 16 ? __mmask16(0xffff) : tailMask(n - i);
        _mm512_mask_storeu_ps(y + i, m,
                              _mm512_fmadd_ps(va, maskLoadHalf16(m, x + i), _mm512_maskz_loadu_ps(m, y + i)));
    }
}

} // namespace

const KernelTable& avx512VnniTable() {
    static const KernelTable table{"avx512-vnni", quantizeAct512, ternaryGemv512, ternaryGemm512,
                                   dotF32_512,    dotF16_512,     gemvF16_512,    gemvF32_512,
                                   axpyF32_512,   axpyF16_512};
    return table;
}

} // namespace trit::kernels
