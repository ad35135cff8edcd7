#pragma once
// Parses and validates GGUF bytes (ENGINE_SPEC §2.1). Internal to GgufFile: it reads from a buffer the
// caller keeps alive, bounds every read by the bytes left, and throws trit::Error starting with the name.
#include "gguf/GgufFile.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace trit {

struct GgufContents {
    uint32_t version = 0;
    uint32_t alignment = 32;
    uint64_t data_offset = 0;
    std::vector<std::pair<std::string, GgufValue>> metadata;
    std::vector<GgufTensorInfo> tensors;
    // Views into the parsed buffer, which outlives the contents.
    std::unordered_map<std::string_view, size_t> key_index;
    std::unordered_map<std::string_view, size_t> tensor_index;
};

class GgufParser {
public:
    GgufParser(const uint8_t* data, uint64_t size, std::string name);
    GgufContents parse();

    // Limits that keep a hostile file from making the reader allocate without bound.
    static constexpr uint64_t kMaxArrayElementsTotal = uint64_t{1} << 23; // real vocabularies need < 2M
    static constexpr int kMaxArrayDepth = 2;                              // arrays of arrays, no deeper
    static constexpr uint32_t kMaxAlignment = 65536;

private:
    [[noreturn]] void fail(const std::string& problem) const;
    void need(uint64_t bytes, std::string_view what) const;
    template <typename T> T read(std::string_view what);
    std::string_view readString(std::string_view what);
    std::string_view readName(std::string_view what);
    GgufValueType readValueType(std::string_view what);
    GgufValue readValue(GgufValueType type, int depth, std::string_view key);
    GgufValue readArray(int depth, std::string_view key);
    void readHeader();
    void readMetadata(uint64_t n_kv);
    void readTensorInfos(uint64_t n_tensors);
    void placeTensors();
    std::string unsupportedTypeMessage(uint32_t id) const;

    const uint8_t* data_;
    uint64_t size_;
    std::string name_;
    uint64_t pos_ = 0;
    uint64_t array_elements_ = 0;
    GgufContents out_;
};

} // namespace trit
