// `trit mkmodel --preset 2b4t` writes exactly the official BitNet b1.58 2B4T layout (ENGINE_SPEC §2.3–2.4:
// 24 metadata keys, 332 tensors) and `trit run` generates from it. Writes ~1.2 GB into the build tree
// (deleted afterwards); labelled "large" so slow environments (qemu) can exclude it.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "support/ModelFactory.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using trit::GgufValueType;

namespace {

struct Key {
    const char* name;
    GgufValueType type;
};

const Key kKeys[24] = {
    {"general.architecture", GgufValueType::String},
    {"general.name", GgufValueType::String},
    {"bitnet-b1.58.vocab_size", GgufValueType::U32},
    {"bitnet-b1.58.context_length", GgufValueType::U32},
    {"bitnet-b1.58.embedding_length", GgufValueType::U32},
    {"bitnet-b1.58.block_count", GgufValueType::U32},
    {"bitnet-b1.58.feed_forward_length", GgufValueType::U32},
    {"bitnet-b1.58.rope.dimension_count", GgufValueType::U32},
    {"bitnet-b1.58.attention.head_count", GgufValueType::U32},
    {"bitnet-b1.58.attention.head_count_kv", GgufValueType::U32},
    {"tokenizer.ggml.add_bos_token", GgufValueType::Bool},
    {"bitnet-b1.58.attention.layer_norm_rms_epsilon", GgufValueType::F32},
    {"bitnet-b1.58.rope.freq_base", GgufValueType::F32},
    {"general.file_type", GgufValueType::U32},
    {"tokenizer.ggml.model", GgufValueType::String},
    {"tokenizer.ggml.tokens", GgufValueType::Array},
    {"tokenizer.ggml.scores", GgufValueType::Array},
    {"tokenizer.ggml.token_type", GgufValueType::Array},
    {"tokenizer.ggml.merges", GgufValueType::Array},
    {"tokenizer.ggml.bos_token_id", GgufValueType::U32},
    {"tokenizer.ggml.eos_token_id", GgufValueType::U32},
    {"tokenizer.ggml.padding_token_id", GgufValueType::U32},
    {"tokenizer.chat_template", GgufValueType::String},
    {"general.quantization_version", GgufValueType::U32},
};

size_t arrayLength(const trit::GgufFile& f, const char* key) {
    return std::get<std::shared_ptr<trit::GgufArray>>(f.find(key)->data)->values.size();
}

void checkTensor(const trit::GgufFile& f, const std::string& name, trit::TensorType type, uint64_t ne0,
                 uint64_t ne1) {
    const auto* t = f.tensor(name);
    if (!t) {
        CHECK(t != nullptr);
        std::fprintf(stderr, "missing %s\n", name.c_str());
        return;
    }
    CHECK(t->type == type);
    CHECK_EQ(t->ne[0], ne0);
    CHECK_EQ(t->ne[1], ne1);
}

} // namespace

TEST_CASE(
    "mkmodel --preset 2b4t matches the official file key for key and tensor for tensor; run generates") {
    const std::string path = trit_test::scratchDir() + "/2b4t.gguf";
    REQUIRE(std::system(
                ("\"" + trit_test::tritTool() + "\" mkmodel \"" + path + "\" --preset 2b4t").c_str()) == 0);
    {
        const auto f = trit::GgufFile::open(path);
        REQUIRE(f.metadata().size() == 24);
        for (size_t i = 0; i < 24; ++i) {
            CHECK_EQ(f.metadata()[i].first, std::string(kKeys[i].name));
            CHECK(f.metadata()[i].second.type == kKeys[i].type);
        }
        CHECK_EQ(f.getString("general.architecture").value_or(""), std::string("bitnet-b1.58"));
        CHECK_EQ(f.getString("general.name").value_or(""), std::string("bitnet2b"));
        CHECK_EQ(f.getUInt("bitnet-b1.58.vocab_size").value_or(0), 128256u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.context_length").value_or(0), 4096u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.embedding_length").value_or(0), 2560u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.block_count").value_or(0), 30u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.feed_forward_length").value_or(0), 6912u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.rope.dimension_count").value_or(0), 128u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.attention.head_count").value_or(0), 20u);
        CHECK_EQ(f.getUInt("bitnet-b1.58.attention.head_count_kv").value_or(0), 5u);
        CHECK_EQ(f.getBool("tokenizer.ggml.add_bos_token").value_or(false), true);
        CHECK_EQ(float(f.getFloat("bitnet-b1.58.attention.layer_norm_rms_epsilon").value_or(0)), 1e-5f);
        CHECK_EQ(float(f.getFloat("bitnet-b1.58.rope.freq_base").value_or(0)), 500000.0f);
        CHECK_EQ(f.getUInt("general.file_type").value_or(0), 40u);
        CHECK_EQ(f.getString("tokenizer.ggml.model").value_or(""), std::string("gpt2"));
        CHECK_EQ(arrayLength(f, "tokenizer.ggml.tokens"), size_t(128256));
        CHECK_EQ(arrayLength(f, "tokenizer.ggml.scores"), size_t(128256));
        CHECK_EQ(arrayLength(f, "tokenizer.ggml.token_type"), size_t(128256));
        CHECK_EQ(arrayLength(f, "tokenizer.ggml.merges"), size_t(280147));
        CHECK_EQ(f.getUInt("tokenizer.ggml.bos_token_id").value_or(0), 128000u);
        CHECK_EQ(f.getUInt("tokenizer.ggml.eos_token_id").value_or(0), 128001u);
        CHECK_EQ(f.getUInt("tokenizer.ggml.padding_token_id").value_or(0), 128001u);
        CHECK(f.getString("tokenizer.chat_template").value_or("").find("BITNETAssistant") !=
              std::string::npos);
        CHECK_EQ(f.getUInt("general.quantization_version").value_or(0), 2u);
        const auto tokens = f.getStringArray("tokenizer.ggml.tokens");
        CHECK_EQ(tokens[128000], std::string("<|begin_of_text|>"));
        CHECK_EQ(tokens[128009], std::string("<|eot_id|>"));

        REQUIRE(f.tensors().size() == 332);
        std::map<trit::TensorType, int> counts;
        for (const auto& t : f.tensors())
            ++counts[t.type];
        CHECK_EQ(counts[trit::TensorType::I2_S], 210);
        CHECK_EQ(counts[trit::TensorType::F32], 121);
        CHECK_EQ(counts[trit::TensorType::F16], 1);
        CHECK(f.tensor("output.weight") == nullptr);
        using T = trit::TensorType;
        checkTensor(f, "token_embd.weight", T::F16, 2560, 128256);
        checkTensor(f, "output_norm.weight", T::F32, 2560, 1);
        for (int l = 0; l < 30; ++l) {
            const std::string p = "blk." + std::to_string(l) + ".";
            checkTensor(f, p + "attn_norm.weight", T::F32, 2560, 1);
            checkTensor(f, p + "attn_q.weight", T::I2_S, 2560, 2560);
            checkTensor(f, p + "attn_k.weight", T::I2_S, 2560, 640);
            checkTensor(f, p + "attn_v.weight", T::I2_S, 2560, 640);
            checkTensor(f, p + "attn_output.weight", T::I2_S, 2560, 2560);
            checkTensor(f, p + "attn_sub_norm.weight", T::F32, 2560, 1);
            checkTensor(f, p + "ffn_norm.weight", T::F32, 2560, 1);
            checkTensor(f, p + "ffn_gate.weight", T::I2_S, 2560, 6912);
            checkTensor(f, p + "ffn_up.weight", T::I2_S, 2560, 6912);
            checkTensor(f, p + "ffn_down.weight", T::I2_S, 6912, 2560);
            checkTensor(f, p + "ffn_sub_norm.weight", T::F32, 6912, 1);
        }
        CHECK_EQ(f.tensor("blk.0.ffn_gate.weight")->n_bytes, uint64_t(4423712)); // spec §1.6
        CHECK_EQ(f.tensor("blk.0.attn_k.weight")->n_bytes, uint64_t(409632));
    }
    const std::string out = trit_test::scratchDir() + "/2b4t-run.txt";
    CHECK_EQ(std::system(("\"" + trit_test::tritTool() + "\" run \"" + path + "\" -p hello -n 4 -t 2 > \"" +
                          out + "\" 2>&1")
                             .c_str()),
             0);
    std::ifstream in(out);
    std::ostringstream text;
    text << in.rdbuf();
    CHECK(text.str().find(" generated in ") != std::string::npos);
    std::printf("%s\n", text.str().c_str());
    std::filesystem::remove(path);
}

TRIT_TEST_MAIN()
