// Reproducibility of the forward pass (issue 4): bit-identical logits for every kernel path and thread
// count, for batched prefill and single-token decode; and equal weights stored in different types agree
// bit for bit where the spec says they must (TQ1_0 = TQ2_0; F32 ±gamma with BitLinear semantics = I2_S).
#include "Check.h"
#include "support/ModelFactory.h"
#include "trit/Cpu.h"
#include "trit/Model.h"
#include "trit/Session.h"

#include <cstring>

using trit::TensorType;

namespace {

const std::vector<int32_t> kPrompt = {
    300, 72,  101, 108, 108, 111, 44,  32,  119, 111, 114, 108, 100, 33,  10,  87,  104, 97,
    116, 32,  105, 115, 32,  116, 104, 101, 32,  116, 105, 109, 101, 63,  256, 257, 258, 259,
    260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277,
    278, 279, 280, 281, 282, 283, 1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11}; // 71 tokens: two
                                                                                         // prefill steps

std::vector<float> allLogits(const std::shared_ptr<const trit::Model>& model, int threads,
                             trit::KvCacheType kv = trit::KvCacheType::F16) {
    trit::SessionOptions so;
    so.n_threads = threads;
    so.kv_type = kv;
    trit::Session session(model, so);
    std::vector<float> logits;
    session.evaluateAll(kPrompt, logits);
    return logits;
}

std::vector<float> decodedLogits(const std::shared_ptr<const trit::Model>& model, int threads) {
    trit::SessionOptions so;
    so.n_threads = threads;
    trit::Session session(model, so);
    std::vector<float> all;
    for (int32_t t : kPrompt) {
        auto l = session.decode(t);
        all.insert(all.end(), l.begin(), l.end());
    }
    return all;
}

bool identical(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

std::shared_ptr<const trit::Model> tinyModel(TensorType ternary, TensorType embd, const std::string& tag,
                                             bool bitlinear_float = false,
                                             const std::string& arch = "bitnet-b1.58") {
    auto spec = trit_test::tinySpec(arch);
    spec.ternary_type = ternary;
    spec.embd_type = embd;
    trit::LoadOptions options;
    options.bitlinear_float_weights = bitlinear_float;
    return trit::Model::load(trit_test::writeTinyModel(spec, tag), options);
}

} // namespace

TEST_CASE("logits are bit-identical for every kernel path and thread count 1, 2, 3") {
    struct Case {
        TensorType ternary, embd;
        std::string arch;
    };
    for (const Case& c : {Case{TensorType::I2_S, TensorType::F16, "bitnet-b1.58"},
                          Case{TensorType::TQ2_0, TensorType::Q6_K, "bitnet-b1.58"},
                          Case{TensorType::F32, TensorType::F32, "llama"}}) {
        const auto model = tinyModel(c.ternary, c.embd,
                                     "paths-" + std::string(trit::tensorTypeName(c.ternary)), false, c.arch);
        trit::forceKernelPath("scalar");
        const auto reference = allLogits(model, 1);
        for (const auto& path : trit::availableKernelPaths()) {
            trit::forceKernelPath(path);
            for (int threads : {1, 2, 3}) {
                const bool same = identical(reference, allLogits(model, threads));
                if (!same)
                    std::fprintf(stderr, "differs: %s, kernel %s, %d threads\n",
                                 std::string(trit::tensorTypeName(c.ternary)).c_str(), path.c_str(), threads);
                CHECK(same);
            }
            CHECK(identical(reference, allLogits(model, 2, trit::KvCacheType::F16)));
        }
    }
    trit::forceKernelPath(trit::availableKernelPaths().back());
}

TEST_CASE("batched prefill and single-token decode give bit-identical logits") {
    const auto model = tinyModel(TensorType::I2_S, TensorType::F16, "prefill-decode");
    for (const auto& path : trit::availableKernelPaths()) {
        trit::forceKernelPath(path);
        CHECK(identical(allLogits(model, 2), decodedLogits(model, 2)));
    }
    trit::forceKernelPath(trit::availableKernelPaths().back());
}

TEST_CASE("TQ1_0 and TQ2_0 copies of the same weights give bit-identical logits") {
    const auto tq1 = tinyModel(TensorType::TQ1_0, TensorType::F16, "same-tq1");
    const auto tq2 = tinyModel(TensorType::TQ2_0, TensorType::F16, "same-tq2");
    CHECK(identical(allLogits(tq1, 2), allLogits(tq2, 2)));
}

TEST_CASE("an F32 copy holding ±gamma and 0, with BitLinear semantics, equals the I2_S copy bit for bit") {
    const auto i2s = tinyModel(TensorType::I2_S, TensorType::F16, "same-i2s");
    const auto f32 = tinyModel(TensorType::F32, TensorType::F16, "same-f32", true);
    CHECK(identical(allLogits(i2s, 2), allLogits(f32, 2)));
    // Without BitLinear semantics the float copy runs a plain float product: close, but not the same.
    const auto plain = tinyModel(TensorType::F32, TensorType::F16, "same-f32-plain", false);
    CHECK(!identical(allLogits(i2s, 2), allLogits(plain, 2)));
}

TEST_CASE("an f32 KV cache differs from the f16 one only by rounding") {
    const auto model = tinyModel(TensorType::F32, TensorType::F32, "kv-types", false, "llama");
    const auto a = allLogits(model, 2, trit::KvCacheType::F16);
    const auto b = allLogits(model, 2, trit::KvCacheType::F32);
    REQUIRE(a.size() == b.size());
    float max_abs = 0, max_diff = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        max_abs = std::max(max_abs, std::fabs(a[i]));
        max_diff = std::max(max_diff, std::fabs(a[i] - b[i]));
    }
    CHECK(max_diff > 0.0f);
    CHECK(max_diff < 0.05f * max_abs);
}

TRIT_TEST_MAIN()
