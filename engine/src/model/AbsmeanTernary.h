#pragma once
// Ternary quantization of float weights, ENGINE_SPEC §1.3: gamma = max(mean|W|, 1e-5) over the whole tensor,
// t = clamp(round_half_even(W / gamma), -1, 1). A tensor that is already ternary (every non-zero |w| the
// same value, as in an F32 copy holding exactly ±gamma and 0) keeps that value as its scale, which is what
// the I2_S quantizer stores (scale = max|w|) — so such a copy becomes bit-identical to its I2_S twin.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace trit {

class AbsmeanTernary {
public:
    // Pass 1: feed every value of the tensor (in any number of pieces).
    void observe(std::span<const float> values);
    // The scale gamma after all values were observed.
    float scale() const;
    // Pass 2: the ternary value of each weight.
    void quantize(std::span<const float> values, int8_t* ternary_out) const;

    // Convenience for a tensor held in memory.
    static std::vector<int8_t> quantizeAll(std::span<const float> values, float* scale_out);

private:
    double abs_sum_ = 0;
    uint64_t count_ = 0;
    float max_abs_ = 0;
    bool single_magnitude_ = true; // every non-zero |w| equals max_abs_
};

} // namespace trit
