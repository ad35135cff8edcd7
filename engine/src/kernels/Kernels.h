#pragma once
// The kernel table: one set of function pointers per instruction-set path, chosen once at start-up.
// Every path must give results bit-identical to the scalar path (ENGINE_SPEC §1.5; issue "fastest"):
//  - integer results (activation codes, ternary accumulations) are exact by nature;
//  - every float reduction uses ONE fixed order, defined here, in every path:
//      16 partial sums, element k is added to partial[k % 16] with a fused multiply-add, in increasing k
//      (tail elements included); then the partials are combined pairwise: for w in 8,4,2,1:
//      partial[i] += partial[i + w] for i < w; the result is partial[0].
//    Scalar code emulates this exactly with std::fma; SIMD code maps lanes onto the 16 partials.
#include <cstddef>
#include <cstdint>

namespace trit::kernels {

// Ternary weights, canonical I2_S code layout (spec §3.2): 2-bit codes 0,1,2 -> -1,0,+1, blocks of 128
// consecutive elements in 32 bytes, element j of a block in byte j%32 at bits 6-2*(j/32). K % 128 == 0.
// Row r starts at codes + r*K/4. Code 3 is never written; every path masks it to read as weight 0 (the
// spec's decode table), so even a malformed file gives the same result on every path.
struct KernelTable {
    const char* name;

    // Per-token int8 activations, exactly spec §1.3/§1.5: amax = max(1e-5, max|x|) (computed in double),
    // scale = float(127/amax), q = clamp(round_half_even(x*scale), -128, 127). Returns scale; *qsum = sum(q).
    float (*quantize_act)(const float* x, int n, int8_t* q, int32_t* qsum);

    // acc[r - row_begin] = sum_k t[r,k] * q[k]   (exact int32)
    void (*ternary_gemv)(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
                         int32_t qsum, int32_t* acc);

    // Many tokens: q is n_tok x K (row-major, stride K), qsum[n_tok];
    // acc[(r - row_begin) + t * acc_stride] = sum_k t[r,k] * q[t*K + k]
    void (*ternary_gemm)(const uint8_t* codes, int K, int row_begin, int row_end, const int8_t* q,
                         const int32_t* qsum, int n_tok, int32_t* acc, int acc_stride);

    // Fixed-order float dot products (order above).
    float (*dot_f32)(const float* a, const float* b, int n);
    float (*dot_f16)(const uint16_t* a_f16, const float* b, int n); // a converted f16 -> f32 exactly

    // y[r - row_begin] = dot(W row r, x) for F16 / F32 row-major weights with K columns.
    void (*gemv_f16)(const uint16_t* w, int K, int row_begin, int row_end, const float* x, float* y);
    void (*gemv_f32)(const float* w, int K, int row_begin, int row_end, const float* x, float* y);

    // y[i] = fma(a, x[i], y[i])  (attention's weighted sum of V; element-wise, so exact in every path)
    void (*axpy_f32)(int n, float a, const float* x, float* y);
    void (*axpy_f16)(int n, float a, const uint16_t* x_f16, float* y);
};

const KernelTable& active();      // the chosen path (TRIT_KERNEL env var or forceKernelPath may change it)
const KernelTable& scalarTable(); // the reference
const KernelTable* findTable(const char* name); // nullptr if this build/CPU lacks it

} // namespace trit::kernels
