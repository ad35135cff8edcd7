"""BitNet b1.58 network of ENGINE_SPEC §1.2 in PyTorch, trained natively in 1.58 bits.

Every linear layer is a BitLinear: in the forward pass the latent full-precision weight is replaced by its
absmean ternary version γ·clamp(round(W/γ), −1, 1) (γ per tensor) and each input row by its per-token absmax
int8 version (s = 127/max(amax, 1e-5), round half to even); gradients pass straight through both (STE), so
the optimizer updates the latent weights. With `exact=True` the layer computes what the engine computes:
the integer dot product of ternary codes and int8 codes, then acc / s · γ in f32 (ENGINE_SPEC §1.5).
"""
import dataclasses
import math

import torch
import torch.nn.functional as F
from torch import nn


@dataclasses.dataclass
class ModelConfig:
    vocab_size: int = 3072
    context_length: int = 256
    embedding_length: int = 256
    block_count: int = 4
    head_count: int = 4
    head_count_kv: int = 2
    feed_forward_length: int = 640
    rope_freq_base: float = 10000.0
    rms_epsilon: float = 1e-5

    @property
    def head_dim(self):
        return self.embedding_length // self.head_count


def ternary_weight(weight):
    """(codes in {−1, 0, 1}, γ) of the absmean quantization."""
    gamma = weight.abs().mean().clamp(min=1e-5)
    return (weight / gamma).round().clamp(-1, 1), gamma


def int8_activations(x):
    """(int8 codes as floats, scale s) of the per-token absmax quantization."""
    amax = x.abs().amax(dim=-1, keepdim=True).double().clamp(min=1e-5).float()
    scale = 127.0 / amax
    return (x * scale).round().clamp(-128, 127), scale


class BitLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        nn.init.normal_(self.weight, std=1.0 / math.sqrt(in_features))
        self.exact = False
        self.fixed_ternary = None

    def load_ternary(self, codes, gamma):
        """Use given ternary codes and scale (e.g. read back from a GGUF) instead of the latent weight."""
        self.fixed_ternary = (codes.float(), torch.tensor(gamma, dtype=torch.float32))

    def forward(self, x):
        codes, gamma = self.fixed_ternary or ternary_weight(self.weight)
        q, scale = int8_activations(x)
        if self.exact:
            # Integer accumulation is exact in f32 while 127·K < 2^24 (K ≤ 132,104).
            acc = F.linear(q, codes)
            return (acc / scale) * gamma
        weight = self.weight + (codes * gamma - self.weight).detach()
        x = x + (q / scale - x).detach()
        return F.linear(x, weight)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        mean_square = x.double().pow(2).mean(dim=-1, keepdim=True).float()
        return (x * (1.0 / torch.sqrt(mean_square + self.eps))) * self.weight


def rope_neox(x, positions, base):
    """x: [B, H, T, D]; rotates pairs (i, i + D/2) by positions · base^(−2i/D)."""
    half = x.shape[-1] // 2
    inv_freq = base ** (-torch.arange(0, half, dtype=torch.float64) * 2.0 / x.shape[-1])
    angles = (positions.double()[:, None, :, None] * inv_freq).float()  # [B, 1, T, half]
    cos, sin = angles.cos(), angles.sin()
    first, second = x[..., :half], x[..., half:]
    return torch.cat([first * cos - second * sin, first * sin + second * cos], dim=-1)


class Block(nn.Module):
    def __init__(self, config):
        super().__init__()
        dim, heads, kv_heads, head_dim = (
            config.embedding_length,
            config.head_count,
            config.head_count_kv,
            config.head_dim,
        )
        self.config = config
        self.attn_norm = RMSNorm(dim, config.rms_epsilon)
        self.attn_q = BitLinear(dim, heads * head_dim)
        self.attn_k = BitLinear(dim, kv_heads * head_dim)
        self.attn_v = BitLinear(dim, kv_heads * head_dim)
        self.attn_sub_norm = RMSNorm(heads * head_dim, config.rms_epsilon)
        self.attn_output = BitLinear(heads * head_dim, dim)
        self.ffn_norm = RMSNorm(dim, config.rms_epsilon)
        self.ffn_gate = BitLinear(dim, config.feed_forward_length)
        self.ffn_up = BitLinear(dim, config.feed_forward_length)
        self.ffn_sub_norm = RMSNorm(config.feed_forward_length, config.rms_epsilon)
        self.ffn_down = BitLinear(config.feed_forward_length, dim)

    def attention(self, a, positions, mask):
        c = self.config
        batch, length, _ = a.shape
        q = self.attn_q(a).view(batch, length, c.head_count, c.head_dim).transpose(1, 2)
        k = self.attn_k(a).view(batch, length, c.head_count_kv, c.head_dim).transpose(1, 2)
        v = self.attn_v(a).view(batch, length, c.head_count_kv, c.head_dim).transpose(1, 2)
        q = rope_neox(q, positions, c.rope_freq_base)
        k = rope_neox(k, positions, c.rope_freq_base)
        group = c.head_count // c.head_count_kv  # query head h reads KV head h // group
        k = k.repeat_interleave(group, dim=1)
        v = v.repeat_interleave(group, dim=1)
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(c.head_dim)
        scores = scores.masked_fill(~mask, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ v
        return out.transpose(1, 2).reshape(batch, length, c.head_count * c.head_dim)

    def forward(self, h, positions, mask):
        o = self.attn_sub_norm(self.attention(self.attn_norm(h), positions, mask))
        h = h + self.attn_output(o)
        f = self.ffn_norm(h)
        m = torch.relu(self.ffn_gate(f)).square() * self.ffn_up(f)
        return h + self.ffn_down(self.ffn_sub_norm(m))


class BitNetModel(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.token_embd = nn.Embedding(config.vocab_size, config.embedding_length)
        nn.init.normal_(self.token_embd.weight, std=0.02)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.block_count))
        self.output_norm = RMSNorm(config.embedding_length, config.rms_epsilon)

    def set_exact(self, exact):
        for module in self.modules():
            if isinstance(module, BitLinear):
                module.exact = exact

    def forward(self, tokens, positions=None, documents=None):
        """tokens [B, T]; positions restart at 0 in each packed document; tokens attend causally within
        their own document only, so a packed window trains exactly like separate conversations."""
        batch, length = tokens.shape
        if positions is None:
            positions = torch.arange(length).expand(batch, length)
        if documents is None:
            documents = torch.zeros(batch, length, dtype=torch.long)
        causal = torch.ones(length, length, dtype=torch.bool).tril()
        mask = (documents[:, :, None] == documents[:, None, :]) & causal
        mask = mask[:, None, :, :]
        h = self.token_embd(tokens)
        for block in self.blocks:
            h = block(h, positions, mask)
        return self.output_norm(h) @ self.token_embd.weight.t()
