// Every tensor codec against ENGINE_SPEC §3: exact float conversions, the spec's worked examples, decoders
// checked against independent transcriptions of the spec's formulas, and encode/decode round trips.
#include "Check.h"
#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using namespace trit;

namespace {

std::vector<float> randomFloats(size_t n, uint32_t seed, float spread = 1.0f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, spread);
    std::vector<float> v(n);
    for (auto& x : v)
        x = dist(rng);
    return v;
}

std::vector<int8_t> randomTernary(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> dist(-1, 1);
    std::vector<int8_t> t(n);
    for (auto& x : t)
        x = static_cast<int8_t>(dist(rng));
    return t;
}

std::vector<float> decodeAll(TensorType type, const std::vector<uint8_t>& bytes, size_t n) {
    std::vector<float> out(n);
    dequantizeRow(type, bytes.data(), out.data(), n);
    return out;
}

double rmsError(const std::vector<float>& a, const std::vector<float>& b) {
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += (double(a[i]) - b[i]) * (double(a[i]) - b[i]);
    return std::sqrt(sum / double(a.size()));
}

uint16_t randomFiniteF16(std::mt19937& rng) {
    std::uniform_real_distribution<float> dist(0.0005f, 0.05f);
    return f32ToF16(dist(rng));
}

} // namespace

TEST_CASE("f16 known values, subnormals, infinities and NaN") {
    CHECK_EQ(f32ToF16(1.0f), 0x3C00);
    CHECK_EQ(f32ToF16(-2.0f), 0xC000);
    CHECK_EQ(f32ToF16(65504.0f), 0x7BFF);
    CHECK_EQ(f32ToF16(65519.0f), 0x7BFF);                         // rounds down to the largest finite
    CHECK_EQ(f32ToF16(65520.0f), 0x7C00);                         // rounds up to infinity
    CHECK_EQ(f32ToF16(std::ldexp(1.0f, -24)), 0x0001);            // smallest subnormal
    CHECK_EQ(f32ToF16(std::ldexp(1.0f, -25)), 0x0000);            // tie to even: zero
    CHECK_EQ(f32ToF16(std::ldexp(3.0f, -25)), 0x0002);            // tie to even: 2
    CHECK_EQ(f32ToF16(std::ldexp(1.0f, -14)), 0x0400);            // smallest normal
    CHECK_EQ(f32ToF16(1.0f + std::ldexp(1.0f, -11)), 0x3C00);     // tie to even, down
    CHECK_EQ(f32ToF16(1.0f + 3 * std::ldexp(1.0f, -11)), 0x3C02); // tie to even, up
    CHECK_EQ(f32ToF16(std::numeric_limits<float>::infinity()), 0x7C00);
    CHECK_EQ(f32ToF16(-std::numeric_limits<float>::infinity()), 0xFC00);
    CHECK_EQ(f32ToF16(-0.0f), 0x8000);
    CHECK(std::isnan(f16ToF32(f32ToF16(std::numeric_limits<float>::quiet_NaN()))));
    CHECK_EQ(f16ToF32(0x0001), std::ldexp(1.0f, -24));
    CHECK_EQ(f16ToF32(0x03FF), std::ldexp(1023.0f, -24));
    CHECK_EQ(f16ToF32(0x7BFF), 65504.0f);
    CHECK(std::isinf(f16ToF32(0x7C00)) && f16ToF32(0x7C00) > 0);
    CHECK(std::isinf(f16ToF32(0xFC00)) && f16ToF32(0xFC00) < 0);
    CHECK(std::isnan(f16ToF32(0x7E00)));
    CHECK(std::signbit(f16ToF32(0x8000)));
}

TEST_CASE("f16: every finite pattern survives f16 -> f32 -> f16, and halfway points round to even") {
    int mismatches = 0;
    for (uint32_t h = 0; h <= 0xFFFF; ++h) {
        const auto half = static_cast<uint16_t>(h);
        const float f = f16ToF32(half);
        if ((h & 0x7C00) == 0x7C00 && (h & 0x3FF)) {
            mismatches += std::isnan(f) && std::isnan(f16ToF32(f32ToF16(f))) ? 0 : 1;
            continue;
        }
        mismatches += f32ToF16(f) == half ? 0 : 1;
        // the midpoint to the next pattern of the same sign rounds to whichever of the two is even
        if ((h & 0x7FFF) < 0x7BFF) {
            const double mid = (double(f) + double(f16ToF32(static_cast<uint16_t>(h + 1)))) / 2;
            const uint16_t expected = (h & 1) ? static_cast<uint16_t>(h + 1) : half;
            mismatches += f32ToF16(static_cast<float>(mid)) == expected ? 0 : 1;
        }
    }
    CHECK_EQ(mismatches, 0);
}

TEST_CASE("bf16 round trips every finite pattern and rounds to nearest even") {
    int mismatches = 0;
    for (uint32_t h = 0; h <= 0xFFFF; ++h) {
        const auto b = static_cast<uint16_t>(h);
        const float f = bf16ToF32(b);
        if (std::isnan(f))
            mismatches += std::isnan(bf16ToF32(f32ToBf16(f))) ? 0 : 1;
        else
            mismatches += f32ToBf16(f) == b ? 0 : 1;
    }
    CHECK_EQ(mismatches, 0);
    uint32_t bits = 0x3F808000; // exactly halfway between bf16 0x3F80 and 0x3F81 -> even 0x3F80
    float f;
    std::memcpy(&f, &bits, 4);
    CHECK_EQ(f32ToBf16(f), 0x3F80);
    bits = 0x3F818000; // halfway between 0x3F81 and 0x3F82 -> 0x3F82
    std::memcpy(&f, &bits, 4);
    CHECK_EQ(f32ToBf16(f), 0x3F82);
}

TEST_CASE("I2_S worked example of spec 3.2, byte for byte") {
    std::vector<int8_t> t;
    for (int8_t v : {1, 0, -1, 1})
        t.insert(t.end(), 32, v);
    const float gamma = 0.8125f;
    const auto bytes = encodeI2S(t, gamma);
    REQUIRE(bytes.size() == 64);
    for (int i = 0; i < 32; ++i)
        CHECK_EQ(int(bytes[i]), 0x92);
    float stored;
    std::memcpy(&stored, bytes.data() + 32, 4);
    CHECK_EQ(stored, gamma);
    for (int i = 36; i < 64; ++i)
        CHECK_EQ(int(bytes[i]), 0);
    std::vector<int8_t> back(128);
    float scale = 0;
    decodeI2S(bytes.data(), 128, back.data(), &scale);
    CHECK(back == t);
    CHECK_EQ(scale, gamma);
    const auto values = decodeAll(TensorType::I2_S, bytes, 128);
    CHECK_EQ(values[0], gamma);
    CHECK_EQ(values[40], 0.0f);
    CHECK_EQ(values[70], -gamma);
}

TEST_CASE("I2_S decodes with the spec's formula, reads code 3 as 0, and round-trips") {
    std::mt19937 rng(7);
    std::vector<uint8_t> bytes(1024 / 4 + 32);
    for (auto& b : bytes)
        b = static_cast<uint8_t>(rng());
    std::vector<int8_t> decoded(1024);
    decodeI2S(bytes.data(), 1024, decoded.data(), nullptr);
    int mismatches = 0;
    for (size_t e = 0; e < 1024; ++e) {
        const int c = (bytes[32 * (e / 128) + e % 32] >> (6 - 2 * ((e % 128) / 32))) & 3;
        const int expected = c == 0 ? -1 : c == 2 ? 1 : 0;
        mismatches += decoded[e] == expected ? 0 : 1;
    }
    CHECK_EQ(mismatches, 0);
    const auto t = randomTernary(128 * 6, 11);
    std::vector<int8_t> back(t.size());
    decodeI2S(encodeI2S(t, 0.25f).data(), t.size(), back.data(), nullptr);
    CHECK(back == t);
}

TEST_CASE("TQ1_0: all 243 byte values, extraction formula against the encoding") {
    for (unsigned q = 0; q < 243; ++q) {
        const unsigned trits[5] = {q / 81, (q / 27) % 3, (q / 9) % 3, (q / 3) % 3, q % 3};
        const auto b = static_cast<uint8_t>((q * 256 + 242) / 243);
        for (unsigned n = 0; n < 5; ++n) {
            unsigned pow3 = 1;
            for (unsigned k = 0; k < n; ++k)
                pow3 *= 3;
            CHECK_EQ(((b * pow3) % 256 * 3) >> 8, trits[n]);
        }
        // The same five trits placed at the elements of qs[0] (elements 0, 32, 64, 96, 128)
        std::vector<int8_t> t(256, 0);
        for (unsigned n = 0; n < 5; ++n)
            t[32 * n] = static_cast<int8_t>(int(trits[n]) - 1);
        const float scale = 1.0f;
        const auto bytes = encodeTQ1(t, std::span<const float>(&scale, 1));
        REQUIRE(bytes.size() == 54);
        CHECK_EQ(int(bytes[0]), int(b));
        std::vector<int8_t> back(256);
        decodeTQ1(bytes.data(), 256, back.data(), nullptr);
        CHECK(back == t);
    }
}

TEST_CASE("TQ1_0 element order (qs, second qs part, qh) and round trip") {
    const auto t = randomTernary(256 * 3, 5);
    const std::vector<float> scales = {0.5f, 0.125f, 2.0f};
    const auto bytes = encodeTQ1(t, scales);
    REQUIRE(bytes.size() == 3 * 54);
    std::vector<int8_t> back(t.size());
    std::vector<float> back_scales(3);
    decodeTQ1(bytes.data(), t.size(), back.data(), back_scales.data());
    CHECK(back == t);
    CHECK(back_scales == scales);
    auto trit = [&](size_t byte, unsigned n) {
        unsigned pow3 = 1;
        for (unsigned k = 0; k < n; ++k)
            pow3 *= 3;
        return int(((bytes[byte] * pow3) % 256 * 3) >> 8) - 1;
    };
    int mismatches = 0;
    for (unsigned n = 0; n < 5; ++n)
        for (unsigned m = 0; m < 32; ++m)
            mismatches += trit(m, n) == t[32 * n + m] ? 0 : 1;
    for (unsigned n = 0; n < 5; ++n)
        for (unsigned m = 0; m < 16; ++m)
            mismatches += trit(32 + m, n) == t[160 + 16 * n + m] ? 0 : 1;
    for (unsigned n = 0; n < 4; ++n)
        for (unsigned j = 0; j < 4; ++j)
            mismatches += trit(48 + j, n) == t[240 + 4 * n + j] ? 0 : 1;
    CHECK_EQ(mismatches, 0);
    const auto values = decodeAll(TensorType::TQ1_0, bytes, t.size());
    CHECK_EQ(values[256 + 3], float(t[256 + 3]) * 0.125f);
}

TEST_CASE("TQ2_0 lane order: element 128h+32l+m lives in bits 2l of qs[32h+m], low lane first") {
    for (size_t e = 0; e < 256; ++e) {
        std::vector<int8_t> t(256, -1); // code 0 everywhere ...
        t[e] = 1;                       // ... except code 2 at e
        const float scale = 1.0f;
        const auto bytes = encodeTQ2(t, std::span<const float>(&scale, 1));
        REQUIRE(bytes.size() == 66);
        const size_t h = e / 128, l = (e % 128) / 32, m = e % 32;
        for (size_t i = 0; i < 64; ++i)
            CHECK_EQ(int(bytes[i]), i == 32 * h + m ? int(2u << (2 * l)) : 0);
    }
    const auto t = randomTernary(512, 9);
    const std::vector<float> scales = {0.75f, 3.0f};
    const auto bytes = encodeTQ2(t, scales);
    std::vector<int8_t> back(512);
    std::vector<float> back_scales(2);
    decodeTQ2(bytes.data(), 512, back.data(), back_scales.data());
    CHECK(back == t);
    CHECK(back_scales == scales);
}

TEST_CASE("Q4_K decoder matches the spec's formula on random blocks") {
    std::mt19937 rng(3);
    std::vector<uint8_t> block(144);
    for (auto& b : block)
        b = static_cast<uint8_t>(rng());
    const uint16_t d = randomFiniteF16(rng), dmin = randomFiniteF16(rng);
    std::memcpy(block.data(), &d, 2);
    std::memcpy(block.data() + 2, &dmin, 2);
    const auto out = decodeAll(TensorType::Q4_K, block, 256);
    const uint8_t* s = block.data() + 4;
    int mismatches = 0;
    for (int e = 0; e < 256; ++e) {
        const int c = e / 64, j = 2 * c + (e % 64 >= 32 ? 1 : 0);
        const int sc = j < 4 ? s[j] & 63 : (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4);
        const int m = j < 4 ? s[j + 4] & 63 : (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
        const uint8_t byte = block[16 + 32 * c + e % 32];
        const int q = e % 64 >= 32 ? byte >> 4 : byte & 0xF;
        const float expected = f16ToF32(d) * float(sc) * float(q) - f16ToF32(dmin) * float(m);
        mismatches += out[e] == expected ? 0 : 1;
    }
    CHECK_EQ(mismatches, 0);
}

TEST_CASE("Q6_K decoder matches the spec's formula on random blocks") {
    std::mt19937 rng(4);
    std::vector<uint8_t> block(210);
    for (auto& b : block)
        b = static_cast<uint8_t>(rng());
    const uint16_t d = randomFiniteF16(rng);
    std::memcpy(block.data() + 208, &d, 2);
    const auto out = decodeAll(TensorType::Q6_K, block, 256);
    int mismatches = 0;
    for (int e = 0; e < 256; ++e) {
        const int h = e / 128, g = (e % 128) / 32, l = e % 32;
        const uint8_t low = block[64 * h + l + 32 * (g & 1)];
        const int q =
            ((g < 2 ? low & 0xF : low >> 4) | (((block[128 + 32 * h + l] >> (2 * g)) & 3) << 4)) - 32;
        const auto sc = static_cast<int8_t>(block[192 + 8 * h + l / 16 + 2 * g]);
        mismatches += out[e] == f16ToF32(d) * float(sc) * float(q) ? 0 : 1;
    }
    CHECK_EQ(mismatches, 0);
}

TEST_CASE("every codec round-trips random data within its precision") {
    const size_t n = 4 * 256;
    const auto x = randomFloats(n, 42);
    float amax = 0;
    for (float v : x)
        amax = std::max(amax, std::fabs(v));
    CHECK(decodeAll(TensorType::F32, quantize(TensorType::F32, x, 256), n) == x);
    const auto f16 = decodeAll(TensorType::F16, quantize(TensorType::F16, x, 256), n);
    const auto bf16 = decodeAll(TensorType::BF16, quantize(TensorType::BF16, x, 256), n);
    const auto q80 = decodeAll(TensorType::Q8_0, quantize(TensorType::Q8_0, x, 256), n);
    const auto q4k = decodeAll(TensorType::Q4_K, quantize(TensorType::Q4_K, x, 256), n);
    const auto q6k = decodeAll(TensorType::Q6_K, quantize(TensorType::Q6_K, x, 256), n);
    double worst_f16 = 0, worst_bf16 = 0, worst_q80 = 0;
    for (size_t i = 0; i < n; ++i) {
        worst_f16 = std::max(worst_f16, std::fabs(double(f16[i]) - x[i]) / std::fabs(x[i]));
        worst_bf16 = std::max(worst_bf16, std::fabs(double(bf16[i]) - x[i]) / std::fabs(x[i]));
        worst_q80 = std::max(worst_q80, std::fabs(double(q80[i]) - x[i]));
    }
    CHECK(worst_f16 <= std::ldexp(1.0, -11));
    CHECK(worst_bf16 <= std::ldexp(1.0, -8));
    CHECK(worst_q80 <= amax / 127 * 0.51);
    CHECK(rmsError(q4k, x) < 0.1);   // 4-bit: step = range/15 ~ 0.3 per 32 normal values, rms ~ step/sqrt(12)
    CHECK(rmsError(q6k, x) < 0.025); // 6-bit
    CHECK(rmsError(q6k, x) < rmsError(q4k, x));
    // re-encoding the decoded values is stable for the block formats whose scale is found exactly
    CHECK(quantize(TensorType::Q8_0, q80, 256) == quantize(TensorType::Q8_0, x, 256));
}

TEST_CASE("ternary codecs round-trip ternary-valued float data exactly") {
    const auto t = randomTernary(4 * 256, 13);
    const float gamma = 0.0625f; // exact in f16, as TQ scales must be to round-trip exactly
    std::vector<float> x(t.size());
    for (size_t i = 0; i < t.size(); ++i)
        x[i] = float(t[i]) * gamma;
    for (TensorType type : {TensorType::I2_S, TensorType::TQ1_0, TensorType::TQ2_0}) {
        const auto bytes = quantize(type, x, 256);
        CHECK_EQ(bytes.size(), tensorBytes(type, 256, x.size()).value_or(0));
        CHECK(decodeAll(type, bytes, x.size()) == x);
    }
    // non-ternary data gets the absmean scale of BitNet for I2_S
    const auto y = randomFloats(256, 5);
    const auto decoded = decodeAll(TensorType::I2_S, quantize(TensorType::I2_S, y, 256), 256);
    double abs_mean = 0;
    for (float v : y)
        abs_mean += std::fabs(v) / 256.0;
    for (size_t i = 0; i < 256; ++i)
        CHECK_NEAR(std::fabs(decoded[i]), std::fabs(y[i]) < abs_mean / 2 ? 0.0 : abs_mean, 1e-5);
}

TEST_CASE("tensor sizes and invalid shapes") {
    CHECK_EQ(tensorBytes(TensorType::I2_S, 2560, 2560ull * 2560).value_or(0), 1638432ull);
    CHECK_EQ(tensorBytes(TensorType::I2_S, 6912, 6912ull * 2560).value_or(0), 4423712ull);
    CHECK_EQ(tensorBytes(TensorType::F16, 2560, 2560ull * 128256).value_or(0), 656670720ull);
    CHECK_EQ(tensorBytes(TensorType::Q8_0, 64, 128).value_or(0), 136ull);
    CHECK_EQ(tensorBytes(TensorType::TQ1_0, 256, 512).value_or(0), 108ull);
    CHECK(!tensorBytes(TensorType::Q4_K, 100, 100));
    CHECK(!tensorBytes(TensorType::I2_S, 64, 64));
    CHECK(!tensorBytes(TensorType::F32, 1ull << 62, 1ull << 62));
    CHECK_THROWS(quantize(TensorType::Q6_K, randomFloats(128, 1), 128));
    CHECK_THROWS(encodeI2S(std::vector<int8_t>(100, 0), 1.0f));
    CHECK_THROWS(encodeTQ2(std::vector<int8_t>(256, 2), std::vector<float>{1.0f}));
    CHECK_EQ(tensorTypeIdName(38), "TL1");
    CHECK_EQ(std::string(tensorTypeName(TensorType::I2_S)), "I2_S");
    CHECK(!tensorTypeFromId(39));
    CHECK(tensorTypeFromId(36) == TensorType::I2_S);
}

TRIT_TEST_MAIN()
