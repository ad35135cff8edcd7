// inspectModel(), ModelInfo's memory arithmetic and the header-level facts a model file implies:
// parameter counts, tensor type counts, tokenizer kind, pre-tokenizer and chat format.
#include "model/ModelImpl.h"
#include "model/Workspace.h"
#include "trit/Error.h"

#include <algorithm>

namespace trit {

namespace {

// Looks through the token texts without copying them.
class VocabView {
public:
    explicit VocabView(const GgufFile& file) {
        const auto* v = file.find("tokenizer.ggml.tokens");
        if (v && v->type == GgufValueType::Array)
            array_ = std::get<std::shared_ptr<GgufArray>>(v->data).get();
    }
    size_t size() const { return array_ ? array_->values.size() : 0; }
    std::string_view at(size_t i) const {
        const auto* s = std::get_if<std::string>(&array_->values[i].data);
        return s ? std::string_view(*s) : std::string_view();
    }
    bool contains(std::string_view text) const {
        for (size_t i = 0; i < size(); ++i)
            if (at(i) == text)
                return true;
        return false;
    }

private:
    const GgufArray* array_ = nullptr;
};

bool isLlama3Vocab(const VocabView& vocab) {
    return vocab.size() == 128256 && vocab.at(128000) == "<|begin_of_text|>";
}

// Spec §4.4: a gpt2 vocab without `pre` is the Llama 3 one in practice (the official 2B4T file).
std::string preTokenizerOf(const GgufFile& file, const std::string& model, const VocabView& vocab) {
    if (auto pre = file.getString("tokenizer.ggml.pre"); pre && !pre->empty())
        return *pre;
    if (model != "gpt2")
        return "";
    return isLlama3Vocab(vocab) ? "llama3" : "default";
}

// The chat format the engine uses for a file (never the 2B4T file's placeholder template).
std::string chatFormatOf(const GgufFile& file, const ModelHparams& hp, const std::string& pre,
                         const VocabView& vocab) {
    if (auto explicit_format = file.getString("tritium.chat_format");
        explicit_format && !explicit_format->empty())
        return *explicit_format;
    if (file.getString("general.name").value_or("") == "tritium-demo")
        return "tritium-demo";
    if (hp.arch.name == "bitnet-b1.58" || hp.arch.name == "bitnet-25")
        return "bitnet-b1.58";
    if (hp.arch.name == "llama" && vocab.contains("<|start_header_id|>"))
        return "llama3";
    if (pre == "falcon3" || pre == "falcon_e" || (vocab.size() > 0 && vocab.at(0) == ">>TITLE<<"))
        return "falcon3";
    if (vocab.contains("<|im_start|>"))
        return "chatml";
    return "plain";
}

std::string fileNameOf(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

ModelInfo describeModel(const GgufFile& file, const ModelHparams& hp, const ModelLayout& layout) {
    ModelInfo info;
    info.path = file.path();
    info.name = file.getString("general.name").value_or(fileNameOf(file.path()));
    info.architecture = hp.arch.name;
    info.file_size = file.fileSize();
    for (const auto& t : file.tensors()) {
        info.n_params += t.elements();
        info.weight_bytes += t.n_bytes;
        ++info.tensor_types[std::string(tensorTypeName(t.type))];
    }
    info.n_vocab = hp.n_vocab;
    info.n_embd = hp.n_embd;
    info.n_layer = hp.n_layer;
    info.n_head = hp.n_head;
    info.n_head_kv = hp.n_head_kv;
    info.n_ff = hp.n_ff;
    info.head_dim = hp.head_dim;
    info.n_rot = hp.n_rot;
    info.n_ctx_train = hp.n_ctx_train;
    info.rope_freq_base = hp.rope_freq_base;
    info.norm_eps = hp.norm_eps;
    info.tied_output = layout.tied_output;
    const VocabView vocab(file);
    info.tokenizer_model = file.getString("tokenizer.ggml.model").value_or("");
    info.tokenizer_pre = preTokenizerOf(file, info.tokenizer_model, vocab);
    info.chat_format = chatFormatOf(file, hp, info.tokenizer_pre, vocab);
    return info;
}

ModelInfo inspectModel(const std::string& path) {
    const GgufFile file = GgufFile::open(path);
    const ModelHparams hp = readHparams(file);
    const ModelLayout layout = findModelTensors(file, hp);
    if (!file.find("tokenizer.ggml.tokens"))
        throw Error(path + ": the file has no tokenizer (tokenizer.ggml.tokens is missing)");
    return describeModel(file, hp, layout);
}

uint64_t ModelInfo::kvCacheBytes(uint32_t n_ctx, KvCacheType type) const {
    const uint64_t element = type == KvCacheType::F16 ? 2 : 4;
    return 2ull * n_layer * n_ctx * n_head_kv * head_dim * element;
}

uint64_t ModelInfo::expectedMemory(uint32_t n_ctx, KvCacheType type) const {
    const uint32_t ctx = std::min(n_ctx, n_ctx_train);
    return weight_bytes + kvCacheBytes(ctx, type) + Workspace::bytesFor(*this, ctx);
}

} // namespace trit
