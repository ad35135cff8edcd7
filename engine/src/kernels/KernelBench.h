#pragma once
// Micro-benchmarks behind `trit bench`: the speed of each kernel on each kernel path this CPU can run, and
// the machine's measured memory read bandwidth, so decode speed can be shown as a fraction of the bound.
// Nothing here is used by tests for timing; tests only check that it runs.
#include <cstddef>
#include <string>
#include <vector>

namespace trit {
class ThreadPool;
}

namespace trit::kernels {

struct KernelBenchShape {
    int rows = 0;  // output rows (M)
    int K = 0;     // input features; a multiple of 128 for the ternary kernels
    int n_tok = 1; // tokens for the GEMM
};

struct KernelBenchResult {
    std::string path;   // kernel path, e.g. "avx512-vnni"
    std::string kernel; // "i2s_gemv", "i2s_gemm", "f16_gemv" or "quantize_act"
    KernelBenchShape shape;
    int threads = 1;
    double seconds = 0.0;   // best time of one call
    double gb_per_s = 0.0;  // weight (or input) bytes read per second
    double gop_per_s = 0.0; // 2·rows·K·n_tok multiply-adds counted as two operations, per second
};

struct KernelBenchOptions {
    std::vector<std::string> paths; // empty: every available path
    double seconds_per_measurement = 0.2;
    // Weights are copied until the copies hold at least this many bytes and the calls rotate through them,
    // so that each call streams its weights from memory as decode does, not from a warm cache.
    size_t min_working_set_bytes = size_t(256) << 20;
    ThreadPool* pool = nullptr; // null: one thread; otherwise rows are split over the pool's threads
};

// For each path and shape: ternary GEMV (n_tok ignored), ternary GEMM (shape.n_tok tokens), F16 GEMV and the
// activation quantization of K values.
std::vector<KernelBenchResult> benchKernels(const std::vector<KernelBenchShape>& shapes,
                                            const KernelBenchOptions& options = {});

// STREAM-like read bandwidth in GB/s: the best of `repetitions` passes summing `bytes` of memory, split over
// the pool's threads (one thread without a pool).
double measureReadBandwidth(ThreadPool* pool, size_t bytes = size_t(512) << 20, int repetitions = 3);

} // namespace trit::kernels
