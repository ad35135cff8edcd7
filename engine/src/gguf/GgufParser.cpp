#include "gguf/GgufParser.h"

#include "trit/Error.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace trit {

namespace {

constexpr uint32_t kMagic = 0x46554747; // "GGUF"

// Smallest encoding of one value of each type: a bound on how many values the bytes left can hold.
uint64_t minValueBytes(GgufValueType type) {
    switch (type) {
    case GgufValueType::U8:
    case GgufValueType::I8:
    case GgufValueType::Bool:
        return 1;
    case GgufValueType::U16:
    case GgufValueType::I16:
        return 2;
    case GgufValueType::U32:
    case GgufValueType::I32:
    case GgufValueType::F32:
        return 4;
    case GgufValueType::U64:
    case GgufValueType::I64:
    case GgufValueType::F64:
    case GgufValueType::String:
        return 8;
    case GgufValueType::Array:
        return 12;
    }
    return 1;
}

bool isValidUtf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (s.size() - i <= static_cast<size_t>(extra))
            return false; // the sequence is cut off by the end of the string
        for (int k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((next & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false; // overlong, out of range, or a UTF-16 surrogate
        i += static_cast<size_t>(extra) + 1;
    }
    return true;
}

std::string printable(std::string_view s) {
    std::string out;
    for (char c : s.substr(0, 80)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F) {
            out += c;
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return s.size() > 80 ? out + "..." : out;
}

} // namespace

GgufParser::GgufParser(const uint8_t* data, uint64_t size, std::string name)
    : data_(data), size_(size), name_(std::move(name)) {}

void GgufParser::fail(const std::string& problem) const {
    throw Error(name_ + ": " + problem + " (at byte " + std::to_string(pos_) + " of " +
                std::to_string(size_) + ")");
}

void GgufParser::need(uint64_t bytes, std::string_view what) const {
    if (bytes > size_ - pos_)
        fail("the file is truncated: it ends inside " + std::string(what) + " (needs " +
             std::to_string(bytes) + " bytes, " + std::to_string(size_ - pos_) + " left)");
}

template <typename T> T GgufParser::read(std::string_view what) {
    need(sizeof(T), what);
    T value;
    std::memcpy(&value, data_ + pos_, sizeof(T)); // GGUF is little-endian, as are all our targets
    pos_ += sizeof(T);
    return value;
}

std::string_view GgufParser::readString(std::string_view what) {
    const auto length = read<uint64_t>(what);
    if (length > size_ - pos_)
        fail("the length of " + std::string(what) + " is " + std::to_string(length) + " bytes but only " +
             std::to_string(size_ - pos_) + " bytes are left in the file: the file is truncated or corrupt");
    std::string_view s(reinterpret_cast<const char*>(data_ + pos_), length);
    pos_ += length;
    return s;
}

std::string_view GgufParser::readName(std::string_view what) {
    const std::string_view s = readString(what);
    if (s.empty())
        fail(std::string(what) + " is empty");
    if (!isValidUtf8(s))
        fail(std::string(what) + " \"" + printable(s) + "\" is not valid UTF-8");
    return s;
}

GgufValueType GgufParser::readValueType(std::string_view what) {
    const auto id = read<uint32_t>(what);
    if (id > static_cast<uint32_t>(GgufValueType::F64))
        fail(std::string(what) + " is " + std::to_string(id) + ", not a GGUF value type (0..12)");
    return static_cast<GgufValueType>(id);
}

GgufValue GgufParser::readValue(GgufValueType type, int depth, std::string_view key) {
    GgufValue value;
    value.type = type;
    switch (type) {
    case GgufValueType::U8:
        value.data = uint64_t{read<uint8_t>("a u8 value")};
        break;
    case GgufValueType::I8:
        value.data = int64_t{read<int8_t>("an i8 value")};
        break;
    case GgufValueType::U16:
        value.data = uint64_t{read<uint16_t>("a u16 value")};
        break;
    case GgufValueType::I16:
        value.data = int64_t{read<int16_t>("an i16 value")};
        break;
    case GgufValueType::U32:
        value.data = uint64_t{read<uint32_t>("a u32 value")};
        break;
    case GgufValueType::I32:
        value.data = int64_t{read<int32_t>("an i32 value")};
        break;
    case GgufValueType::U64:
        value.data = read<uint64_t>("a u64 value");
        break;
    case GgufValueType::I64:
        value.data = read<int64_t>("an i64 value");
        break;
    case GgufValueType::F32:
        value.data = double{read<float>("an f32 value")};
        break;
    case GgufValueType::F64:
        value.data = read<double>("an f64 value");
        break;
    case GgufValueType::Bool: {
        const auto b = read<uint8_t>("a bool value");
        if (b > 1)
            fail("the bool value of \"" + printable(key) + "\" is " + std::to_string(b) + ", not 0 or 1");
        value.data = b == 1;
        break;
    }
    case GgufValueType::String:
        value.data = std::string(readString("a string value"));
        break;
    case GgufValueType::Array:
        return readArray(depth + 1, key);
    }
    return value;
}

GgufValue GgufParser::readArray(int depth, std::string_view key) {
    if (depth > kMaxArrayDepth)
        fail("the value of \"" + printable(key) + "\" nests arrays " + std::to_string(depth) +
             " deep; at most " + std::to_string(kMaxArrayDepth) + " levels are accepted");
    const GgufValueType element_type = readValueType("the element type of an array");
    const auto count = read<uint64_t>("the element count of an array");
    const uint64_t left = size_ - pos_;
    if (count > left / minValueBytes(element_type))
        fail("the array \"" + printable(key) + "\" claims " + std::to_string(count) +
             " elements, more than the " + std::to_string(left) +
             " bytes left in the file can hold: the file is truncated or corrupt");
    array_elements_ += count;
    if (array_elements_ > kMaxArrayElementsTotal)
        fail("the metadata arrays hold more than " + std::to_string(kMaxArrayElementsTotal) +
             " elements in total, far beyond any real model; refusing to load them");
    auto array = std::make_shared<GgufArray>();
    array->element_type = element_type;
    array->values.reserve(count);
    if (element_type == GgufValueType::String) {
        // Vocabularies are hundreds of thousands of strings: build each in place, no temporaries.
        for (uint64_t i = 0; i < count; ++i) {
            const std::string_view s = readString("a string value");
            GgufValue& value = array->values.emplace_back();
            value.type = GgufValueType::String;
            value.data.emplace<std::string>(s);
        }
    } else {
        for (uint64_t i = 0; i < count; ++i)
            array->values.push_back(readValue(element_type, depth, key));
    }
    GgufValue value;
    value.type = GgufValueType::Array;
    value.data = std::move(array);
    return value;
}

void GgufParser::readHeader() {
    if (size_ < 4)
        fail("the file is too small to be a GGUF model (" + std::to_string(size_) + " bytes)");
    const auto magic = read<uint32_t>("the magic number");
    if (magic != kMagic)
        fail("not a GGUF file: it does not start with the bytes \"GGUF\" (found \"" +
             printable(std::string_view(reinterpret_cast<const char*>(data_), 4)) + "\")");
    const auto version = read<uint32_t>("the version number");
    if (version == 1)
        fail("GGUF version 1 is not supported (it used 32-bit counts); re-convert the model with a current "
             "llama.cpp or bitnet.cpp, which write version 3");
    if (version == 0x03000000 || version == 0x02000000)
        fail("this is a big-endian GGUF file; only little-endian files are supported");
    if (version != 2 && version != 3)
        fail("unsupported GGUF version " + std::to_string(version) + " (supported: 2 and 3)");
    out_.version = version;
}

void GgufParser::readMetadata(uint64_t n_kv) {
    out_.metadata.reserve(n_kv);
    for (uint64_t i = 0; i < n_kv; ++i) {
        const std::string_view key = readName("the name of metadata key " + std::to_string(i));
        const GgufValueType type = readValueType("the value type of \"" + printable(key) + "\"");
        GgufValue value = readValue(type, 0, key);
        if (!out_.key_index.emplace(key, out_.metadata.size()).second)
            fail("the metadata key \"" + printable(key) + "\" appears twice");
        if (key == "general.alignment") {
            const auto* a = std::get_if<uint64_t>(&value.data);
            if (!a || type != GgufValueType::U32)
                fail("general.alignment must be a u32");
            if (*a == 0 || *a > kMaxAlignment || (*a & (*a - 1)) != 0)
                fail("general.alignment is " + std::to_string(*a) + "; it must be a power of two from 1 to " +
                     std::to_string(kMaxAlignment));
            out_.alignment = static_cast<uint32_t>(*a);
        }
        out_.metadata.emplace_back(std::string(key), std::move(value));
    }
}

std::string GgufParser::unsupportedTypeMessage(uint32_t id) const {
    const std::string supported = " Supported tensor types: " + supportedTensorTypesText() + ".";
    bool bitnet_family = false;
    if (auto it = out_.key_index.find("general.architecture"); it != out_.key_index.end())
        if (const auto* arch = std::get_if<std::string>(&out_.metadata[it->second].second.data))
            bitnet_family = arch->rfind("bitnet", 0) == 0;
    if (auto it = out_.key_index.find("general.file_type"); it != out_.key_index.end())
        if (const auto* ftype = std::get_if<uint64_t>(&out_.metadata[it->second].second.data))
            bitnet_family = bitnet_family || *ftype == 38 || *ftype == 39;
    if (id == 38 || (id == 39 && bitnet_family))
        return std::string(id == 38 ? "TL1 (38)" : "TL2 (39)") +
               ", a bitnet.cpp lookup-table format tiled for one CPU kernel configuration; re-convert the "
               "model to I2_S (bitnet.cpp: setup_env.py -q i2_s)." +
               supported;
    if (id == 39)
        return "MXFP4 (39), which this engine does not read." + supported;
    if (id == 37)
        return "I8_S (37), a bitnet.cpp run-time type that never belongs in a file." + supported;
    if (id > 39)
        return "unknown type id " + std::to_string(id) + ", which this engine does not read." + supported;
    return tensorTypeIdName(id) + " (" + std::to_string(id) + "), which this engine does not read." +
           supported;
}

void GgufParser::readTensorInfos(uint64_t n_tensors) {
    out_.tensors.reserve(n_tensors);
    for (uint64_t i = 0; i < n_tensors; ++i) {
        GgufTensorInfo info;
        const std::string_view name = readName("the name of tensor " + std::to_string(i));
        const std::string quoted = "tensor \"" + printable(name) + "\"";
        info.n_dims = read<uint32_t>("the dimension count of " + quoted);
        if (info.n_dims < 1 || info.n_dims > 4)
            fail(quoted + " has " + std::to_string(info.n_dims) + " dimensions; 1 to 4 are allowed");
        uint64_t elements = 1;
        for (uint32_t d = 0; d < info.n_dims; ++d) {
            info.ne[d] = read<uint64_t>("the shape of " + quoted);
            if (info.ne[d] == 0 || info.ne[d] > (uint64_t{1} << 62) / elements)
                fail(quoted + " has an impossible dimension " + std::to_string(d) + " of size " +
                     std::to_string(info.ne[d]));
            elements *= info.ne[d];
        }
        const auto type_id = read<uint32_t>("the type of " + quoted);
        const auto type = tensorTypeFromId(type_id);
        if (!type)
            fail(quoted + " has type " + unsupportedTypeMessage(type_id));
        info.type = *type;
        const auto bytes = tensorBytes(info.type, info.ne[0], elements);
        if (!bytes)
            fail(quoted + " of type " + std::string(tensorTypeName(info.type)) + " has rows of " +
                 std::to_string(info.ne[0]) + " elements, not a multiple of the type's " +
                 std::to_string(blockSize(info.type)) + "-element block");
        info.n_bytes = *bytes;
        info.offset = read<uint64_t>("the data offset of " + quoted);
        if (info.offset % out_.alignment != 0)
            fail(quoted + " starts at data offset " + std::to_string(info.offset) +
                 ", which is not a multiple of the alignment " + std::to_string(out_.alignment));
        if (!out_.tensor_index.emplace(name, out_.tensors.size()).second)
            fail("two tensors are named \"" + printable(name) + "\"");
        info.name = std::string(name);
        out_.tensors.push_back(std::move(info));
    }
}

void GgufParser::placeTensors() {
    const uint64_t header_end = pos_;
    const uint64_t padded = (header_end + out_.alignment - 1) / out_.alignment * out_.alignment;
    out_.data_offset = padded;
    if (out_.tensors.empty())
        return;
    if (padded > size_) {
        pos_ = size_;
        fail("the file is truncated: it ends before the tensor data begins at byte " +
             std::to_string(padded));
    }
    const uint64_t blob = size_ - padded;
    for (auto& t : out_.tensors) {
        if (t.offset > blob || t.n_bytes > blob - t.offset)
            fail("the data of tensor \"" + printable(t.name) + "\" (" + std::to_string(t.n_bytes) +
                 " bytes at data offset " + std::to_string(t.offset) + ") lies beyond the end of the file; " +
                 "the file is truncated or corrupt (" + std::to_string(blob) + " bytes of tensor data)");
        t.data = data_ + padded + t.offset;
    }
    std::vector<size_t> order(out_.tensors.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return out_.tensors[a].offset < out_.tensors[b].offset; });
    for (size_t i = 1; i < order.size(); ++i) {
        const auto& prev = out_.tensors[order[i - 1]];
        const auto& next = out_.tensors[order[i]];
        if (prev.offset + prev.n_bytes > next.offset)
            fail("the data of tensors \"" + printable(prev.name) + "\" and \"" + printable(next.name) +
                 "\" overlap");
    }
}

GgufContents GgufParser::parse() {
    readHeader();
    const auto n_tensors = read<uint64_t>("the tensor count");
    const auto n_kv = read<uint64_t>("the metadata count");
    const uint64_t left = size_ - pos_;
    // Each key takes at least 13 bytes (length, one character, type, one byte of value) and each tensor
    // description at least 33, so larger counts cannot be real.
    if (n_kv > left / 13)
        fail("the header claims " + std::to_string(n_kv) + " metadata entries, more than the " +
             std::to_string(left) + " bytes left in the file can hold: the file is truncated or corrupt");
    if (n_tensors > (left - n_kv * 13) / 33)
        fail("the header claims " + std::to_string(n_tensors) + " tensors, more than the " +
             std::to_string(left) + " bytes left in the file can describe: the file is truncated or corrupt");
    readMetadata(n_kv);
    readTensorInfos(n_tensors);
    placeTensors();
    return std::move(out_);
}

} // namespace trit
