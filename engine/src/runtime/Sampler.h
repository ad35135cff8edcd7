#pragma once
// Picks the next token from logits: repetition penalty (llama.cpp semantics over the last n tokens), then
// top-k, top-p, min-p, temperature and a seeded draw — or the arg-max when temperature <= 0.
// The same seed and logits give the same token on every machine: std::mt19937_64 is fully specified, the
// uniform draw is made from its bits by hand (std::*_distribution differs between standard libraries),
// and candidates are ordered by (logit desc, id asc) so ties never depend on the sort implementation.
#include "trit/Generator.h"

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace trit {

class Sampler {
public:
    explicit Sampler(const SamplingParams& params);

    // `history`: the tokens so far (prompt and generated); the last repeat_last_n are penalized.
    int32_t sample(std::span<const float> logits, std::span<const int32_t> history);

    // A uniform double in [0, 1) from 53 random bits.
    double uniform();

private:
    struct Candidate {
        float logit;
        int32_t id;
    };
    void applyRepetitionPenalty(std::span<const int32_t> history);
    void keepTopK();
    void keepTopP();
    void keepMinP();
    void sortCandidates(size_t keep);
    int32_t draw();

    SamplingParams params_;
    std::mt19937_64 rng_;
    std::vector<Candidate> candidates_;
    std::vector<int32_t> penalized_;
    bool sorted_ = false;
};

} // namespace trit
