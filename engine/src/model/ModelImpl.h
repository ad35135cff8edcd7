#pragma once
// Everything a loaded model holds: the mapped file, hyper-parameters, weights in their multiplication
// form, the tokenizer and the chat format. Immutable after load; sessions share it.
#include "gguf/GgufFile.h"
#include "model/LinearWeight.h"
#include "model/ModelHparams.h"
#include "model/ModelLayout.h"
#include "trit/Model.h"
#include "trit/Tokenizer.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace trit {

// A matrix read row by row in float (token embeddings, the LM head).
struct FloatRows {
    TensorType type = TensorType::F32;
    const uint8_t* data = nullptr;
    uint64_t row_bytes = 0;
    uint32_t rows = 0, cols = 0;
    const uint8_t* row(uint32_t r) const { return data + r * row_bytes; }
};

struct LayerWeights {
    std::vector<float> attn_norm, attn_sub_norm, ffn_norm, ffn_sub_norm; // sub-norms empty when absent
    std::array<LinearWeight, kLinearSlots> linear;
};

class ModelImpl {
public:
    static std::unique_ptr<ModelImpl> load(const std::string& path, const LoadOptions& options);

    const ModelHparams& hparams() const { return hp_; }
    const ModelInfo& info() const { return info_; }
    const Tokenizer& tokenizer() const { return *tokenizer_; }
    const GgufFile& file() const { return file_; }
    const std::string& chatFormat() const { return info_.chat_format; }

    const FloatRows& tokenEmbeddings() const { return token_embd_; }
    const FloatRows& outputHead() const { return output_; }
    const std::vector<float>& outputNorm() const { return output_norm_; }
    const LayerWeights& layer(uint32_t l) const { return layers_[l]; }
    uint64_t convertedBytes() const; // memory of weights converted at load (not mapped)

private:
    explicit ModelImpl(GgufFile file);
    GgufFile file_;
    ModelHparams hp_;
    ModelInfo info_;
    FloatRows token_embd_, output_;
    std::vector<float> output_norm_;
    std::vector<LayerWeights> layers_;
    std::unique_ptr<Tokenizer> tokenizer_;
};

// Header-only description used by inspectModel() and by load(): validates hyper-parameters and the
// tensor table and fills ModelInfo (chat format and pre-tokenizer as the file implies them).
ModelInfo describeModel(const GgufFile& file, const ModelHparams& hp, const ModelLayout& layout);

} // namespace trit
