#include "model/LinearWeight.h"

#include "model/AbsmeanTernary.h"
#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cstring>

namespace trit {

namespace {

float readF32(const uint8_t* p) {
    float v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// A TQ tensor's block scales usually all equal gamma (one per-tensor scale written per block). Blocks whose
// codes are all zero contribute nothing, so their scale does not matter. Returns true and the common scale
// when every non-zero block agrees.
bool commonBlockScale(const std::vector<int8_t>& ternary, const std::vector<float>& scales, float* common) {
    bool found = false;
    float value = 0.0f;
    for (size_t b = 0; b < scales.size(); ++b) {
        const int8_t* block = ternary.data() + b * LinearWeight::kScaleBlock;
        bool any = false;
        for (uint32_t i = 0; i < LinearWeight::kScaleBlock && !any; ++i)
            any = block[i] != 0;
        if (!any)
            continue;
        if (found && scales[b] != value)
            return false;
        found = true;
        value = scales[b];
    }
    *common = value;
    return true;
}

} // namespace

void LinearWeight::adoptCodes(std::vector<uint8_t> packed) {
    owned_codes_ = std::move(packed);
    codes = owned_codes_.data();
}

LinearWeight LinearWeight::fromTensor(const GgufTensorInfo& tensor, const GgufTensorInfo* scale,
                                      bool bitlinear_float_weights, const std::string& file) {
    LinearWeight w;
    w.cols = static_cast<uint32_t>(tensor.ne[0]);
    w.rows = static_cast<uint32_t>(tensor.ne[1]);
    const size_t n = static_cast<size_t>(tensor.elements());
    if (scale) {
        w.has_post_scale = true;
        w.post_scale = readF32(scale->data);
    }

    if (tensor.type == TensorType::I2_S) {
        w.ternary = true;
        w.codes = tensor.data; // read in place from the mapping
        w.gamma = readF32(tensor.data + n / 4);
        return w;
    }

    if (tensor.type == TensorType::TQ1_0 || tensor.type == TensorType::TQ2_0) {
        if (w.cols % 128 != 0)
            throw Error(file + ": tensor '" + tensor.name + "' has rows of " + std::to_string(w.cols) +
                        " weights; the ternary kernels need a multiple of 128");
        std::vector<int8_t> ternary(n);
        std::vector<float> scales(n / kScaleBlock);
        if (tensor.type == TensorType::TQ1_0)
            decodeTQ1(tensor.data, n, ternary.data(), scales.data());
        else
            decodeTQ2(tensor.data, n, ternary.data(), scales.data());
        w.ternary = true;
        if (!commonBlockScale(ternary, scales, &w.gamma))
            w.block_scales = std::move(scales);
        w.adoptCodes(encodeI2S(ternary, w.gamma));
        return w;
    }

    if (bitlinear_float_weights) {
        if (w.cols % 128 != 0)
            throw Error(file + ": tensor '" + tensor.name + "' has rows of " + std::to_string(w.cols) +
                        " weights; quantizing float weights to ternary needs a multiple of 128");
        const uint64_t row_bytes = *tensorBytes(tensor.type, tensor.ne[0], tensor.ne[0]);
        std::vector<float> row(w.cols);
        AbsmeanTernary quantizer;
        for (uint32_t r = 0; r < w.rows; ++r) {
            dequantizeRow(tensor.type, tensor.data + r * row_bytes, row.data(), w.cols);
            quantizer.observe(row);
        }
        std::vector<int8_t> ternary(n);
        for (uint32_t r = 0; r < w.rows; ++r) {
            dequantizeRow(tensor.type, tensor.data + r * row_bytes, row.data(), w.cols);
            quantizer.quantize(row, ternary.data() + size_t(r) * w.cols);
        }
        w.ternary = true;
        w.gamma = quantizer.scale();
        w.adoptCodes(encodeI2S(ternary, w.gamma));
        return w;
    }

    w.float_type = tensor.type;
    w.float_data = tensor.data;
    w.row_bytes = *tensorBytes(tensor.type, tensor.ne[0], tensor.ne[0]);
    return w;
}

} // namespace trit
