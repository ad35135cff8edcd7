// The scalar reference kernels: plain C++, the definition every SIMD path is tested against.
#include "kernels/KernelCommon.h"
#include "kernels/Kernels.h"

#include <algorithm>
#include <cmath>

namespace trit::kernels {
namespace {

float quantizeAct(const float* x, int n, int8_t* q, int32_t* qsum) {
    float max_abs = 0.0f;
    for (int i = 0; i < n; ++i)
        max_abs = std::max(max_abs, std::fabs(x[i]));
    const float scale = activationScale(max_abs);
    int32_t sum = 0;
    for (int i = 0; i < n; ++i) {
        // nearbyint rounds half to even in the default rounding mode, as the spec requires.
        const float r = std::nearbyint(x[i] * scale);
        const int v = int(std::clamp(r, -128.0f, 127.0f));
        q[i] = int8_t(v);
        sum += v;
    }
    *qsum = sum;
    return scale;
}

// Weight of code c after the code-3 rule: 0 -> -1, 1 -> 0, 2 -> +1, 3 -> 0.
inline int ternaryOf(uint8_t byte, int shift) {
    return int((normalizeCodes(byte) >> shift) & 3u) - 1;
}

int32_t ternaryRowDot(const uint8_t* row, int K, const int8_t* q) {
    int32_t acc = 0;
    for (int b = 0; b < K / kI2SBlock; ++b) {
        const uint8_t* bytes = row + b * kI2SBlockBytes;
        const int8_t* qb = q + b * kI2SBlock;
        for (int j = 0; j < kI2SBlock; ++j)
            acc += ternaryOf(bytes[j % 32], 6 - 2 * (j / 32)) * qb[j];
    }
    return acc;
}

void ternaryGemv(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, int32_t,
                 int32_t* acc) {
    for (int r = row_begin; r < row_end; ++r)
        acc[r - row_begin] = ternaryRowDot(codes + size_t(r) * size_t(K / 4), K, q);
}

void ternaryGemm(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q, const int32_t*,
                 int n_tok, int32_t* acc, int acc_stride) {
    for (int t = 0; t < n_tok; ++t)
        for (int r = row_begin; r < row_end; ++r)
            acc[(r - row_begin) + size_t(t) * size_t(acc_stride)] =
                ternaryRowDot(codes + size_t(r) * size_t(K / 4), K, q + size_t(t) * size_t(K));
}

float dotF32(const float* a, const float* b, int n) {
    float p[kPartials] = {};
    for (int k = 0; k < n; ++k)
        p[k % kPartials] = std::fma(a[k], b[k], p[k % kPartials]);
    return combinePartials(p);
}

float dotF16(const uint16_t* a, const float* b, int n) {
    float p[kPartials] = {};
    for (int k = 0; k < n; ++k)
        p[k % kPartials] = std::fma(halfToFloat(a[k]), b[k], p[k % kPartials]);
    return combinePartials(p);
}

void gemvF16(const uint16_t* w, int K, int row_begin, int row_end, const float* x, float* y) {
    for (int r = row_begin; r < row_end; ++r)
        y[r - row_begin] = dotF16(w + size_t(r) * size_t(K), x, K);
}

void gemvF32(const float* w, int K, int row_begin, int row_end, const float* x, float* y) {
    for (int r = row_begin; r < row_end; ++r)
        y[r - row_begin] = dotF32(w + size_t(r) * size_t(K), x, K);
}

void axpyF32(int n, float a, const float* x, float* y) {
    for (int i = 0; i < n; ++i)
        y[i] = std::fma(a, x[i], y[i]);
}

void axpyF16(int n, float a, const uint16_t* x, float* y) {
    for (int i = 0; i < n; ++i)
        y[i] = std::fma(a, halfToFloat(x[i]), y[i]);
}

} // namespace

const KernelTable& scalarTable() {
    static const KernelTable table{"scalar", quantizeAct, ternaryGemv, ternaryGemm, dotF32,
                                   dotF16,   gemvF16,     gemvF32,     axpyF32,     axpyF16};
    return table;
}

} // namespace trit::kernels
