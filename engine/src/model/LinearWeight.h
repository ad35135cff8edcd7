#pragma once
// One weight matrix of a block (rows = output features, cols = input features), in the form the forward
// pass multiplies with:
//  - ternary: 2-bit codes in the canonical I2_S layout (read in place for I2_S files, converted once at load
//    for TQ1_0/TQ2_0 and — with bitlinear_float_weights — for float weights) and one scale gamma, or
//    per-256-block scales when a TQ file's non-zero blocks disagree (slower, still exact);
//  - float: the stored rows (F32/F16 directly, other types dequantized row by row), no activation
//  quantization.
#include "gguf/GgufFile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trit {

class LinearWeight {
public:
    LinearWeight() = default;
    LinearWeight(LinearWeight&&) noexcept =
        default; // `codes` may point into owned_codes_, whose buffer moves
    LinearWeight& operator=(LinearWeight&&) noexcept = default;
    LinearWeight(const LinearWeight&) = delete;
    LinearWeight& operator=(const LinearWeight&) = delete;

    static constexpr uint32_t kScaleBlock = 256; // elements per block scale (TQ1_0/TQ2_0 block)

    // Throws Error for an unusable tensor. `scale` is plain bitnet's optional f32 post-matmul factor.
    static LinearWeight fromTensor(const GgufTensorInfo& tensor, const GgufTensorInfo* scale,
                                   bool bitlinear_float_weights, const std::string& file);

    uint32_t rows = 0, cols = 0;
    bool ternary = false;

    // Ternary form.
    const uint8_t* codes = nullptr;  // row r at codes + r * cols / 4
    float gamma = 0.0f;              // uniform scale (when block_scales is empty)
    std::vector<float> block_scales; // rows * cols / 256, only when scales differ between blocks

    // Float form.
    TensorType float_type = TensorType::F32;
    const uint8_t* float_data = nullptr;
    uint64_t row_bytes = 0;

    // Applied after the product (plain bitnet's blk.N.<t>.scale); 1 when absent.
    bool has_post_scale = false;
    float post_scale = 1.0f;

    uint64_t ownedBytes() const { return owned_codes_.size() + block_scales.size() * sizeof(float); }

private:
    std::vector<uint8_t> owned_codes_;
    void adoptCodes(std::vector<uint8_t> codes);
};

} // namespace trit
