#include "gguf/GgufWriter.h"

#include "tensor/Codecs.h"
#include "trit/Error.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

namespace trit {

namespace {

void appendRaw(std::vector<uint8_t>& out, const void* data, size_t n) {
    const auto* p = static_cast<const uint8_t*>(data);
    out.insert(out.end(), p, p + n);
}

template <typename T> void append(std::vector<uint8_t>& out, T value) {
    appendRaw(out, &value, sizeof value);
}

void appendString(std::vector<uint8_t>& out, std::string_view s) {
    append<uint64_t>(out, s.size());
    appendRaw(out, s.data(), s.size());
}

template <typename T> T checkedInteger(const GgufValue& v, const std::string& key) {
    if (const auto* u = std::get_if<uint64_t>(&v.data); u && *u <= uint64_t(std::numeric_limits<T>::max()))
        return static_cast<T>(*u);
    if (const auto* i = std::get_if<int64_t>(&v.data);
        i && *i >= int64_t(std::numeric_limits<T>::min()) &&
        (*i < 0 || uint64_t(*i) <= uint64_t(std::numeric_limits<T>::max())))
        return static_cast<T>(*i);
    throw Error("GGUF writer: the value of \"" + key + "\" does not fit its declared integer type");
}

double checkedFloat(const GgufValue& v, const std::string& key) {
    if (const auto* d = std::get_if<double>(&v.data))
        return *d;
    throw Error("GGUF writer: the value of \"" + key + "\" is declared floating point but holds no number");
}

void appendValue(std::vector<uint8_t>& out, const GgufValue& v, const std::string& key, bool with_type) {
    if (with_type)
        append<uint32_t>(out, static_cast<uint32_t>(v.type));
    switch (v.type) {
    case GgufValueType::U8:
        return append(out, checkedInteger<uint8_t>(v, key));
    case GgufValueType::I8:
        return append(out, checkedInteger<int8_t>(v, key));
    case GgufValueType::U16:
        return append(out, checkedInteger<uint16_t>(v, key));
    case GgufValueType::I16:
        return append(out, checkedInteger<int16_t>(v, key));
    case GgufValueType::U32:
        return append(out, checkedInteger<uint32_t>(v, key));
    case GgufValueType::I32:
        return append(out, checkedInteger<int32_t>(v, key));
    case GgufValueType::U64:
        return append(out, checkedInteger<uint64_t>(v, key));
    case GgufValueType::I64:
        return append(out, checkedInteger<int64_t>(v, key));
    case GgufValueType::F32:
        return append(out, static_cast<float>(checkedFloat(v, key)));
    case GgufValueType::F64:
        return append(out, checkedFloat(v, key));
    case GgufValueType::Bool: {
        const auto* b = std::get_if<bool>(&v.data);
        if (!b)
            throw Error("GGUF writer: the value of \"" + key +
                        "\" is declared bool but holds something else");
        return append<uint8_t>(out, *b ? 1 : 0);
    }
    case GgufValueType::String: {
        const auto* s = std::get_if<std::string>(&v.data);
        if (!s)
            throw Error("GGUF writer: the value of \"" + key +
                        "\" is declared string but holds something else");
        return appendString(out, *s);
    }
    case GgufValueType::Array: {
        const auto* a = std::get_if<std::shared_ptr<GgufArray>>(&v.data);
        if (!a || !*a)
            throw Error("GGUF writer: the value of \"" + key +
                        "\" is declared array but holds something else");
        append<uint32_t>(out, static_cast<uint32_t>((*a)->element_type));
        append<uint64_t>(out, (*a)->values.size());
        for (const auto& element : (*a)->values) {
            if (element.type != (*a)->element_type)
                throw Error("GGUF writer: the array \"" + key + "\" mixes element types");
            appendValue(out, element, key, false);
        }
        return;
    }
    }
    throw Error("GGUF writer: \"" + key + "\" has an unknown value type");
}

uint64_t alignUp(uint64_t n, uint64_t alignment) {
    return (n + alignment - 1) / alignment * alignment;
}

GgufValue scalar(GgufValueType type, std::variant<uint64_t, int64_t, double, bool, std::string> data) {
    GgufValue v;
    v.type = type;
    std::visit([&](auto&& x) { v.data = std::move(x); }, std::move(data));
    return v;
}

template <typename T> GgufValue arrayOf(GgufValueType element_type, const std::vector<T>& values) {
    auto array = std::make_shared<GgufArray>();
    array->element_type = element_type;
    array->values.reserve(values.size());
    for (const auto& x : values) {
        GgufValue v;
        v.type = element_type;
        if constexpr (std::is_same_v<T, std::string>)
            v.data = x;
        else if constexpr (std::is_floating_point_v<T>)
            v.data = static_cast<double>(x);
        else if constexpr (std::is_signed_v<T>)
            v.data = static_cast<int64_t>(x);
        else
            v.data = static_cast<uint64_t>(x);
        array->values.push_back(std::move(v));
    }
    GgufValue v;
    v.type = GgufValueType::Array;
    v.data = std::move(array);
    return v;
}

} // namespace

void GgufWriter::set(const std::string& key, GgufValue value) {
    if (key.empty())
        throw Error("GGUF writer: metadata keys cannot be empty");
    for (auto& [k, v] : metadata_)
        if (k == key) {
            v = std::move(value);
            return;
        }
    metadata_.emplace_back(key, std::move(value));
}

void GgufWriter::setUInt8(const std::string& key, uint8_t v) {
    set(key, scalar(GgufValueType::U8, uint64_t{v}));
}
void GgufWriter::setInt8(const std::string& key, int8_t v) {
    set(key, scalar(GgufValueType::I8, int64_t{v}));
}
void GgufWriter::setUInt16(const std::string& key, uint16_t v) {
    set(key, scalar(GgufValueType::U16, uint64_t{v}));
}
void GgufWriter::setInt16(const std::string& key, int16_t v) {
    set(key, scalar(GgufValueType::I16, int64_t{v}));
}
void GgufWriter::setUInt32(const std::string& key, uint32_t v) {
    set(key, scalar(GgufValueType::U32, uint64_t{v}));
}
void GgufWriter::setInt32(const std::string& key, int32_t v) {
    set(key, scalar(GgufValueType::I32, int64_t{v}));
}
void GgufWriter::setUInt64(const std::string& key, uint64_t v) {
    set(key, scalar(GgufValueType::U64, v));
}
void GgufWriter::setInt64(const std::string& key, int64_t v) {
    set(key, scalar(GgufValueType::I64, v));
}
void GgufWriter::setFloat32(const std::string& key, float v) {
    set(key, scalar(GgufValueType::F32, double{v}));
}
void GgufWriter::setFloat64(const std::string& key, double v) {
    set(key, scalar(GgufValueType::F64, v));
}
void GgufWriter::setBool(const std::string& key, bool v) {
    set(key, scalar(GgufValueType::Bool, v));
}
void GgufWriter::setString(const std::string& key, std::string v) {
    set(key, scalar(GgufValueType::String, std::move(v)));
}
void GgufWriter::setStringArray(const std::string& key, const std::vector<std::string>& values) {
    set(key, arrayOf(GgufValueType::String, values));
}
void GgufWriter::setFloat32Array(const std::string& key, const std::vector<float>& values) {
    set(key, arrayOf(GgufValueType::F32, values));
}
void GgufWriter::setInt32Array(const std::string& key, const std::vector<int32_t>& values) {
    set(key, arrayOf(GgufValueType::I32, values));
}
void GgufWriter::setUInt32Array(const std::string& key, const std::vector<uint32_t>& values) {
    set(key, arrayOf(GgufValueType::U32, values));
}

void GgufWriter::setAlignment(uint32_t alignment) {
    if (alignment == 0 || alignment > 65536 || (alignment & (alignment - 1)) != 0)
        throw Error("GGUF writer: alignment " + std::to_string(alignment) +
                    " is not a power of two from 1 to 65536");
    alignment_ = alignment;
    setUInt32("general.alignment", alignment);
}

size_t GgufWriter::addChecked(Tensor tensor) {
    const std::string what = "GGUF writer: tensor \"" + tensor.name + "\"";
    if (tensor.name.empty())
        throw Error("GGUF writer: tensor names cannot be empty");
    for (const auto& t : tensors_)
        if (t.name == tensor.name)
            throw Error(what + " was added twice");
    if (tensor.shape.empty() || tensor.shape.size() > 4)
        throw Error(what + " must have 1 to 4 dimensions");
    uint64_t elements = 1;
    for (uint64_t ne : tensor.shape) {
        if (ne == 0 || ne > (uint64_t{1} << 62) / elements)
            throw Error(what + " has an impossible shape");
        elements *= ne;
    }
    const auto bytes = tensorBytes(tensor.type, tensor.shape[0], elements);
    if (!bytes)
        throw Error(what + ": rows of " + std::to_string(tensor.shape[0]) +
                    " elements are not a multiple of the " + std::string(tensorTypeName(tensor.type)) +
                    " block of " + std::to_string(blockSize(tensor.type)));
    tensor.n_bytes = *bytes;
    if (tensor.has_bytes && tensor.bytes.size() != tensor.n_bytes)
        throw Error(what + " needs " + std::to_string(tensor.n_bytes) + " bytes of data, got " +
                    std::to_string(tensor.bytes.size()));
    tensors_.push_back(std::move(tensor));
    return tensors_.size() - 1;
}

size_t GgufWriter::addTensor(const std::string& name, TensorType type, std::vector<uint64_t> shape) {
    return addChecked(Tensor{name, type, std::move(shape), 0, {}, false});
}

size_t GgufWriter::addTensor(const std::string& name, TensorType type, std::vector<uint64_t> shape,
                             std::vector<uint8_t> bytes) {
    return addChecked(Tensor{name, type, std::move(shape), 0, std::move(bytes), true});
}

size_t GgufWriter::addTensorFromFloats(const std::string& name, TensorType type, std::vector<uint64_t> shape,
                                       std::span<const float> values) {
    if (shape.empty())
        throw Error("GGUF writer: tensor \"" + name + "\" must have 1 to 4 dimensions");
    uint64_t elements = 1;
    for (uint64_t ne : shape)
        elements *= ne;
    if (elements != values.size())
        throw Error("GGUF writer: tensor \"" + name + "\" has " + std::to_string(elements) +
                    " elements but " + std::to_string(values.size()) + " values were given");
    auto bytes = quantize(type, values, shape[0]);
    return addTensor(name, type, std::move(shape), std::move(bytes));
}

uint64_t GgufWriter::tensorOffset(size_t index) const {
    if (index >= tensors_.size())
        throw Error("GGUF writer: there is no tensor number " + std::to_string(index));
    uint64_t offset = 0;
    for (size_t i = 0; i < index; ++i)
        offset = alignUp(offset + tensors_[i].n_bytes, alignment_);
    return offset;
}

std::vector<uint8_t> GgufWriter::headerBytes() const {
    std::vector<uint8_t> out;
    appendRaw(out, "GGUF", 4);
    append<uint32_t>(out, 3);
    append<uint64_t>(out, tensors_.size());
    append<uint64_t>(out, metadata_.size());
    for (const auto& [key, value] : metadata_) {
        appendString(out, key);
        appendValue(out, value, key, true);
    }
    uint64_t offset = 0;
    for (const auto& t : tensors_) {
        appendString(out, t.name);
        append<uint32_t>(out, static_cast<uint32_t>(t.shape.size()));
        for (uint64_t ne : t.shape)
            append<uint64_t>(out, ne);
        append<uint32_t>(out, static_cast<uint32_t>(t.type));
        append<uint64_t>(out, offset);
        offset = alignUp(offset + t.n_bytes, alignment_);
    }
    return out;
}

uint64_t GgufWriter::dataOffset() const {
    return alignUp(headerBytes().size(), alignment_);
}

uint64_t GgufWriter::fileSize() const {
    if (tensors_.empty())
        return headerBytes().size();
    return dataOffset() + tensorOffset(tensors_.size() - 1) + tensors_.back().n_bytes;
}

// Writes the padding after the header and each tensor's data followed by its padding (none after the last).
void GgufWriter::emitTensors(const std::function<void(std::span<const uint8_t>)>& out,
                             const TensorProvider& provider) const {
    static const std::vector<uint8_t> zeros(65536, 0);
    for (size_t i = 0; i < tensors_.size(); ++i) {
        const Tensor& t = tensors_[i];
        if (t.has_bytes) {
            out(t.bytes);
        } else {
            if (!provider)
                throw Error("GGUF writer: no data was given for tensor \"" + t.name + "\"");
            uint64_t written = 0;
            provider(i, [&](std::span<const uint8_t> piece) {
                if (piece.size() > t.n_bytes - written)
                    throw Error("GGUF writer: too much data for tensor \"" + t.name + "\"");
                written += piece.size();
                out(piece);
            });
            if (written != t.n_bytes)
                throw Error("GGUF writer: tensor \"" + t.name + "\" needs " + std::to_string(t.n_bytes) +
                            " bytes, the provider gave " + std::to_string(written));
        }
        if (i + 1 < tensors_.size()) {
            const uint64_t pad = alignUp(t.n_bytes, alignment_) - t.n_bytes;
            out(std::span<const uint8_t>(zeros.data(), pad));
        }
    }
}

std::vector<uint8_t> GgufWriter::toBytes() const {
    std::vector<uint8_t> out = headerBytes();
    if (tensors_.empty())
        return out;
    out.resize(alignUp(out.size(), alignment_), 0);
    emitTensors([&](std::span<const uint8_t> piece) { out.insert(out.end(), piece.begin(), piece.end()); },
                nullptr);
    return out;
}

void GgufWriter::write(const std::string& path, const TensorProvider& provider) const {
    const std::string partial = path + ".partial";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        if (!file)
            throw Error(path + ": cannot create the file");
        auto put = [&](std::span<const uint8_t> piece) {
            file.write(reinterpret_cast<const char*>(piece.data()),
                       static_cast<std::streamsize>(piece.size()));
            if (!file)
                throw Error(path + ": writing failed (disk full?)");
        };
        try {
            std::vector<uint8_t> header = headerBytes();
            if (!tensors_.empty())
                header.resize(alignUp(header.size(), alignment_), 0);
            put(header);
            header = {};
            emitTensors(put, provider);
            file.flush();
            if (!file)
                throw Error(path + ": writing failed (disk full?)");
        } catch (...) {
            file.close();
            std::remove(partial.c_str());
            throw;
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::remove(partial.c_str());
        throw Error(path + ": cannot move the written file into place: " + ec.message());
    }
}

} // namespace trit
