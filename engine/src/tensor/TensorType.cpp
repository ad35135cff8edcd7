#include "tensor/TensorType.h"

#include <array>
#include <limits>

namespace trit {

namespace {

struct TypeLayout {
    TensorType type;
    std::string_view name;
    uint32_t block_elements; // elements per storage block (I2_S: its 128-element code block)
    uint32_t block_bytes;    // bytes per storage block (I2_S: 32, plus the tensor's 32-byte tail)
};

constexpr std::array<TypeLayout, 9> kSupported = {{
    {TensorType::F32, "F32", 1, 4},
    {TensorType::F16, "F16", 1, 2},
    {TensorType::BF16, "BF16", 1, 2},
    {TensorType::Q8_0, "Q8_0", 32, 34},
    {TensorType::Q4_K, "Q4_K", 256, 144},
    {TensorType::Q6_K, "Q6_K", 256, 210},
    {TensorType::TQ1_0, "TQ1_0", 256, 54},
    {TensorType::TQ2_0, "TQ2_0", 256, 66},
    {TensorType::I2_S, "I2_S", 128, 32},
}};

const TypeLayout& layout(TensorType type) {
    for (const auto& entry : kSupported)
        if (entry.type == type)
            return entry;
    return kSupported[0]; // unreachable for valid enum values
}

// ggml type ids as numbered by the bitnet.cpp fork (ENGINE_SPEC §3.1); the ids where upstream llama.cpp
// differs are described by the caller that knows which family the file belongs to.
constexpr std::array<std::string_view, 40> kGgmlIdNames = {
    "F32",
    "F16",
    "Q4_0",
    "Q4_1",
    "Q4_2 (removed)",
    "Q4_3 (removed)",
    "Q5_0",
    "Q5_1",
    "Q8_0",
    "Q8_1",
    "Q2_K",
    "Q3_K",
    "Q4_K",
    "Q5_K",
    "Q6_K",
    "Q8_K",
    "IQ2_XXS",
    "IQ2_XS",
    "IQ3_XXS",
    "IQ1_S",
    "IQ4_NL",
    "IQ3_S",
    "IQ2_S",
    "IQ4_XS",
    "I8",
    "I16",
    "I32",
    "I64",
    "F64",
    "IQ1_M",
    "BF16",
    "Q4_0_4_4",
    "Q4_0_4_8",
    "Q4_0_8_8",
    "TQ1_0",
    "TQ2_0",
    "I2_S",
    "I8_S",
    "TL1",
    "TL2",
};

} // namespace

std::optional<TensorType> tensorTypeFromId(uint32_t id) {
    for (const auto& entry : kSupported)
        if (static_cast<uint32_t>(entry.type) == id)
            return entry.type;
    return std::nullopt;
}

std::string_view tensorTypeName(TensorType type) {
    return layout(type).name;
}

std::string tensorTypeIdName(uint32_t id) {
    if (id == 39)
        return "TL2 (bitnet.cpp) / MXFP4 (llama.cpp)";
    if (id < kGgmlIdNames.size())
        return std::string(kGgmlIdNames[id]);
    return "unknown type " + std::to_string(id);
}

std::string supportedTensorTypesText() {
    std::string text;
    for (const auto& entry : kSupported) {
        if (!text.empty())
            text += ", ";
        text += entry.name;
    }
    return text;
}

bool isTernary(TensorType type) {
    return type == TensorType::I2_S || type == TensorType::TQ1_0 || type == TensorType::TQ2_0;
}

uint32_t blockSize(TensorType type) {
    return layout(type).block_elements;
}

std::optional<uint64_t> tensorBytes(TensorType type, uint64_t ne0, uint64_t elements) {
    const TypeLayout& l = layout(type);
    if (ne0 == 0 || elements == 0 || ne0 % l.block_elements != 0 || elements % ne0 != 0)
        return std::nullopt;
    const uint64_t blocks = elements / l.block_elements;
    if (blocks > (std::numeric_limits<uint64_t>::max() - 32) / l.block_bytes)
        return std::nullopt;
    const uint64_t bytes = blocks * l.block_bytes;
    return type == TensorType::I2_S ? bytes + 32 : bytes;
}

} // namespace trit
