#include "model/AbsmeanTernary.h"

#include <algorithm>
#include <cmath>

namespace trit {

void AbsmeanTernary::observe(std::span<const float> values) {
    for (float w : values) {
        const float a = std::fabs(w);
        abs_sum_ += a;
        if (a != 0.0f) {
            if (max_abs_ != 0.0f && a != max_abs_)
                single_magnitude_ = false;
            max_abs_ = std::max(max_abs_, a);
        }
    }
    count_ += values.size();
}

float AbsmeanTernary::scale() const {
    if (max_abs_ == 0.0f)
        return 0.0f;
    if (single_magnitude_)
        return max_abs_;
    return std::max(static_cast<float>(abs_sum_ / static_cast<double>(count_)), 1e-5f);
}

void AbsmeanTernary::quantize(std::span<const float> values, int8_t* ternary_out) const {
    const float gamma = scale();
    for (size_t i = 0; i < values.size(); ++i) {
        if (gamma == 0.0f) {
            ternary_out[i] = 0;
            continue;
        }
        const float r = std::nearbyint(values[i] / gamma); // default rounding mode: half to even
        ternary_out[i] = static_cast<int8_t>(std::clamp(r, -1.0f, 1.0f));
    }
}

std::vector<int8_t> AbsmeanTernary::quantizeAll(std::span<const float> values, float* scale_out) {
    AbsmeanTernary q;
    q.observe(values);
    std::vector<int8_t> t(values.size());
    q.quantize(values, t.data());
    if (scale_out)
        *scale_out = q.scale();
    return t;
}

} // namespace trit
