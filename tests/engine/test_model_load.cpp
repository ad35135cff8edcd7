// Loading and validating models: every architecture x ternary type x embedding type, the header-only
// inspection, and clear errors for unknown architectures, missing or misshapen tensors and hostile files.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "gguf/GgufWriter.h"
#include "support/HostileCorpus.h"
#include "support/ModelFactory.h"
#include "trit/Error.h"
#include "trit/Model.h"
#include "trit/Session.h"
#include "trit/Tokenizer.h"

#include <cmath>
#include <filesystem>

using trit::TensorType;

namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const trit::Error& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

// Logits of a short prompt; checks they are finite and not all equal.
std::vector<float> smokeLogits(const std::string& path, const trit::LoadOptions& options = {}) {
    auto model = trit::Model::load(path, options);
    trit::SessionOptions so;
    so.n_threads = 2;
    trit::Session session(model, so);
    const std::vector<int32_t> prompt = {1, 72, 101, 108, 108, 111};
    auto logits = session.prefill(prompt);
    std::vector<float> out(logits.begin(), logits.end());
    bool finite = true, varied = false;
    for (float v : out) {
        finite = finite && std::isfinite(v);
        varied = varied || v != out[0];
    }
    CHECK(finite);
    CHECK(varied);
    return out;
}

// Rewrites a model file through GgufWriter, letting `edit` drop or change tensors and keys.
std::string rewrite(const std::string& path, const std::string& tag,
                    const std::function<bool(const std::string& key)>& keep_key,
                    const std::function<bool(const std::string& tensor)>& keep_tensor,
                    const std::function<void(trit::GgufWriter&)>& extra = {}) {
    const auto file = trit::GgufFile::open(path);
    trit::GgufWriter w;
    for (const auto& [key, value] : file.metadata())
        if (keep_key(key) && key != "general.alignment")
            w.set(key, value);
    if (extra)
        extra(w);
    for (const auto& t : file.tensors()) {
        if (!keep_tensor(t.name))
            continue;
        std::vector<uint64_t> shape(t.ne, t.ne + t.n_dims);
        w.addTensor(t.name, t.type, shape, std::vector<uint8_t>(t.data, t.data + t.n_bytes));
    }
    const std::string out = trit_test::scratchDir() + "/" + tag + ".gguf";
    w.write(out);
    return out;
}

const bool kAll = true;

} // namespace

TEST_CASE("every architecture loads with every ternary type") {
    for (const std::string arch : {"bitnet-b1.58", "bitnet-25", "bitnet", "llama"}) {
        for (TensorType type :
             {TensorType::I2_S, TensorType::TQ1_0, TensorType::TQ2_0, TensorType::F32, TensorType::F16}) {
            auto spec = trit_test::tinySpec(arch);
            spec.ternary_type = type;
            const std::string path =
                trit_test::writeTinyModel(spec, arch + "-" + std::string(trit::tensorTypeName(type)));
            const trit::ModelInfo info = trit::inspectModel(path);
            CHECK_EQ(info.architecture, arch);
            CHECK_EQ(info.tensor_types.at(std::string(trit::tensorTypeName(type))) >= 14u, kAll);
            CHECK_EQ(info.n_layer, 2u);
            CHECK_EQ(info.head_dim, 64u);
            smokeLogits(path);
        }
    }
}

TEST_CASE("every embedding type loads, with tied and untied heads") {
    for (TensorType type : {TensorType::F32, TensorType::F16, TensorType::BF16, TensorType::Q8_0,
                            TensorType::Q4_K, TensorType::Q6_K}) {
        auto spec = trit_test::tinySpec("bitnet-b1.58");
        spec.embd_type = type;
        smokeLogits(trit_test::writeTinyModel(spec, "embd-" + std::string(trit::tensorTypeName(type))));
        auto untied = trit_test::tinySpec("llama");
        untied.embd_type = type;
        untied.untied_output = true;
        const std::string path =
            trit_test::writeTinyModel(untied, "untied-" + std::string(trit::tensorTypeName(type)));
        CHECK(!trit::inspectModel(path).tied_output);
        smokeLogits(path);
    }
}

TEST_CASE("plain bitnet with per-tensor scales equals the same weights with the scale folded in") {
    auto folded = trit_test::tinySpec("bitnet");
    folded.hidden_activation = "relu2";
    auto scaled = folded;
    scaled.per_tensor_scales = true;
    const auto a = smokeLogits(trit_test::writeTinyModel(folded, "bitnet-folded"));
    const auto b = smokeLogits(trit_test::writeTinyModel(scaled, "bitnet-scaled"));
    REQUIRE(a.size() == b.size());
    float max_diff = 0.0f, max_abs = 0.0f;
    for (size_t i = 0; i < a.size(); ++i) {
        max_diff = std::max(max_diff, std::fabs(a[i] - b[i]));
        max_abs = std::max(max_abs, std::fabs(a[i]));
    }
    // y·gamma vs (y·1)·gamma: the same up to float rounding, far below any logit gap.
    CHECK(max_diff <= 1e-3f * max_abs);
}

TEST_CASE("info describes the file: tokenizer, chat format, memory") {
    auto spec = trit_test::tinySpec("bitnet-b1.58");
    const trit::ModelInfo info = trit::inspectModel(trit_test::writeTinyModel(spec, "info"));
    CHECK_EQ(info.chat_format, std::string("bitnet-b1.58"));
    CHECK_EQ(info.tokenizer_model, std::string("gpt2"));
    CHECK_EQ(info.n_vocab, 320u);
    CHECK_EQ(info.kvCacheBytes(100, trit::KvCacheType::F16), 2ull * 2 * 100 * 128 * 2);
    CHECK(info.expectedMemory(256, trit::KvCacheType::F32) >
          info.weight_bytes + info.kvCacheBytes(256, trit::KvCacheType::F32));
    auto demo = trit_test::tinySpec("llama");
    demo.chat_format = "tritium-demo";
    CHECK_EQ(trit::inspectModel(trit_test::writeTinyModel(demo, "demo")).chat_format,
             std::string("tritium-demo"));
    CHECK_EQ(trit::inspectModel(trit_test::writeTinyModel(trit_test::tinySpec("llama"), "llama-plain"))
                 .chat_format,
             std::string("plain"));
}

TEST_CASE("load progress is reported and can cancel") {
    const std::string path = trit_test::writeTinyModel(trit_test::tinySpec(), "progress");
    std::vector<float> seen;
    trit::LoadOptions options;
    options.progress = [&](float f) {
        seen.push_back(f);
        return true;
    };
    auto model = trit::Model::load(path, options);
    REQUIRE(seen.size() >= 3);
    CHECK_EQ(seen.front(), 0.0f);
    CHECK_EQ(seen.back(), 1.0f);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK_EQ(model->mappedBytes(), std::filesystem::file_size(path));
    options.progress = [](float f) { return f < 0.5f; };
    CHECK(contains(errorOf([&] { trit::Model::load(path, options); }), "cancelled"));
}

TEST_CASE("unknown architecture, missing and misshapen tensors give clear errors") {
    const std::string base = trit_test::writeTinyModel(trit_test::tinySpec(), "base");
    const std::string unknown = rewrite(
        base, "unknown-arch", [](const std::string& k) { return k != "general.architecture"; },
        [](const std::string&) { return true; },
        [](trit::GgufWriter& w) { w.setString("general.architecture", "mamba"); });
    const std::string e1 = errorOf([&] { trit::inspectModel(unknown); });
    CHECK(contains(e1, "mamba"));
    CHECK(contains(e1, "bitnet-b1.58, bitnet-25, bitnet, llama"));

    const std::string missing = rewrite(
        base, "missing", [](const std::string&) { return true; },
        [](const std::string& t) { return t != "blk.1.ffn_sub_norm.weight"; });
    const std::string e2 = errorOf([&] { trit::Model::load(missing); });
    CHECK(contains(e2, "missing tensor 'blk.1.ffn_sub_norm.weight'"));
    CHECK(contains(e2, missing));

    const std::string wrong_ff = rewrite(
        base, "wrong-ff", [](const std::string& k) { return k != "bitnet-b1.58.feed_forward_length"; },
        [](const std::string&) { return true; },
        [](trit::GgufWriter& w) { w.setUInt32("bitnet-b1.58.feed_forward_length", 768); });
    CHECK(contains(errorOf([&] { trit::inspectModel(wrong_ff); }),
                   "'blk.0.ffn_sub_norm.weight' has shape [512], expected [768]"));

    const std::string no_heads = rewrite(
        base, "no-heads", [](const std::string& k) { return k != "bitnet-b1.58.attention.head_count"; },
        [](const std::string&) { return true; });
    CHECK(contains(errorOf([&] { trit::inspectModel(no_heads); }), "attention.head_count"));

    const std::string bad_gqa = rewrite(
        base, "bad-gqa", [](const std::string& k) { return k != "bitnet-b1.58.attention.head_count_kv"; },
        [](const std::string&) { return true; },
        [](trit::GgufWriter& w) { w.setUInt32("bitnet-b1.58.attention.head_count_kv", 3); });
    CHECK(contains(errorOf([&] { trit::inspectModel(bad_gqa); }), "head_count_kv"));
}

TEST_CASE("every hostile file is refused with trit::Error by inspectModel and Model::load") {
    const auto paths = trit_test::writeHostileCorpus(trit_test::scratchDir() + "/hostile");
    REQUIRE(paths.size() >= 30);
    for (const auto& path : paths) {
        const std::string inspect = errorOf([&] { trit::inspectModel(path); });
        const std::string load = errorOf([&] { trit::Model::load(path); });
        CHECK(contains(inspect, path));
        CHECK(contains(load, path));
    }
}

TRIT_TEST_MAIN()
