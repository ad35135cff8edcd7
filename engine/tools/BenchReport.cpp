#include "BenchReport.h"

#include "trit/Error.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace trit::cli {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

// The first tg run at `threads`: pp speed is shown as a multiple of it.
const SpeedSample* firstGeneration(const BenchReport& r, int threads) {
    for (const SpeedSample& s : r.speeds)
        if (s.threads == threads && s.test.rfind("tg", 0) == 0)
            return &s;
    return nullptr;
}

std::string tensorTypes(const ModelInfo& info) {
    std::string text;
    for (const auto& [type, count] : info.tensor_types)
        text += (text.empty() ? "" : ", ") + type + " x" + std::to_string(count);
    return text;
}

void printSpeeds(const BenchReport& r) {
    std::printf("\n| test   | threads | t/s median |  t/s min |  t/s max | bound t/s | of bound | pp/tg |\n");
    std::printf("|--------|--------:|-----------:|---------:|---------:|----------:|---------:|------:|\n");
    for (const SpeedSample& s : r.speeds) {
        const bool generation = s.test.rfind("tg", 0) == 0;
        char bound[32] = "", fraction[32] = "", ratio[32] = "";
        if (generation && r.boundTokensPerSecond(s.threads) > 0) {
            std::snprintf(bound, sizeof bound, "%.2f", r.boundTokensPerSecond(s.threads));
            std::snprintf(fraction, sizeof fraction, "%.1f %%",
                          100 * s.median() / r.boundTokensPerSecond(s.threads));
        }
        const SpeedSample* tg = firstGeneration(r, s.threads);
        if (!generation && tg && tg->median() > 0)
            std::snprintf(ratio, sizeof ratio, "%.2fx", s.median() / tg->median());
        std::printf("| %-6s | %7d | %10.2f | %8.2f | %8.2f | %9s | %8s | %5s |\n", s.test.c_str(), s.threads,
                    s.median(), s.min(), s.max(), bound, fraction, ratio);
    }
    for (const std::string& reason : r.skipped)
        std::printf("skipped %s\n", reason.c_str());
}

void printKernels(const BenchReport& r) {
    if (r.kernels.empty())
        return;
    std::printf("\nkernels (best of several calls; weights streamed from memory, not cache):\n");
    std::printf(
        "| path         | kernel       | rows x K x tokens    | threads | ms/call  | GB/s   | GOP/s  |\n");
    std::printf(
        "|--------------|--------------|----------------------|--------:|---------:|-------:|-------:|\n");
    for (const auto& k : r.kernels) {
        char shape[48];
        std::snprintf(shape, sizeof shape, "%d x %d x %d", k.shape.rows, k.shape.K, k.shape.n_tok);
        std::printf("| %-12s | %-12s | %-20s | %7d | %8.3f | %6.2f | %6.1f |\n", k.path.c_str(),
                    k.kernel.c_str(), shape, k.threads, k.seconds * 1e3, k.gb_per_s, k.gop_per_s);
    }
}

} // namespace

double BenchReport::boundTokensPerSecond(int threads) const {
    const auto bw = bandwidth_gb_per_s.find(threads);
    if (bw == bandwidth_gb_per_s.end() || traffic.total() == 0)
        return 0.0;
    return bw->second * 1e9 / double(traffic.total());
}

void printReport(const BenchReport& r, const std::string& path) {
    const ModelInfo& m = r.model;
    std::printf("trit bench: %s\n", path.c_str());
    std::printf("model: %s, %s, %.3f B parameters, %.1f MiB file; %s; loaded in %.0f ms\n", m.name.c_str(),
                m.architecture.c_str(), double(m.n_params) / 1e9, double(m.file_size) / kMiB,
                tensorTypes(m).c_str(), r.load_ms);
    std::string available;
    for (const std::string& p : r.available_paths)
        available += (available.empty() ? "" : ", ") + p;
    std::printf("kernel path: %s (this CPU runs: %s)\n", r.kernel_path.c_str(), available.c_str());
    for (const auto& [threads, bw] : r.bandwidth_gb_per_s)
        std::printf("measured read bandwidth, %d thread%s: %.2f GB/s\n", threads, threads == 1 ? "" : "s",
                    bw);
    std::printf("bytes one decoded token streams: %.1f MiB (weights %.1f MiB, of which LM head %.1f MiB; "
                "KV cache %.2f MiB on average over tg%d)\n",
                double(r.traffic.total()) / kMiB, double(r.traffic.weight_bytes) / kMiB,
                double(r.traffic.head_bytes) / kMiB, double(r.traffic.kv_bytes) / kMiB,
                r.generation_lengths.empty() ? 0 : r.generation_lengths.back());
    printSpeeds(r);
    if (r.peak_rss_bytes) {
        const uint64_t budget = r.memoryBudgetBytes();
        std::printf("\npeak resident memory%s: %.1f MiB; budget file + KV cache + 64 MiB = %.1f MiB: %s\n",
                    r.peak_reset ? " from the model load on" : " of the whole run",
                    double(r.peak_rss_bytes) / kMiB, double(budget) / kMiB,
                    r.peak_rss_bytes <= budget ? "within" : "OVER");
    }
    printKernels(r);
}

void writeJsonReport(const BenchReport& r, const std::string& path, const std::string& destination) {
    std::ostringstream j;
    const ModelInfo& m = r.model;
    j << "{\n  \"file\": " << jsonString(path) << ",\n  \"model\": {\"name\": " << jsonString(m.name)
      << ", \"architecture\": " << jsonString(m.architecture) << ", \"parameters\": " << m.n_params
      << ", \"file_bytes\": " << m.file_size << ", \"tensor_types\": {";
    bool first = true;
    for (const auto& [type, count] : m.tensor_types) {
        j << (first ? "" : ", ") << jsonString(type) << ": " << count;
        first = false;
    }
    j << "}},\n  \"load_ms\": " << number(r.load_ms) << ",\n  \"kernel_path\": " << jsonString(r.kernel_path)
      << ",\n  \"available_paths\": [";
    for (size_t i = 0; i < r.available_paths.size(); ++i)
        j << (i ? ", " : "") << jsonString(r.available_paths[i]);
    j << "],\n  \"read_bandwidth_gb_per_s\": {";
    first = true;
    for (const auto& [threads, bw] : r.bandwidth_gb_per_s) {
        j << (first ? "" : ", ") << "\"" << threads << "\": " << number(bw);
        first = false;
    }
    j << "},\n  \"decode_bytes_per_token\": {\"weights\": " << r.traffic.weight_bytes
      << ", \"lm_head\": " << r.traffic.head_bytes << ", \"kv_cache\": " << r.traffic.kv_bytes
      << ", \"total\": " << r.traffic.total() << "},\n  \"results\": [";
    for (size_t i = 0; i < r.speeds.size(); ++i) {
        const SpeedSample& s = r.speeds[i];
        const double bound = s.test.rfind("tg", 0) == 0 ? r.boundTokensPerSecond(s.threads) : 0.0;
        j << (i ? ",\n" : "\n") << "    {\"test\": " << jsonString(s.test) << ", \"threads\": " << s.threads
          << ", \"tokens_per_second\": {\"min\": " << number(s.min())
          << ", \"median\": " << number(s.median()) << ", \"max\": " << number(s.max())
          << "}, \"samples\": [";
        for (size_t k = 0; k < s.tokens_per_second.size(); ++k)
            j << (k ? ", " : "") << number(s.tokens_per_second[k]);
        j << "]";
        if (bound > 0)
            j << ", \"bandwidth_bound_tokens_per_second\": " << number(bound)
              << ", \"fraction_of_bound\": " << number(s.median() / bound);
        j << "}";
    }
    j << "\n  ],\n  \"skipped\": [";
    for (size_t i = 0; i < r.skipped.size(); ++i)
        j << (i ? ", " : "") << jsonString(r.skipped[i]);
    j << "],\n  \"memory\": {\"peak_resident_bytes\": " << r.peak_rss_bytes
      << ", \"counted_from_model_load\": " << (r.peak_reset ? "true" : "false")
      << ", \"kv_cache_bytes\": " << r.kv_cache_bytes << ", \"budget_bytes\": " << r.memoryBudgetBytes()
      << "},\n  \"kernels\": [";
    for (size_t i = 0; i < r.kernels.size(); ++i) {
        const auto& k = r.kernels[i];
        j << (i ? ",\n" : "\n") << "    {\"path\": " << jsonString(k.path)
          << ", \"kernel\": " << jsonString(k.kernel) << ", \"rows\": " << k.shape.rows
          << ", \"k\": " << k.shape.K << ", \"tokens\": " << k.shape.n_tok << ", \"threads\": " << k.threads
          << ", \"seconds\": " << number(k.seconds) << ", \"gb_per_s\": " << number(k.gb_per_s)
          << ", \"gop_per_s\": " << number(k.gop_per_s) << "}";
    }
    j << "\n  ]\n}\n";
    if (destination == "-") {
        std::cout << j.str();
        return;
    }
    std::ofstream out(destination, std::ios::binary);
    out << j.str();
    if (!out)
        throw Error("cannot write the benchmark results to " + destination);
}

} // namespace trit::cli
