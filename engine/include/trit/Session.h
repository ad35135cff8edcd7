#pragma once
// One conversation's state: the KV cache and the tokens in it. Not thread-safe: one thread at a time.
#include "trit/Model.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace trit {

class SessionImpl;

struct SessionOptions {
    uint32_t n_ctx = 4096; // clamped to the model's trained context
    KvCacheType kv_type = KvCacheType::F16;
    int n_threads = 0; // 0 = physical cores
};

class Session {
public:
    Session(std::shared_ptr<const Model> model, const SessionOptions& options = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Appends tokens to the cache (batched prefill) and returns the logits after the last one.
    // Throws Error if the context would overflow.
    std::span<const float> prefill(std::span<const int32_t> tokens);
    // Appends one token (single-token decode) and returns its logits.
    std::span<const float> decode(int32_t token);
    // Appends tokens and writes the logits of every one of them (n_tokens x n_vocab) — for tests and tools.
    void evaluateAll(std::span<const int32_t> tokens, std::vector<float>& logits);

    const std::vector<int32_t>& tokens() const; // what the cache holds, in order
    // Length of the common prefix between the cache and `tokens`.
    size_t commonPrefix(std::span<const int32_t> tokens) const;
    // Keeps the first n tokens of the cache (edit, regenerate, switch conversation).
    void truncate(size_t n);

    uint32_t contextSize() const;
    uint64_t kvCacheBytes() const; // bytes allocated for the cache
    int threads() const;
    const Model& model() const;
    SessionImpl& impl() { return *impl_; }

private:
    std::unique_ptr<SessionImpl> impl_;
};

} // namespace trit
