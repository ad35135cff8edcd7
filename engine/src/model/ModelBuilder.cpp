#include "model/ModelBuilder.h"

#include "gguf/GgufWriter.h"
#include "model/AbsmeanTernary.h"
#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cmath>

namespace trit {

namespace {

uint64_t splitmix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint64_t fnv1a(const std::string& s) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : s)
        h = (h ^ c) * 0x100000001B3ull;
    return h;
}

struct PlannedTensor {
    std::string name;
    std::vector<uint64_t> shape;
    enum Kind { Norm, Embedding, Linear, LinearScale } kind;
};

class Planner {
public:
    Planner(const ModelSpec& spec) : s_(spec) {}

    std::vector<PlannedTensor> plan() const {
        std::vector<PlannedTensor> t;
        const bool bitnet = s_.arch == "bitnet-b1.58" || s_.arch == "bitnet-25" || s_.arch == "bitnet";
        const uint64_t hd = s_.n_embd / s_.n_head, q = hd * s_.n_head, kv = hd * s_.n_head_kv;
        t.push_back({"token_embd.weight", {s_.n_embd, vocab_}, PlannedTensor::Embedding});
        for (uint32_t l = 0; l < s_.n_layer; ++l) {
            const std::string p = "blk." + std::to_string(l) + ".";
            auto linear = [&](const std::string& n, uint64_t in, uint64_t out) {
                t.push_back({p + n + ".weight", {in, out}, PlannedTensor::Linear});
                if (s_.per_tensor_scales)
                    t.push_back({p + n + ".scale", {1}, PlannedTensor::LinearScale});
            };
            t.push_back({p + "attn_norm.weight", {s_.n_embd}, PlannedTensor::Norm});
            linear("attn_q", s_.n_embd, q);
            linear("attn_k", s_.n_embd, kv);
            linear("attn_v", s_.n_embd, kv);
            linear("attn_output", q, s_.n_embd);
            if (bitnet)
                t.push_back({p + "attn_sub_norm.weight", {q}, PlannedTensor::Norm});
            t.push_back({p + "ffn_norm.weight", {s_.n_embd}, PlannedTensor::Norm});
            linear("ffn_gate", s_.n_embd, s_.n_ff);
            linear("ffn_up", s_.n_embd, s_.n_ff);
            linear("ffn_down", s_.n_ff, s_.n_embd);
            if (bitnet)
                t.push_back({p + "ffn_sub_norm.weight", {s_.n_ff}, PlannedTensor::Norm});
        }
        t.push_back({"output_norm.weight", {s_.n_embd}, PlannedTensor::Norm});
        if (s_.untied_output)
            t.push_back({"output.weight", {s_.n_embd, vocab_}, PlannedTensor::Embedding});
        return t;
    }
    uint64_t vocab_ = 0;

private:
    const ModelSpec& s_;
};

void checkSpec(const ModelSpec& s) {
    if (s.n_head == 0 || s.n_head_kv == 0 || s.n_embd % s.n_head != 0 || s.n_head % s.n_head_kv != 0 ||
        (s.n_embd / s.n_head) % 2 != 0)
        throw Error("impossible shape: n_embd must be a multiple of heads (even head dimension) and heads a "
                    "multiple of kv-heads");
    if (s.untied_output && s.arch != "llama")
        throw Error("an untied output head is only written for the llama architecture");
    if (s.per_tensor_scales && s.arch != "bitnet")
        throw Error("per-tensor scale tensors exist only in the plain bitnet architecture");
    const uint32_t row_multiple = s.ternary_type == TensorType::TQ1_0 || s.ternary_type == TensorType::TQ2_0
                                      ? 256
                                  : s.ternary_type == TensorType::I2_S ? 128
                                                                       : 1;
    if (s.n_embd % row_multiple != 0 || s.n_ff % row_multiple != 0)
        throw Error("the " + std::string(tensorTypeName(s.ternary_type)) +
                    " type needs n_embd and n_ff to be "
                    "multiples of " +
                    std::to_string(row_multiple));
}

void writeMetadata(GgufWriter& w, const ModelSpec& s, const TokenizerConfig& tok) {
    const std::string a = s.arch + ".";
    const uint32_t hd = s.n_embd / s.n_head;
    w.setString("general.architecture", s.arch);
    w.setString("general.name", s.name);
    w.setUInt32(a + "vocab_size", uint32_t(tok.tokens.size()));
    w.setUInt32(a + "context_length", s.n_ctx);
    w.setUInt32(a + "embedding_length", s.n_embd);
    w.setUInt32(a + "block_count", s.n_layer);
    w.setUInt32(a + "feed_forward_length", s.n_ff);
    w.setUInt32(a + "rope.dimension_count", hd);
    w.setUInt32(a + "attention.head_count", s.n_head);
    w.setUInt32(a + "attention.head_count_kv", s.n_head_kv);
    w.setBool("tokenizer.ggml.add_bos_token", tok.add_bos);
    w.setFloat32(a + "attention.layer_norm_rms_epsilon", s.norm_eps);
    w.setFloat32(a + "rope.freq_base", s.rope_freq_base);
    w.setUInt32("general.file_type", s.ternary_type == TensorType::I2_S ? 40 : 1);
    w.setString("tokenizer.ggml.model", tok.model);
    if (!s.official_2b4t_keys && !tok.pre.empty())
        w.setString("tokenizer.ggml.pre", tok.pre);
    w.setStringArray("tokenizer.ggml.tokens", tok.tokens);
    w.setFloat32Array("tokenizer.ggml.scores",
                      tok.scores.empty() ? std::vector<float>(tok.tokens.size(), 0.0f) : tok.scores);
    w.setInt32Array("tokenizer.ggml.token_type", tok.token_types.empty()
                                                     ? std::vector<int32_t>(tok.tokens.size(), kNormal)
                                                     : tok.token_types);
    if (!tok.merges.empty() || s.official_2b4t_keys)
        w.setStringArray("tokenizer.ggml.merges", tok.merges);
    if (tok.bos_id >= 0)
        w.setUInt32("tokenizer.ggml.bos_token_id", uint32_t(tok.bos_id));
    if (tok.eos_id >= 0)
        w.setUInt32("tokenizer.ggml.eos_token_id", uint32_t(tok.eos_id));
    if (tok.pad_id >= 0)
        w.setUInt32("tokenizer.ggml.padding_token_id", uint32_t(tok.pad_id));
    if (s.official_2b4t_keys) {
        // The converter's placeholder (spec §2.3 #22); the engine never renders it.
        w.setString(
            "tokenizer.chat_template",
            "{% for message in messages %}{% if loop.first %}{{ bos_token }}{% endif %}{% if "
            "message['role'] == 'user' %}{{ 'Human: ' + message['content'] + '\\n\\nBITNETAssistant: ' + "
            "eos_token }}{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token }}"
            "{% endif %}{% endfor %}");
    } else {
        if (tok.eot_id >= 0)
            w.setUInt32("tokenizer.ggml.eot_token_id", uint32_t(tok.eot_id));
        if (tok.unk_id >= 0)
            w.setUInt32("tokenizer.ggml.unknown_token_id", uint32_t(tok.unk_id));
        if (!s.hidden_activation.empty())
            w.setString(a + "hidden_activation", s.hidden_activation);
        if (!s.chat_format.empty())
            w.setString("tritium.chat_format", s.chat_format);
    }
    w.setUInt32("general.quantization_version", 2);
}

// Ternary linear bytes in the requested type, from float master weights.
std::vector<uint8_t> encodeLinear(const ModelSpec& s, const std::vector<float>& master, uint64_t ne0) {
    float gamma = 0.0f;
    const std::vector<int8_t> t = AbsmeanTernary::quantizeAll(master, &gamma);
    const float stored_scale = s.per_tensor_scales ? 1.0f : gamma;
    switch (s.ternary_type) {
    case TensorType::I2_S:
        return encodeI2S(t, stored_scale);
    case TensorType::TQ1_0:
    case TensorType::TQ2_0: {
        const std::vector<float> scales(t.size() / 256, stored_scale);
        return s.ternary_type == TensorType::TQ1_0 ? encodeTQ1(t, scales) : encodeTQ2(t, scales);
    }
    default: {
        std::vector<float> values(t.size());
        for (size_t i = 0; i < t.size(); ++i)
            values[i] = float(t[i]) * stored_scale;
        return quantize(s.ternary_type, values, ne0);
    }
    }
}

} // namespace

void ModelBuilder::randomValues(uint64_t seed, const std::string& name, uint64_t first, float* out,
                                size_t count) {
    const uint64_t stream = splitmix(seed ^ fnv1a(name));
    for (size_t i = 0; i < count; ++i) {
        const uint64_t r = splitmix(stream + first + i);
        out[i] = float(r >> 40) * (2.0f / 16777216.0f) - 1.0f; // 24 bits: exact in float
    }
}

void ModelBuilder::write(const std::string& path, const ModelSpec& spec, const TokenizerConfig& tokenizer,
                         const WeightSource& source) {
    checkSpec(spec);
    Planner planner(spec);
    planner.vocab_ = tokenizer.tokens.size();
    const std::vector<PlannedTensor> plan = planner.plan();

    GgufWriter w;
    writeMetadata(w, spec, tokenizer);
    for (const auto& t : plan) {
        TensorType type = TensorType::F32;
        if (t.kind == PlannedTensor::Embedding)
            type = spec.embd_type;
        else if (t.kind == PlannedTensor::Linear)
            type = spec.ternary_type;
        w.addTensor(t.name, type, t.shape);
    }

    auto valuesOf = [&](const PlannedTensor& t, uint64_t count) {
        if (source)
            if (auto given = source(t.name, count)) {
                if (given->size() != count)
                    throw Error("tensor '" + t.name + "' needs " + std::to_string(count) + " values, got " +
                                std::to_string(given->size()));
                return std::move(*given);
            }
        std::vector<float> v(count);
        randomValues(spec.seed, t.name, 0, v.data(), count);
        if (t.kind == PlannedTensor::Norm)
            for (auto& x : v)
                x = 1.0f + 0.25f * x; // norm gains near 1, as in trained models
        return v;
    };

    w.write(path, [&](size_t index, const GgufWriter::Sink& sink) {
        const PlannedTensor& t = plan[index];
        const uint64_t ne0 = t.shape[0], count = t.shape.size() > 1 ? ne0 * t.shape[1] : ne0;
        if (t.kind == PlannedTensor::Embedding && !source) {
            // Streamed in slices of rows: the 2B4T embedding alone is 328 M values.
            constexpr uint64_t kRows = 1024;
            std::vector<float> rows;
            for (uint64_t r = 0; r < t.shape[1]; r += kRows) {
                const uint64_t n = std::min(kRows, t.shape[1] - r) * ne0;
                rows.resize(n);
                randomValues(spec.seed, t.name, r * ne0, rows.data(), n);
                sink(quantize(spec.embd_type, rows, ne0));
            }
            return;
        }
        if (t.kind == PlannedTensor::LinearScale) {
            // gamma of the matching weight, which is regenerated (cheap next to writing it) to get it
            // exactly.
            const std::string weight = t.name.substr(0, t.name.size() - 6) + ".weight";
            uint64_t n = 0;
            for (const auto& other : plan)
                if (other.name == weight)
                    n = other.shape[0] * other.shape[1];
            float gamma = 0.0f;
            AbsmeanTernary::quantizeAll(valuesOf({weight, {}, PlannedTensor::Linear}, n), &gamma);
            sink(quantize(TensorType::F32, std::vector<float>{gamma}, 1));
            return;
        }
        const std::vector<float> values = valuesOf(t, count);
        if (t.kind == PlannedTensor::Linear)
            sink(encodeLinear(spec, values, ne0));
        else if (t.kind == PlannedTensor::Embedding)
            sink(quantize(spec.embd_type, values, ne0));
        else
            sink(quantize(TensorType::F32, values, ne0));
    });
}

} // namespace trit
