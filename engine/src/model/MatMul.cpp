#include "model/MatMul.h"

#include "tensor/Codecs.h"

#include <algorithm>

namespace trit {

MatMul::MatMul(const kernels::KernelTable& kernels, ThreadPool& pool, Workspace& ws)
    : k_(kernels), pool_(pool), ws_(ws) {}

void MatMul::quantizeInput(const float* x, int n_tok, int K) {
    for (int t = 0; t < n_tok; ++t)
        ws_.act_scale[t] =
            k_.quantize_act(x + size_t(t) * K, K, ws_.codes.data() + size_t(t) * K, &ws_.act_sum[t]);
    quantized_k_ = K;
}

void MatMul::linear(const LinearWeight& w, const float* x, int n_tok, float* y) {
    if (w.ternary)
        ternary(w, n_tok, y);
    else
        floating(w, x, n_tok, y);
    if (w.has_post_scale)
        for (size_t i = 0; i < size_t(n_tok) * w.rows; ++i)
            y[i] *= w.post_scale;
}

void MatMul::ternary(const LinearWeight& w, int n_tok, float* y) {
    const int K = int(w.cols), M = int(w.rows);
    int32_t* acc = ws_.acc.data();
    const int8_t* q = ws_.codes.data();
    splitRows(w.rows, [&](int, int r0, int r1) {
        if (!w.block_scales.empty()) {
            ternaryBlockScaled(w, n_tok, y, r0, r1);
            return;
        }
        if (n_tok == 1)
            k_.ternary_gemv(w.codes, K, r0, r1, q, ws_.act_sum[0], acc + r0);
        else
            k_.ternary_gemm(w.codes, K, r0, r1, q, ws_.act_sum.data(), n_tok, acc + r0, M);
        for (int t = 0; t < n_tok; ++t) {
            const float s = ws_.act_scale[t];
            for (int r = r0; r < r1; ++r)
                y[size_t(t) * M + r] = float(float(acc[size_t(t) * M + r]) / s) * w.gamma;
        }
    });
}

// Per-256-block scales (a TQ file whose blocks disagree): each block's exact integer sum is scaled on its
// own, and the scaled block sums are added in increasing block order.
void MatMul::ternaryBlockScaled(const LinearWeight& w, int n_tok, float* y, int row_begin, int row_end) {
    const uint32_t K = w.cols, blocks = K / LinearWeight::kScaleBlock;
    for (int t = 0; t < n_tok; ++t) {
        const int8_t* q = ws_.codes.data() + size_t(t) * K;
        const float s = ws_.act_scale[t];
        for (int r = row_begin; r < row_end; ++r) {
            const uint8_t* row_codes = w.codes + size_t(r) * K / 4;
            float sum = 0.0f;
            for (uint32_t b = 0; b < blocks; ++b) {
                const int8_t* qb = q + b * LinearWeight::kScaleBlock;
                int32_t qsum = 0;
                for (uint32_t i = 0; i < LinearWeight::kScaleBlock; ++i)
                    qsum += qb[i];
                int32_t acc = 0;
                k_.ternary_gemv(row_codes + b * LinearWeight::kScaleBlock / 4, int(LinearWeight::kScaleBlock),
                                0, 1, qb, qsum, &acc);
                sum += float(float(acc) / s) * w.block_scales[size_t(r) * blocks + b];
            }
            y[size_t(t) * w.rows + r] = sum;
        }
    }
}

void MatMul::floating(const LinearWeight& w, const float* x, int n_tok, float* y) {
    const int K = int(w.cols), M = int(w.rows);
    splitRows(w.rows, [&](int thread, int r0, int r1) {
        if (w.float_type == TensorType::F32 || w.float_type == TensorType::F16) {
            for (int t = 0; t < n_tok; ++t) {
                const float* xt = x + size_t(t) * K;
                float* yt = y + size_t(t) * M;
                if (w.float_type == TensorType::F32)
                    k_.gemv_f32(reinterpret_cast<const float*>(w.float_data), K, r0, r1, xt, yt + r0);
                else
                    k_.gemv_f16(reinterpret_cast<const uint16_t*>(w.float_data), K, r0, r1, xt, yt + r0);
            }
            return;
        }
        float* row = rowScratch(thread);
        for (int r = r0; r < r1; ++r) {
            dequantizeRow(w.float_type, w.float_data + size_t(r) * w.row_bytes, row, size_t(K));
            for (int t = 0; t < n_tok; ++t)
                y[size_t(t) * M + r] = k_.dot_f32(row, x + size_t(t) * K, K);
        }
    });
}

void MatMul::head(const FloatRows& m, const float* x, float* y) {
    const int K = int(m.cols);
    splitRows(m.rows, [&](int thread, int r0, int r1) {
        if (m.type == TensorType::F16) {
            k_.gemv_f16(reinterpret_cast<const uint16_t*>(m.data), K, r0, r1, x, y + r0);
        } else if (m.type == TensorType::F32) {
            k_.gemv_f32(reinterpret_cast<const float*>(m.data), K, r0, r1, x, y + r0);
        } else {
            float* row = rowScratch(thread);
            for (int r = r0; r < r1; ++r) {
                dequantizeRow(m.type, m.row(uint32_t(r)), row, size_t(K));
                y[r] = k_.dot_f32(row, x, K);
            }
        }
    });
}

} // namespace trit
