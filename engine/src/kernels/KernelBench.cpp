#include "kernels/KernelBench.h"

#include "kernels/Dispatch.h"
#include "kernels/Kernels.h"
#include "runtime/ThreadPool.h"
#include "trit/Error.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <random>

namespace trit::kernels {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Best time of one call: rounds of calls, each round at least a third of the budget, at least 3 rounds.
template <typename Call> double bestSecondsPerCall(double budget, Call&& call) {
    call(0); // warm-up: page faults, frequency ramp
    double best = 1e30;
    const Clock::time_point all = Clock::now();
    int index = 1;
    for (int round = 0; round < 3 || secondsSince(all) < budget; ++round) {
        const Clock::time_point start = Clock::now();
        int calls = 0;
        do {
            call(index++);
            ++calls;
        } while (secondsSince(start) < budget / 3);
        best = std::min(best, secondsSince(start) / calls);
        if (round > 20)
            break;
    }
    return best;
}

template <typename T> std::vector<T> randomBytesAs(std::mt19937& rng, size_t count) {
    std::vector<T> v(count);
    auto* bytes = reinterpret_cast<uint8_t*>(v.data());
    for (size_t i = 0; i < count * sizeof(T); ++i)
        bytes[i] = uint8_t(rng());
    return v;
}

// Copies of one weight matrix, enough to fill the working set; call c uses copy c % copies.
template <typename T> struct RotatingWeights {
    std::vector<std::vector<T>> copies;
    RotatingWeights(const std::vector<T>& w, size_t min_bytes) {
        const size_t bytes = std::max<size_t>(w.size() * sizeof(T), 1);
        const size_t n = std::max<size_t>(1, (min_bytes + bytes - 1) / bytes);
        copies.assign(n, w);
    }
    const T* at(int call) const { return copies[size_t(call) % copies.size()].data(); }
};

template <typename Body> void splitRows(ThreadPool* pool, int rows, Body&& body) {
    if (pool)
        pool->forRows(rows, 16, [&](int begin, int end, int) { body(begin, end); });
    else
        body(0, rows);
}

KernelBenchResult result(const KernelTable& kt, const char* kernel, const KernelBenchShape& shape,
                         int threads, double seconds, double bytes, double ops) {
    KernelBenchResult r;
    r.path = kt.name;
    r.kernel = kernel;
    r.shape = shape;
    r.threads = threads;
    r.seconds = seconds;
    r.gb_per_s = bytes / seconds / 1e9;
    r.gop_per_s = ops / seconds / 1e9;
    return r;
}

void benchShape(const KernelTable& kt, const KernelBenchShape& s, const KernelBenchOptions& o,
                std::vector<KernelBenchResult>& out) {
    if (s.rows <= 0 || s.K <= 0 || s.K % 128 != 0 || s.n_tok <= 0)
        throw Error("kernel benchmark shape " + std::to_string(s.rows) + "x" + std::to_string(s.K) +
                    " is invalid: rows and tokens must be positive and K a positive multiple of 128");
    const int threads = o.pool ? o.pool->threadCount() : 1;
    std::mt19937 rng(7);
    const double rows = s.rows, K = s.K, n_tok = s.n_tok;

    // Ternary weights: random codes 0..2 (code 3 is never written).
    std::vector<uint8_t> codes(size_t(s.rows) * size_t(s.K) / 4);
    for (uint8_t& b : codes)
        b = uint8_t((rng() % 3) << 6 | (rng() % 3) << 4 | (rng() % 3) << 2 | (rng() % 3));
    const RotatingWeights<uint8_t> ternary(codes, o.min_working_set_bytes);
    std::vector<float> x(size_t(s.K) * size_t(s.n_tok));
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (float& v : x)
        v = normal(rng);
    std::vector<int8_t> q(x.size());
    std::vector<int32_t> qsum(size_t(s.n_tok));
    for (int t = 0; t < s.n_tok; ++t)
        kt.quantize_act(x.data() + size_t(t) * s.K, s.K, q.data() + size_t(t) * s.K, &qsum[size_t(t)]);
    std::vector<int32_t> acc(size_t(s.rows) * size_t(s.n_tok));

    double sec = bestSecondsPerCall(o.seconds_per_measurement, [&](int call) {
        splitRows(o.pool, s.rows, [&](int b, int e) {
            kt.ternary_gemv(ternary.at(call), s.K, b, e, q.data(), qsum[0], acc.data() + b);
        });
    });
    out.push_back(result(kt, "i2s_gemv", {s.rows, s.K, 1}, threads, sec, rows * K / 4, 2 * rows * K));

    sec = bestSecondsPerCall(o.seconds_per_measurement, [&](int call) {
        splitRows(o.pool, s.rows, [&](int b, int e) {
            kt.ternary_gemm(ternary.at(call), s.K, b, e, q.data(), qsum.data(), s.n_tok, acc.data() + b,
                            s.rows);
        });
    });
    out.push_back(result(kt, "i2s_gemm", s, threads, sec, rows * K / 4, 2 * rows * K * n_tok));

    const RotatingWeights<uint16_t> half(randomBytesAs<uint16_t>(rng, size_t(s.rows) * size_t(s.K)),
                                         o.min_working_set_bytes);
    std::vector<float> y(size_t(s.rows));
    sec = bestSecondsPerCall(o.seconds_per_measurement, [&](int call) {
        splitRows(o.pool, s.rows,
                  [&](int b, int e) { kt.gemv_f16(half.at(call), s.K, b, e, x.data(), y.data() + b); });
    });
    out.push_back(result(kt, "f16_gemv", {s.rows, s.K, 1}, threads, sec, rows * K * 2, 2 * rows * K));

    int32_t sum = 0;
    sec = bestSecondsPerCall(o.seconds_per_measurement,
                             [&](int) { kt.quantize_act(x.data(), s.K, q.data(), &sum); });
    out.push_back(result(kt, "quantize_act", {1, s.K, 1}, 1, sec, K * 4, K));
}

} // namespace

std::vector<KernelBenchResult> benchKernels(const std::vector<KernelBenchShape>& shapes,
                                            const KernelBenchOptions& options) {
    std::vector<const KernelTable*> tables;
    if (options.paths.empty()) {
        tables = supportedTables();
    } else {
        for (const std::string& name : options.paths) {
            const KernelTable* t = findTable(name.c_str());
            if (!t)
                throw Error("kernel path \"" + name + "\" is not available in this build on this CPU");
            tables.push_back(t);
        }
    }
    std::vector<KernelBenchResult> results;
    for (const KernelTable* t : tables)
        for (const KernelBenchShape& s : shapes)
            benchShape(*t, s, options, results);
    return results;
}

double measureReadBandwidth(ThreadPool* pool, size_t bytes, int repetitions) {
    const size_t words = std::max<size_t>(bytes / sizeof(uint64_t), 1024);
    std::vector<uint64_t> data(words);
    // Touch every page with distinct values so the pages are real and the sum cannot be folded away.
    for (size_t i = 0; i < words; ++i)
        data[i] = i;
    constexpr int kChunkWords = 1 << 14; // 128 KiB per task unit keeps the split even
    const int chunks = int((words + kChunkWords - 1) / kChunkWords);
    const int threads = pool ? pool->threadCount() : 1;
    std::vector<uint64_t> partial(size_t(threads) * 8); // one cache line per thread
    double best = 1e30;
    for (int rep = 0; rep < std::max(repetitions, 1); ++rep) {
        const Clock::time_point start = Clock::now();
        auto sumRange = [&](int begin, int end, int thread) {
            const uint64_t* p = data.data() + size_t(begin) * kChunkWords;
            const size_t n = std::min(words, size_t(end) * kChunkWords) - size_t(begin) * kChunkWords;
            uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            size_t i = 0;
            for (; i + 4 <= n; i += 4) {
                s0 += p[i];
                s1 += p[i + 1];
                s2 += p[i + 2];
                s3 += p[i + 3];
            }
            for (; i < n; ++i)
                s0 += p[i];
            partial[size_t(thread) * 8] += s0 + s1 + s2 + s3;
        };
        if (pool)
            pool->forRows(chunks, 1, sumRange);
        else
            sumRange(0, chunks, 0);
        best = std::min(best, secondsSince(start));
    }
    uint64_t total = 0;
    for (uint64_t v : partial)
        total += v;
    // Every pass sums 0..words-1; anything else means the passes did not read all the data.
    const uint64_t expected = uint64_t(std::max(repetitions, 1)) * (uint64_t(words) * (words - 1) / 2);
    if (total != expected)
        throw Error("read bandwidth measurement summed the wrong total; the result would be meaningless");
    return double(words * sizeof(uint64_t)) / best / 1e9;
}

} // namespace trit::kernels
