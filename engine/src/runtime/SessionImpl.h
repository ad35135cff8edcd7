#pragma once
// A session's private state: the thread pool, KV cache, working buffers and the tokens in the cache.
#include "model/ForwardPass.h"
#include "model/KvCache.h"
#include "model/ModelImpl.h"
#include "model/Workspace.h"
#include "runtime/ThreadPool.h"
#include "trit/Session.h"

#include <memory>
#include <span>
#include <vector>

namespace trit {

class SessionImpl {
public:
    SessionImpl(std::shared_ptr<const Model> model, const SessionOptions& options);

    // Appends tokens (in steps of Workspace::kMaxBatch). logits: the last token's (n_vocab) or, with
    // all_logits, every token's (tokens.size() x n_vocab); null to skip the head.
    void append(std::span<const int32_t> tokens, float* logits, bool all_logits);
    // Teacher forcing for tools: runs block `layer` alone on x (n_tok x n_embd, replaced by the output) at
    // positions 0..n_tok-1 of a cache that is cleared first.
    void runBlock(uint32_t layer, float* x, int n_tok, BlockCodes* codes);

    std::shared_ptr<const Model> model;
    const ModelImpl& m;
    uint32_t n_ctx;
    ThreadPool pool;
    KvCache cache;
    Workspace ws;
    std::vector<float> logits;   // of the last appended token
    std::vector<int32_t> tokens; // what the cache holds

private:
    void checkTokens(std::span<const int32_t> new_tokens) const;
};

} // namespace trit
