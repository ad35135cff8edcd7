"""Drives the `trit` CLI for the comparisons: writes tiny models, and reads back logits, layer outputs,
int8 codes and generated ids (raw little-endian files, see the brief of `trit logits` / `trit layer`)."""

import os

import numpy as np

from harness import run_tool

TINY_SHAPE = {"embd": 256, "layers": 2, "heads": 4, "kv-heads": 2, "ff": 512, "vocab": 512, "ctx": 256}
# (label, arch, extra mkmodel flags): every arch, plus the optional features of bitnet and llama.
VARIANTS = (("bitnet-b1.58", "bitnet-b1.58", []), ("bitnet", "bitnet", []),
            ("bitnet+scales+relu2", "bitnet", ["--scales", "--activation", "relu2"]), ("llama", "llama", []),
            ("llama+untied", "llama", ["--untied"]))


class Engine:
    def __init__(self, work, kv="f16"):
        """kv: the engine's KV cache precision (f16 or f32); the reference must round K/V the same way."""
        self.work = work
        self.kv = kv

    def path(self, name):
        return os.path.join(self.work, name)

    def mkmodel(self, variant, ternary_type, embd_type="f16", seed=11, shape=TINY_SHAPE):
        """A deterministic random model of a VARIANTS entry; the same seed gives the same ternary weights
        for every type."""
        label, arch, extra = variant
        out = self.path(f"{label}_{ternary_type}_{embd_type}_s{seed}.gguf")
        args = ["mkmodel", out, "--arch", arch, "--ternary-type", ternary_type, "--embd-type", embd_type,
                "--seed", seed] + extra
        for key, value in shape.items():
            args += [f"--{key}", value]
        run_tool(args)
        return out

    def logits(self, model, tokens, n_vocab, bitlinear_float=False):
        out = self.path("logits.f32")
        args = ["logits", model, "--tokens", ",".join(str(t) for t in tokens), "--out", out]
        run_tool(args + self._session_flags(bitlinear_float))
        return np.fromfile(out, "<f4").reshape(len(tokens), n_vocab)

    def layer(self, model, index, hidden, codes_per_token, bitlinear_float=False):
        """Block `index` alone on hidden [T, n_embd] at positions 0..T-1 -> (output [T, n_embd], codes)."""
        inp, out, codes = self.path("layer_in.f32"), self.path("layer_out.f32"), self.path("codes.i8")
        np.ascontiguousarray(hidden, "<f4").tofile(inp)
        args = ["layer", model, "--layer", index, "--input", inp, "--n-tokens", len(hidden), "--out", out,
                "--codes-out", codes]
        run_tool(args + self._session_flags(bitlinear_float))
        result = np.fromfile(out, "<f4").reshape(hidden.shape)
        return result, np.fromfile(codes, np.int8).reshape(len(hidden), codes_per_token)

    def generate(self, model, tokens, n_new):
        stdout = run_tool(["generate", model, "--tokens", ",".join(str(t) for t in tokens), "-n", n_new,
                           "--greedy"] + self._session_flags(False))
        return [int(t) for t in stdout.replace(",", " ").split()]  # ids, comma or space separated

    def _session_flags(self, bitlinear_float):
        return ["--kv", self.kv] + (["--bitlinear-float"] if bitlinear_float else [])


def relative_error(got, expected):
    """Per row: max |got - expected| / max |expected|."""
    scale = np.maximum(np.abs(expected).max(axis=-1), 1e-30)
    return np.abs(got.astype(np.float64) - expected).max(axis=-1) / scale


def print_table(title, header, rows):
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    print(f"\n{title}")
    for row in [header] + rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))
    print(flush=True)
