// GGUF writer -> reader round trips of every metadata type and tensor type, streaming writes, the typed
// getters, and the real vocab-only files of ../shared/testdata.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "gguf/GgufWriter.h"
#include "gguf/MappedFile.h"
#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>

using namespace trit;
namespace fs = std::filesystem;

namespace {

fs::path tempPath(const std::string& name) {
    return fs::temp_directory_path() / ("trit_test_gguf_" + std::to_string(getpid()) + "_" + name);
}

std::vector<float> randomFloats(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, 0.5f);
    std::vector<float> v(n);
    for (auto& x : v)
        x = dist(rng);
    return v;
}

const TensorType kAllTypes[] = {TensorType::F32,   TensorType::F16,   TensorType::BF16,
                                TensorType::Q8_0,  TensorType::Q4_K,  TensorType::Q6_K,
                                TensorType::TQ1_0, TensorType::TQ2_0, TensorType::I2_S};

// One writer holding every metadata value type and one tensor of every type (row length 256, 2 rows).
GgufWriter makeEverything(std::vector<std::vector<uint8_t>>& expected_bytes) {
    GgufWriter w;
    w.setUInt8("t.u8", 200);
    w.setInt8("t.i8", -100);
    w.setUInt16("t.u16", 60000);
    w.setInt16("t.i16", -30000);
    w.setUInt32("t.u32", 4000000000u);
    w.setInt32("t.i32", -2000000000);
    w.setUInt64("t.u64", 18000000000000000000ull);
    w.setInt64("t.i64", -9000000000000000000ll);
    w.setFloat32("t.f32", 0.1f);
    w.setFloat64("t.f64", 0.1);
    w.setBool("t.bool", true);
    w.setString("t.string", "Ġ héllo → 世界");
    w.setString("t.empty", "");
    w.setStringArray("t.strings", {"a", "", "Ġ Ġ", std::string(300, 'x')});
    w.setFloat32Array("t.floats", {0.5f, -1.25f, 3e-5f});
    w.setInt32Array("t.ints", {1, -2, 2147483647});
    w.setUInt32Array("t.uints", {7, 4294967295u});
    auto inner = std::make_shared<GgufArray>();
    inner->element_type = GgufValueType::U8;
    inner->values = {GgufValue{GgufValueType::U8, uint64_t{1}}, GgufValue{GgufValueType::U8, uint64_t{2}}};
    auto outer = std::make_shared<GgufArray>();
    outer->element_type = GgufValueType::Array;
    outer->values = {GgufValue{GgufValueType::Array, inner}};
    w.set("t.nested", GgufValue{GgufValueType::Array, outer});
    w.setAlignment(64);
    for (size_t i = 0; i < std::size(kAllTypes); ++i) {
        const auto values = randomFloats(512, static_cast<uint32_t>(i));
        const auto name = "tensor." + std::string(tensorTypeName(kAllTypes[i]));
        w.addTensorFromFloats(name, kAllTypes[i], {256, 2}, values);
        expected_bytes.push_back(quantize(kAllTypes[i], values, 256));
    }
    return w;
}

void checkEverything(const GgufFile& f, const std::vector<std::vector<uint8_t>>& expected_bytes) {
    CHECK_EQ(f.version(), 3u);
    CHECK_EQ(f.alignment(), 64u);
    CHECK_EQ(f.getUInt("t.u8").value_or(0), 200u);
    CHECK_EQ(f.getInt("t.i8").value_or(0), -100);
    CHECK_EQ(f.getUInt("t.u16").value_or(0), 60000u);
    CHECK_EQ(f.getInt("t.i16").value_or(0), -30000);
    CHECK_EQ(f.getUInt("t.u32").value_or(0), 4000000000u);
    CHECK_EQ(f.getInt("t.i32").value_or(0), -2000000000);
    CHECK_EQ(f.getUInt("t.u64").value_or(0), 18000000000000000000ull);
    CHECK_EQ(f.getInt("t.i64").value_or(0), -9000000000000000000ll);
    CHECK_EQ(f.getFloat("t.f32").value_or(0), double(0.1f));
    CHECK_EQ(f.getFloat("t.f64").value_or(0), 0.1);
    CHECK_EQ(f.getBool("t.bool").value_or(false), true);
    CHECK_EQ(f.getString("t.string").value_or(""), std::string("Ġ héllo → 世界"));
    CHECK_EQ(f.getString("t.empty").value_or("?"), std::string());
    CHECK(f.getStringArray("t.strings") == (std::vector<std::string>{"a", "", "Ġ Ġ", std::string(300, 'x')}));
    CHECK(f.getFloatArray("t.floats") == (std::vector<float>{0.5f, -1.25f, 3e-5f}));
    CHECK(f.getIntArray("t.ints") == (std::vector<int32_t>{1, -2, 2147483647}));
    CHECK(f.find("t.uints")->type == GgufValueType::Array);
    const auto& nested = std::get<std::shared_ptr<GgufArray>>(f.find("t.nested")->data);
    REQUIRE(nested->element_type == GgufValueType::Array && nested->values.size() == 1);
    const auto& inner = std::get<std::shared_ptr<GgufArray>>(nested->values[0].data);
    CHECK_EQ(inner->values.size(), 2u);
    CHECK_EQ(std::get<uint64_t>(inner->values[1].data), 2u);
    CHECK_EQ(f.metadata().front().first, std::string("t.u8")); // file order kept
    REQUIRE(f.tensors().size() == std::size(kAllTypes));
    for (size_t i = 0; i < std::size(kAllTypes); ++i) {
        const auto* t = f.tensor("tensor." + std::string(tensorTypeName(kAllTypes[i])));
        REQUIRE(t != nullptr);
        CHECK(t->type == kAllTypes[i]);
        CHECK_EQ(t->n_dims, 2u);
        CHECK_EQ(t->ne[0], 256u);
        CHECK_EQ(t->ne[1], 2u);
        CHECK_EQ(t->elements(), 512u);
        CHECK_EQ(t->offset % 64, 0u);
        CHECK_EQ((f.dataOffset() + t->offset) % 64, 0u);
        CHECK_EQ(t->n_bytes, expected_bytes[i].size());
        CHECK(std::equal(expected_bytes[i].begin(), expected_bytes[i].end(), t->data));
    }
    CHECK(f.tensor("missing") == nullptr);
    CHECK(!f.getUInt("missing").has_value());
    CHECK(f.getStringArray("missing").empty());
}

} // namespace

TEST_CASE("write -> fromMemory round-trips every metadata type and tensor type") {
    std::vector<std::vector<uint8_t>> expected;
    const GgufWriter w = makeEverything(expected);
    const auto bytes = w.toBytes();
    CHECK_EQ(bytes.size(), w.fileSize());
    const GgufFile f = GgufFile::fromMemory(bytes.data(), bytes.size(), "memory.gguf");
    CHECK_EQ(f.path(), std::string("memory.gguf"));
    CHECK_EQ(f.fileSize(), bytes.size());
    CHECK_EQ(f.dataOffset(), w.dataOffset());
    CHECK(f.mapping() == nullptr);
    checkEverything(f, expected);
}

TEST_CASE("write to disk -> open (memory-mapped) gives the same file, tensors read in place") {
    std::vector<std::vector<uint8_t>> expected;
    const GgufWriter w = makeEverything(expected);
    const auto path = tempPath("everything.gguf");
    w.write(path.string());
    CHECK(!fs::exists(path.string() + ".partial"));
    CHECK_EQ(fs::file_size(path), w.fileSize());
    {
        GgufFile f = GgufFile::open(path.string());
        checkEverything(f, expected);
        REQUIRE(f.mapping() != nullptr);
        const auto* t = f.tensor("tensor.F32");
        CHECK(t->data == f.mapping()->data() + f.dataOffset() + t->offset); // no copy
        f.mapping()->advise(MappedFile::Access::WillNeed, f.dataOffset(), 100);
        std::vector<float> values(512);
        dequantizeRow(TensorType::F32, t->data, values.data(), 512);
        CHECK(values == randomFloats(512, 0));
        const GgufFile moved = std::move(f);
        CHECK(moved.tensor("tensor.I2_S") != nullptr);
    }
    fs::remove(path);
}

TEST_CASE("streamed tensor data: provider pieces, byte counts enforced") {
    GgufWriter w;
    w.setString("general.architecture", "test");
    w.addTensor("a", TensorType::F16, {64, 3});
    w.addTensorFromFloats("b", TensorType::F32, {5}, std::vector<float>{1, 2, 3, 4, 5});
    w.addTensor("c", TensorType::I2_S, {128, 2});
    const auto path = tempPath("stream.gguf");
    w.write(path.string(), [](size_t index, const GgufWriter::Sink& sink) {
        const size_t n = index == 0 ? 384 : 96;
        std::vector<uint8_t> bytes(n);
        for (size_t i = 0; i < n; ++i)
            bytes[i] = static_cast<uint8_t>(index * 100 + i);
        sink(std::span(bytes).first(n / 3)); // in pieces
        sink(std::span(bytes).subspan(n / 3));
    });
    const GgufFile f = GgufFile::open(path.string());
    CHECK_EQ(f.alignment(), 32u);
    CHECK_EQ(f.tensor("a")->data[383], uint8_t(383 % 256));
    CHECK_EQ(f.tensor("c")->data[5], uint8_t(205));
    CHECK_EQ(f.tensor("c")->offset, 416u); // 384 + 20 (padded to 32) = 416
    CHECK_EQ(f.fileSize(), f.dataOffset() + 416 + 96);
    CHECK_THROWS(
        w.write(path.string(), [](size_t, const GgufWriter::Sink& sink) { sink(std::vector<uint8_t>(3)); }));
    CHECK_THROWS(w.toBytes()); // data of "a" only comes from a provider
    fs::remove(path);
}

TEST_CASE("writer refuses what it cannot write") {
    GgufWriter w;
    CHECK_THROWS(w.setAlignment(48));
    CHECK_THROWS(w.addTensor("x", TensorType::Q4_K, {100}));
    CHECK_THROWS(w.addTensor("x", TensorType::F32, {4}, std::vector<uint8_t>(15)));
    CHECK_THROWS(w.addTensor("x", TensorType::F32, {1, 1, 1, 1, 1}));
    w.addTensor("x", TensorType::F32, {4});
    CHECK_THROWS(w.addTensor("x", TensorType::F32, {4}));
    w.set("bad", GgufValue{GgufValueType::U8, uint64_t{300}});
    CHECK_THROWS(w.headerBytes());
}

TEST_CASE("typed getters refuse incompatible types with the key in the message") {
    GgufWriter w;
    w.setString("s", "text");
    w.setInt32("neg", -1);
    w.setFloat32Array("floats", {1.0f});
    const auto bytes = w.toBytes();
    const GgufFile f = GgufFile::fromMemory(bytes.data(), bytes.size(), "types.gguf");
    CHECK_THROWS(f.getUInt("s"));
    CHECK_THROWS(f.getUInt("neg"));
    CHECK_EQ(f.getInt("neg").value_or(0), -1);
    CHECK_EQ(f.getFloat("neg").value_or(0), -1.0);
    CHECK_THROWS(f.getBool("s"));
    CHECK_THROWS(f.getStringArray("floats"));
    CHECK_THROWS(f.getIntArray("floats"));
    try {
        (void)f.getString("neg");
        CHECK(false);
    } catch (const Error& e) {
        const std::string m = e.what();
        CHECK(m.rfind("types.gguf:", 0) == 0);
        CHECK(m.find("\"neg\"") != std::string::npos);
    }
}

TEST_CASE("opening a missing file or a directory names the path") {
    try {
        (void)GgufFile::open("/nonexistent/dir/model.gguf");
        CHECK(false);
    } catch (const Error& e) {
        CHECK(std::string(e.what()).rfind("/nonexistent/dir/model.gguf:", 0) == 0);
    }
    CHECK_THROWS(GgufFile::open(fs::temp_directory_path().string()));
}

TEST_CASE("reads the shared vocab-only GGUF files (gpt-2, llama-spm)") {
    const char* dir = std::getenv("TRIT_SHARED_TESTDATA");
    if (!dir || !fs::exists(fs::path(dir) / "tokenizer" / "ggml-vocab-gpt-2.gguf"))
        trit_test::skip("TRIT_SHARED_TESTDATA not set or ../shared/testdata absent");
    const GgufFile gpt2 = GgufFile::open((fs::path(dir) / "tokenizer" / "ggml-vocab-gpt-2.gguf").string());
    CHECK(gpt2.tensors().empty());
    CHECK_EQ(gpt2.getString("tokenizer.ggml.model").value_or(""), std::string("gpt2"));
    const auto tokens = gpt2.getStringArray("tokenizer.ggml.tokens");
    CHECK_EQ(tokens.size(), 50257u);
    CHECK_EQ(tokens[0], std::string("!"));
    CHECK_EQ(tokens[50256], std::string("<|endoftext|>"));
    CHECK(gpt2.getStringArray("tokenizer.ggml.merges").size() > 40000);
    CHECK(gpt2.getString("general.architecture").has_value());

    const GgufFile spm = GgufFile::open((fs::path(dir) / "tokenizer" / "ggml-vocab-llama-spm.gguf").string());
    CHECK(spm.tensors().empty());
    CHECK_EQ(spm.getString("tokenizer.ggml.model").value_or(""), std::string("llama"));
    const auto spm_tokens = spm.getStringArray("tokenizer.ggml.tokens");
    CHECK_EQ(spm_tokens.size(), 32000u);
    CHECK_EQ(spm_tokens[1], std::string("<s>"));
    CHECK_EQ(spm.getFloatArray("tokenizer.ggml.scores").size(), 32000u);
    CHECK_EQ(spm.getIntArray("tokenizer.ggml.token_type").size(), 32000u);
    CHECK_EQ(spm.getUInt("tokenizer.ggml.bos_token_id").value_or(0), 1u);
}

TRIT_TEST_MAIN()
