"""Ternary models layer by layer with teacher forcing (ENGINE_SPEC §1.5): each block of the engine gets the
reference's input for that block; >= 99.9 % of the int8 codes of every BitLinear input must be identical,
and the block output must be within 1e-3 relative (1e-4 for tokens where no code flipped)."""

import harness
import numpy as np

from bitnet_ref import BitnetReference
from engine_runner import ARCHS, TINY_SHAPE, Engine, print_table, relative_error

CODE_AGREEMENT = 0.999
TOLERANCE, TOLERANCE_NO_FLIP = 1e-3, 1e-4
SECTIONS = ("attn input", "attn sub-norm out", "ffn input", "ffn sub-norm out")
TYPES = (("i2_s", False), ("tq1_0", False), ("tq2_0", False), ("f32", True))
checks = harness.Checks("ternary layers")
# The engine's default f16 KV cache; the reference rounds K and V to f16 the same way.
engine = Engine(harness.work_dir("ternary_layers"), kv="f16")
rng = np.random.default_rng(99)
vocab = TINY_SHAPE["vocab"]

rows = []
for arch in ARCHS:
    for ternary_type, bitlinear_float in TYPES:
        label = f"{arch} {ternary_type}{' bitlinear-float' if bitlinear_float else ''}"
        path = engine.mkmodel(arch, ternary_type)
        reference = BitnetReference(path, bitlinear_float=bitlinear_float, kv_f16=True)
        hp = reference.hp
        bounds = np.cumsum([0, hp.n_embd, hp.n_head * hp.head_dim, hp.n_embd, hp.n_ff])
        tokens = rng.integers(0, vocab, size=64)
        _, captures = reference.forward(tokens, capture=True)
        for index, capture in enumerate(captures):
            out, codes = engine.layer(path, index, capture.h_in, bounds[-1], bitlinear_float)
            same = codes == capture.codes
            agreement = same.mean()
            flipped = ~same.all(axis=1)
            error = relative_error(out, capture.h_out)
            where = f"{label} layer {index}"
            for name, lo, hi in zip(SECTIONS, bounds[:-1], bounds[1:]):
                section = same[:, lo:hi].mean()
                checks.check(section >= CODE_AGREEMENT, f"{where}: codes of the {name} agree on only "
                                                        f"{section:.4%} (need {CODE_AGREEMENT:.1%})")
            checks.check(error.max() <= TOLERANCE, f"{where}: output relative error {error.max():.2e} at "
                                                   f"token {int(np.argmax(error))} (limit {TOLERANCE:g})")
            clean = error[~flipped]
            worst_clean = clean.max() if len(clean) else 0.0
            checks.check(worst_clean <= TOLERANCE_NO_FLIP, f"{where}: output relative error {worst_clean:.2e} "
                                                           f"on a token without code flips (limit 1e-4)")
            rows.append([arch, ternary_type + ("+blf" if bitlinear_float else ""), index, f"{agreement:.5%}",
                         int(flipped.sum()), f"{error.max():.2e}", f"{worst_clean:.2e}"])

print_table("Ternary models, layer by layer (64 tokens, teacher forcing; blf = --bitlinear-float on F32)",
            ["arch", "type", "layer", "codes identical", "tokens w/ flip", "max rel err", "max rel err (no flip)"],
            rows)
checks.finish()
