#include "model/ModelHparams.h"

#include "gguf/GgufFile.h"
#include "trit/Error.h"

#include <limits>

namespace trit {

namespace {

// Far beyond any real model, small enough that derived sizes cannot overflow 64-bit arithmetic.
constexpr uint64_t kMaxDim = 1u << 24;
constexpr uint64_t kMaxLayers = 4096;

class HparamReader {
public:
    HparamReader(const GgufFile& file, std::string prefix) : file_(file), prefix_(std::move(prefix)) {}

    uint32_t required(const std::string& key, uint64_t max) const {
        auto v = file_.getUInt(prefix_ + key);
        if (!v)
            throw Error(file_.path() + ": missing metadata key '" + prefix_ + key + "'");
        return checked(key, *v, max);
    }
    uint32_t optional(const std::string& key, uint32_t fallback, uint64_t max) const {
        auto v = file_.getUInt(prefix_ + key);
        return v ? checked(key, *v, max) : fallback;
    }
    float optionalFloat(const std::string& key, float fallback) const {
        auto v = file_.getFloat(prefix_ + key);
        if (!v)
            return fallback;
        if (!(*v > 0.0) || *v > 1e30)
            throw Error(file_.path() + ": metadata '" + prefix_ + key + "' = " + std::to_string(*v) +
                        " is not a positive finite number");
        return static_cast<float>(*v);
    }

private:
    uint32_t checked(const std::string& key, uint64_t v, uint64_t max) const {
        if (v == 0 || v > max)
            throw Error(file_.path() + ": metadata '" + prefix_ + key + "' = " + std::to_string(v) +
                        " is out of range (1.." + std::to_string(max) + ")");
        return static_cast<uint32_t>(v);
    }
    const GgufFile& file_;
    std::string prefix_;
};

void require(bool ok, const GgufFile& file, const std::string& what) {
    if (!ok)
        throw Error(file.path() + ": inconsistent hyper-parameters: " + what);
}

FfnActivation activationFor(const GgufFile& file, const ModelHparams& hp) {
    auto named = file.getString(hp.arch.name + ".hidden_activation");
    if (!named)
        named = file.getString(hp.arch.name + ".feed_forward_activation");
    if (!named)
        return hp.arch.activation;
    if (*named == "relu2" || *named == "relu_squared" || *named == "relu^2")
        return FfnActivation::Relu2;
    if (*named == "silu" || *named == "swish")
        return FfnActivation::Silu;
    throw Error(file.path() + ": unsupported FFN activation '" + *named + "' (supported: relu2, silu)");
}

} // namespace

ModelHparams readHparams(const GgufFile& file) {
    auto arch_name = file.getString("general.architecture");
    if (!arch_name)
        throw Error(file.path() + ": missing 'general.architecture'; this does not look like a model file");
    ModelHparams hp;
    hp.arch = findArchitecture(*arch_name, file.path());
    HparamReader r(file, hp.arch.name + ".");
    hp.n_embd = r.required("embedding_length", kMaxDim);
    hp.n_layer = r.required("block_count", kMaxLayers);
    hp.n_head = r.required("attention.head_count", kMaxDim);
    hp.n_head_kv = r.optional("attention.head_count_kv", hp.n_head, kMaxDim);
    hp.n_ff = r.required("feed_forward_length", kMaxDim);
    hp.n_ctx_train = r.optional("context_length", 2048, kMaxDim);
    require(hp.n_embd % hp.n_head == 0 || file.getUInt(hp.arch.name + ".attention.key_length").has_value(),
            file, "embedding_length is not a multiple of attention.head_count");
    hp.head_dim = r.optional("attention.key_length", hp.n_embd / hp.n_head, kMaxDim);
    const uint32_t value_length = r.optional("attention.value_length", hp.head_dim, kMaxDim);
    require(value_length == hp.head_dim, file, "attention.value_length differs from attention.key_length");
    hp.n_rot = r.optional("rope.dimension_count", hp.head_dim, kMaxDim);
    hp.rope_freq_base = r.optionalFloat("rope.freq_base", 10000.0f);
    hp.norm_eps = r.optionalFloat("attention.layer_norm_rms_epsilon", 1e-5f);
    require(hp.n_head % hp.n_head_kv == 0, file, "attention.head_count is not a multiple of head_count_kv");
    require(hp.head_dim % 2 == 0, file, "the head dimension must be even");
    require(hp.n_rot % 2 == 0 && hp.n_rot <= hp.head_dim, file,
            "rope.dimension_count must be even and at most the head dimension");
    require(uint64_t(hp.n_head) * hp.head_dim <= kMaxDim, file, "the attention width is too large");
    hp.activation = activationFor(file, hp);

    // The vocabulary size comes from the key when present, else from the tokenizer (checked again against
    // the embedding tensor's shape by ModelLayout).
    auto vocab = file.getUInt(hp.arch.name + ".vocab_size");
    if (!vocab) {
        const auto* tokens = file.find("tokenizer.ggml.tokens");
        if (tokens && tokens->type == GgufValueType::Array)
            vocab = std::get<std::shared_ptr<GgufArray>>(tokens->data)->values.size();
    }
    if (!vocab)
        throw Error(file.path() + ": neither '" + hp.arch.name +
                    ".vocab_size' nor 'tokenizer.ggml.tokens' gives the vocabulary size");
    if (*vocab == 0 || *vocab > std::numeric_limits<int32_t>::max() / 2)
        throw Error(file.path() + ": vocabulary size " + std::to_string(*vocab) + " is out of range");
    hp.n_vocab = static_cast<uint32_t>(*vocab);
    return hp;
}

} // namespace trit
