// Per-token activation quantization (spec §1.3/§1.5): known values from the spec's definition, the scalar
// path against the definition written out here, and every SIMD path against scalar on adversarial inputs.
#include "Check.h"
#include "kernels/Dispatch.h"
#include "kernels/Kernels.h"

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using trit::kernels::KernelTable;

namespace {

struct Quantized {
    std::vector<int8_t> q;
    int32_t qsum = 0;
    float scale = 0.0f;
    bool operator==(const Quantized& o) const {
        return q == o.q && qsum == o.qsum && std::memcmp(&scale, &o.scale, sizeof scale) == 0;
    }
};

Quantized quantizeWith(const KernelTable& kt, const std::vector<float>& x) {
    Quantized r;
    r.q.assign(x.size() + 1, int8_t(99)); // the extra byte must stay untouched
    r.scale = kt.quantize_act(x.data(), int(x.size()), r.q.data(), &r.qsum);
    CHECK_EQ(int(r.q.back()), 99);
    r.q.pop_back();
    return r;
}

// The definition, step by step: amax in double from 1e-5, s = f32(127/amax), q = clamp(rint(f32(x*s))).
Quantized definition(const std::vector<float>& x) {
    double amax = 1e-5;
    for (float v : x)
        amax = std::max(amax, double(std::fabs(v)));
    Quantized r;
    r.scale = float(127.0 / amax);
    for (float v : x) {
        const float product = v * r.scale;
        double rounded = std::floor(double(product));
        const double frac = double(product) - rounded;
        if (frac > 0.5 || (frac == 0.5 && std::fmod(rounded, 2.0) != 0.0))
            rounded += 1.0;
        const int q = int(std::min(127.0, std::max(-128.0, rounded)));
        r.q.push_back(int8_t(q));
        r.qsum += q;
    }
    return r;
}

std::vector<std::vector<float>> adversarialInputs(std::mt19937& rng) {
    std::vector<std::vector<float>> inputs;
    inputs.push_back({127.0f, 0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 3.5f, 126.5f, -126.5f}); // exact ties
    inputs.push_back(std::vector<float>(37, 0.0f));
    inputs.push_back(std::vector<float>(40, -0.0f));
    inputs.push_back({FLT_MAX, -FLT_MAX, 1.0f, -3e38f, 0.0f, 1e-45f});
    std::vector<float> denormals;
    for (int i = 0; i < 70; ++i)
        denormals.push_back((i % 2 ? -1.0f : 1.0f) * std::ldexp(float(i + 1), -140));
    inputs.push_back(denormals);
    denormals.push_back(1e-6f); // below the 1e-5 floor of amax
    inputs.push_back(denormals);
    for (int n = 1; n <= 130; ++n) { // every tail length, magnitudes from 1e-8 to 1e8
        std::normal_distribution<float> d(0.0f, 1.0f);
        std::vector<float> x(static_cast<size_t>(n));
        const float magnitude = std::pow(10.0f, float(int(rng() % 17) - 8));
        for (float& v : x)
            v = d(rng) * magnitude;
        if (n % 3 == 0) // land some values exactly on ties: amax = 127 makes s = 1
            for (size_t i = 0; i < x.size(); ++i)
                x[i] = i == 0 ? 127.0f : float(int(rng() % 254) - 127) + 0.5f * float(rng() % 2);
        inputs.push_back(x);
    }
    inputs.push_back(std::vector<float>(6912, 0.25f));
    return inputs;
}

} // namespace

TEST_CASE("ties round half to even and the scale is 127/amax") {
    const Quantized r =
        quantizeWith(trit::kernels::scalarTable(), {127.0f, 0.5f, 1.5f, 2.5f, -0.5f, -2.5f, -3.5f});
    CHECK_EQ(r.scale, 1.0f);
    const std::vector<int8_t> expected{127, 0, 2, 2, 0, -2, -4};
    CHECK(r.q == expected);
    CHECK_EQ(r.qsum, 127 + 0 + 2 + 2 + 0 - 2 - 4);
}

TEST_CASE("all zeros give q = 0 and the scale of amax = 1e-5") {
    const Quantized r = quantizeWith(trit::kernels::scalarTable(), std::vector<float>(10, 0.0f));
    CHECK_EQ(r.scale, float(127.0 / 1e-5));
    CHECK_EQ(r.qsum, 0);
}

TEST_CASE("scalar quantization equals the definition on adversarial inputs") {
    std::mt19937 rng(21);
    for (const std::vector<float>& x : adversarialInputs(rng))
        CHECK(quantizeWith(trit::kernels::scalarTable(), x) == definition(x));
}

TEST_CASE("every path quantizes exactly like scalar") {
    std::mt19937 rng(22);
    const auto inputs = adversarialInputs(rng);
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        int wrong = 0;
        for (const std::vector<float>& x : inputs)
            wrong += !(quantizeWith(*kt, x) == quantizeWith(trit::kernels::scalarTable(), x));
        if (wrong)
            trit_test::fail(__FILE__, __LINE__,
                            std::string(kt->name) + ": " + std::to_string(wrong) + " inputs differ");
    }
}

TRIT_TEST_MAIN()
