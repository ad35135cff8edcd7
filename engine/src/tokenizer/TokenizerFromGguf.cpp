#include "tokenizer/TokenizerFromGguf.h"

#include "gguf/GgufFile.h"
#include "trit/Error.h"

#include <limits>
#include <variant>

namespace trit {
namespace {

// Token ids are u32 in GGUF; some converters write i32 with -1 for "none", which means absent here too.
int32_t tokenId(const GgufFile& file, const char* key) {
    const GgufValue* value = file.find(key);
    if (!value)
        return -1;
    uint64_t id = 0;
    if (const auto* u = std::get_if<uint64_t>(&value->data)) {
        id = *u;
    } else if (const auto* i = std::get_if<int64_t>(&value->data)) {
        if (*i < 0)
            return -1;
        id = static_cast<uint64_t>(*i);
    } else {
        throw Error(file.path() + ": " + key + " is not an integer");
    }
    if (id > static_cast<uint64_t>(std::numeric_limits<int32_t>::max()))
        throw Error(file.path() + ": " + key + " is " + std::to_string(id) + ", not a token id");
    return static_cast<int32_t>(id);
}

} // namespace

TokenizerConfig tokenizerConfigFromGguf(const GgufFile& file) {
    TokenizerConfig c;
    const std::optional<std::string> model = file.getString("tokenizer.ggml.model");
    if (!model)
        throw Error(file.path() + ": no tokenizer in the file (tokenizer.ggml.model is missing)");
    c.model = *model;
    c.pre = file.getString("tokenizer.ggml.pre").value_or("");
    c.tokens = file.getStringArray("tokenizer.ggml.tokens");
    c.token_types = file.getIntArray("tokenizer.ggml.token_type");
    c.scores = file.getFloatArray("tokenizer.ggml.scores");
    c.merges = file.getStringArray("tokenizer.ggml.merges");
    c.bos_id = tokenId(file, "tokenizer.ggml.bos_token_id");
    c.eos_id = tokenId(file, "tokenizer.ggml.eos_token_id");
    c.eot_id = tokenId(file, "tokenizer.ggml.eot_token_id");
    c.eom_id = tokenId(file, "tokenizer.ggml.eom_token_id");
    c.unk_id = tokenId(file, "tokenizer.ggml.unknown_token_id");
    c.pad_id = tokenId(file, "tokenizer.ggml.padding_token_id");
    if (const std::optional<bool> add_bos = file.getBool("tokenizer.ggml.add_bos_token")) {
        c.add_bos = *add_bos;
        c.add_bos_present = true;
    }
    c.add_eos = file.getBool("tokenizer.ggml.add_eos_token").value_or(false);
    c.add_space_prefix = file.getBool("tokenizer.ggml.add_space_prefix").value_or(true);
    return c;
}

} // namespace trit
