#pragma once
// Writes GGUF v3 files (ENGINE_SPEC §2.1): metadata of every value type, tensors of every supported type,
// offsets aligned to `general.alignment` (32 unless set). Used by `trit mkmodel` and the tests.
//
//   GgufWriter w;
//   w.setString("general.architecture", "bitnet-b1.58");
//   w.addTensorFromFloats("output_norm.weight", TensorType::F32, {64}, values);
//   w.addTensor("token_embd.weight", TensorType::F16, {64, 1000});        // bytes supplied while writing
//   w.write(path, [&](size_t index, const GgufWriter::Sink& sink) { sink(bytes_of(index)); });
//
// Tensor data is streamed: the header is written first, then each tensor in the order it was added, so a
// multi-gigabyte model never needs to be held in memory at once.
#include "gguf/GgufFile.h"
#include "tensor/TensorType.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace trit {

class GgufWriter {
public:
    using Sink = std::function<void(std::span<const uint8_t>)>;
    // Called once per tensor that was added without data; must pass exactly its byte size to the sink,
    // in as many pieces as it likes.
    using TensorProvider = std::function<void(size_t index, const Sink& sink)>;

    GgufWriter() = default;

    // Metadata. Setting a key again replaces its value (keys keep their first position).
    void set(const std::string& key, GgufValue value);
    void setUInt8(const std::string& key, uint8_t v);
    void setInt8(const std::string& key, int8_t v);
    void setUInt16(const std::string& key, uint16_t v);
    void setInt16(const std::string& key, int16_t v);
    void setUInt32(const std::string& key, uint32_t v);
    void setInt32(const std::string& key, int32_t v);
    void setUInt64(const std::string& key, uint64_t v);
    void setInt64(const std::string& key, int64_t v);
    void setFloat32(const std::string& key, float v);
    void setFloat64(const std::string& key, double v);
    void setBool(const std::string& key, bool v);
    void setString(const std::string& key, std::string v);
    void setStringArray(const std::string& key, const std::vector<std::string>& values);
    void setFloat32Array(const std::string& key, const std::vector<float>& values);
    void setInt32Array(const std::string& key, const std::vector<int32_t>& values);
    void setUInt32Array(const std::string& key, const std::vector<uint32_t>& values);
    // Writes `general.alignment`; must be a power of two (1..65536).
    void setAlignment(uint32_t alignment);
    uint32_t alignment() const { return alignment_; }

    // Tensors; `shape` is innermost first (ne0 = row length), 1 to 4 dimensions. Return the tensor's index.
    size_t addTensor(const std::string& name, TensorType type, std::vector<uint64_t> shape);
    size_t addTensor(const std::string& name, TensorType type, std::vector<uint64_t> shape,
                     std::vector<uint8_t> bytes);
    size_t addTensorFromFloats(const std::string& name, TensorType type, std::vector<uint64_t> shape,
                               std::span<const float> values); // encodes with Codecs' quantize()
    size_t tensorCount() const { return tensors_.size(); }
    uint64_t tensorByteSize(size_t index) const { return tensors_.at(index).n_bytes; }
    uint64_t tensorOffset(size_t index) const; // relative to the data blob

    std::vector<uint8_t> headerBytes() const; // magic .. tensor infos, without the padding
    uint64_t dataOffset() const;              // where the blob starts in the file
    uint64_t fileSize() const;

    // The whole file; every tensor must have been added with its data.
    std::vector<uint8_t> toBytes() const;
    // Writes to `path` (through a temporary file renamed into place). Throws trit::Error.
    void write(const std::string& path, const TensorProvider& provider = nullptr) const;

private:
    struct Tensor {
        std::string name;
        TensorType type;
        std::vector<uint64_t> shape;
        uint64_t n_bytes = 0;
        std::vector<uint8_t> bytes; // empty when supplied by a TensorProvider
        bool has_bytes = false;
    };
    size_t addChecked(Tensor tensor);
    void emitTensors(const std::function<void(std::span<const uint8_t>)>& out,
                     const TensorProvider& provider) const;

    std::vector<std::pair<std::string, GgufValue>> metadata_;
    std::vector<Tensor> tensors_;
    uint32_t alignment_ = 32;
};

} // namespace trit
