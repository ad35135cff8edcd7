"""Float-weight models (linear weights F32/F16, activation quantization off), every arch and embedding type:
the engine's logits must be within 1e-4 of the largest |logit| at every position of a 64-token sequence,
and 32 greedily generated tokens must be identical (ENGINE_SPEC §1.5, issue 3)."""

import harness
import numpy as np

from bitnet_ref import BitnetReference
from engine_runner import TINY_SHAPE, VARIANTS, Engine, print_table, relative_error

TOLERANCE = 1e-4
checks = harness.Checks("float-weight logits")
# Both sides in f32 (KV cache too): §1.5 expects ~1e-5 relative agreement of float paths.
engine = Engine(harness.work_dir("float_logits"), kv="f32")
rng = np.random.default_rng(2024)
vocab = TINY_SHAPE["vocab"]

CASES = [(variant, linear, "f16") for variant in VARIANTS for linear in ("f32", "f16")]
CASES += [(VARIANTS[0], "f32", embd) for embd in ("f32", "bf16", "q8_0", "q4_k", "q6_k")]

rows = []
for variant, linear_type, embd_type in CASES:
    arch = variant[0]
    label = f"{arch} linear={linear_type} embd={embd_type}"
    path = engine.mkmodel(variant, linear_type, embd_type)
    reference = BitnetReference(path)
    tokens = rng.integers(0, vocab, size=64)
    expected = reference.forward(tokens)
    got = engine.logits(path, tokens, vocab)
    error = relative_error(got, expected)
    worst = int(np.argmax(error))
    checks.check(error.max() <= TOLERANCE, f"{label}: logits at position {worst} differ by {error[worst]:.2e} "
                                           f"of the largest |logit| (limit {TOLERANCE:g})")
    prompt = list(tokens[:8])
    expected_ids = reference.generate(prompt, 32)
    got_ids = engine.generate(path, prompt, 32)
    same = expected_ids == got_ids
    if same:
        checks.check(True, "")
    else:
        first = next((i for i, (a, b) in enumerate(zip(expected_ids, got_ids)) if a != b), len(got_ids))
        step_logits = reference.forward(prompt + expected_ids[:first])[-1]
        top2 = np.sort(step_logits)[-2:]
        checks.check(False, f"{label}: greedy generation differs from step {first}: reference "
                            f"{expected_ids}, engine {got_ids} (reference top-1 margin there "
                            f"{top2[1] - top2[0]:.3g})")
    rows.append([arch, linear_type, embd_type, f"{error.max():.2e}", "yes" if same else "NO"])

print_table("Float-weight models: max relative logit error (per position, vs largest |logit|), greedy 32",
            ["arch", "linear", "embd", "max rel err", "greedy same"], rows)
checks.finish()
