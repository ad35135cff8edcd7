#pragma once
// Where every tensor of a model is in the file, after checking its presence, shape and type against the
// hyper-parameters. Nothing is decoded here: inspectModel() stops after this step.
#include "gguf/GgufFile.h"
#include "model/ModelHparams.h"

#include <array>
#include <vector>

namespace trit {

// The seven matrices of a block, in the order they are applied.
enum LinearSlot { kAttnQ, kAttnK, kAttnV, kAttnOut, kFfnGate, kFfnUp, kFfnDown, kLinearSlots };

struct LayerTensors {
    const GgufTensorInfo* attn_norm = nullptr;
    const GgufTensorInfo* attn_sub_norm = nullptr; // nullptr when the graph has none
    const GgufTensorInfo* ffn_norm = nullptr;
    const GgufTensorInfo* ffn_sub_norm = nullptr;
    std::array<const GgufTensorInfo*, kLinearSlots> linear{};
    std::array<const GgufTensorInfo*, kLinearSlots> linear_scale{}; // plain bitnet's optional f32 scales
};

struct ModelLayout {
    const GgufTensorInfo* token_embd = nullptr;
    const GgufTensorInfo* output_norm = nullptr;
    const GgufTensorInfo* output = nullptr; // the LM head: token_embd when tied
    bool tied_output = true;
    std::vector<LayerTensors> layers;
};

const char* linearSlotName(LinearSlot slot); // "attn_q", ...

// Throws Error naming the file and the tensor for anything missing, misshapen or of an unusable type.
ModelLayout findModelTensors(const GgufFile& file, const ModelHparams& hp);

} // namespace trit
