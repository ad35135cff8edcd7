#include "BenchModel.h"

#include "model/ModelImpl.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

namespace trit::cli {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

uint64_t linearBytes(const LinearWeight& w) {
    if (w.ternary)
        return uint64_t(w.rows) * w.cols / 4 + w.block_scales.size() * sizeof(float);
    return uint64_t(w.rows) * w.row_bytes;
}

// Random ids over the whole vocabulary, the same for every run, so pp and tg do identical work each time.
std::vector<int32_t> benchTokens(const Model& model, int count) {
    std::mt19937 rng(1234);
    std::uniform_int_distribution<int32_t> id(0, int32_t(model.info().n_vocab) - 1);
    std::vector<int32_t> tokens(size_t(std::max(count, 0)));
    for (int32_t& t : tokens)
        t = id(rng);
    return tokens;
}

template <typename Run>
SpeedSample measure(const std::string& test, Session& session, int tokens, int repetitions, Run&& run) {
    SpeedSample sample;
    sample.test = test;
    sample.threads = session.threads();
    session.truncate(0);
    run(); // warm-up: pages of the mapped file, caches, the thread pool's first wake-up
    for (int rep = 0; rep < std::max(repetitions, 1); ++rep) {
        session.truncate(0);
        const Clock::time_point start = Clock::now();
        run();
        sample.tokens_per_second.push_back(tokens / secondsSince(start));
    }
    session.truncate(0);
    return sample;
}

} // namespace

double SpeedSample::min() const {
    return tokens_per_second.empty() ? 0.0
                                     : *std::min_element(tokens_per_second.begin(), tokens_per_second.end());
}

double SpeedSample::max() const {
    return tokens_per_second.empty() ? 0.0
                                     : *std::max_element(tokens_per_second.begin(), tokens_per_second.end());
}

double SpeedSample::median() const {
    if (tokens_per_second.empty())
        return 0.0;
    std::vector<double> sorted = tokens_per_second;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

DecodeTraffic decodeTraffic(const Model& model, int generated, KvCacheType kv_type) {
    const ModelImpl& m = model.impl();
    const ModelHparams& hp = m.hparams();
    DecodeTraffic traffic;
    for (uint32_t l = 0; l < hp.n_layer; ++l) {
        const LayerWeights& layer = m.layer(l);
        for (const LinearWeight& w : layer.linear)
            traffic.weight_bytes += linearBytes(w);
        traffic.weight_bytes += (layer.attn_norm.size() + layer.attn_sub_norm.size() + layer.ffn_norm.size() +
                                 layer.ffn_sub_norm.size()) *
                                sizeof(float);
    }
    const FloatRows& head = m.outputHead();
    traffic.head_bytes = uint64_t(head.rows) * head.row_bytes;
    traffic.weight_bytes +=
        traffic.head_bytes + m.outputNorm().size() * sizeof(float) + m.tokenEmbeddings().row_bytes;
    const uint64_t element = kv_type == KvCacheType::F16 ? 2 : 4;
    const uint64_t per_position = uint64_t(hp.n_layer) * 2 * hp.kvDim() * element;
    // Token i of the run attends to positions 0..i: the average is (generated + 1) / 2 positions.
    traffic.kv_bytes = per_position * uint64_t(std::max(generated, 0) + 1) / 2;
    return traffic;
}

SpeedSample measurePrompt(Session& session, int n_prompt, int repetitions) {
    const std::vector<int32_t> tokens = benchTokens(session.model(), n_prompt);
    return measure("pp" + std::to_string(n_prompt), session, n_prompt, repetitions,
                   [&] { session.prefill(tokens); });
}

SpeedSample measureGeneration(Session& session, int n_gen, int repetitions) {
    const std::vector<int32_t> tokens = benchTokens(session.model(), n_gen);
    return measure("tg" + std::to_string(n_gen), session, n_gen, repetitions, [&] {
        for (int32_t token : tokens)
            session.decode(token);
    });
}

uint64_t peakResidentBytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream fields(line.substr(6));
            uint64_t kib = 0;
            fields >> kib;
            return kib * 1024;
        }
    }
    return 0;
}

bool resetPeakResident() {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    return bool(clear);
}

} // namespace trit::cli
