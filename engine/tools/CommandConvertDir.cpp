// trit convert-dir DIR OUT.gguf: packs a training script's export (tools/demo-model/export.py) into a GGUF.
#include "Commands.h"
#include "JsonValue.h"
#include "TypeNames.h"
#include "model/ModelBuilder.h"
#include "trit/Error.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace trit::cli {

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

uint32_t hparam(const JsonValue& hp, const std::string& key, uint32_t fallback, bool required) {
    const JsonValue* v = hp.find(key);
    if (!v) {
        if (required)
            throw Error("config.json: hparams." + key + " is missing");
        return fallback;
    }
    const long long n = v->integer("hparams." + key);
    if (n <= 0 || n > (1 << 24))
        throw Error("config.json: hparams." + key + " = " + std::to_string(n) + " is out of range");
    return uint32_t(n);
}

int32_t tokenId(const JsonValue& tok, const std::string& key) {
    const JsonValue* v = tok.find(key);
    return v && !v->isNull() ? int32_t(v->integer("tokenizer." + key)) : -1;
}

TokenizerConfig tokenizerFrom(const JsonValue& tok) {
    TokenizerConfig c;
    c.model = tok.find("model") ? tok.find("model")->string("tokenizer.model") : "gpt2";
    c.pre = tok.find("pre") ? tok.find("pre")->string("tokenizer.pre") : "";
    for (const auto& t :
         tok.find("tokens") ? tok.find("tokens")->array("tokenizer.tokens") : JsonValue::Array{})
        c.tokens.push_back(t.string("tokenizer.tokens[]"));
    if (c.tokens.empty())
        throw Error("config.json: tokenizer.tokens is missing or empty");
    if (const auto* m = tok.find("merges"))
        for (const auto& t : m->array("tokenizer.merges"))
            c.merges.push_back(t.string("tokenizer.merges[]"));
    if (const auto* types = tok.find("token_types"))
        for (const auto& t : types->array("tokenizer.token_types"))
            c.token_types.push_back(int32_t(t.integer("tokenizer.token_types[]")));
    if (!c.token_types.empty() && c.token_types.size() != c.tokens.size())
        throw Error("config.json: tokenizer.token_types has " + std::to_string(c.token_types.size()) +
                    " entries for " + std::to_string(c.tokens.size()) + " tokens");
    c.bos_id = tokenId(tok, "bos_token_id");
    c.eos_id = tokenId(tok, "eos_token_id");
    c.eot_id = tokenId(tok, "eot_token_id");
    c.pad_id = tokenId(tok, "padding_token_id");
    c.unk_id = tokenId(tok, "unknown_token_id");
    for (int32_t id : {c.bos_id, c.eos_id, c.eot_id, c.pad_id, c.unk_id})
        if (id >= int32_t(c.tokens.size()))
            throw Error("config.json: a special token id (" + std::to_string(id) +
                        ") is outside the vocabulary");
    if (const auto* b = tok.find("add_bos_token")) {
        c.add_bos = b->boolean("tokenizer.add_bos_token");
        c.add_bos_present = true;
    }
    return c;
}

} // namespace

int commandConvertDir(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, {"--ternary-type", "--embd-type"});
    if (args.wantsHelp()) {
        std::printf(
            "usage: trit convert-dir DIR OUT.gguf [--ternary-type i2_s|tq1_0|tq2_0|f32|f16] "
            "[--embd-type f16|f32|bf16|q8_0|q4_k|q6_k]\n\n"
            "Packs DIR/config.json (architecture, name, chat_format, hparams, tokenizer) and\n"
            "DIR/tensors/<gguf tensor name>.f32 (raw little-endian f32 in GGUF element order) into a GGUF.\n"
            "Ternary linears given as float master weights are absmean-quantized like mkmodel.\n");
        return 0;
    }
    const std::string dir = args.positional(0, "input directory");
    const std::string out = args.positional(1, "output file");
    const JsonValue config = JsonValue::parse(readFile(dir + "/config.json"));
    const JsonValue* hp = config.find("hparams");
    const JsonValue* tok = config.find("tokenizer");
    if (!config.isObject() || !hp || !tok)
        throw Error(dir + "/config.json must be an object with 'hparams' and 'tokenizer'");

    ModelSpec spec;
    spec.arch =
        config.find("architecture") ? config.find("architecture")->string("architecture") : "bitnet-b1.58";
    spec.name = config.find("name") ? config.find("name")->string("name") : "converted";
    spec.chat_format = config.find("chat_format") ? config.find("chat_format")->string("chat_format") : "";
    spec.n_embd = hparam(*hp, "embedding_length", 0, true);
    spec.n_layer = hparam(*hp, "block_count", 0, true);
    spec.n_head = hparam(*hp, "attention.head_count", 0, true);
    spec.n_head_kv = hparam(*hp, "attention.head_count_kv", spec.n_head, false);
    spec.n_ff = hparam(*hp, "feed_forward_length", 0, true);
    spec.n_ctx = hparam(*hp, "context_length", 2048, false);
    if (const auto* base = hp->find("rope.freq_base"))
        spec.rope_freq_base = float(base->number("hparams.rope.freq_base"));
    if (const auto* eps = hp->find("attention.layer_norm_rms_epsilon"))
        spec.norm_eps = float(eps->number("hparams.attention.layer_norm_rms_epsilon"));
    if (spec.n_embd % spec.n_head != 0 ||
        hparam(*hp, "rope.dimension_count", spec.n_embd / spec.n_head, false) != spec.n_embd / spec.n_head)
        throw Error("config.json: rope.dimension_count must equal embedding_length / attention.head_count");
    spec.ternary_type = tensorTypeFromName(args.value("--ternary-type", "i2_s"));
    spec.embd_type = tensorTypeFromName(args.value("--embd-type", "f16"));
    const TokenizerConfig tokenizer = tokenizerFrom(*tok);
    if (const auto* vocab = hp->find("vocab_size");
        vocab && size_t(vocab->integer("hparams.vocab_size")) != tokenizer.tokens.size())
        throw Error("config.json: hparams.vocab_size differs from the number of tokenizer tokens");

    ModelBuilder::write(out, spec, tokenizer, [&](const std::string& name, uint64_t count) {
        const std::string path = dir + "/tensors/" + name + ".f32";
        const std::string bytes = readFile(path);
        if (bytes.size() != count * sizeof(float))
            throw Error(path + " has " + std::to_string(bytes.size()) + " bytes; expected " +
                        std::to_string(count * sizeof(float)) + " (" + std::to_string(count) +
                        " f32 values)");
        std::vector<float> values(count);
        std::memcpy(values.data(), bytes.data(), bytes.size());
        return std::optional<std::vector<float>>(std::move(values));
    });
    std::printf("wrote %s\n", out.c_str());
    return 0;
}

} // namespace trit::cli
