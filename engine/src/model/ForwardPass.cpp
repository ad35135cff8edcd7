#include "model/ForwardPass.h"

#include "tensor/Codecs.h"

#include <cmath>
#include <cstring>

namespace trit {

ForwardPass::ForwardPass(const ModelImpl& model, KvCache& cache, Workspace& ws, ThreadPool& pool)
    : model_(model), hp_(model.hparams()), cache_(cache), ws_(ws), pool_(pool), k_(kernels::active()),
      mm_(k_, pool, ws) {}

void ForwardPass::run(const int32_t* tokens, int n_tok, uint32_t pos0, float* logits, bool all_logits) {
    embed(tokens, n_tok);
    ropeAngles(n_tok, pos0);
    for (uint32_t l = 0; l < hp_.n_layer; ++l)
        block(l, n_tok, pos0, nullptr);
    if (logits)
        outputHead(n_tok, logits, all_logits);
}

void ForwardPass::runBlock(uint32_t layer, float* x, int n_tok, uint32_t pos0, BlockCodes* codes) {
    std::memcpy(ws_.x.data(), x, size_t(n_tok) * hp_.n_embd * sizeof(float));
    ropeAngles(n_tok, pos0);
    block(layer, n_tok, pos0, codes);
    std::memcpy(x, ws_.x.data(), size_t(n_tok) * hp_.n_embd * sizeof(float));
}

// h = E[token]
void ForwardPass::embed(const int32_t* tokens, int n_tok) {
    const FloatRows& e = model_.tokenEmbeddings();
    for (int t = 0; t < n_tok; ++t)
        dequantizeRow(e.type, e.row(uint32_t(tokens[t])), ws_.x.data() + size_t(t) * hp_.n_embd, hp_.n_embd);
}

// One block: x += W_o·SubNorm(Attn(RoPE(W_q·N(x)), ...)); x += W_down·SubNorm(act(W_gate·N(x)) ⊙ W_up·N(x)).
void ForwardPass::block(uint32_t layer, int n_tok, uint32_t pos0, BlockCodes* codes) {
    const LayerWeights& w = model_.layer(layer);
    const uint32_t n_embd = hp_.n_embd, q_dim = hp_.qDim(), n_ff = hp_.n_ff;

    rmsNorm(ws_.x.data(), n_tok, n_embd, w.attn_norm, ws_.normed.data());
    quantizeInput(ws_.normed.data(), n_tok, n_embd, codes ? &codes->attn_input : nullptr);
    mm_.linear(w.linear[kAttnQ], ws_.normed.data(), n_tok, ws_.q.data());
    mm_.linear(w.linear[kAttnK], ws_.normed.data(), n_tok, ws_.k.data());
    mm_.linear(w.linear[kAttnV], ws_.normed.data(), n_tok, ws_.v.data());
    rope(ws_.q.data(), n_tok, hp_.n_head, q_dim);
    rope(ws_.k.data(), n_tok, hp_.n_head_kv, hp_.kvDim());
    storeKv(layer, n_tok, pos0);
    attention(layer, n_tok, pos0);
    const float* attn_out = ws_.attn.data();
    if (!w.attn_sub_norm.empty()) {
        rmsNorm(ws_.attn.data(), n_tok, q_dim, w.attn_sub_norm, ws_.normed.data());
        attn_out = ws_.normed.data();
    }
    quantizeInput(attn_out, n_tok, q_dim, codes ? &codes->attn_sub_norm : nullptr);
    mm_.linear(w.linear[kAttnOut], attn_out, n_tok, ws_.projected.data());
    addResidual(n_tok);

    rmsNorm(ws_.x.data(), n_tok, n_embd, w.ffn_norm, ws_.normed.data());
    quantizeInput(ws_.normed.data(), n_tok, n_embd, codes ? &codes->ffn_input : nullptr);
    mm_.linear(w.linear[kFfnGate], ws_.normed.data(), n_tok, ws_.gate.data());
    mm_.linear(w.linear[kFfnUp], ws_.normed.data(), n_tok, ws_.up.data());
    gatedActivation(n_tok);
    const float* ffn_hidden = ws_.gate.data();
    if (!w.ffn_sub_norm.empty()) {
        rmsNorm(ws_.gate.data(), n_tok, n_ff, w.ffn_sub_norm, ws_.normed.data());
        ffn_hidden = ws_.normed.data();
    }
    quantizeInput(ffn_hidden, n_tok, n_ff, codes ? &codes->ffn_sub_norm : nullptr);
    mm_.linear(w.linear[kFfnDown], ffn_hidden, n_tok, ws_.projected.data());
    addResidual(n_tok);
}

// RMSNorm(x, w) = (x * 1/sqrt(mean(x²) + eps)) * w, the sum of squares in double, in index order.
void ForwardPass::rmsNorm(const float* x, int n_tok, uint32_t n, const std::vector<float>& weight,
                          float* out) const {
    for (int t = 0; t < n_tok; ++t) {
        const float* xt = x + size_t(t) * n;
        float* ot = out + size_t(t) * n;
        double sum = 0.0;
        for (uint32_t i = 0; i < n; ++i)
            sum += double(xt[i]) * double(xt[i]);
        const float scale = 1.0f / std::sqrt(float(sum / double(n)) + hp_.norm_eps);
        for (uint32_t i = 0; i < n; ++i)
            ot[i] = (xt[i] * scale) * weight[i];
    }
}

// Per-token int8 activations, computed once per BitLinear input and shared by the products reading it.
void ForwardPass::quantizeInput(const float* x, int n_tok, uint32_t n, std::vector<int8_t>* record) {
    mm_.quantizeInput(x, n_tok, int(n));
    if (record)
        record->insert(record->end(), ws_.codes.begin(), ws_.codes.begin() + std::ptrdiff_t(n_tok) * n);
}

// theta_0 = p, theta_{i+1} = theta_i * base^(-2/n_rot) in f32; cos and sin per token and pair.
void ForwardPass::ropeAngles(int n_tok, uint32_t pos0) {
    const uint32_t half = hp_.n_rot / 2;
    const float theta_scale = std::pow(hp_.rope_freq_base, -2.0f / float(hp_.n_rot));
    for (int t = 0; t < n_tok; ++t) {
        float* cs = ws_.rope.data() + size_t(t) * hp_.n_rot;
        float theta = float(pos0 + uint32_t(t));
        for (uint32_t i = 0; i < half; ++i) {
            cs[2 * i] = std::cos(theta);
            cs[2 * i + 1] = std::sin(theta);
            theta *= theta_scale;
        }
    }
}

// Rotates the first n_rot dimensions of every head: pairs (i, i + n_rot/2) for NEOX, (2i, 2i+1) for NORM.
void ForwardPass::rope(float* x, int n_tok, uint32_t n_heads, uint32_t row_stride) const {
    const uint32_t half = hp_.n_rot / 2;
    const bool neox = hp_.arch.rope == RopeStyle::Neox;
    for (int t = 0; t < n_tok; ++t) {
        const float* cs = ws_.rope.data() + size_t(t) * hp_.n_rot;
        for (uint32_t h = 0; h < n_heads; ++h) {
            float* v = x + size_t(t) * row_stride + size_t(h) * hp_.head_dim;
            for (uint32_t i = 0; i < half; ++i) {
                const uint32_t a = neox ? i : 2 * i, b = neox ? i + half : 2 * i + 1;
                const float c = cs[2 * i], s = cs[2 * i + 1];
                const float x0 = v[a], x1 = v[b];
                v[a] = x0 * c - x1 * s;
                v[b] = x0 * s + x1 * c;
            }
        }
    }
}

void ForwardPass::storeKv(uint32_t layer, int n_tok, uint32_t pos0) {
    const uint32_t kv_dim = hp_.kvDim();
    for (int t = 0; t < n_tok; ++t)
        cache_.store(layer, pos0 + uint32_t(t), ws_.k.data() + size_t(t) * kv_dim,
                     ws_.v.data() + size_t(t) * kv_dim);
}

// Causal attention with GQA: query head h reads KV head h / (n_head / n_head_kv). One task per head; each
// head's scores, softmax and weighted sum run in position order.
void ForwardPass::attention(uint32_t layer, int n_tok, uint32_t pos0) {
    const uint32_t hd = hp_.head_dim, q_dim = hp_.qDim(), group = hp_.groupSize();
    const float scale = 1.0f / std::sqrt(float(hd));
    const bool f16 = cache_.type() == KvCacheType::F16;
    pool_.run(int(hp_.n_head), [&](int task, int) {
        const uint32_t h = uint32_t(task), kv_offset = (h / group) * hd;
        float* scores = ws_.scores.data() + size_t(h) * cache_.capacity();
        for (int t = 0; t < n_tok; ++t) {
            const uint32_t n_pos = pos0 + uint32_t(t) + 1;
            const float* q = ws_.q.data() + size_t(t) * q_dim + size_t(h) * hd;
            float max_score = -INFINITY;
            for (uint32_t j = 0; j < n_pos; ++j) {
                const void* key = cache_.keys(layer, j);
                const float dot = f16 ? k_.dot_f16(static_cast<const uint16_t*>(key) + kv_offset, q, int(hd))
                                      : k_.dot_f32(static_cast<const float*>(key) + kv_offset, q, int(hd));
                scores[j] = dot * scale;
                max_score = std::max(max_score, scores[j]);
            }
            float sum = 0.0f;
            for (uint32_t j = 0; j < n_pos; ++j) {
                scores[j] = std::exp(scores[j] - max_score);
                sum += scores[j];
            }
            const float inv_sum = 1.0f / sum;
            float* out = ws_.attn.data() + size_t(t) * q_dim + size_t(h) * hd;
            std::fill(out, out + hd, 0.0f);
            for (uint32_t j = 0; j < n_pos; ++j) {
                const void* value = cache_.values(layer, j);
                if (f16)
                    k_.axpy_f16(int(hd), scores[j] * inv_sum, static_cast<const uint16_t*>(value) + kv_offset,
                                out);
                else
                    k_.axpy_f32(int(hd), scores[j] * inv_sum, static_cast<const float*>(value) + kv_offset,
                                out);
            }
        }
    });
}

// m = act(gate) ⊙ up: ReLU² (bitnet-b1.58) or SiLU (bitnet, llama); written over gate.
void ForwardPass::gatedActivation(int n_tok) {
    const size_t n = size_t(n_tok) * hp_.n_ff;
    float* g = ws_.gate.data();
    const float* u = ws_.up.data();
    if (hp_.activation == FfnActivation::Relu2) {
        for (size_t i = 0; i < n; ++i) {
            const float r = g[i] > 0.0f ? g[i] : 0.0f;
            g[i] = (r * r) * u[i];
        }
    } else {
        for (size_t i = 0; i < n; ++i)
            g[i] = (g[i] / (1.0f + std::exp(-g[i]))) * u[i];
    }
}

void ForwardPass::addResidual(int n_tok) {
    const size_t n = size_t(n_tok) * hp_.n_embd;
    for (size_t i = 0; i < n; ++i)
        ws_.x[i] += ws_.projected[i];
}

// logits = head · RMSNorm(h, output_norm), for the last token or all of them.
void ForwardPass::outputHead(int n_tok, float* logits, bool all_logits) {
    const uint32_t n_embd = hp_.n_embd;
    const int first = all_logits ? 0 : n_tok - 1;
    rmsNorm(ws_.x.data() + size_t(first) * n_embd, n_tok - first, n_embd, model_.outputNorm(),
            ws_.last_hidden.data());
    for (int t = first; t < n_tok; ++t)
        mm_.head(model_.outputHead(), ws_.last_hidden.data() + size_t(t - first) * n_embd,
                 logits + (all_logits ? size_t(t) * hp_.n_vocab : 0));
}

} // namespace trit
