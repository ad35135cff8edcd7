// The kernel micro-benchmarks run on every path and report sane figures (correctness only, never speed).
#include "Check.h"
#include "kernels/KernelBench.h"
#include "runtime/ThreadPool.h"
#include "trit/Cpu.h"
#include "trit/Error.h"

#include <cmath>
#include <set>
#include <string>

TEST_CASE("every path and kernel is measured, with positive finite figures") {
    trit::kernels::KernelBenchOptions options;
    options.seconds_per_measurement = 0.003;
    options.min_working_set_bytes = 1 << 16;
    const auto results = trit::kernels::benchKernels({{64, 256, 3}, {16, 128, 1}}, options);
    std::set<std::string> seen;
    for (const auto& r : results) {
        seen.insert(r.path + "/" + r.kernel);
        CHECK(r.seconds > 0.0 && std::isfinite(r.gb_per_s) && r.gb_per_s > 0.0 && r.gop_per_s > 0.0);
        CHECK_EQ(r.threads, 1);
    }
    CHECK_EQ(results.size(), trit::availableKernelPaths().size() * 2 * 4);
    for (const std::string& path : trit::availableKernelPaths())
        for (const char* kernel : {"i2s_gemv", "i2s_gemm", "f16_gemv", "quantize_act"})
            CHECK(seen.count(path + "/" + kernel) == 1);
}

TEST_CASE("a pool splits the benchmark over its threads") {
    trit::ThreadPool pool(2);
    trit::kernels::KernelBenchOptions options;
    options.seconds_per_measurement = 0.003;
    options.min_working_set_bytes = 1 << 16;
    options.paths = {"scalar"};
    options.pool = &pool;
    const auto results = trit::kernels::benchKernels({{40, 128, 2}}, options);
    CHECK_EQ(results.size(), size_t(4));
    CHECK_EQ(results[0].threads, 2);
}

TEST_CASE("invalid shapes and unknown paths are refused") {
    trit::kernels::KernelBenchOptions options;
    options.seconds_per_measurement = 0.001;
    CHECK_THROWS(trit::kernels::benchKernels({{16, 100, 1}}, options));
    options.paths = {"no-such-path"};
    CHECK_THROWS(trit::kernels::benchKernels({{16, 128, 1}}, options));
}

TEST_CASE("read bandwidth is measured with one thread and with a pool") {
    CHECK(trit::kernels::measureReadBandwidth(nullptr, size_t(4) << 20, 2) > 0.0);
    trit::ThreadPool pool(2);
    CHECK(trit::kernels::measureReadBandwidth(&pool, size_t(4) << 20, 2) > 0.0);
}

TRIT_TEST_MAIN()
