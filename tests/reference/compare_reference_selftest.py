"""Checks the numpy reference itself, without the engine: the spec's worked examples, every codec against a
literal element-by-element transcription of the spec, and internal consistency of the forward pass."""

import os
import struct
import time

import harness
import numpy as np

import bitnet_ref
import gguf_reader as gr
import gguf_writer as gw
from tiny_models import write_tiny_model

checks = harness.Checks("reference self-test")
work = harness.work_dir("selftest")
rng = np.random.default_rng(7)


def test_i2s_worked_example():
    """§3.2: K = 128, t = [+1 x32, 0 x32, -1 x32, +1 x32] -> 32 x 0x92, gamma, 28 zero bytes; 64 bytes."""
    t = np.array([1] * 32 + [0] * 32 + [-1] * 32 + [1] * 32, np.int8)
    data = gw.encode_i2s(t, 0.5)
    checks.check(len(data) == 64, f"I2_S worked example is {len(data)} bytes, expected 64")
    checks.check(data[:32] == bytes([0x92] * 32), "I2_S worked example: codes are not 32 x 0x92")
    checks.check(struct.unpack("<f", data[32:36])[0] == 0.5 and data[36:] == bytes(28), "I2_S tail wrong")
    raw = np.frombuffer(data, np.uint8)
    checks.check(np.array_equal(gr.i2s_codes(raw, 128), t), "I2_S worked example does not decode back")
    stray = np.frombuffer(bytes([0xFF] * 32) + data[32:], np.uint8)
    checks.check(np.all(gr.i2s_codes(stray, 128) == 0), "I2_S code 3 must decode as 0")


def test_tq1_0_all_243_bytes():
    """§3.4: for every 5-trit combination, b = ceil(q*256/243) and trit n = (((b*3^n) mod 256)*3) >> 8."""
    trits = np.array(np.meshgrid(*[np.arange(3)] * 5, indexing="ij")).reshape(5, -1).T  # t0 first
    q = trits @ np.array([81, 27, 9, 3, 1])
    b = (q * 256 + 242) // 243
    decoded = np.stack(gr.tq1_trits(b.astype(np.uint8), 5), axis=1)
    checks.check(len(np.unique(b)) == 243, "TQ1_0: the 243 trit combinations do not give 243 bytes")
    checks.check(np.array_equal(decoded, trits), "TQ1_0: some byte does not decode to its 5 trits")


def literal_q6_k(block):
    """Q6_K exactly as §3.5 states it, one element at a time."""
    ql, qh, sc = block[:128].astype(int), block[128:192].astype(int), block[192:208].view(np.int8).astype(int)
    d = float(block[208:210].view("<f2")[0])
    y = np.zeros(256)
    for half in range(2):
        for l in range(32):
            is_ = l // 16
            L, H, S = ql[64 * half:], qh[32 * half:], sc[8 * half:]
            q1 = ((L[l] & 15) | ((H[l] >> 0) & 3) << 4) - 32
            q2 = ((L[l + 32] & 15) | ((H[l] >> 2) & 3) << 4) - 32
            q3 = ((L[l] >> 4) | ((H[l] >> 4) & 3) << 4) - 32
            q4 = ((L[l + 32] >> 4) | ((H[l] >> 6) & 3) << 4) - 32
            base = 128 * half
            y[base + l], y[base + l + 32] = d * S[is_] * q1, d * S[is_ + 2] * q2
            y[base + l + 64], y[base + l + 96] = d * S[is_ + 4] * q3, d * S[is_ + 6] * q4
    return y


def literal_q4_k(block):
    d, dmin = (float(v) for v in block[:4].view("<f2"))
    s, qs = block[4:16].astype(int), block[16:].astype(int)
    y = np.zeros(256)
    for j in range(8):
        if j < 4:
            sc, m = s[j] & 63, s[j + 4] & 63
        else:
            sc, m = (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4), (s[j + 4] >> 4) | ((s[j] >> 6) << 4)
        c, high = j // 2, j % 2
        for i in range(32):
            q = (qs[32 * c + i] >> 4) if high else (qs[32 * c + i] & 0xF)
            y[64 * c + 32 * high + i] = d * sc * q - dmin * m
    return y


def random_blocks(n_blocks, size, f16_offsets):
    raw = rng.integers(0, 256, size=(n_blocks, size), dtype=np.uint8)
    for offset in f16_offsets:  # keep the f16 scales finite and modest
        raw[:, offset:offset + 2] = np.float16(rng.uniform(-0.1, 0.1)).reshape(1).view(np.uint8)
    return raw


def test_k_quants_against_literal_spec():
    for name, size, scales, literal, decoder in (("Q6_K", 210, [208], literal_q6_k, gr.decode_q6_k),
                                                 ("Q4_K", 144, [0, 2], literal_q4_k, gr.decode_q4_k)):
        raw = random_blocks(3, size, scales)
        expected = np.concatenate([literal(b) for b in raw]).astype(np.float32)
        got = decoder(raw.reshape(-1))
        checks.check(np.allclose(got, expected, rtol=1e-6, atol=1e-7), f"{name} decoder differs from §3.5")


def test_ternary_round_trips():
    codes = rng.integers(-1, 2, size=(4, 512)).astype(np.int8)
    d = rng.uniform(0.01, 0.1, size=8).astype(np.float32)
    for name, encoder, decoder in (("TQ2_0", gw.encode_tq2_0, gr.tq2_0_codes),
                                   ("TQ1_0", gw.encode_tq1_0, gr.tq1_0_codes)):
        raw = np.frombuffer(encoder(codes, d), np.uint8)
        back, d_back = decoder(raw)
        checks.check(np.array_equal(back, codes.reshape(-1)), f"{name} codes do not round-trip")
        checks.check(np.array_equal(d_back, d.astype(np.float16).astype(np.float32)), f"{name} d wrong")
    # TQ2_0 lane 0 sits in the LOW bits (opposite of I2_S): element 0 = +1, rest 0 -> qs[0] = 0b01010110.
    one = np.zeros(256, np.int8)
    one[0] = 1
    checks.check(gw.encode_tq2_0(one, [1.0])[0] == 0b01010110, "TQ2_0 bit order (lane 0 low bits) wrong")


def test_file_round_trip():
    path = os.path.join(work, "all_types.gguf")
    writer = gw.GgufWriter(alignment=64)
    writer.add("general.architecture", "bitnet-b1.58")
    writer.add("test.flag", True)
    writer.add("test.ratio", 0.25)
    writer.add("test.words", ["Ġ Ġ", "héllo", ""])
    writer.add("test.numbers", [3, 1, 4])
    values = rng.standard_normal((3, 64)).astype(np.float32)
    exact = (np.round(values * 8) / 8).astype(np.float32)  # exactly representable in f16 and bf16
    writer.add_float("f32", values, gr.F32)
    writer.add_float("f16", exact, gr.F16)
    writer.add_float("bf16", exact, gr.BF16)
    writer.add_float("q8_0", values, gr.Q8_0)
    codes = rng.integers(-1, 2, size=(2, 256)).astype(np.int8)
    for type_id in gr.TERNARY_TYPES:
        writer.add_ternary(gr.TYPE_NAMES[type_id], codes, 0.125, type_id)
    writer.write(path)
    f = gr.GgufFile(path)
    meta = f.metadata
    checks.check(meta["test.flag"] is True and meta["test.ratio"] == 0.25, "scalar metadata wrong")
    checks.check(meta["test.words"] == ["Ġ Ġ", "héllo", ""], "string array metadata wrong")
    checks.check(list(meta["test.numbers"]) == [3, 1, 4] and f.alignment == 64, "u32 array / alignment wrong")
    checks.check(np.array_equal(f.tensor("f32"), values), "F32 tensor wrong")
    checks.check(np.array_equal(f.tensor("f16"), exact) and np.array_equal(f.tensor("bf16"), exact), "F16/BF16")
    checks.check(np.abs(f.tensor("q8_0") - values).max() <= np.abs(values).max() / 127, "Q8_0 out of tolerance")
    for type_id in gr.TERNARY_TYPES:
        name = gr.TYPE_NAMES[type_id]
        checks.check(np.array_equal(f.tensor(name), codes * np.float32(0.125)), f"{name} tensor values wrong")
        checks.check(f.tensors[name].offset % 64 == 0, f"{name} offset not aligned")


def test_bitlinear_formula():
    """§1.3/§1.5 by hand on one row: amax 2 -> s = 63.5, q = rint(x*s), y = f32(f32(acc)/s)*gamma."""
    x = np.array([[2.0, -1.0, 0.5, 0.0078740157]], np.float32)
    q, s = bitnet_ref.quantize_activations(x)
    checks.check(s[0] == np.float32(63.5) and list(q[0]) == [127, -64, 32, 0], f"quantize gave {q}, {s}")
    lin = bitnet_ref.Linear(codes=np.array([[1, -1, 1, 0]]), scale=np.float32(0.25))
    y = lin(x)
    checks.check(y[0, 0] == np.float32(np.float32(223) / np.float32(63.5)) * np.float32(0.25), f"y = {y}")
    # bitlinear_float on non-ternary weights: gamma = mean|W| = 0.234375, t = rint(W / gamma) clamped.
    general = bitnet_ref.Linear.ternarized(np.array([[0.5, -0.0625, 0.125, -0.25]], np.float32))
    checks.check(list(general.codes[0]) == [1, 0, 1, -1] and general.scale == np.float32(0.234375), "absmean")
    single = bitnet_ref.Linear.ternarized(np.array([[0.5, 0, -0.5, 0.5]], np.float32))
    checks.check(list(single.codes[0]) == [1, 0, -1, 1] and single.scale == np.float32(0.5), "ternary scale")


def test_forward_consistency():
    """Ternary storage types give identical logits; an F32 +-gamma copy with bitlinear_float equals them;
    a prefix gives the same logits as the full sequence (causality); NEOX RoPE matches the spec formula."""
    tokens = rng.integers(0, 300, size=64)
    for arch in ("bitnet-b1.58", "bitnet", "llama"):
        logits = {}
        for type_id in (gr.I2_S, gr.TQ1_0, gr.TQ2_0, gr.F32):
            path = os.path.join(work, f"tiny_{arch}_{gr.TYPE_NAMES[type_id]}.gguf")
            write_tiny_model(path, arch, type_id, untied=arch == "llama")
            model = bitnet_ref.BitnetReference(path, bitlinear_float=type_id == gr.F32)
            start = time.perf_counter()
            logits[type_id] = model.forward(tokens)
            elapsed = time.perf_counter() - start
        print(f"{arch}: 64-token forward of the tiny model in {elapsed * 1000:.0f} ms")
        checks.check(np.all(np.isfinite(logits[gr.I2_S])), f"{arch}: non-finite logits")
        checks.check(np.array_equal(logits[gr.TQ1_0], logits[gr.TQ2_0]), f"{arch}: TQ1_0 != TQ2_0 logits")
        checks.check(np.array_equal(logits[gr.I2_S], logits[gr.F32]), f"{arch}: I2_S != F32 bitlinear logits")
        prefix = model.forward(tokens[:20])
        # Only summation order differs (numpy's pairwise sums over more masked zeros): ~1e-7 relative.
        tolerance = 1e-6 * np.abs(logits[gr.F32]).max()
        checks.check(np.abs(prefix - logits[gr.F32][:20]).max() <= tolerance, f"{arch}: not causal")
    x = rng.standard_normal((3, 1, 8)).astype(np.float32)
    cos, sin = bitnet_ref.rope_angles(3, 8, 10000.0)
    got = bitnet_ref.apply_rope(x, cos, sin, 8, neox=True)
    p, i = 2, 1
    theta = p * 10000.0 ** (-2 * i / 8)
    expected = x[p, 0, i] * np.cos(theta) - x[p, 0, i + 4] * np.sin(theta)
    checks.check(abs(got[p, 0, i] - expected) < 1e-5, "NEOX RoPE does not match §1.4")


for test in (test_i2s_worked_example, test_tq1_0_all_243_bytes, test_k_quants_against_literal_spec,
             test_ternary_round_trips, test_file_round_trip, test_bitlinear_formula, test_forward_consistency):
    test()
checks.finish()
