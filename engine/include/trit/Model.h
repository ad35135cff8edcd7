#pragma once
// A model loaded from a GGUF file: memory-mapped, validated, immutable, shareable between sessions.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace trit {

class Tokenizer;
class ModelImpl;

enum class KvCacheType { F16, F32 };

// What a file holds, read from its header alone (fast; used for import checks and the Models page).
struct ModelInfo {
    std::string path;
    std::string name;         // general.name, or the file name
    std::string architecture; // as written in the file: "bitnet-b1.58", "bitnet-25", "bitnet", "llama"
    uint64_t file_size = 0;
    uint64_t n_params = 0;     // elements of all weight tensors
    uint64_t weight_bytes = 0; // bytes of tensor data
    uint32_t n_vocab = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0, n_ff = 0;
    uint32_t head_dim = 0, n_rot = 0, n_ctx_train = 0;
    float rope_freq_base = 10000.0f, norm_eps = 1e-5f;
    std::map<std::string, uint32_t> tensor_types; // type name ("I2_S", "F16", ...) -> tensor count
    std::string tokenizer_model;                  // "gpt2" (byte-level BPE) or "llama" (SentencePiece)
    std::string tokenizer_pre;                    // the pre-tokenizer in use ("llama3", "gpt-2", ...)
    std::string chat_format;                      // the chat format the engine will use
    bool tied_output = true;

    // Bytes of the KV cache for n_ctx tokens.
    uint64_t kvCacheBytes(uint32_t n_ctx, KvCacheType type) const;
    // What loading and running this model at n_ctx costs in memory: weights + KV cache + working buffers.
    uint64_t expectedMemory(uint32_t n_ctx, KvCacheType type) const;
};

struct LoadOptions {
    // Apply BitLinear semantics to float linear weights too: weights quantized to ternary at load (absmean,
    // ENGINE_SPEC §1.3) and activations per token. Makes an F32 copy of a ternary model equal its I2_S copy.
    bool bitlinear_float_weights = false;
    // Force a pre-tokenizer ("llama3", "gpt-2", "default"); empty = from the file (spec §4.4 rules).
    std::string pre_tokenizer;
    // Called with 0..1 while loading (from the loading thread). Return false to cancel (throws Error).
    std::function<bool(float)> progress;
};

// Reads and validates the header and tensor table only. Throws trit::Error.
ModelInfo inspectModel(const std::string& path);

class Model {
public:
    // Throws trit::Error with a message naming the file and the problem.
    static std::shared_ptr<const Model> load(const std::string& path, const LoadOptions& options = {});
    ~Model();
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    const ModelInfo& info() const;
    const Tokenizer& tokenizer() const;
    // Bytes of the file mapped into memory.
    uint64_t mappedBytes() const;

    const ModelImpl& impl() const { return *impl_; }

private:
    explicit Model(std::unique_ptr<ModelImpl> impl);
    std::unique_ptr<ModelImpl> impl_;
};

} // namespace trit
