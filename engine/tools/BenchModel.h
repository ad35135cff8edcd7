#pragma once
// Whole-model measurements behind `trit bench`: prompt processing (pp N) and text generation (tg N) as
// llama-bench defines them, the bytes one decoded token streams from memory, and the process's peak resident
// memory. Nothing here asserts a speed; the numbers are printed for people and written as JSON.
#include "trit/Session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trit::cli {

struct SpeedSample {
    std::string test; // "pp512", "tg128"
    int threads = 1;
    std::vector<double> tokens_per_second; // one per repetition
    double min() const;
    double median() const;
    double max() const;
};

// What one decoded token reads from memory: every weight of every block, the output norm and head, one
// embedding row, and the KV cache at the average position of a tg run of `generated` tokens from empty.
struct DecodeTraffic {
    uint64_t weight_bytes = 0;
    uint64_t head_bytes = 0; // part of weight_bytes: the LM head alone
    uint64_t kv_bytes = 0;   // average per token over the run
    uint64_t total() const { return weight_bytes + kv_bytes; }
};
DecodeTraffic decodeTraffic(const Model& model, int generated, KvCacheType kv_type);

// Runs `repetitions` of pp `n_prompt` (one batched prefill of random tokens into an empty cache) on
// `session`, after one unmeasured warm-up. Same for tg `n_gen` (n_gen single-token decodes from empty).
SpeedSample measurePrompt(Session& session, int n_prompt, int repetitions);
SpeedSample measureGeneration(Session& session, int n_gen, int repetitions);

// Peak resident set of this process (VmHWM on Linux), and a way to restart its count so that buffers of
// earlier measurements are not charged to the model. 0 / false where the OS does not tell.
uint64_t peakResidentBytes();
bool resetPeakResident();

} // namespace trit::cli
