#pragma once
// GGUF tensor types the engine reads (ENGINE_SPEC §3) and their byte layouts.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trit {

enum class TensorType : uint32_t {
    F32 = 0,
    F16 = 1,
    Q8_0 = 8,
    Q4_K = 12,
    Q6_K = 14,
    BF16 = 30,
    TQ1_0 = 34,
    TQ2_0 = 35,
    I2_S = 36
};

// Recognizes a GGUF type id: nullopt for ids the engine does not support (TL1/TL2, MXFP4, other quants).
std::optional<TensorType> tensorTypeFromId(uint32_t id);
std::string_view tensorTypeName(TensorType type); // "F32", "I2_S", ...
// Name for any id (including unsupported ones, e.g. 38 -> "TL1"), for error messages.
std::string tensorTypeIdName(uint32_t id);
std::string supportedTensorTypesText(); // "F32, F16, BF16, Q8_0, Q4_K, Q6_K, TQ1_0, TQ2_0, I2_S"
bool isTernary(TensorType type);
// Elements per block (1 for F32/F16/BF16, 32 for Q8_0, 256 for K-quants and TQ, 128 for I2_S's row rule).
uint32_t blockSize(TensorType type);
// Exact byte size of a tensor with `elements` elements whose innermost dimension is ne0.
// I2_S: elements/4 + 32. Returns nullopt if the shape is invalid for the type (ne0 not a block multiple...).
std::optional<uint64_t> tensorBytes(TensorType type, uint64_t ne0, uint64_t elements);

} // namespace trit
