#include "trit/Session.h"

#include "runtime/SessionImpl.h"
#include "trit/Cpu.h"
#include "trit/Error.h"

#include <algorithm>

namespace trit {

namespace {

int threadCountFor(int requested) {
    if (requested <= 0)
        return physicalCoreCount();
    return std::min(requested, 256);
}

uint32_t contextFor(const ModelImpl& m, uint32_t requested) {
    const uint32_t trained = m.hparams().n_ctx_train;
    return std::max(1u, requested == 0 ? trained : std::min(requested, trained));
}

} // namespace

SessionImpl::SessionImpl(std::shared_ptr<const Model> model_in, const SessionOptions& options)
    : model(std::move(model_in)), m(model->impl()), n_ctx(contextFor(m, options.n_ctx)),
      pool(threadCountFor(options.n_threads)),
      cache(m.hparams().n_layer, n_ctx, m.hparams().kvDim(), options.kv_type),
      ws(Workspace::shapeOf(m.hparams(), n_ctx, uint32_t(pool.threadCount()))), logits(m.hparams().n_vocab) {
    tokens.reserve(n_ctx);
}

void SessionImpl::checkTokens(std::span<const int32_t> new_tokens) const {
    if (tokens.size() + new_tokens.size() > n_ctx)
        throw Error("context full: " + std::to_string(tokens.size()) + " tokens in the cache + " +
                    std::to_string(new_tokens.size()) + " new exceed the context of " +
                    std::to_string(n_ctx) + " tokens; start a new conversation or raise the context length");
    for (int32_t t : new_tokens)
        if (t < 0 || uint32_t(t) >= m.hparams().n_vocab)
            throw Error("token id " + std::to_string(t) + " is outside the vocabulary (0.." +
                        std::to_string(m.hparams().n_vocab - 1) + ")");
}

void SessionImpl::append(std::span<const int32_t> new_tokens, float* out, bool all_logits) {
    checkTokens(new_tokens);
    ForwardPass pass(m, cache, ws, pool);
    const size_t n_vocab = m.hparams().n_vocab;
    for (size_t done = 0; done < new_tokens.size();) {
        const size_t n = std::min<size_t>(Workspace::kMaxBatch, new_tokens.size() - done);
        const bool last_step = done + n == new_tokens.size();
        float* step_logits = nullptr;
        if (all_logits)
            step_logits = out + done * n_vocab;
        else if (last_step)
            step_logits = out;
        pass.run(new_tokens.data() + done, int(n), uint32_t(tokens.size()), step_logits, all_logits);
        tokens.insert(tokens.end(), new_tokens.begin() + std::ptrdiff_t(done),
                      new_tokens.begin() + std::ptrdiff_t(done + n));
        done += n;
    }
}

void SessionImpl::runBlock(uint32_t layer, float* x, int n_tok, BlockCodes* codes) {
    if (layer >= m.hparams().n_layer)
        throw Error("layer " + std::to_string(layer) + " does not exist (the model has " +
                    std::to_string(m.hparams().n_layer) + ")");
    if (n_tok <= 0 || uint32_t(n_tok) > n_ctx)
        throw Error("a block runs on 1.." + std::to_string(n_ctx) + " tokens");
    tokens.clear();
    if (codes)
        *codes = BlockCodes{};
    ForwardPass pass(m, cache, ws, pool);
    const uint32_t n_embd = m.hparams().n_embd;
    for (int done = 0; done < n_tok;) {
        const int n = std::min<int>(int(Workspace::kMaxBatch), n_tok - done);
        pass.runBlock(layer, x + size_t(done) * n_embd, n, uint32_t(done), codes);
        done += n;
    }
}

Session::Session(std::shared_ptr<const Model> model, const SessionOptions& options)
    : impl_(std::make_unique<SessionImpl>(std::move(model), options)) {}
Session::~Session() = default;

std::span<const float> Session::prefill(std::span<const int32_t> tokens) {
    if (!tokens.empty())
        impl_->append(tokens, impl_->logits.data(), false);
    return impl_->logits;
}

std::span<const float> Session::decode(int32_t token) {
    return prefill(std::span<const int32_t>(&token, 1));
}

void Session::evaluateAll(std::span<const int32_t> tokens, std::vector<float>& logits) {
    const size_t n_vocab = impl_->m.hparams().n_vocab;
    logits.assign(tokens.size() * n_vocab, 0.0f);
    if (tokens.empty())
        return;
    impl_->append(tokens, logits.data(), true);
    std::copy(logits.end() - std::ptrdiff_t(n_vocab), logits.end(), impl_->logits.begin());
}

const std::vector<int32_t>& Session::tokens() const {
    return impl_->tokens;
}

size_t Session::commonPrefix(std::span<const int32_t> tokens) const {
    const auto& have = impl_->tokens;
    const size_t n = std::min(have.size(), tokens.size());
    size_t i = 0;
    while (i < n && have[i] == tokens[i])
        ++i;
    return i;
}

void Session::truncate(size_t n) {
    if (n < impl_->tokens.size())
        impl_->tokens.resize(n);
}

uint32_t Session::contextSize() const {
    return impl_->n_ctx;
}
uint64_t Session::kvCacheBytes() const {
    return impl_->cache.bytes();
}
int Session::threads() const {
    return impl_->pool.threadCount();
}
const Model& Session::model() const {
    return *impl_->model;
}

} // namespace trit
