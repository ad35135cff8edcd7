// trit bench FILE: prompt processing and generation speed (like llama-bench), the machine's read bandwidth
// measured in the same run, decode speed as a fraction of the bandwidth bound, per-kernel micro-benchmarks
// and peak memory. Prints tables; --json writes the same figures as JSON.
#include "BenchModel.h"
#include "BenchReport.h"
#include "Commands.h"
#include "ModelOptions.h"
#include "kernels/KernelBench.h"
#include "model/ModelImpl.h"
#include "runtime/ThreadPool.h"
#include "trit/Cpu.h"
#include "trit/Error.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace trit::cli {

namespace {

const std::set<std::string> kValueFlags = {
    "-p", "-n", "-t", "-r", "--kv", "--kernel", "--json", "--pre", "--bandwidth-mb", "--micro-seconds"};

// A comma-separated list of counts. Where `zero_skips`, 0 means "no such test" and is dropped; otherwise
// every count must be at least 1.
std::vector<int> listOrDefault(const CliArgs& args, const std::string& flag, std::vector<int> fallback,
                               bool zero_skips) {
    const auto text = args.value(flag);
    if (!text)
        return fallback;
    std::vector<int> values = parseIntList(*text);
    for (int v : values)
        if (v < 0 || (v == 0 && !zero_skips))
            throw Error(flag + " expects " + (zero_skips ? "counts of 0 or more" : "counts of 1 or more") +
                        ", got " + std::to_string(v));
    values.erase(std::remove(values.begin(), values.end(), 0), values.end());
    return values;
}

std::vector<int> defaultThreads() {
    std::vector<int> threads;
    for (int t = 1; t <= physicalCoreCount(); ++t)
        threads.push_back(t);
    return threads;
}

// The distinct shapes of the model's ternary matrices (with `n_tok` tokens for the GEMM) and its LM head.
std::vector<kernels::KernelBenchShape> modelShapes(const Model& model, int n_tok) {
    const ModelImpl& m = model.impl();
    std::set<std::pair<int, int>> seen;
    std::vector<kernels::KernelBenchShape> shapes;
    for (uint32_t l = 0; l < m.hparams().n_layer; ++l)
        for (const LinearWeight& w : m.layer(l).linear)
            if (w.ternary && w.cols % 128 == 0 && seen.insert({int(w.rows), int(w.cols)}).second)
                shapes.push_back({int(w.rows), int(w.cols), n_tok});
    const FloatRows& head = m.outputHead();
    if (head.cols % 128 == 0 && seen.insert({int(head.rows), int(head.cols)}).second)
        shapes.push_back({int(head.rows), int(head.cols), 1});
    return shapes;
}

// Records once (not once per thread count) that a test does not fit the model's context.
void skip(BenchReport& report, const char* test, int n, uint32_t context) {
    const std::string reason = test + std::to_string(n) + ": longer than the model's context of " +
                               std::to_string(context) + " tokens";
    if (std::find(report.skipped.begin(), report.skipped.end(), reason) == report.skipped.end())
        report.skipped.push_back(reason);
}

const char* kHelp =
    "usage: trit bench FILE [options]\n\n"
    "Measures prompt processing (pp N: one batched prefill of N tokens) and text generation (tg N: N\n"
    "single-token decodes), both from an empty cache, for each thread count; measures the machine's read\n"
    "bandwidth in the same run and prints decode speed as a fraction of the bound it sets (bytes one token\n"
    "streams / bandwidth); and times each kernel on the model's matrix shapes.\n\n"
    "  -p LIST            prompt lengths, comma-separated (default 512; 0 skips)\n"
    "  -n LIST            generation lengths (default 128; 0 skips)\n"
    "  -t LIST            thread counts (default 1 up to the physical cores)\n"
    "  -r N               repetitions of each test (default 3)\n"
    "  --kv f16|f32       KV cache precision (default f16)\n"
    "  --kernel NAME      force a kernel path (default: the best this CPU runs)\n"
    "  --all-paths        kernel micro-benchmarks on every path this CPU runs, not only the chosen one\n"
    "  --no-micro         skip the kernel micro-benchmarks\n"
    "  --micro-seconds S  time budget of each micro-benchmark (default 0.3)\n"
    "  --bandwidth-mb N   size of the bandwidth measurement's buffer (default 1024)\n"
    "  --json FILE        also write the results as JSON (- for standard output)\n";

} // namespace

int commandBench(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf("%s", kHelp);
        return 0;
    }
    const std::string path = args.positional(0, "model file");
    BenchReport report;
    report.prompt_lengths = listOrDefault(args, "-p", {512}, true);
    report.generation_lengths = listOrDefault(args, "-n", {128}, true);
    report.thread_counts = listOrDefault(args, "-t", defaultThreads(), false);
    const int repetitions = int(std::max<long long>(1, args.integer("-r", 3)));
    SessionOptions session_options;
    session_options.kv_type = kvCacheType(args);

    // Bandwidth first, before the model is mapped, so that its buffer is not counted in the peak memory.
    const size_t bandwidth_bytes = size_t(std::max<long long>(64, args.integer("--bandwidth-mb", 1024)))
                                   << 20;
    for (int threads : report.thread_counts) {
        ThreadPool pool(threads);
        report.bandwidth_gb_per_s[threads] = kernels::measureReadBandwidth(&pool, bandwidth_bytes, 5);
    }
    report.peak_reset = resetPeakResident();

    const LoadedModel loaded = loadModel(path, args);
    const Model& model = *loaded.model;
    report.model = model.info();
    report.load_ms = loaded.load_ms;
    report.kernel_path = activeKernelPath();
    report.available_paths = availableKernelPaths();
    const int longest_gen =
        report.generation_lengths.empty()
            ? 0
            : *std::max_element(report.generation_lengths.begin(), report.generation_lengths.end());
    report.traffic = decodeTraffic(model, longest_gen, session_options.kv_type);

    int longest = longest_gen;
    for (int p : report.prompt_lengths)
        longest = std::max(longest, p);
    session_options.n_ctx = uint32_t(std::max(longest, 1));
    for (int threads : report.thread_counts) {
        session_options.n_threads = threads;
        Session session(loaded.model, session_options);
        report.kv_cache_bytes = std::max(report.kv_cache_bytes, session.kvCacheBytes());
        for (int n : report.prompt_lengths) {
            if (uint32_t(n) > session.contextSize()) {
                skip(report, "pp", n, session.contextSize());
                continue;
            }
            report.speeds.push_back(measurePrompt(session, n, repetitions));
        }
        for (int n : report.generation_lengths) {
            if (uint32_t(n) > session.contextSize()) {
                skip(report, "tg", n, session.contextSize());
                continue;
            }
            report.speeds.push_back(measureGeneration(session, n, repetitions));
        }
    }
    report.peak_rss_bytes = peakResidentBytes();

    if (!args.has("--no-micro")) {
        kernels::KernelBenchOptions micro;
        if (!args.has("--all-paths"))
            micro.paths = {report.kernel_path};
        micro.seconds_per_measurement = std::max(0.01, args.number("--micro-seconds", 0.3));
        const int micro_tokens = std::min(128, std::max(1, longest));
        for (int threads : report.thread_counts) {
            ThreadPool pool(threads);
            micro.pool = &pool;
            const auto results = kernels::benchKernels(modelShapes(model, micro_tokens), micro);
            report.kernels.insert(report.kernels.end(), results.begin(), results.end());
        }
    }

    printReport(report, path);
    if (const auto json = args.value("--json"))
        writeJsonReport(report, path, *json);
    return 0;
}

} // namespace trit::cli
