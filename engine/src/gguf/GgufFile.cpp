#include "gguf/GgufFile.h"

#include "gguf/GgufParser.h"
#include "gguf/MappedFile.h"
#include "trit/Error.h"

#include <limits>

namespace trit {

struct GgufFile::State {
    std::string path;
    uint64_t size = 0;
    std::unique_ptr<MappedFile> mapping; // null when parsing caller-owned memory
    GgufContents contents;
};

namespace {

const char* typeName(GgufValueType type) {
    static constexpr const char* kNames[] = {"u8",   "i8",     "u16",   "i16", "u32", "i32", "f32",
                                             "bool", "string", "array", "u64", "i64", "f64"};
    const auto index = static_cast<uint32_t>(type);
    return index < 13 ? kNames[index] : "unknown";
}

[[noreturn]] void wrongType(const std::string& path, std::string_view key, const GgufValue& value,
                            const char* wanted) {
    throw Error(path + ": metadata \"" + std::string(key) + "\" is a " + typeName(value.type) +
                ", expected " + wanted);
}

std::optional<uint64_t> asUnsigned(const GgufValue& v) {
    if (const auto* u = std::get_if<uint64_t>(&v.data))
        return *u;
    if (const auto* i = std::get_if<int64_t>(&v.data); i && *i >= 0)
        return static_cast<uint64_t>(*i);
    return std::nullopt;
}

std::optional<int64_t> asSigned(const GgufValue& v) {
    if (const auto* i = std::get_if<int64_t>(&v.data))
        return *i;
    if (const auto* u = std::get_if<uint64_t>(&v.data);
        u && *u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return static_cast<int64_t>(*u);
    return std::nullopt;
}

std::optional<double> asFloat(const GgufValue& v) {
    if (const auto* d = std::get_if<double>(&v.data))
        return *d;
    if (const auto* u = std::get_if<uint64_t>(&v.data))
        return static_cast<double>(*u);
    if (const auto* i = std::get_if<int64_t>(&v.data))
        return static_cast<double>(*i);
    return std::nullopt;
}

} // namespace

GgufFile::GgufFile() : s_(std::make_unique<State>()) {}
GgufFile::GgufFile(GgufFile&&) noexcept = default;
GgufFile& GgufFile::operator=(GgufFile&&) noexcept = default;
GgufFile::~GgufFile() = default;

GgufFile GgufFile::open(const std::string& path) {
    GgufFile file;
    file.s_->path = path;
    file.s_->mapping = MappedFile::open(path);
    file.s_->size = file.s_->mapping->size();
    // The header is read front to back once; tell the kernel before the first page fault.
    file.s_->mapping->advise(MappedFile::Access::Sequential);
    file.s_->contents = GgufParser(file.s_->mapping->data(), file.s_->size, path).parse();
    file.s_->mapping->advise(MappedFile::Access::Normal);
    return file;
}

GgufFile GgufFile::fromMemory(const uint8_t* data, size_t size, const std::string& name) {
    GgufFile file;
    file.s_->path = name;
    file.s_->size = size;
    file.s_->contents = GgufParser(data, size, name).parse();
    return file;
}

const std::string& GgufFile::path() const {
    return s_->path;
}
uint32_t GgufFile::version() const {
    return s_->contents.version;
}
uint64_t GgufFile::fileSize() const {
    return s_->size;
}
uint32_t GgufFile::alignment() const {
    return s_->contents.alignment;
}
uint64_t GgufFile::dataOffset() const {
    return s_->contents.data_offset;
}
const std::vector<std::pair<std::string, GgufValue>>& GgufFile::metadata() const {
    return s_->contents.metadata;
}
const std::vector<GgufTensorInfo>& GgufFile::tensors() const {
    return s_->contents.tensors;
}
const MappedFile* GgufFile::mapping() const {
    return s_->mapping.get();
}

const GgufValue* GgufFile::find(std::string_view key) const {
    const auto it = s_->contents.key_index.find(key);
    return it == s_->contents.key_index.end() ? nullptr : &s_->contents.metadata[it->second].second;
}

const GgufTensorInfo* GgufFile::tensor(std::string_view name) const {
    const auto it = s_->contents.tensor_index.find(name);
    return it == s_->contents.tensor_index.end() ? nullptr : &s_->contents.tensors[it->second];
}

std::optional<uint64_t> GgufFile::getUInt(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v)
        return std::nullopt;
    const auto u = asUnsigned(*v);
    if (!u || v->type == GgufValueType::Bool)
        wrongType(s_->path, key, *v, "a non-negative integer");
    return u;
}

std::optional<int64_t> GgufFile::getInt(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v)
        return std::nullopt;
    const auto i = asSigned(*v);
    if (!i || v->type == GgufValueType::Bool)
        wrongType(s_->path, key, *v, "an integer");
    return i;
}

std::optional<double> GgufFile::getFloat(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v)
        return std::nullopt;
    const auto d = asFloat(*v);
    if (!d || v->type == GgufValueType::Bool)
        wrongType(s_->path, key, *v, "a number");
    return d;
}

std::optional<bool> GgufFile::getBool(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v)
        return std::nullopt;
    if (const auto* b = std::get_if<bool>(&v->data))
        return *b;
    wrongType(s_->path, key, *v, "a bool");
}

std::optional<std::string> GgufFile::getString(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v)
        return std::nullopt;
    if (const auto* s = std::get_if<std::string>(&v->data))
        return *s;
    wrongType(s_->path, key, *v, "a string");
}

namespace {

const GgufArray* arrayOf(const std::string& path, std::string_view key, const GgufValue* v) {
    if (!v)
        return nullptr;
    if (const auto* a = std::get_if<std::shared_ptr<GgufArray>>(&v->data))
        return a->get();
    wrongType(path, key, *v, "an array");
}

[[noreturn]] void wrongElements(const std::string& path, std::string_view key, const GgufArray& a,
                                const char* wanted) {
    throw Error(path + ": metadata \"" + std::string(key) + "\" is an array of " + typeName(a.element_type) +
                ", expected an array of " + wanted);
}

} // namespace

std::vector<std::string> GgufFile::getStringArray(std::string_view key) const {
    const GgufArray* a = arrayOf(s_->path, key, find(key));
    if (!a)
        return {};
    if (a->element_type != GgufValueType::String)
        wrongElements(s_->path, key, *a, "strings");
    std::vector<std::string> out;
    out.reserve(a->values.size());
    for (const auto& v : a->values)
        out.push_back(std::get<std::string>(v.data));
    return out;
}

std::vector<float> GgufFile::getFloatArray(std::string_view key) const {
    const GgufArray* a = arrayOf(s_->path, key, find(key));
    if (!a)
        return {};
    std::vector<float> out;
    out.reserve(a->values.size());
    for (const auto& v : a->values) {
        const auto d = asFloat(v);
        if (!d || v.type == GgufValueType::Bool)
            wrongElements(s_->path, key, *a, "numbers");
        out.push_back(static_cast<float>(*d));
    }
    return out;
}

std::vector<int32_t> GgufFile::getIntArray(std::string_view key) const {
    const GgufArray* a = arrayOf(s_->path, key, find(key));
    if (!a)
        return {};
    std::vector<int32_t> out;
    out.reserve(a->values.size());
    for (const auto& v : a->values) {
        const auto i = asSigned(v);
        if (!i || v.type == GgufValueType::Bool || *i < std::numeric_limits<int32_t>::min() ||
            *i > std::numeric_limits<int32_t>::max())
            wrongElements(s_->path, key, *a, "32-bit integers");
        out.push_back(static_cast<int32_t>(*i));
    }
    return out;
}

} // namespace trit
