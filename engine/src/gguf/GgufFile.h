#pragma once
// Reading GGUF v2/v3 files (ENGINE_SPEC §2): memory-mapped, every length, count, offset, dimension and type
// validated against the file size before use. A truncated, corrupted or hostile file throws trit::Error
// naming the file and the problem — never a crash, hang or huge allocation.
#include "tensor/TensorType.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trit {

enum class GgufValueType : uint32_t {
    U8 = 0,
    I8 = 1,
    U16 = 2,
    I16 = 3,
    U32 = 4,
    I32 = 5,
    F32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    U64 = 10,
    I64 = 11,
    F64 = 12
};

struct GgufArray;
// Scalars are widened: all integers to int64_t/uint64_t keep their sign class; floats to double.
struct GgufValue {
    GgufValueType type = GgufValueType::U32;
    std::variant<uint64_t, int64_t, double, bool, std::string, std::shared_ptr<GgufArray>> data;
};
struct GgufArray {
    GgufValueType element_type = GgufValueType::U8;
    std::vector<GgufValue> values; // for String arrays, strings; for numbers, numbers
};

struct GgufTensorInfo {
    std::string name;
    uint32_t n_dims = 0;
    uint64_t ne[4] = {1, 1, 1, 1}; // innermost first
    TensorType type = TensorType::F32;
    uint64_t offset = 0;           // relative to the data blob
    uint64_t n_bytes = 0;          // exact data size (I2_S: n/4 + 32)
    const uint8_t* data = nullptr; // inside the mapping
    uint64_t elements() const { return ne[0] * ne[1] * ne[2] * ne[3]; }
};

class MappedFile; // engine/src/gguf/MappedFile.h

class GgufFile {
public:
    // Maps and parses a file. Throws trit::Error.
    static GgufFile open(const std::string& path);
    // Parses bytes already in memory (fuzzing, tests). `name` is used in messages. The bytes must outlive it.
    static GgufFile fromMemory(const uint8_t* data, size_t size, const std::string& name);
    GgufFile(GgufFile&&) noexcept;
    GgufFile& operator=(GgufFile&&) noexcept;
    ~GgufFile();

    const std::string& path() const;
    uint32_t version() const;
    uint64_t fileSize() const;
    uint32_t alignment() const;
    uint64_t dataOffset() const; // start of the tensor blob in the file

    const std::vector<std::pair<std::string, GgufValue>>& metadata() const;
    const GgufValue* find(std::string_view key) const;
    // Typed getters: nullopt when absent; throw Error when present with an incompatible type.
    std::optional<uint64_t> getUInt(std::string_view key) const;
    std::optional<int64_t> getInt(std::string_view key) const;
    std::optional<double> getFloat(std::string_view key) const;
    std::optional<bool> getBool(std::string_view key) const;
    std::optional<std::string> getString(std::string_view key) const;
    std::vector<std::string> getStringArray(std::string_view key) const; // empty when absent
    std::vector<float> getFloatArray(std::string_view key) const;
    std::vector<int32_t> getIntArray(std::string_view key) const;

    const std::vector<GgufTensorInfo>& tensors() const;
    const GgufTensorInfo* tensor(std::string_view name) const; // nullptr when absent

    const MappedFile* mapping() const;

private:
    GgufFile();
    struct State;
    std::unique_ptr<State> s_;
};

} // namespace trit
