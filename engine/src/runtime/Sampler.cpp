#include "runtime/Sampler.h"

#include <algorithm>
#include <cmath>

namespace trit {

namespace {

bool before(float a_logit, int32_t a_id, float b_logit, int32_t b_id) {
    return a_logit > b_logit || (a_logit == b_logit && a_id < b_id);
}

} // namespace

Sampler::Sampler(const SamplingParams& params) : params_(params), rng_(params.seed) {}

double Sampler::uniform() {
    return double(rng_() >> 11) * (1.0 / 9007199254740992.0);
}

int32_t Sampler::sample(std::span<const float> logits, std::span<const int32_t> history) {
    candidates_.resize(logits.size());
    for (size_t i = 0; i < logits.size(); ++i)
        candidates_[i] = {logits[i], int32_t(i)};
    sorted_ = false;
    applyRepetitionPenalty(history);

    if (params_.temperature <= 0.0f) {
        Candidate best = candidates_[0];
        for (const auto& c : candidates_)
            if (before(c.logit, c.id, best.logit, best.id))
                best = c;
        return best.id;
    }
    keepTopK();
    keepTopP();
    keepMinP();
    for (auto& c : candidates_)
        c.logit /= params_.temperature;
    return draw();
}

// llama.cpp: each distinct token among the last n has its logit divided by the penalty if positive,
// multiplied if not.
void Sampler::applyRepetitionPenalty(std::span<const int32_t> history) {
    if (params_.repeat_penalty == 1.0f || params_.repeat_last_n == 0)
        return;
    const size_t n =
        params_.repeat_last_n < 0 ? history.size() : std::min(history.size(), size_t(params_.repeat_last_n));
    penalized_.assign(history.end() - std::ptrdiff_t(n), history.end());
    std::sort(penalized_.begin(), penalized_.end());
    penalized_.erase(std::unique(penalized_.begin(), penalized_.end()), penalized_.end());
    for (int32_t id : penalized_) {
        if (id < 0 || size_t(id) >= candidates_.size())
            continue;
        float& l = candidates_[size_t(id)].logit;
        l = l > 0.0f ? l / params_.repeat_penalty : l * params_.repeat_penalty;
    }
}

void Sampler::sortCandidates(size_t keep) {
    auto order = [](const Candidate& a, const Candidate& b) { return before(a.logit, a.id, b.logit, b.id); };
    if (keep < candidates_.size()) {
        std::partial_sort(candidates_.begin(), candidates_.begin() + std::ptrdiff_t(keep), candidates_.end(),
                          order);
        candidates_.resize(keep);
    } else if (!sorted_) {
        std::sort(candidates_.begin(), candidates_.end(), order);
    }
    sorted_ = true;
}

void Sampler::keepTopK() {
    if (params_.top_k > 0)
        sortCandidates(std::min(candidates_.size(), size_t(params_.top_k)));
}

// Smallest set of most likely tokens whose probability (softmax of the current logits) reaches top_p.
void Sampler::keepTopP() {
    if (params_.top_p >= 1.0f)
        return;
    sortCandidates(candidates_.size());
    const float max_logit = candidates_[0].logit;
    double total = 0.0;
    for (const auto& c : candidates_)
        total += std::exp(double(c.logit - max_logit));
    double cumulative = 0.0;
    size_t keep = candidates_.size();
    for (size_t i = 0; i < candidates_.size(); ++i) {
        cumulative += std::exp(double(candidates_[i].logit - max_logit)) / total;
        if (cumulative >= double(params_.top_p)) {
            keep = i + 1;
            break;
        }
    }
    candidates_.resize(std::max<size_t>(keep, 1));
}

// Drops tokens whose probability is below min_p times the most likely token's.
void Sampler::keepMinP() {
    if (params_.min_p <= 0.0f)
        return;
    sortCandidates(candidates_.size());
    const double threshold = double(candidates_[0].logit) + std::log(double(params_.min_p));
    size_t keep = 1;
    while (keep < candidates_.size() && double(candidates_[keep].logit) >= threshold)
        ++keep;
    candidates_.resize(keep);
}

int32_t Sampler::draw() {
    float max_logit = candidates_[0].logit;
    for (const auto& c : candidates_)
        max_logit = std::max(max_logit, c.logit);
    double total = 0.0;
    for (const auto& c : candidates_)
        total += std::exp(double(c.logit - max_logit));
    const double target = uniform() * total;
    double cumulative = 0.0;
    for (const auto& c : candidates_) {
        cumulative += std::exp(double(c.logit - max_logit));
        if (target < cumulative)
            return c.id;
    }
    return candidates_.back().id;
}

} // namespace trit
