// Ternary GEMV/GEMM: the scalar path against a naive decoding of the I2_S bytes (spec §3.2), and every
// SIMD path against the scalar path, bit for bit, over random shapes, row ranges and token counts.
#include "Check.h"
#include "kernels/Dispatch.h"
#include "kernels/Kernels.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using trit::kernels::KernelTable;

namespace {

// Written straight from the spec, independently of the kernels: code c of element e, LUT {-1, 0, +1, 0}.
int naiveTernary(const uint8_t* row, int e) {
    const int c = (row[32 * (e / 128) + e % 32] >> (6 - 2 * ((e % 128) / 32))) & 3;
    static const int lut[4] = {-1, 0, 1, 0};
    return lut[c];
}

int32_t naiveDot(const uint8_t* row, int K, const int8_t* q) {
    int32_t acc = 0;
    for (int e = 0; e < K; ++e)
        acc += naiveTernary(row, e) * q[e];
    return acc;
}

struct Case {
    int K = 0, rows = 0;
    std::vector<uint8_t> codes;
    std::vector<int8_t> q; // n_tok x K
    std::vector<int32_t> qsum;
};

// with_code3: raw random bytes (code 3 included, which must read as 0); otherwise only codes 0..2.
Case makeCase(std::mt19937& rng, int K, int rows, int n_tok, bool with_code3) {
    Case c;
    c.K = K;
    c.rows = rows;
    c.codes.resize(size_t(rows) * K / 4);
    std::uniform_int_distribution<int> byte(0, 255), code(0, 2), act(-128, 127);
    for (uint8_t& b : c.codes)
        b = with_code3 ? uint8_t(byte(rng))
                       : uint8_t(code(rng) << 6 | code(rng) << 4 | code(rng) << 2 | code(rng));
    c.q.resize(size_t(n_tok) * K);
    for (int8_t& v : c.q)
        v = int8_t(act(rng));
    for (int t = 0; t < n_tok; ++t) {
        int32_t s = 0;
        for (int k = 0; k < K; ++k)
            s += c.q[size_t(t) * K + k];
        c.qsum.push_back(s);
    }
    return c;
}

std::vector<int32_t> runGemv(const KernelTable& kt, const Case& c, int begin, int end) {
    std::vector<int32_t> acc(size_t(end - begin), -7);
    kt.ternary_gemv(c.codes.data(), c.K, begin, end, c.q.data(), c.qsum[0], acc.data());
    return acc;
}

std::vector<int32_t> runGemm(const KernelTable& kt, const Case& c, int begin, int end, int n_tok,
                             int stride) {
    std::vector<int32_t> acc(size_t(stride) * n_tok, -7); // -7 marks cells the kernel must not touch
    kt.ternary_gemm(c.codes.data(), c.K, begin, end, c.q.data(), c.qsum.data(), n_tok, acc.data(), stride);
    return acc;
}

} // namespace

TEST_CASE("spec worked example: 32 x 0x92 is +1, 0, -1, +1 in four runs of 32") {
    std::vector<uint8_t> row(32, 0x92);
    std::vector<int8_t> q(128);
    int32_t qsum = 0, expected = 0;
    for (int k = 0; k < 128; ++k) {
        q[k] = int8_t(k - 64);
        qsum += q[k];
        expected += (k < 32 || k >= 96 ? 1 : k < 64 ? 0 : -1) * q[k];
    }
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        int32_t acc = 0;
        kt->ternary_gemv(row.data(), 128, 0, 1, q.data(), qsum, &acc);
        CHECK_EQ(acc, expected);
        CHECK_EQ(acc, naiveDot(row.data(), 128, q.data()));
    }
}

TEST_CASE("code 3 reads as weight 0 in every path") {
    std::vector<uint8_t> row(32 * 2, 0xff); // all code 3
    row[5] = 0xbf;                          // element 5 gets code 2 (+1), the rest of that byte stays 3
    std::vector<int8_t> q(256, 100);
    for (const KernelTable* kt : trit::kernels::supportedTables()) {
        int32_t acc = 0;
        kt->ternary_gemv(row.data(), 256, 0, 1, q.data(), 256 * 100, &acc);
        CHECK_EQ(acc, 100);
    }
}

TEST_CASE("scalar ternary GEMV equals the naive decoding, with and without stray code 3") {
    std::mt19937 rng(1);
    for (int iter = 0; iter < 40; ++iter) {
        const int K = 128 * (1 + int(rng() % 12));
        const int rows = 1 + int(rng() % 9);
        const Case c = makeCase(rng, K, rows, 1, iter % 2 == 0);
        const std::vector<int32_t> acc = runGemv(trit::kernels::scalarTable(), c, 0, rows);
        for (int r = 0; r < rows; ++r)
            CHECK_EQ(acc[r], naiveDot(c.codes.data() + size_t(r) * K / 4, K, c.q.data()));
    }
}

TEST_CASE("extreme activations cannot overflow any path: K = 6912, all q = -128 or 127") {
    const int K = 6912;
    for (int8_t value : {int8_t(-128), int8_t(127)}) {
        for (uint8_t byte : {uint8_t(0x00), uint8_t(0xaa)}) { // all -1, all +1
            std::vector<uint8_t> row(K / 4, byte);
            std::vector<int8_t> q(K, value);
            const int32_t expected = (byte == 0 ? -1 : 1) * value * K;
            for (const KernelTable* kt : trit::kernels::supportedTables()) {
                int32_t acc = 0;
                kt->ternary_gemv(row.data(), K, 0, 1, q.data(), value * K, &acc);
                CHECK_EQ(acc, expected);
            }
        }
    }
}

TEST_CASE("every path's ternary GEMV equals scalar on random shapes and row ranges") {
    std::mt19937 rng(2);
    const auto tables = trit::kernels::supportedTables();
    for (int iter = 0; iter < 60; ++iter) {
        const int K = 128 * (1 + int(rng() % 20));
        const int rows = 1 + int(rng() % 40);
        const Case c = makeCase(rng, K, rows, 1, iter % 3 == 0);
        const int begin = int(rng() % rows);
        const int end = begin + 1 + int(rng() % (rows - begin));
        const std::vector<int32_t> want = runGemv(trit::kernels::scalarTable(), c, begin, end);
        for (const KernelTable* kt : tables) {
            const std::vector<int32_t> got = runGemv(*kt, c, begin, end);
            if (got != want)
                trit_test::fail(__FILE__, __LINE__,
                                std::string(kt->name) + " GEMV differs, K=" + std::to_string(K) + " rows " +
                                    std::to_string(begin) + ".." + std::to_string(end));
        }
    }
}

TEST_CASE("every path's ternary GEMM equals scalar for 1..9 tokens and equals per-token GEMV") {
    std::mt19937 rng(3);
    const auto tables = trit::kernels::supportedTables();
    for (int n_tok = 1; n_tok <= 9; ++n_tok) {
        for (int iter = 0; iter < 8; ++iter) {
            const int K = 128 * (1 + int(rng() % 10));
            const int rows = 1 + int(rng() % 23);
            const Case c = makeCase(rng, K, rows, n_tok, iter % 2 == 1);
            const int begin = int(rng() % rows);
            const int end = begin + 1 + int(rng() % (rows - begin));
            const int stride = (end - begin) + int(rng() % 5);
            const std::vector<int32_t> want =
                runGemm(trit::kernels::scalarTable(), c, begin, end, n_tok, stride);
            for (int t = 0; t < n_tok; ++t)
                for (int r = begin; r < end; ++r)
                    CHECK_EQ(want[size_t(t) * stride + (r - begin)],
                             naiveDot(c.codes.data() + size_t(r) * K / 4, K, c.q.data() + size_t(t) * K));
            for (const KernelTable* kt : tables) {
                const std::vector<int32_t> got = runGemm(*kt, c, begin, end, n_tok, stride);
                if (got != want)
                    trit_test::fail(__FILE__, __LINE__,
                                    std::string(kt->name) + " GEMM differs, n_tok=" + std::to_string(n_tok) +
                                        " K=" + std::to_string(K) + " rows " + std::to_string(begin) + ".." +
                                        std::to_string(end));
            }
        }
    }
}

TRIT_TEST_MAIN()
