#include "model/Workspace.h"

#include "model/ModelHparams.h"
#include "trit/Model.h"

#include <algorithm>

namespace trit {

uint32_t WorkspaceShape::widest() const {
    return std::max({n_embd, q_dim, kv_dim, n_ff});
}

Workspace::Workspace(const WorkspaceShape& s) : shape(s) {
    const size_t b = kMaxBatch;
    x.resize(b * s.n_embd);
    normed.resize(b * s.widest());
    q.resize(b * s.q_dim);
    k.resize(b * s.kv_dim);
    v.resize(b * s.kv_dim);
    attn.resize(b * s.q_dim);
    gate.resize(b * s.n_ff);
    up.resize(b * s.n_ff);
    projected.resize(b * s.n_embd);
    codes.resize(b * s.widest());
    act_scale.resize(b);
    act_sum.resize(b);
    acc.resize(b * s.widest());
    rope.resize(b * s.n_rot);
    scores.resize(size_t(s.n_head) * s.n_ctx);
    row.resize(size_t(s.n_tasks) * s.widest());
    last_hidden.resize(b * s.n_embd);
}

WorkspaceShape Workspace::shapeOf(const ModelHparams& hp, uint32_t n_ctx, uint32_t n_tasks) {
    WorkspaceShape s;
    s.n_embd = hp.n_embd;
    s.q_dim = hp.qDim();
    s.kv_dim = hp.kvDim();
    s.n_ff = hp.n_ff;
    s.n_vocab = hp.n_vocab;
    s.n_head = hp.n_head;
    s.n_rot = hp.n_rot;
    s.n_ctx = n_ctx;
    s.n_tasks = n_tasks;
    return s;
}

uint64_t Workspace::bytes() const {
    return (x.size() + normed.size() + q.size() + k.size() + v.size() + attn.size() + gate.size() +
            up.size() + projected.size() + act_scale.size() + rope.size() + scores.size() + row.size() +
            last_hidden.size()) *
               sizeof(float) +
           codes.size() + (act_sum.size() + acc.size()) * sizeof(int32_t);
}

uint64_t Workspace::bytesFor(const ModelInfo& info, uint32_t n_ctx) {
    WorkspaceShape s;
    s.n_embd = info.n_embd;
    s.q_dim = info.n_head * info.head_dim;
    s.kv_dim = info.n_head_kv * info.head_dim;
    s.n_ff = info.n_ff;
    s.n_head = info.n_head;
    s.n_rot = info.n_rot;
    s.n_ctx = n_ctx;
    s.n_tasks = 16;
    const uint64_t b = kMaxBatch, w = s.widest();
    const uint64_t floats =
        b * (3ull * s.n_embd + w + 2ull * s.q_dim + 2ull * s.kv_dim + 2ull * s.n_ff + s.n_rot + 1) +
        uint64_t(s.n_head) * n_ctx + s.n_tasks * w + info.n_vocab;
    return floats * 4 + b * w * 5 + b * 4;
}

} // namespace trit
