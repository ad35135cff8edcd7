"""Ternary models end to end (ENGINE_SPEC §1.5): over several random sequences the engine's top-1 token
must agree with the reference on >= 95 % of positions, and everywhere the reference's top-1 margin exceeds
0.5 logits. The TQ1_0 and TQ2_0 copies of the same weights must give bit-identical engine logits."""

import harness
import numpy as np

from bitnet_ref import BitnetReference
from engine_runner import TINY_SHAPE, VARIANTS, Engine, print_table, relative_error

TOP1_AGREEMENT, CLEAR_MARGIN = 0.95, 0.5
N_SEQUENCES, SEQUENCE_LENGTH = 4, 64
TYPES = (("i2_s", False), ("tq1_0", False), ("tq2_0", False), ("f32", True))
checks = harness.Checks("ternary end to end")
# The engine's default f16 KV cache; the reference rounds K and V to f16 the same way.
engine = Engine(harness.work_dir("ternary_e2e"), kv="f16")
vocab = TINY_SHAPE["vocab"]

rows = []
for variant in VARIANTS:
    arch = variant[0]
    sequences = np.random.default_rng(5).integers(0, vocab, size=(N_SEQUENCES, SEQUENCE_LENGTH))
    engine_logits = {}
    for ternary_type, bitlinear_float in TYPES:
        label = f"{arch} {ternary_type}{' bitlinear-float' if bitlinear_float else ''}"
        path = engine.mkmodel(variant, ternary_type)
        reference = BitnetReference(path, bitlinear_float=bitlinear_float, kv_f16=True)
        agree = positions = clear = clear_agree = 0
        worst_error = 0.0
        all_logits = []
        for tokens in sequences:
            expected = reference.forward(tokens)
            got = engine.logits(path, tokens, vocab, bitlinear_float)
            all_logits.append(got)
            top = np.sort(expected, axis=1)
            margin = top[:, -1] - top[:, -2]
            same = np.argmax(got, axis=1) == np.argmax(expected, axis=1)
            agree += int(same.sum())
            positions += len(tokens)
            clear += int((margin > CLEAR_MARGIN).sum())
            clear_agree += int((same & (margin > CLEAR_MARGIN)).sum())
            worst_error = max(worst_error, relative_error(got, expected).max())
            for position in np.flatnonzero(~same & (margin > CLEAR_MARGIN)):
                checks.check(False, f"{label}: position {position} of {list(tokens)}: engine top-1 "
                                    f"{int(np.argmax(got[position]))}, reference {int(np.argmax(expected[position]))}"
                                    f" with margin {margin[position]:.3f} > {CLEAR_MARGIN}")
        engine_logits[ternary_type] = np.stack(all_logits)
        checks.check(agree / positions >= TOP1_AGREEMENT, f"{label}: top-1 agreement {agree / positions:.2%} "
                                                          f"< {TOP1_AGREEMENT:.0%}")
        checks.check(clear == clear_agree, f"{label}: {clear - clear_agree} clear-margin positions disagree")
        rows.append([arch, ternary_type + ("+blf" if bitlinear_float else ""), f"{agree / positions:.2%}",
                     f"{clear_agree}/{clear}", f"{worst_error:.2e}"])
    checks.check(np.array_equal(engine_logits["tq1_0"], engine_logits["tq2_0"]),
                 f"{arch}: the engine's TQ1_0 and TQ2_0 logits of the same weights are not bit-identical")

print_table(f"Ternary models end to end ({N_SEQUENCES} x {SEQUENCE_LENGTH} tokens; blf = --bitlinear-float "
            f"on F32; clear = reference top-1 margin > {CLEAR_MARGIN})",
            ["arch", "type", "top-1 agree", "clear agree", "max rel logit err"], rows)
checks.finish()
