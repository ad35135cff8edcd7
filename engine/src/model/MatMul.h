#pragma once
// The matrix products of the forward pass, split over the thread pool by output rows (chunks of 16 rows):
//  - BitLinear on ternary weights, ENGINE_SPEC §1.3: y = float(float(acc) / s) * gamma, acc exact in int32;
//  - float weights: a fixed-order dot of each (dequantized) row with the input;
//  - the LM head and the embedding lookup.
#include "kernels/Kernels.h"
#include "model/LinearWeight.h"
#include "model/ModelImpl.h"
#include "model/Workspace.h"
#include "runtime/ThreadPool.h"

#include <cstdint>

namespace trit {

class MatMul {
public:
    MatMul(const kernels::KernelTable& kernels, ThreadPool& pool, Workspace& ws);

    // Quantizes n_tok input vectors of K values to int8 (ws.codes / act_scale / act_sum) — once per input,
    // reused by every ternary product that reads it.
    void quantizeInput(const float* x, int n_tok, int K);
    // y (n_tok x rows) = W x. Ternary weights read the codes of the last quantizeInput(x).
    void linear(const LinearWeight& w, const float* x, int n_tok, float* y);
    // logits (rows) = M x for one vector.
    void head(const FloatRows& m, const float* x, float* y);

private:
    void ternary(const LinearWeight& w, int n_tok, float* y);
    void ternaryBlockScaled(const LinearWeight& w, int n_tok, float* y, int row_begin, int row_end);
    void floating(const LinearWeight& w, const float* x, int n_tok, float* y);
    // Calls body(thread, row_begin, row_end) over the rows, one chunk per thread, aligned to 16 rows.
    template <typename F> void splitRows(uint32_t rows, F&& body) {
        pool_.forRows(int(rows), 16, [&](int begin, int end, int thread) { body(thread, begin, end); });
    }
    float* rowScratch(int thread) { return ws_.row.data() + size_t(thread) * ws_.shape.widest(); }

    const kernels::KernelTable& k_;
    ThreadPool& pool_;
    Workspace& ws_;
    int quantized_k_ = 0;
};

} // namespace trit
