#pragma once
// Every buffer the forward pass writes, allocated once per session for batches of up to kMaxBatch tokens,
// so no token allocates memory.
#include <cstdint>
#include <vector>

namespace trit {

struct ModelInfo;
struct ModelHparams;

struct WorkspaceShape {
    uint32_t n_embd = 0, q_dim = 0, kv_dim = 0, n_ff = 0, n_vocab = 0, n_head = 0, n_rot = 0, n_ctx = 0;
    uint32_t n_tasks = 1;    // parallel tasks that need private scratch
    uint32_t widest() const; // the widest activation vector
};

class Workspace {
public:
    static constexpr uint32_t kMaxBatch = 64; // tokens per forward step; longer prompts run in steps

    explicit Workspace(const WorkspaceShape& shape);
    static WorkspaceShape shapeOf(const ModelHparams& hp, uint32_t n_ctx, uint32_t n_tasks);
    static uint64_t bytesFor(const ModelInfo& info, uint32_t n_ctx);
    uint64_t bytes() const;

    WorkspaceShape shape;
    std::vector<float> x;           // residual stream, batch x n_embd
    std::vector<float> normed;      // RMSNorm output fed to the next products, batch x widest
    std::vector<float> q, k, v;     // batch x q_dim / kv_dim
    std::vector<float> attn;        // attention output, batch x q_dim
    std::vector<float> gate, up;    // batch x n_ff
    std::vector<float> projected;   // output of attn_output / ffn_down, batch x n_embd
    std::vector<int8_t> codes;      // int8 activations, batch x widest
    std::vector<float> act_scale;   // per token
    std::vector<int32_t> act_sum;   // per token: sum of its codes
    std::vector<int32_t> acc;       // integer products, batch x widest
    std::vector<float> rope;        // cos/sin per token: batch x n_rot
    std::vector<float> scores;      // attention weights, n_head x n_ctx
    std::vector<float> row;         // dequantized weight rows, n_tasks x widest (or n_embd for the head)
    std::vector<float> last_hidden; // normalized final hidden state of the batch, batch x n_embd
};

} // namespace trit
