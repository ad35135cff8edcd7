#pragma once
// Writes model files: any architecture the engine runs, any shape, ternary linears stored in any ternary or
// float type, embeddings in any float/quant type, with a given tokenizer. Weights come from a deterministic
// random generator (seeded per tensor name, the same on every machine) or from the caller (convert-dir).
// Ternary linears start as float master weights and are quantized with absmean (ENGINE_SPEC §1.3); an F32/F16
// copy holds exactly ±gamma and 0. Tensor data is streamed to disk, so a 2B4T-sized file needs little memory.
#include "tensor/TensorType.h"
#include "tokenizer/TokenizerConfig.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trit {

struct ModelSpec {
    std::string arch = "bitnet-b1.58"; // bitnet-b1.58, bitnet-25, bitnet, llama
    std::string name = "tritium-test";
    uint32_t n_embd = 256, n_layer = 2, n_head = 4, n_head_kv = 2, n_ff = 512, n_ctx = 512;
    float rope_freq_base = 500000.0f, norm_eps = 1e-5f;
    TensorType ternary_type = TensorType::I2_S; // type of the seven linears of every block
    TensorType embd_type = TensorType::F16;     // token_embd (and output.weight when untied)
    uint64_t seed = 1;
    bool untied_output = false;      // llama only: write output.weight
    bool per_tensor_scales = false;  // bitnet only: blk.N.<t>.scale holds gamma, the weights hold ±1/0
    std::string hidden_activation;   // bitnet only: e.g. "relu2" written as bitnet.hidden_activation
    std::string chat_format;         // written as tritium.chat_format when set
    bool official_2b4t_keys = false; // exactly the 24 metadata keys of the official 2B4T file (§2.3)
};

// Float values of a tensor supplied by the caller (ne0-major, ne0 * ne1 values); nullopt = random.
using WeightSource =
    std::function<std::optional<std::vector<float>>(const std::string& name, uint64_t count)>;

class ModelBuilder {
public:
    // Throws Error for an impossible shape or type combination.
    static void write(const std::string& path, const ModelSpec& spec, const TokenizerConfig& tokenizer,
                      const WeightSource& source = nullptr);

    // The deterministic generator's values for a tensor (uniform in [-1, 1)), `count` from `first`.
    static void randomValues(uint64_t seed, const std::string& name, uint64_t first, float* out,
                             size_t count);
};

} // namespace trit
