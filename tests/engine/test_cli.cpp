// The `trit` tool end to end: mkmodel, info, run, logits, generate, layer and convert-dir on tiny models.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "support/ModelFactory.h"
#include "tokenizer/TokenizerFromGguf.h"
#include "trit/Model.h"
#include "trit/Session.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

// Runs the tool with arguments; returns its exit code and fills `out` with stdout.
int run(const std::string& args, std::string* out = nullptr) {
    const std::string out_file = trit_test::scratchDir() + "/stdout.txt";
    const int rc =
        std::system(("\"" + trit_test::tritTool() + "\" " + args + " > \"" + out_file + "\" 2>&1").c_str());
    if (out) {
        std::ifstream in(out_file);
        std::ostringstream s;
        s << in.rdbuf();
        *out = s.str();
    }
    return rc;
}

std::vector<char> bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string dir() {
    return trit_test::scratchDir();
}

std::string jsonStrings(const std::vector<std::string>& values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (unsigned char c : values[i]) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += char(c);
            } else if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
        out += '"';
    }
    return out + "]";
}

} // namespace

TEST_CASE("every command has help") {
    for (const char* c :
         {"info", "run", "chat", "mkmodel", "convert-dir", "logits", "layer", "generate", "bench"}) {
        std::string out;
        CHECK_EQ(run(std::string(c) + " --help", &out), 0);
        CHECK(out.find("usage: trit " + std::string(c)) != std::string::npos);
    }
    CHECK(run("no-such-command") != 0);
}

TEST_CASE("mkmodel is deterministic by seed and info describes the file") {
    const std::string a = dir() + "/a.gguf", b = dir() + "/b.gguf", c = dir() + "/c.gguf";
    REQUIRE(run("mkmodel " + a + " --arch llama --ternary-type tq1_0 --embd-type q6_k --seed 7") == 0);
    REQUIRE(run("mkmodel " + b + " --arch llama --ternary-type tq1_0 --embd-type q6_k --seed 7") == 0);
    REQUIRE(run("mkmodel " + c + " --arch llama --ternary-type tq1_0 --embd-type q6_k --seed 8") == 0);
    CHECK(bytesOf(a) == bytesOf(b));
    CHECK(bytesOf(a) != bytesOf(c));
    std::string info;
    REQUIRE(run("info " + a, &info) == 0);
    CHECK(info.find("llama") != std::string::npos);
    CHECK(info.find("TQ1_0×14") != std::string::npos);
    CHECK(info.find("Q6_K×1") != std::string::npos);
    CHECK(run("mkmodel " + dir() + "/bad.gguf --ternary-type q5_k") != 0);
}

TEST_CASE("run produces text; logits and generate agree with the library") {
    const std::string m = dir() + "/run.gguf";
    REQUIRE(run("mkmodel " + m) == 0);
    std::string out;
    CHECK_EQ(run("run " + m + " -p Hello -n 8 --temp 0 -t 2", &out), 0);
    CHECK(out.find("generated") != std::string::npos);

    const std::string logits_file = dir() + "/logits.f32";
    REQUIRE(run("logits " + m + " --tokens 283,72,101,108 --out " + logits_file + " -t 2") == 0);
    auto model = trit::Model::load(m);
    trit::Session s(model);
    std::vector<float> expected;
    s.evaluateAll(std::vector<int32_t>{283, 72, 101, 108}, expected);
    const auto bytes = bytesOf(logits_file);
    REQUIRE(bytes.size() == expected.size() * sizeof(float));
    CHECK(std::memcmp(bytes.data(), expected.data(), bytes.size()) == 0);

    std::string ids;
    REQUIRE(run("generate " + m + " --tokens 283,72 -n 5 --greedy", &ids) == 0);
    trit::Session g(model);
    auto l = g.prefill(std::vector<int32_t>{283, 72});
    std::string want;
    for (int i = 0; i < 5; ++i) {
        const int32_t next = int32_t(std::max_element(l.begin(), l.end()) - l.begin());
        want += (i ? "," : "") + std::to_string(next);
        l = g.decode(next);
    }
    CHECK_EQ(ids, want + "\n");
}

TEST_CASE("layer runs one block and writes its codes") {
    const std::string m = dir() + "/layer.gguf";
    REQUIRE(run("mkmodel " + m) == 0);
    const int n_tok = 3, n_embd = 256;
    std::vector<float> x(n_tok * n_embd);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(int(i % 17) - 8) * 0.1f;
    const std::string in = dir() + "/in.f32", out = dir() + "/out.f32", codes = dir() + "/codes.i8";
    std::ofstream(in, std::ios::binary)
        .write(reinterpret_cast<const char*>(x.data()), std::streamsize(x.size() * 4));
    REQUIRE(run("layer " + m + " --layer 1 --input " + in + " --n-tokens 3 --out " + out + " --codes-out " +
                codes) == 0);
    CHECK_EQ(bytesOf(out).size(), x.size() * 4);
    CHECK_EQ(bytesOf(codes).size(), size_t(n_tok) * (256 + 256 + 256 + 512));
    // The first token's attention-input codes reach ±127 (per-token absmax scaling).
    const auto c = bytesOf(codes);
    int max_code = 0;
    for (int i = 0; i < 256; ++i)
        max_code = std::max(max_code, std::abs(int(int8_t(c[size_t(i)]))));
    CHECK_EQ(max_code, 127);
    CHECK(run("layer " + m + " --layer 5 --input " + in + " --n-tokens 3 --out " + out) != 0);
}

TEST_CASE("convert-dir packs a training export into the same model") {
    // The export is made from a model mkmodel wrote with F32 ±gamma linears: packed as I2_S it must give
    // bit-identical logits to that F32 model run with BitLinear semantics.
    const std::string src = dir() + "/src.gguf", d = dir() + "/export", packed = dir() + "/packed.gguf";
    REQUIRE(run("mkmodel " + src + " --ternary-type f32 --embd-type f32") == 0);
    std::filesystem::create_directories(d + "/tensors");
    const auto file = trit::GgufFile::open(src);
    for (const auto& t : file.tensors())
        std::ofstream(d + "/tensors/" + t.name + ".f32", std::ios::binary)
            .write(reinterpret_cast<const char*>(t.data), std::streamsize(t.n_bytes));
    const trit::TokenizerConfig tok = trit::tokenizerConfigFromGguf(file);
    std::ofstream cfg(d + "/config.json");
    cfg << R"({"architecture": "bitnet-b1.58", "name": "tritium-demo", "chat_format": "tritium-demo",
  "hparams": {"vocab_size": 286, "context_length": 512, "embedding_length": 256, "block_count": 2,
    "feed_forward_length": 512, "rope.dimension_count": 64, "rope.freq_base": 500000.0,
    "attention.head_count": 4, "attention.head_count_kv": 2, "attention.layer_norm_rms_epsilon": 1e-05},
  "tokenizer": {"model": "gpt2", "pre": "gpt-2", "tokens": )"
        << jsonStrings(tok.tokens) << ", \"merges\": " << jsonStrings(tok.merges) << ", \"token_types\": [";
    for (size_t i = 0; i < tok.token_types.size(); ++i)
        cfg << (i ? "," : "") << tok.token_types[i];
    cfg << "], \"bos_token_id\": " << tok.bos_id << ", \"eos_token_id\": " << tok.eos_id
        << ", \"eot_token_id\": " << tok.eot_id << ", \"padding_token_id\": " << tok.eos_id
        << ", \"add_bos_token\": true}, \"tensors\": []}";
    cfg.close();
    REQUIRE(run("convert-dir " + d + " " + packed + " --ternary-type i2_s --embd-type f32") == 0);

    const trit::ModelInfo info = trit::inspectModel(packed);
    CHECK_EQ(info.chat_format, std::string("tritium-demo"));
    CHECK_EQ(info.name, std::string("tritium-demo"));
    CHECK_EQ(info.tensor_types.at("I2_S"), 14u);
    trit::LoadOptions bitlinear;
    bitlinear.bitlinear_float_weights = true;
    trit::Session a(trit::Model::load(src, bitlinear)), b(trit::Model::load(packed));
    const std::vector<int32_t> tokens = {283, 72, 101, 108, 108, 111};
    std::vector<float> la, lb;
    a.evaluateAll(tokens, la);
    b.evaluateAll(tokens, lb);
    CHECK(la == lb);

    std::filesystem::remove(d + "/tensors/blk.0.attn_q.weight.f32");
    std::string out;
    CHECK(run("convert-dir " + d + " " + packed, &out) != 0);
    CHECK(out.find("blk.0.attn_q.weight.f32") != std::string::npos);
}

TEST_CASE("bench measures pp and tg per thread count, the bandwidth bound, kernels and memory") {
    const std::string m = dir() + "/bench.gguf", json = dir() + "/bench.json";
    REQUIRE(run("mkmodel " + m + " --ctx 64") == 0);
    std::string out;
    REQUIRE(run("bench " + m + " -p 16,100 -n 8 -t 1,2 -r 2 --bandwidth-mb 64 --micro-seconds 0.002 --json " +
                    json,
                &out) == 0);
    for (const char* row : {"| pp16   |       1 |", "| pp16   |       2 |", "| tg8    |       1 |",
                            "| tg8    |       2 |", "skipped pp100", "measured read bandwidth, 2 threads",
                            "i2s_gemv", "f16_gemv", "peak resident memory"})
        CHECK(out.find(row) != std::string::npos);

    // The bytes one decoded token streams, counted here from the file's tensor table: the ternary codes
    // (2 bits each), the F32 norms, the tied F16 head and one embedding row.
    const auto file = trit::GgufFile::open(m);
    uint64_t weights = 0;
    for (const auto& t : file.tensors()) {
        if (t.type == trit::TensorType::I2_S)
            weights += t.elements() / 4;
        else if (t.type == trit::TensorType::F32)
            weights += t.n_bytes;
        else if (t.name == "token_embd.weight")
            weights += t.n_bytes + t.n_bytes / t.ne[1];
    }
    const std::vector<char> bytes = bytesOf(json);
    const std::string text(bytes.begin(), bytes.end());
    CHECK(text.find("\"weights\": " + std::to_string(weights) + ",") != std::string::npos);
    for (const char* key : {"\"test\": \"pp16\", \"threads\": 2", "\"test\": \"tg8\", \"threads\": 1",
                            "\"fraction_of_bound\": ", "\"read_bandwidth_gb_per_s\": {\"1\": ",
                            "\"peak_resident_bytes\": ", "\"kernel\": \"i2s_gemm\""})
        CHECK(text.find(key) != std::string::npos);
    CHECK(run("bench " + m + " -t 0,-1") != 0);
}

TRIT_TEST_MAIN()
