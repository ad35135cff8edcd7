"""Independent numpy forward pass of ENGINE_SPEC.md §1.2-§1.5 for the archs bitnet-b1.58 / bitnet-25,
bitnet and llama.

Float weights are a plain float matmul; ternary weights (I2_S, TQ1_0, TQ2_0) go through BitLinear with
per-token int8 activations and the exact rounding order of §1.5. Matmuls accumulate in double and round
to f32 once, so this is the "exact" side of every comparison; the places where the spec prescribes f32 or
double (RMSNorm, the BitLinear scale, the RoPE angle recurrence) follow it literally.
"""

import numpy as np

from gguf_reader import TERNARY_TYPES, GgufFile

BITNET_158_ARCHS = ("bitnet-b1.58", "bitnet-25")
SUPPORTED_ARCHS = BITNET_158_ARCHS + ("bitnet", "llama")
LINEAR_NAMES = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")
F32 = np.float32


def quantize_activations(x):
    """§1.3/§1.5: per row, amax in double from 1e-5, s = f32(127/amax), q = rint(x*s) clamped to int8."""
    amax = np.maximum(np.abs(x).max(axis=-1).astype(np.float64), 1e-5)
    s = (127.0 / amax).astype(F32)
    q = np.clip(np.rint(x * s[:, None]), -128, 127).astype(np.int8)
    return q, s


class Linear:
    """One linear layer: either float weights W [rows, K] or ternary codes [rows, K] with a scale."""

    def __init__(self, weights=None, codes=None, scale=None, extra_scale=None):
        self.weights = None if weights is None else weights.astype(np.float64)
        self.codes = None if codes is None else codes.astype(np.float64)
        self.extra_scale = extra_scale  # the optional `.scale` tensor of arch `bitnet`
        self.block_scales = None
        if scale is not None and np.ndim(scale) > 0:
            unique = np.unique(scale)
            if len(unique) == 1:
                scale = unique[0]
            else:
                self.block_scales = scale.astype(np.float64)  # TQ files with differing per-block d
        self.scale = None if scale is None else F32(np.asarray(scale).reshape(-1)[0])

    @classmethod
    def ternarized(cls, weights, extra_scale=None):
        """BitLinear for float weights (§1.3): gamma = max(mean|W|, 1e-5), t = clamp(round(W / gamma), -1, 1),
        dequantised weight gamma * t. A tensor that is already ternary (all non-zero |w| equal, an F32 copy
        holding ±γ/0) keeps that magnitude as its scale, as the converter's quantize_i2_s does (scale =
        max|w|): absmean would give γ times the fraction of non-zeros instead of γ."""
        magnitudes = np.unique(np.abs(weights[weights != 0]))
        if len(magnitudes) == 1:
            return cls(codes=np.sign(weights), scale=F32(magnitudes[0]), extra_scale=extra_scale)
        gamma = F32(max(float(np.abs(weights.astype(np.float64)).mean()), 1e-5))
        codes = np.clip(np.rint(weights / gamma), -1, 1)
        return cls(codes=codes, scale=gamma, extra_scale=extra_scale)

    @property
    def is_ternary(self):
        return self.codes is not None

    def __call__(self, x, q=None, s=None):
        if self.is_ternary:
            if q is None:
                q, s = quantize_activations(x)
            y = self._bitlinear(q, s)
        else:
            y = (x.astype(np.float64) @ self.weights.T).astype(F32)
        if self.extra_scale is not None:
            y = y * self.extra_scale
        return y

    def _bitlinear(self, q, s):
        qd = q.astype(np.float64)
        if self.block_scales is None:
            acc = (qd @ self.codes.T).astype(F32)  # exact integers; |acc| <= 128*K < 2^24 at our sizes
            return (acc / s[:, None]).astype(F32) * self.scale
        k_blocks = self.block_scales.shape[1]
        qb = qd.reshape(len(qd), k_blocks, -1)
        cb = self.codes.reshape(len(self.codes), k_blocks, -1)
        acc = np.einsum("tbk,rbk->trb", qb, cb)
        return ((acc * self.block_scales[None]).sum(axis=-1) / s[:, None]).astype(F32)


class Hparams:
    def __init__(self, gguf):
        meta = gguf.metadata
        self.arch = meta["general.architecture"]
        if self.arch not in SUPPORTED_ARCHS:
            raise ValueError(f"{gguf.path}: architecture {self.arch!r} not in {SUPPORTED_ARCHS}")
        a = self.arch
        self.n_embd = int(meta[f"{a}.embedding_length"])
        self.n_layer = int(meta[f"{a}.block_count"])
        self.n_head = int(meta[f"{a}.attention.head_count"])
        self.n_head_kv = int(meta.get(f"{a}.attention.head_count_kv", self.n_head))
        self.n_ff = int(meta[f"{a}.feed_forward_length"])
        self.head_dim = self.n_embd // self.n_head
        self.n_rot = int(meta.get(f"{a}.rope.dimension_count", self.head_dim))
        self.rope_base = float(meta.get(f"{a}.rope.freq_base", 10000.0))
        self.eps = F32(meta.get(f"{a}.attention.layer_norm_rms_epsilon", 1e-5))
        if a in BITNET_158_ARCHS:
            self.activation = "relu2"
        elif a == "bitnet":
            self.activation = "relu2" if meta.get("bitnet.hidden_activation") == "relu2" else "silu"
        else:
            self.activation = "silu"
        # bitnet arches keep HF's rotate_half layout (NEOX); llama's converter permutes q/k (NORM), §1.4.
        self.rope_neox = a != "llama"


def rms_norm(x, weight, eps):
    """§1.5: scale = 1/sqrtf(f32(sum_double(x^2)/n) + eps), y = (x*scale)*w, all per row."""
    mean_square = ((x.astype(np.float64) ** 2).sum(axis=-1) / x.shape[-1]).astype(F32)
    scale = (F32(1.0) / np.sqrt(mean_square + eps)).astype(F32)
    return (x * scale[:, None]) * weight


def rope_angles(n_tokens, n_rot, base):
    """§1.5: per position p, theta_0 = p and theta_{i+1} = theta_i * f32(base^(-2/n_rot)), all in f32."""
    step = F32(base ** (-2.0 / n_rot))
    theta = np.empty((n_tokens, n_rot // 2), F32)
    theta[:, 0] = np.arange(n_tokens, dtype=F32)
    for i in range(1, n_rot // 2):
        theta[:, i] = theta[:, i - 1] * step
    return np.cos(theta), np.sin(theta)


def apply_rope(x, cos, sin, n_rot, neox):
    """x [T, heads, head_dim]; rotates the first n_rot dims: pairs (i, i+n_rot/2) for NEOX, (2i, 2i+1)."""
    x = x.copy()
    half = n_rot // 2
    if neox:
        lo, hi = x[..., :half].copy(), x[..., half:n_rot].copy()
        idx_lo, idx_hi = slice(0, half), slice(half, n_rot)
    else:
        lo, hi = x[..., 0:n_rot:2].copy(), x[..., 1:n_rot:2].copy()
        idx_lo, idx_hi = slice(0, n_rot, 2), slice(1, n_rot, 2)
    c, s = cos[:, None, :], sin[:, None, :]
    x[..., idx_lo] = lo * c - hi * s
    x[..., idx_hi] = lo * s + hi * c
    return x


def attention(q, k, v, n_head, n_head_kv):
    """Causal GQA attention, q [T,H,d], k/v [T,Hkv,d]; query head h reads KV head h // (H/Hkv)."""
    n_tokens, _, head_dim = q.shape
    group = n_head // n_head_kv
    kh = np.repeat(k.astype(np.float64), group, axis=1).transpose(1, 2, 0)  # [H, d, T]
    vh = np.repeat(v.astype(np.float64), group, axis=1).transpose(1, 0, 2)  # [H, T, d]
    scores = (q.astype(np.float64).transpose(1, 0, 2) @ kh / np.sqrt(head_dim)).astype(F32)  # [H, T, T]
    scores[:, np.triu(np.ones((n_tokens, n_tokens), bool), 1)] = -np.inf
    probs = np.exp(scores - scores.max(axis=-1, keepdims=True))
    probs = probs / probs.sum(axis=-1, keepdims=True)
    out = (probs.astype(np.float64) @ vh).astype(F32)  # [H, T, d]
    return out.transpose(1, 0, 2).reshape(n_tokens, n_head * head_dim)


class LayerCapture:
    """What a block saw: its input and output hidden states and the int8 codes of its BitLinear inputs."""

    def __init__(self, h_in, h_out, codes):
        self.h_in, self.h_out = h_in, h_out
        self.codes = codes  # [T, n_embd + n_q + n_embd + n_ff]: a, attention sub-norm out, f, ffn sub-norm out


class BitnetReference:
    def __init__(self, path, bitlinear_float=False, kv_f16=False):
        self.gguf = GgufFile(path)
        self.hp = Hparams(self.gguf)
        self.kv_f16 = kv_f16
        self.bitlinear_float = bitlinear_float
        self.embeddings = self.gguf.tensor("token_embd.weight")
        if self.hp.arch == "llama" and "output.weight" in self.gguf.tensors:
            self.head = self.gguf.tensor("output.weight")
        else:
            self.head = self.embeddings  # tied head (always for the bitnet arches, §1.2)
        self.output_norm = self.gguf.tensor("output_norm.weight")
        self.layers = [self._load_layer(i) for i in range(self.hp.n_layer)]

    def _load_layer(self, index):
        prefix = f"blk.{index}."
        tensors = self.gguf.tensors
        layer = {"attn_norm": self.gguf.tensor(prefix + "attn_norm.weight"),
                 "ffn_norm": self.gguf.tensor(prefix + "ffn_norm.weight")}
        for norm in ("attn_sub_norm", "ffn_sub_norm"):
            if prefix + norm + ".weight" in tensors:
                layer[norm] = self.gguf.tensor(prefix + norm + ".weight")
        for name in LINEAR_NAMES:
            weight_name, scale_name = prefix + name + ".weight", prefix + name + ".scale"
            extra = F32(self.gguf.tensor(scale_name).reshape(-1)[0]) if scale_name in tensors else None
            if tensors[weight_name].type_id in TERNARY_TYPES:
                codes, scale = self.gguf.ternary(weight_name)
                layer[name] = Linear(codes=codes, scale=scale, extra_scale=extra)
            elif self.bitlinear_float:
                layer[name] = Linear.ternarized(self.gguf.tensor(weight_name), extra_scale=extra)
            else:
                layer[name] = Linear(weights=self.gguf.tensor(weight_name), extra_scale=extra)
        return layer

    def embed(self, tokens):
        return self.embeddings[np.asarray(tokens, np.int64)].astype(F32)

    def layer(self, index, h, override=None):
        """Runs block `index` on hidden states h [T, n_embd] at positions 0..T-1; returns LayerCapture.
        override(stage, x, q, s) -> q may replace the int8 codes of BitLinear input `stage` (0..3, in the
        order of LayerCapture.codes), e.g. to replay another implementation's rounding decisions."""
        hp, w = self.hp, self.layers[index]
        n_tokens = len(h)

        def quantize(stage, x):
            q, s = quantize_activations(x)
            return (override(stage, x, q, s) if override else q), s

        a = rms_norm(h, w["attn_norm"], hp.eps)
        qa, sa = quantize(0, a)
        q = w["attn_q"](a, qa, sa).reshape(n_tokens, hp.n_head, hp.head_dim)
        k = w["attn_k"](a, qa, sa).reshape(n_tokens, hp.n_head_kv, hp.head_dim)
        v = w["attn_v"](a, qa, sa).reshape(n_tokens, hp.n_head_kv, hp.head_dim)
        cos, sin = rope_angles(n_tokens, hp.n_rot, hp.rope_base)
        q = apply_rope(q, cos, sin, hp.n_rot, hp.rope_neox)
        k = apply_rope(k, cos, sin, hp.n_rot, hp.rope_neox)
        if self.kv_f16:
            k, v = k.astype(np.float16).astype(F32), v.astype(np.float16).astype(F32)
        o = attention(q, k, v, hp.n_head, hp.n_head_kv)
        if "attn_sub_norm" in w:
            o = rms_norm(o, w["attn_sub_norm"], hp.eps)
        qo, so = quantize(1, o)
        h = h + w["attn_output"](o, qo, so)
        f = rms_norm(h, w["ffn_norm"], hp.eps)
        qf, sf = quantize(2, f)
        gate, up = w["ffn_gate"](f, qf, sf), w["ffn_up"](f, qf, sf)
        if hp.activation == "relu2":
            act = np.maximum(gate, F32(0)) ** 2
        else:
            act = gate / (F32(1) + np.exp(-gate))
        m = (act * up).astype(F32)
        if "ffn_sub_norm" in w:
            m = rms_norm(m, w["ffn_sub_norm"], hp.eps)
        qm, sm = quantize(3, m)
        out = h + w["ffn_down"](m, qm, sm)
        return LayerCapture(None, out, np.concatenate([qa, qo, qf, qm], axis=1))

    def forward(self, tokens, capture=False):
        """Logits [T, n_vocab] of every position; with capture=True also the list of LayerCapture."""
        h = self.embed(tokens)
        captures = []
        for index in range(self.hp.n_layer):
            result = self.layer(index, h)
            result.h_in = h
            captures.append(result)
            h = result.h_out
        h = rms_norm(h, self.output_norm, self.hp.eps)
        logits = (h.astype(np.float64) @ self.head.T.astype(np.float64)).astype(F32)
        return (logits, captures) if capture else logits

    def generate(self, tokens, n_new):
        """Greedy generation (full recompute per step: the reference favours clarity over speed)."""
        tokens = list(tokens)
        generated = []
        for _ in range(n_new):
            next_token = int(np.argmax(self.forward(tokens)[-1]))
            generated.append(next_token)
            tokens.append(next_token)
        return generated
