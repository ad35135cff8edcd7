#pragma once
// The forward pass of ENGINE_SPEC §1.2, one function per step, for a batch of up to Workspace::kMaxBatch
// tokens at consecutive positions. Every float reduction runs in one fixed order (kernels' dot order,
// sequential sums in increasing index), never split across threads, so results do not depend on the
// kernel path or the thread count.
#include "model/KvCache.h"
#include "model/MatMul.h"
#include "model/ModelImpl.h"
#include "model/Workspace.h"

#include <cstdint>
#include <vector>

namespace trit {

// The int8 codes of each BitLinear input of one block (teacher-forcing checks), n_tok x dim each;
// runBlock() appends to them.
struct BlockCodes {
    std::vector<int8_t> attn_input, attn_sub_norm, ffn_input, ffn_sub_norm;
};

class ForwardPass {
public:
    ForwardPass(const ModelImpl& model, KvCache& cache, Workspace& ws, ThreadPool& pool);

    // Appends n_tok tokens at positions pos0.. to the cache. Writes the logits of the last token, or of every
    // token (n_tok x n_vocab) when all_logits; logits may be null to skip the head.
    void run(const int32_t* tokens, int n_tok, uint32_t pos0, float* logits, bool all_logits);
    // Runs block `layer` alone on x (n_tok x n_embd, replaced by the block's output), positions pos0...
    void runBlock(uint32_t layer, float* x, int n_tok, uint32_t pos0, BlockCodes* codes);

private:
    void embed(const int32_t* tokens, int n_tok);
    void block(uint32_t layer, int n_tok, uint32_t pos0, BlockCodes* codes);
    void rmsNorm(const float* x, int n_tok, uint32_t n, const std::vector<float>& weight, float* out) const;
    void quantizeInput(const float* x, int n_tok, uint32_t n, std::vector<int8_t>* record);
    void ropeAngles(int n_tok, uint32_t pos0);
    void rope(float* x, int n_tok, uint32_t n_heads, uint32_t row_stride) const;
    void storeKv(uint32_t layer, int n_tok, uint32_t pos0);
    void attention(uint32_t layer, int n_tok, uint32_t pos0);
    void gatedActivation(int n_tok);
    void addResidual(int n_tok);
    void outputHead(int n_tok, float* logits, bool all_logits);

    const ModelImpl& model_;
    const ModelHparams& hp_;
    KvCache& cache_;
    Workspace& ws_;
    ThreadPool& pool_;
    const kernels::KernelTable& k_; // read once per pass: forceKernelPath() may switch it between passes
    MatMul mm_;
};

} // namespace trit
