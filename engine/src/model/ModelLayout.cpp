#include "model/ModelLayout.h"

#include "trit/Error.h"

namespace trit {

namespace {

bool isEmbeddingType(TensorType t) {
    switch (t) {
    case TensorType::F32:
    case TensorType::F16:
    case TensorType::BF16:
    case TensorType::Q8_0:
    case TensorType::Q4_K:
    case TensorType::Q6_K:
        return true;
    default:
        return false;
    }
}

std::string shapeText(const GgufTensorInfo& t) {
    std::string s = "[";
    for (uint32_t i = 0; i < t.n_dims; ++i)
        s += (i ? ", " : "") + std::to_string(t.ne[i]);
    return s + "]";
}

class TensorFinder {
public:
    explicit TensorFinder(const GgufFile& file) : file_(file) {}

    const GgufTensorInfo* optional(const std::string& name) const { return file_.tensor(name); }

    const GgufTensorInfo& required(const std::string& name) const {
        const auto* t = file_.tensor(name);
        if (!t)
            throw Error(file_.path() + ": missing tensor '" + name + "'");
        return *t;
    }

    void checkShape(const GgufTensorInfo& t, uint64_t ne0, uint64_t ne1) const {
        const bool ok = ne1 == 1 ? (t.n_dims == 1 || (t.n_dims == 2 && t.ne[1] == 1)) && t.ne[0] == ne0
                                 : t.n_dims == 2 && t.ne[0] == ne0 && t.ne[1] == ne1;
        if (!ok)
            throw Error(file_.path() + ": tensor '" + t.name + "' has shape " + shapeText(t) +
                        ", expected [" + std::to_string(ne0) + (ne1 == 1 ? "" : ", " + std::to_string(ne1)) +
                        "]");
    }

    const GgufTensorInfo& norm(const std::string& name, uint64_t n) const {
        const auto& t = required(name);
        checkShape(t, n, 1);
        if (t.type != TensorType::F32 && t.type != TensorType::F16 && t.type != TensorType::BF16)
            throw Error(file_.path() + ": norm tensor '" + name + "' has type " +
                        std::string(tensorTypeName(t.type)) + "; norms must be F32, F16 or BF16");
        return t;
    }

    const GgufTensorInfo& linear(const std::string& name, uint64_t in, uint64_t out) const {
        const auto& t = required(name);
        checkShape(t, in, out);
        if (isTernary(t.type) || isEmbeddingType(t.type)) {
            if (t.type == TensorType::I2_S && in % 128 != 0)
                throw Error(file_.path() + ": I2_S tensor '" + name + "' has rows of " + std::to_string(in) +
                            " weights; I2_S needs a multiple of 128");
            return t;
        }
        throw Error(file_.path() + ": tensor '" + name + "' has type " + std::string(tensorTypeName(t.type)) +
                    "; linear weights must be one of " + supportedTensorTypesText());
    }

    const GgufTensorInfo& embedding(const std::string& name, uint64_t n_embd, uint64_t n_vocab) const {
        const auto& t = required(name);
        checkShape(t, n_embd, n_vocab);
        if (!isEmbeddingType(t.type))
            throw Error(file_.path() + ": tensor '" + name + "' has type " +
                        std::string(tensorTypeName(t.type)) +
                        "; embeddings and the output head must be F32, F16, BF16, Q8_0, Q4_K or Q6_K");
        return t;
    }

private:
    const GgufFile& file_;
};

} // namespace

const char* linearSlotName(LinearSlot slot) {
    static const char* const names[kLinearSlots] = {"attn_q",   "attn_k", "attn_v",  "attn_output",
                                                    "ffn_gate", "ffn_up", "ffn_down"};
    return names[slot];
}

ModelLayout findModelTensors(const GgufFile& file, const ModelHparams& hp) {
    TensorFinder f(file);
    ModelLayout m;
    m.token_embd = &f.embedding("token_embd.weight", hp.n_embd, hp.n_vocab);
    m.output_norm = &f.norm("output_norm.weight", hp.n_embd);
    const auto* output = f.optional("output.weight");
    if (output && !hp.arch.head_always_tied) {
        m.output = &f.embedding("output.weight", hp.n_embd, hp.n_vocab);
        m.tied_output = false;
    } else {
        m.output = m.token_embd;
    }

    const uint64_t in_of[kLinearSlots] = {hp.n_embd, hp.n_embd, hp.n_embd, hp.qDim(),
                                          hp.n_embd, hp.n_embd, hp.n_ff};
    const uint64_t out_of[kLinearSlots] = {hp.qDim(), hp.kvDim(), hp.kvDim(), hp.n_embd,
                                           hp.n_ff,   hp.n_ff,    hp.n_embd};
    m.layers.resize(hp.n_layer);
    for (uint32_t l = 0; l < hp.n_layer; ++l) {
        const std::string p = "blk." + std::to_string(l) + ".";
        auto& layer = m.layers[l];
        layer.attn_norm = &f.norm(p + "attn_norm.weight", hp.n_embd);
        layer.ffn_norm = &f.norm(p + "ffn_norm.weight", hp.n_embd);
        const bool has_sub =
            hp.arch.sub_norms || (hp.arch.sub_norms_optional && f.optional(p + "attn_sub_norm.weight"));
        if (has_sub) {
            layer.attn_sub_norm = &f.norm(p + "attn_sub_norm.weight", hp.qDim());
            layer.ffn_sub_norm = &f.norm(p + "ffn_sub_norm.weight", hp.n_ff);
        }
        for (int s = 0; s < kLinearSlots; ++s) {
            const std::string name = p + linearSlotName(LinearSlot(s));
            layer.linear[s] = &f.linear(name + ".weight", in_of[s], out_of[s]);
            if (hp.arch.per_tensor_scales) {
                if (const auto* scale = f.optional(name + ".scale")) {
                    if (scale->type != TensorType::F32 || scale->elements() != 1)
                        throw Error(file.path() + ": tensor '" + scale->name +
                                    "' must be a single F32 value");
                    layer.linear_scale[s] = scale;
                }
            }
        }
    }
    return m;
}

} // namespace trit
