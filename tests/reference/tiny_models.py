"""Tiny random models written with gguf_writer, for testing the reference on files of our own."""

import numpy as np

from gguf_reader import F32, I2_S
from gguf_writer import GgufWriter

SHAPES = {"n_embd": 256, "n_layer": 2, "n_head": 4, "n_head_kv": 2, "n_ff": 512, "n_vocab": 300}


def random_ternary(rng, shape):
    return rng.integers(-1, 2, size=shape).astype(np.int8)


def write_tiny_model(path, arch="bitnet-b1.58", ternary_type=I2_S, embd_type=F32, seed=1, untied=False,
                     shapes=SHAPES):
    """Same seed -> same ternary weights and norms whatever the storage types (like `trit mkmodel`)."""
    rng = np.random.default_rng(seed)
    e, ff, vocab = shapes["n_embd"], shapes["n_ff"], shapes["n_vocab"]
    head_dim = e // shapes["n_head"]
    kv = shapes["n_head_kv"] * head_dim
    w = GgufWriter()
    w.add("general.architecture", arch)
    w.add(f"{arch}.embedding_length", e)
    w.add(f"{arch}.block_count", shapes["n_layer"])
    w.add(f"{arch}.attention.head_count", shapes["n_head"])
    w.add(f"{arch}.attention.head_count_kv", shapes["n_head_kv"])
    w.add(f"{arch}.feed_forward_length", ff)
    w.add(f"{arch}.rope.dimension_count", head_dim)
    w.add(f"{arch}.rope.freq_base", 500000.0)
    w.add(f"{arch}.attention.layer_norm_rms_epsilon", 1e-5)
    w.add(f"{arch}.vocab_size", vocab)
    w.add_float("token_embd.weight", rng.standard_normal((vocab, e)).astype(np.float32), embd_type)
    w.add_float("output_norm.weight", 1 + 0.1 * rng.standard_normal(e))
    if untied:
        w.add_float("output.weight", rng.standard_normal((vocab, e)).astype(np.float32), embd_type)
    shapes_of = {"attn_q": (e, e), "attn_k": (kv, e), "attn_v": (kv, e), "attn_output": (e, e),
                 "ffn_gate": (ff, e), "ffn_up": (ff, e), "ffn_down": (e, ff)}
    sub_norms = arch != "llama"
    for layer in range(shapes["n_layer"]):
        prefix = f"blk.{layer}."
        w.add_float(prefix + "attn_norm.weight", 1 + 0.1 * rng.standard_normal(e))
        w.add_float(prefix + "ffn_norm.weight", 1 + 0.1 * rng.standard_normal(e))
        if sub_norms:
            w.add_float(prefix + "attn_sub_norm.weight", 1 + 0.1 * rng.standard_normal(e))
            w.add_float(prefix + "ffn_sub_norm.weight", 1 + 0.1 * rng.standard_normal(ff))
        for name, shape in shapes_of.items():
            codes = random_ternary(rng, shape)
            gamma = np.float32(rng.uniform(0.02, 0.08))
            if ternary_type == F32:
                w.add_float(prefix + name + ".weight", codes.astype(np.float32) * gamma)
            else:
                w.add_ternary(prefix + name + ".weight", codes, gamma, ternary_type)
            if arch == "bitnet":
                w.add_float(prefix + name + ".scale", np.array([rng.uniform(0.5, 2.0)], np.float32))
    w.write(path)
