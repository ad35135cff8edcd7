#include "ModelFactory.h"

#include "model/SyntheticVocab.h"

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

} // namespace trit_test
