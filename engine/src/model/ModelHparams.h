#pragma once
// The hyper-parameters of a model, read from GGUF metadata (keys prefixed with the architecture name)
// and checked for consistency before any tensor is looked at.
#include "model/Architecture.h"

#include <cstdint>
#include <string>

namespace trit {

class GgufFile;

struct ModelHparams {
    Architecture arch;
    uint32_t n_vocab = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0, n_ff = 0;
    uint32_t head_dim = 0, n_rot = 0, n_ctx_train = 0;
    float rope_freq_base = 10000.0f;
    float norm_eps = 1e-5f;
    FfnActivation activation = FfnActivation::Silu;

    uint32_t qDim() const { return n_head * head_dim; }
    uint32_t kvDim() const { return n_head_kv * head_dim; }
    uint32_t groupSize() const { return n_head / n_head_kv; }
};

// Throws Error (naming the file and the key) for a missing, mistyped or inconsistent value.
ModelHparams readHparams(const GgufFile& file);

} // namespace trit
