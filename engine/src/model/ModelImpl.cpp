#include "model/ModelImpl.h"

#include "tensor/Codecs.h"
#include "tokenizer/TokenizerFactory.h"
#include "tokenizer/TokenizerFromGguf.h"
#include "trit/Error.h"

namespace trit {

namespace {

std::vector<float> readVector(const GgufTensorInfo* t) {
    if (!t)
        return {};
    std::vector<float> v(static_cast<size_t>(t->elements()));
    dequantizeRow(t->type, t->data, v.data(), v.size());
    return v;
}

FloatRows floatRows(const GgufTensorInfo& t) {
    FloatRows m;
    m.type = t.type;
    m.data = t.data;
    m.cols = static_cast<uint32_t>(t.ne[0]);
    m.rows = static_cast<uint32_t>(t.ne[1]);
    m.row_bytes = *tensorBytes(t.type, t.ne[0], t.ne[0]);
    return m;
}

void reportProgress(const LoadOptions& options, float fraction, const std::string& path) {
    if (options.progress && !options.progress(fraction))
        throw Error(path + ": loading cancelled");
}

} // namespace

ModelImpl::ModelImpl(GgufFile file) : file_(std::move(file)) {}

std::unique_ptr<ModelImpl> ModelImpl::load(const std::string& path, const LoadOptions& options) {
    reportProgress(options, 0.0f, path);
    std::unique_ptr<ModelImpl> m(new ModelImpl(GgufFile::open(path)));
    m->hp_ = readHparams(m->file_);
    const ModelLayout layout = findModelTensors(m->file_, m->hp_);
    m->info_ = describeModel(m->file_, m->hp_, layout);

    TokenizerConfig config = tokenizerConfigFromGguf(m->file_);
    if (!options.pre_tokenizer.empty())
        config.pre = options.pre_tokenizer;
    m->tokenizer_ = std::make_unique<Tokenizer>(makeTokenizer(config));
    if (m->tokenizer_->vocabSize() != int32_t(m->hp_.n_vocab))
        throw Error(path + ": the tokenizer has " + std::to_string(m->tokenizer_->vocabSize()) +
                    " tokens but the model's vocabulary is " + std::to_string(m->hp_.n_vocab));
    m->info_.tokenizer_pre = m->tokenizer_->preTokenizer();
    reportProgress(options, 0.1f, path);

    m->token_embd_ = floatRows(*layout.token_embd);
    m->output_ = floatRows(*layout.output);
    m->output_norm_ = readVector(layout.output_norm);
    m->layers_.resize(m->hp_.n_layer);
    for (uint32_t l = 0; l < m->hp_.n_layer; ++l) {
        const LayerTensors& src = layout.layers[l];
        LayerWeights& dst = m->layers_[l];
        dst.attn_norm = readVector(src.attn_norm);
        dst.attn_sub_norm = readVector(src.attn_sub_norm);
        dst.ffn_norm = readVector(src.ffn_norm);
        dst.ffn_sub_norm = readVector(src.ffn_sub_norm);
        for (int s = 0; s < kLinearSlots; ++s)
            dst.linear[s] = LinearWeight::fromTensor(*src.linear[s], src.linear_scale[s],
                                                     options.bitlinear_float_weights, path);
        reportProgress(options, 0.1f + 0.9f * float(l + 1) / float(m->hp_.n_layer), path);
    }
    return m;
}

uint64_t ModelImpl::convertedBytes() const {
    uint64_t total = 0;
    for (const auto& layer : layers_)
        for (const auto& w : layer.linear)
            total += w.ownedBytes();
    return total;
}

} // namespace trit
