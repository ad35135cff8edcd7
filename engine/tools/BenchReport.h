#pragma once
// The figures of one `trit bench` run, and their two renderings: tables for people, JSON for tools.
#include "BenchModel.h"
#include "kernels/KernelBench.h"
#include "trit/Model.h"

#include <map>
#include <string>
#include <vector>

namespace trit::cli {

struct BenchReport {
    std::vector<int> prompt_lengths, generation_lengths, thread_counts;
    ModelInfo model;
    double load_ms = 0;
    std::string kernel_path;
    std::vector<std::string> available_paths;
    std::map<int, double> bandwidth_gb_per_s; // per thread count
    DecodeTraffic traffic;                    // at the longest tg run
    uint64_t kv_cache_bytes = 0;              // the largest session's cache
    bool peak_reset = false;                  // peak memory counts from the model load on
    uint64_t peak_rss_bytes = 0;
    std::vector<SpeedSample> speeds;
    std::vector<std::string> skipped;
    std::vector<kernels::KernelBenchResult> kernels;

    // Decode speed the bandwidth allows at `threads`: bandwidth / bytes per token (0 if unknown).
    double boundTokensPerSecond(int threads) const;
    // The limit issue 4 sets on peak memory: file + KV cache + 64 MiB.
    uint64_t memoryBudgetBytes() const { return model.file_size + kv_cache_bytes + (uint64_t(64) << 20); }
};

void printReport(const BenchReport& report, const std::string& path);
// `destination` is a file name, or "-" for standard output. Throws Error if it cannot be written.
void writeJsonReport(const BenchReport& report, const std::string& path, const std::string& destination);

} // namespace trit::cli
