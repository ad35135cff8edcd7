#include "ModelFactory.h"

#include "Check.h"
#include "model/SyntheticVocab.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>

#if defined(_WIN32)
#include <process.h>
#define TRIT_GETPID _getpid
#else
#include <unistd.h>
#define TRIT_GETPID getpid
#endif

namespace trit_test {

namespace {

struct ScratchFolder {
    std::filesystem::path path;
    ScratchFolder() {
        path = std::filesystem::current_path() / ("trit-test-models-" + std::to_string(TRIT_GETPID()));
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

} // namespace

std::string tritTool() {
    const char* t = std::getenv("TRIT_TOOL");
    if (!t || !std::filesystem::exists(t))
        skip("TRIT_TOOL is not set to the built trit tool");
    return t;
}

std::string scratchDir() {
    static ScratchFolder folder;
    return folder.path.string();
}

trit::ModelSpec tinySpec(const std::string& arch) {
    trit::ModelSpec s;
    s.arch = arch;
    s.n_embd = 256;
    s.n_layer = 2;
    s.n_head = 4;
    s.n_head_kv = 2;
    s.n_ff = 512;
    s.n_ctx = 256;
    s.rope_freq_base = arch == "llama" ? 10000.0f : 500000.0f;
    return s;
}

std::string writeTinyModel(const trit::ModelSpec& spec, const std::string& tag) {
    const std::string path = scratchDir() + "/" + tag + ".gguf";
    trit::ModelBuilder::write(path, spec, trit::smallSyntheticVocab(320));
    return path;
}

std::string writeModel(const trit::ModelSpec& spec, const std::string& tag,
                       const trit::TokenizerConfig& tokenizer, const trit::WeightSource& source) {
    const std::string path = scratchDir() + "/" + tag + ".gguf";
    trit::ModelBuilder::write(path, spec, tokenizer, source);
    return path;
}

namespace {

bool printableAscii(const std::string& text) {
    if (text.empty())
        return false;
    for (unsigned char c : text)
        if (c < 0x21 || c > 0x7E) // the byte->unicode form: printable ASCII maps to itself, all else does not
            return false;
    return true;
}

trit::WeightSource embeddingRows(const trit::ModelSpec& spec, const std::vector<bool>& keep) {
    return [spec, keep](const std::string& name, uint64_t count) -> std::optional<std::vector<float>> {
        if (name != "token_embd.weight")
            return std::nullopt;
        std::vector<float> v(count);
        trit::ModelBuilder::randomValues(spec.seed, name, 0, v.data(), count);
        for (size_t row = 0; row < keep.size(); ++row)
            if (!keep[row])
                std::fill(v.begin() + std::ptrdiff_t(row * spec.n_embd),
                          v.begin() + std::ptrdiff_t((row + 1) * spec.n_embd), 0.0f);
        return v;
    };
}

} // namespace

std::string writeAsciiModel(const std::string& tag) {
    const trit::ModelSpec spec = tinySpec();
    const trit::TokenizerConfig vocab = trit::smallSyntheticVocab(320);
    std::vector<bool> keep(vocab.tokens.size());
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = vocab.token_types[i] == trit::kNormal && printableAscii(vocab.tokens[i]);
    return writeModel(spec, tag, vocab, embeddingRows(spec, keep));
}

std::string writeEndsAtOnceModel(const std::string& tag) {
    const trit::ModelSpec spec = tinySpec();
    const trit::TokenizerConfig small = trit::smallSyntheticVocab(0);
    trit::TokenizerConfig vocab = small;
    vocab.tokens.assign(1, "<|eot_id|>");
    vocab.token_types.assign(1, trit::kControl);
    for (size_t i = 0; i < small.tokens.size(); ++i) {
        if (small.tokens[i] == "<|eot_id|>")
            continue;
        vocab.tokens.push_back(small.tokens[i]);
        vocab.token_types.push_back(small.token_types[i]);
    }
    const auto idOf = [&](const std::string& text) {
        return int32_t(std::find(vocab.tokens.begin(), vocab.tokens.end(), text) - vocab.tokens.begin());
    };
    vocab.eot_id = 0;
    vocab.bos_id = idOf("<|begin_of_text|>");
    vocab.eos_id = idOf("<|end_of_text|>");
    vocab.pad_id = vocab.eos_id;
    return writeModel(spec, tag, vocab, embeddingRows(spec, std::vector<bool>(vocab.tokens.size(), false)));
}

} // namespace trit_test
