// Fixed-order float kernels: the scalar path against the order of Kernels.h written out independently here,
// every SIMD path against scalar bit for bit (any length, every tail), and the f16 conversion exhaustively.
#include "Check.h"
#include "kernels/Dispatch.h"
#include "kernels/Kernels.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using trit::kernels::KernelTable;

namespace {

uint32_t bitsOf(float f) {
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    return b;
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// f16 -> double straight from the IEEE definition (finite values only).
double halfValue(uint16_t h) {
    const int sign = h >> 15, exponent = (h >> 10) & 31, mantissa = h & 1023;
    const double magnitude =
        exponent == 0 ? std::ldexp(mantissa, -24) : std::ldexp(1.0 + mantissa / 1024.0, exponent - 15);
    return sign ? -magnitude : magnitude;
}

bool convertedExactly(uint16_t h, float y) {
    const bool negative = h >> 15;
    const int exponent = (h >> 10) & 31, mantissa = h & 1023;
    if (exponent == 31 && mantissa != 0)
        return std::isnan(y);
    if (std::signbit(y) != negative)
        return false;
    if (exponent == 31)
        return std::isinf(y);
    return double(y) == halfValue(h);
}

// Random finite halves spread over all exponents, subnormals included.
std::vector<uint16_t> randomHalves(std::mt19937& rng, size_t n) {
    std::vector<uint16_t> v(n);
    for (uint16_t& h : v) {
        do
            h = uint16_t(rng());
        while (((h >> 10) & 31) == 31);
    }
    return v;
}

std::vector<float> randomFloats(std::mt19937& rng, size_t n) {
    std::normal_distribution<float> d(0.0f, 1.0f);
    std::vector<float> v(n);
    for (float& f : v)
        f = d(rng) * std::ldexp(1.0f, int(rng() % 16) - 8);
    return v;
}

// The reduction order of Kernels.h, spelled out: 16 running sums, then pairwise halving.
template <typename Get> float fixedOrderDot(int n, Get product_into) {
    float p[16] = {};
    for (int k = 0; k < n; ++k)
        product_into(k, p[k % 16]);
    for (int w = 8; w >= 1; w /= 2)
        for (int i = 0; i < w; ++i)
            p[i] = p[i] + p[i + w];
    return p[0];
}

} // namespace

TEST_CASE("f16 conversion is exact for all 65536 halves in every path") {
    std::vector<uint16_t> all(65536);
    for (int i = 0; i < 65536; ++i)
        all[i] = uint16_t(i);
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        // y = fma(1, x, -0) = x exactly, also for x = -0.
        std::vector<float> y(65536, -0.0f);
        kt->axpy_f16(65536, 1.0f, all.data(), y.data());
        int wrong = 0;
        for (int i = 0; i < 65536; ++i)
            wrong += !convertedExactly(uint16_t(i), y[size_t(i)]);
        if (wrong)
            trit_test::fail(__FILE__, __LINE__,
                            std::string(kt->name) + ": " + std::to_string(wrong) + " halves wrong");
    }
}

TEST_CASE("scalar dot products follow the documented fixed order") {
    std::mt19937 rng(11);
    for (int n : {0, 1, 7, 15, 16, 17, 31, 33, 100, 257, 2560}) {
        const std::vector<float> a = randomFloats(rng, size_t(n)), b = randomFloats(rng, size_t(n));
        const std::vector<uint16_t> h = randomHalves(rng, size_t(n));
        const float want32 = fixedOrderDot(n, [&](int k, float& p) { p = std::fma(a[k], b[k], p); });
        const float want16 =
            fixedOrderDot(n, [&](int k, float& p) { p = std::fma(float(halfValue(h[k])), b[k], p); });
        CHECK_EQ(bitsOf(trit::kernels::scalarTable().dot_f32(a.data(), b.data(), n)), bitsOf(want32));
        CHECK_EQ(bitsOf(trit::kernels::scalarTable().dot_f16(h.data(), b.data(), n)), bitsOf(want16));
    }
}

TEST_CASE("every path's dot products equal scalar for every length 0..300") {
    std::mt19937 rng(12);
    const KernelTable& ref = trit::kernels::scalarTable();
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        int wrong = 0;
        for (int n = 0; n <= 300; ++n) {
            const std::vector<float> a = randomFloats(rng, size_t(n)), b = randomFloats(rng, size_t(n));
            const std::vector<uint16_t> h = randomHalves(rng, size_t(n));
            wrong += bitsOf(kt->dot_f32(a.data(), b.data(), n)) != bitsOf(ref.dot_f32(a.data(), b.data(), n));
            wrong += bitsOf(kt->dot_f16(h.data(), b.data(), n)) != bitsOf(ref.dot_f16(h.data(), b.data(), n));
        }
        if (wrong)
            trit_test::fail(__FILE__, __LINE__,
                            std::string(kt->name) + ": " + std::to_string(wrong) + " dots differ");
    }
}

TEST_CASE("every path's F16 and F32 GEMV equal scalar on random shapes and row ranges") {
    std::mt19937 rng(13);
    const KernelTable& ref = trit::kernels::scalarTable();
    for (int iter = 0; iter < 80; ++iter) {
        const int K = 1 + int(rng() % 300);
        const int rows = 1 + int(rng() % 19);
        const int begin = int(rng() % rows);
        const int end = begin + 1 + int(rng() % (rows - begin));
        const std::vector<uint16_t> w16 = randomHalves(rng, size_t(rows) * K);
        const std::vector<float> w32 = randomFloats(rng, size_t(rows) * K), x = randomFloats(rng, size_t(K));
        std::vector<float> want16(size_t(end - begin)), want32(size_t(end - begin));
        ref.gemv_f16(w16.data(), K, begin, end, x.data(), want16.data());
        ref.gemv_f32(w32.data(), K, begin, end, x.data(), want32.data());
        for (int r = begin; r < end; ++r)
            CHECK_EQ(bitsOf(want16[r - begin]), bitsOf(ref.dot_f16(w16.data() + size_t(r) * K, x.data(), K)));
        for (const KernelTable* kt : trit::kernels::supportedTables()) {
            std::vector<float> got16(size_t(end - begin)), got32(size_t(end - begin));
            kt->gemv_f16(w16.data(), K, begin, end, x.data(), got16.data());
            kt->gemv_f32(w32.data(), K, begin, end, x.data(), got32.data());
            if (!sameBits(got16, want16) || !sameBits(got32, want32))
                trit_test::fail(__FILE__, __LINE__,
                                std::string(kt->name) + " GEMV differs, K=" + std::to_string(K));
        }
    }
}

TEST_CASE("every path's axpy equals scalar for every length 0..100") {
    std::mt19937 rng(14);
    const KernelTable& ref = trit::kernels::scalarTable();
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        for (int n = 0; n <= 100; ++n) {
            const std::vector<float> x = randomFloats(rng, size_t(n) + 1),
                                     y0 = randomFloats(rng, size_t(n) + 1);
            const std::vector<uint16_t> h = randomHalves(rng, size_t(n) + 1);
            const float a = randomFloats(rng, 1)[0];
            std::vector<float> want = y0, got = y0, want16 = y0, got16 = y0;
            ref.axpy_f32(n, a, x.data(), want.data());
            kt->axpy_f32(n, a, x.data(), got.data());
            ref.axpy_f16(n, a, h.data(), want16.data());
            kt->axpy_f16(n, a, h.data(), got16.data());
            CHECK(sameBits(got, want));
            CHECK(sameBits(got16, want16));
            CHECK_EQ(bitsOf(got[size_t(n)]), bitsOf(y0[size_t(n)])); // nothing past n is written
        }
    }
}

TRIT_TEST_MAIN()
