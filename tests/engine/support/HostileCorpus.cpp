#include "support/HostileCorpus.h"

#include "gguf/GgufWriter.h"
#include "trit/Error.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

namespace trit_test {

namespace {

using trit::GgufWriter;
using trit::TensorType;

// Where each field of the base file lives, found by walking its header.
struct BaseLayout {
    struct Kv {
        size_t key_len, key, type, value;
        size_t array_count = 0, array_first = 0; // arrays only
    };
    struct Tensor {
        size_t name_len, name, n_dims, ne, type, offset;
    };
    std::vector<Kv> kvs;
    std::vector<Tensor> tensors;
    size_t header_end = 0, data_offset = 0;
};

uint64_t get64(const std::vector<uint8_t>& b, size_t pos) {
    uint64_t v;
    std::memcpy(&v, b.data() + pos, 8);
    return v;
}
uint32_t get32(const std::vector<uint8_t>& b, size_t pos) {
    uint32_t v;
    std::memcpy(&v, b.data() + pos, 4);
    return v;
}
void put64(std::vector<uint8_t>& b, size_t pos, uint64_t v) {
    std::memcpy(b.data() + pos, &v, 8);
}
void put32(std::vector<uint8_t>& b, size_t pos, uint32_t v) {
    std::memcpy(b.data() + pos, &v, 4);
}

// Only the value types the base file uses: u32, f32, bool, string, arrays of strings and i32.
BaseLayout walk(const std::vector<uint8_t>& b) {
    BaseLayout l;
    size_t pos = 24;
    const uint64_t n_tensors = get64(b, 8), n_kv = get64(b, 16);
    for (uint64_t i = 0; i < n_kv; ++i) {
        BaseLayout::Kv kv{};
        kv.key_len = pos;
        kv.key = pos + 8;
        pos = kv.key + get64(b, pos);
        kv.type = pos;
        const uint32_t type = get32(b, pos);
        pos = kv.value = pos + 4;
        if (type == 4 || type == 6)
            pos += 4;
        else if (type == 7)
            pos += 1;
        else if (type == 8)
            pos += 8 + get64(b, pos);
        else if (type == 9) {
            const uint32_t element = get32(b, pos);
            kv.array_count = pos + 4;
            kv.array_first = pos + 12;
            const uint64_t count = get64(b, pos + 4);
            pos += 12;
            for (uint64_t k = 0; k < count; ++k)
                pos += element == 8 ? 8 + get64(b, pos) : 4;
        }
        l.kvs.push_back(kv);
    }
    for (uint64_t i = 0; i < n_tensors; ++i) {
        BaseLayout::Tensor t{};
        t.name_len = pos;
        t.name = pos + 8;
        pos = t.n_dims = t.name + get64(b, pos);
        t.ne = pos + 4;
        pos = t.type = t.ne + 8 * get32(b, t.n_dims);
        t.offset = pos + 4;
        pos = t.offset + 8;
        l.tensors.push_back(t);
    }
    l.header_end = pos;
    l.data_offset = (pos + 31) / 32 * 32;
    return l;
}

GgufWriter baseWriter() {
    GgufWriter w;
    w.setString("general.architecture", "bitnet-b1.58");
    w.setAlignment(32);
    w.setUInt32("test.key.aa", 7);
    w.setFloat32("test.key.bb", 1.5f);
    w.setBool("test.flag", true);
    w.setStringArray("tokenizer.ggml.tokens", {"x", "y", "z"});
    w.setInt32Array("test.ints", {1, 2, 3});
    w.addTensorFromFloats("a", TensorType::F32, {8}, std::vector<float>(8, 0.5f));
    std::vector<float> ternary(256);
    for (size_t i = 0; i < ternary.size(); ++i)
        ternary[i] = float(int(i % 3) - 1) * 0.25f;
    w.addTensorFromFloats("b", TensorType::I2_S, {128, 2}, ternary);
    w.addTensorFromFloats("c", TensorType::F16, {16, 2}, std::vector<float>(32, -1.0f));
    return w;
}

// Key indices in the base file, in the order baseWriter() sets them.
enum Key : size_t { kArch, kAlign, kKeyAa, kKeyBb, kFlag, kTokens, kInts };

} // namespace

std::vector<uint8_t> makeHostileBaseFile() {
    return baseWriter().toBytes();
}

std::vector<HostileCase> makeHostileCorpus() {
    const std::vector<uint8_t> base = makeHostileBaseFile();
    const BaseLayout l = walk(base);
    std::vector<HostileCase> cases;
    auto patched = [&](std::string name, std::string expected, auto&& patch) {
        std::vector<uint8_t> bytes = base;
        patch(bytes);
        cases.push_back({std::move(name), std::move(bytes), std::move(expected)});
    };
    auto cut = [&](std::string name, size_t size, std::string expected = "truncated") {
        cases.push_back({"truncated_" + name, std::vector<uint8_t>(base.begin(), base.begin() + long(size)),
                         std::move(expected)});
    };

    // Truncated at every section boundary and inside each section.
    cut("empty", 0, "too small");
    cut("inside_magic", 3, "too small");
    cut("after_magic", 4);
    cut("inside_version", 6);
    cut("after_version", 8);
    cut("inside_tensor_count", 12);
    cut("after_tensor_count", 16);
    cut("after_kv_count", 24);
    cut("inside_first_key_length", 28);
    cut("inside_first_key", l.kvs[kArch].key + 3);
    cut("before_first_value_type", l.kvs[kArch].type);
    cut("inside_string_value_length", l.kvs[kArch].value + 4);
    cut("inside_string_value", l.kvs[kArch].value + 10);
    cut("inside_u32_value", l.kvs[kKeyAa].value + 2);
    cut("inside_f32_value", l.kvs[kKeyBb].value + 1);
    cut("before_bool_value", l.kvs[kFlag].value);
    cut("inside_array_count", l.kvs[kTokens].array_count + 5);
    cut("inside_string_array", l.kvs[kTokens].array_first + 9);
    cut("inside_int_array", l.kvs[kInts].array_first + 6);
    cut("at_tensor_infos", l.tensors[0].name_len);
    cut("inside_tensor_name", l.tensors[1].name);
    cut("inside_tensor_dims", l.tensors[1].n_dims + 2);
    cut("inside_tensor_shape", l.tensors[1].ne + 12);
    cut("inside_tensor_type", l.tensors[2].type + 1);
    cut("inside_tensor_offset", l.tensors[2].offset + 7);
    cut("at_header_end", l.header_end);
    cut("inside_padding", l.data_offset - 1);
    cut("at_data_start", l.data_offset);
    cut("inside_first_tensor", l.data_offset + 16);
    cut("inside_last_tensor", base.size() - 1);

    // Identity and version.
    patched("bad_magic", "not a GGUF file", [](auto& b) { b[3] = 'G'; });
    patched("version_1", "version 1", [](auto& b) { put32(b, 4, 1); });
    patched("version_4", "unsupported GGUF version 4", [](auto& b) { put32(b, 4, 4); });
    patched("version_0", "unsupported GGUF version 0", [](auto& b) { put32(b, 4, 0); });
    patched("version_big_endian", "big-endian", [](auto& b) { put32(b, 4, 0x03000000); });

    // Absurd counts and lengths.
    const uint64_t huge = uint64_t{1} << 62, all_ones = std::numeric_limits<uint64_t>::max();
    patched("absurd_tensor_count", "tensors", [&](auto& b) { put64(b, 8, huge); });
    patched("max_tensor_count", "tensors", [&](auto& b) { put64(b, 8, all_ones); });
    patched("absurd_kv_count", "metadata entries", [&](auto& b) { put64(b, 16, huge); });
    patched("max_kv_count", "metadata entries", [&](auto& b) { put64(b, 16, all_ones); });
    patched("absurd_key_length", "length of the name of metadata key",
            [&](auto& b) { put64(b, l.kvs[kArch].key_len, huge); });
    patched("max_key_length", "length of the name",
            [&](auto& b) { put64(b, l.kvs[kArch].key_len, all_ones); });
    patched("absurd_string_value_length", "length of a string value",
            [&](auto& b) { put64(b, l.kvs[kArch].value, huge); });
    patched("absurd_string_array_count", "elements",
            [&](auto& b) { put64(b, l.kvs[kTokens].array_count, huge); });
    patched("max_int_array_count", "elements",
            [&](auto& b) { put64(b, l.kvs[kInts].array_count, all_ones); });
    patched("absurd_string_element_length", "length of a string value",
            [&](auto& b) { put64(b, l.kvs[kTokens].array_first, huge); });
    patched("absurd_tensor_name_length", "length of the name of tensor",
            [&](auto& b) { put64(b, l.tensors[1].name_len, huge); });

    // Bad value types.
    patched("unknown_value_type", "not a GGUF value type",
            [&](auto& b) { put32(b, l.kvs[kKeyAa].type, 13); });
    patched("unknown_array_element_type", "not a GGUF value type",
            [&](auto& b) { put32(b, l.kvs[kInts].value, 99); });
    patched("bool_value_2", "not 0 or 1", [&](auto& b) { b[l.kvs[kFlag].value] = 2; });

    // Tensor shapes.
    patched("zero_dims", "dimensions", [&](auto& b) { put32(b, l.tensors[0].n_dims, 0); });
    patched("five_dims", "dimensions", [&](auto& b) { put32(b, l.tensors[0].n_dims, 5); });
    patched("max_dims", "dimensions", [&](auto& b) { put32(b, l.tensors[0].n_dims, 0xFFFFFFFF); });
    patched("zero_extent", "impossible dimension", [&](auto& b) { put64(b, l.tensors[0].ne, 0); });
    patched("absurd_extent", "impossible dimension", [&](auto& b) { put64(b, l.tensors[0].ne, all_ones); });
    patched("extent_product_overflows", "impossible dimension", [&](auto& b) {
        put64(b, l.tensors[1].ne, uint64_t{1} << 40);
        put64(b, l.tensors[1].ne + 8, uint64_t{1} << 40);
    });
    patched("extent_beyond_file", "beyond the end",
            [&](auto& b) { put64(b, l.tensors[2].ne + 8, 1u << 20); });
    patched("row_not_block_multiple", "block", [&](auto& b) { put64(b, l.tensors[1].ne, 64); });

    // Tensor types.
    patched("type_tl1", "TL1", [&](auto& b) { put32(b, l.tensors[1].type, 38); });
    patched("type_tl2_in_bitnet_file", "TL2", [&](auto& b) { put32(b, l.tensors[1].type, 39); });
    patched("type_99", "unknown type id 99", [&](auto& b) { put32(b, l.tensors[1].type, 99); });
    patched("type_q4_0", "Q4_0", [&](auto& b) { put32(b, l.tensors[0].type, 2); });
    patched("type_i8_s", "I8_S", [&](auto& b) { put32(b, l.tensors[0].type, 37); });
    patched("type_max", "unknown type id", [&](auto& b) { put32(b, l.tensors[0].type, 0xFFFFFFFF); });
    {
        GgufWriter w = baseWriter();
        w.setString("general.architecture", "llama");
        std::vector<uint8_t> bytes = w.toBytes();
        put32(bytes, walk(bytes).tensors[1].type, 39);
        cases.push_back({"type_mxfp4_in_llama_file", std::move(bytes), "MXFP4"});
    }

    // Offsets.
    patched("offset_beyond_file", "beyond the end",
            [&](auto& b) { put64(b, l.tensors[2].offset, 1u << 30); });
    patched("offset_near_max", "beyond the end",
            [&](auto& b) { put64(b, l.tensors[2].offset, all_ones - 31); });
    patched("offset_misaligned", "not a multiple of the alignment",
            [&](auto& b) { put64(b, l.tensors[1].offset, get64(b, l.tensors[1].offset) + 4); });
    patched("offsets_identical", "overlap", [&](auto& b) { put64(b, l.tensors[2].offset, 0); });
    patched("offsets_overlapping", "overlap",
            [&](auto& b) { put64(b, l.tensors[2].offset, get64(b, l.tensors[1].offset) + 32); });

    // Names.
    patched("key_bad_utf8", "UTF-8", [&](auto& b) { b[l.kvs[kArch].key] = 0xFF; });
    patched("key_overlong_utf8", "UTF-8", [&](auto& b) {
        b[l.kvs[kArch].key] = 0xC0;
        b[l.kvs[kArch].key + 1] = 0x80;
    });
    patched("key_surrogate_utf8", "UTF-8", [&](auto& b) {
        b[l.kvs[kArch].key] = 0xED;
        b[l.kvs[kArch].key + 1] = 0xA0;
        b[l.kvs[kArch].key + 2] = 0x80;
    });
    patched("key_cut_utf8", "UTF-8",
            [&](auto& b) { b[l.kvs[kKeyAa].key + get64(b, l.kvs[kKeyAa].key_len) - 1] = 0xE2; });
    patched("tensor_name_bad_utf8", "UTF-8", [&](auto& b) { b[l.tensors[1].name] = 0x80; });
    patched("duplicate_key", "appears twice",
            [&](auto& b) { b[l.kvs[kKeyBb].key + 9] = 'a', b[l.kvs[kKeyBb].key + 10] = 'a'; });
    patched("duplicate_tensor_name", "two tensors are named", [&](auto& b) { b[l.tensors[2].name] = 'a'; });
    patched("empty_key", "is empty", [&](auto& b) { put64(b, l.kvs[kKeyAa].key_len, 0); });

    // Alignment.
    patched("alignment_48", "power of two", [&](auto& b) { put32(b, l.kvs[kAlign].value, 48); });
    patched("alignment_0", "power of two", [&](auto& b) { put32(b, l.kvs[kAlign].value, 0); });
    patched("alignment_1m", "power of two", [&](auto& b) { put32(b, l.kvs[kAlign].value, 1u << 20); });
    patched("alignment_wrong_type", "must be a u32", [&](auto& b) { put32(b, l.kvs[kAlign].type, 5); });

    // Arrays nested deeper than any file needs.
    {
        GgufWriter w = baseWriter();
        trit::GgufValue value{trit::GgufValueType::U8, uint64_t{1}};
        for (int depth = 0; depth < 3; ++depth) {
            auto array = std::make_shared<trit::GgufArray>();
            array->element_type = value.type;
            array->values = {value};
            value = trit::GgufValue{trit::GgufValueType::Array, array};
        }
        w.set("test.deep", value);
        cases.push_back({"arrays_nested_three_deep", w.toBytes(), "nests arrays"});
    }
    return cases;
}

std::vector<std::string> writeHostileCorpus(const std::string& dir) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (const auto& c : makeHostileCorpus()) {
        const auto path = (std::filesystem::path(dir) / (c.name + ".gguf")).string();
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(c.bytes.data()),
                  static_cast<std::streamsize>(c.bytes.size()));
        if (!out)
            throw trit::Error(path + ": cannot write the hostile test file");
        paths.push_back(path);
    }
    return paths;
}

} // namespace trit_test
