#pragma once
// The model architectures the engine runs (ENGINE_SPEC §2.2) and how their graphs differ.
#include <string>
#include <string_view>

namespace trit {

enum class FfnActivation { Relu2, Silu };
enum class RopeStyle {
    Neox, // pairs (i, i + n_rot/2): bitnet family
    Norm  // pairs (2i, 2i + 1): llama (its converter permutes q/k rows)
};

struct Architecture {
    std::string name;                // as written in general.architecture
    bool sub_norms = false;          // attn_sub_norm / ffn_sub_norm are part of the graph
    bool sub_norms_optional = false; // plain `bitnet`: used when present
    FfnActivation activation = FfnActivation::Silu;
    RopeStyle rope = RopeStyle::Norm;
    bool head_always_tied = false;  // the LM head is token_embd even if output.weight exists
    bool per_tensor_scales = false; // optional blk.N.<t>.scale multiplied after each matmul
};

// Throws Error naming the supported architectures when `name` is unknown.
Architecture findArchitecture(std::string_view name, const std::string& file);
std::string supportedArchitecturesText();

} // namespace trit
