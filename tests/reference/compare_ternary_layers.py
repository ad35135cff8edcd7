"""Ternary models layer by layer with teacher forcing (ENGINE_SPEC §1.5): each block of the engine gets the
reference's input for that block; >= 99.9 % of the int8 codes of every BitLinear input must be identical,
and the block output must be within 1e-4 relative for tokens where no code flipped.

Tokens with a flipped code: one flip on a random model cascades into dozens of later flips and can move
the output by ~1e-2 relative (seen: bitnet-b1.58, 1 flip -> 9.8e-3), beyond the spec's 1e-3. So instead of
a loose bound, the reference replays the block with the engine's codes: every flip the reference did not
already inherit from an earlier one must be a rounding tie (the two codes differ by 1 and x*s lies within
BOUNDARY of a half-integer), and the replayed output must then match to 1e-4 on every token."""

import harness
import numpy as np

from bitnet_ref import BitnetReference
from engine_runner import TINY_SHAPE, VARIANTS, Engine, print_table, relative_error

CODE_AGREEMENT = 0.999
TOLERANCE = 1e-4
BOUNDARY = 2e-3  # in code units: ~1e-5 relative upstream difference at |x*s| = 127
SECTIONS = ("attn input", "attn sub-norm out", "ffn input", "ffn sub-norm out")
TYPES = (("i2_s", False), ("tq1_0", False), ("tq2_0", False), ("f32", True))
checks = harness.Checks("ternary layers")
# The engine's default f16 KV cache; the reference rounds K and V to f16 the same way.
engine = Engine(harness.work_dir("ternary_layers"), kv="f16")
rng = np.random.default_rng(99)
vocab = TINY_SHAPE["vocab"]



def replay(reference, index, h_in, engine_codes, bounds, where):
    """Re-runs the block with the engine's codes substituted at each BitLinear input, in order; returns
    (replayed output, number of flips that were rounding ties). Other flips are reported as failures."""
    ties = 0

    def substitute(stage, x, q, s):
        nonlocal ties
        theirs = engine_codes[:, bounds[stage]:bounds[stage + 1]]
        differ = theirs != q
        if differ.any():
            scaled = x * s[:, None]
            tie_distance = np.abs(scaled - np.floor(scaled) - 0.5)
            tie = (np.abs(theirs.astype(np.int32) - q) == 1) & (tie_distance <= BOUNDARY)
            ties += int((differ & tie).sum())
            for token, element in np.argwhere(differ & ~tie)[:5]:
                checks.check(False, f"{where}: {SECTIONS[stage]} code [{token}, {element}] is "
                                    f"{theirs[token, element]} in the engine, {q[token, element]} in the "
                                    f"reference (x*s = {scaled[token, element]:.5f}: not a rounding tie)")
        return theirs

    return reference.layer(index, h_in, override=substitute).h_out, ties


rows = []
for variant in VARIANTS:
    arch = variant[0]
    for ternary_type, bitlinear_float in TYPES:
        label = f"{arch} {ternary_type}{' bitlinear-float' if bitlinear_float else ''}"
        path = engine.mkmodel(variant, ternary_type)
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
            clean = error[~flipped]
            worst_clean = clean.max() if len(clean) else 0.0
            checks.check(worst_clean <= TOLERANCE, f"{where}: output relative error {worst_clean:.2e} "
                                                   f"on a token without code flips (limit {TOLERANCE:g})")
            replayed_out, ties = replay(reference, index, capture.h_in, codes, bounds, where)
            replayed = relative_error(out, replayed_out)
            checks.check(replayed.max() <= TOLERANCE, f"{where}: output relative error {replayed.max():.2e} "
                                                      f"after replaying the engine's codes (limit {TOLERANCE:g})")
            rows.append([arch, ternary_type + ("+blf" if bitlinear_float else ""), index, f"{agreement:.5%}",
                         int(flipped.sum()), ties, f"{error.max():.2e}", f"{worst_clean:.2e}",
                         f"{replayed.max():.2e}"])

print_table("Ternary models, layer by layer (64 tokens, teacher forcing; blf = --bitlinear-float on F32)",
            ["arch", "type", "layer", "codes identical", "tokens w/ flip", "tie flips", "max rel err",
             "max rel err (no flip)", "max rel err (replayed)"],
            rows)
checks.finish()
