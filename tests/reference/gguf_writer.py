"""A tiny GGUF v3 writer and the ternary encoders, used only to unit-test the reader and the reference on
files this folder writes itself (spec §2.1, §3.2, §3.4)."""

import struct

import numpy as np

from gguf_reader import BF16, F16, F32, GGUF_MAGIC, I2_S, Q8_0, TQ1_0, TQ2_0


def _string(text):
    data = text.encode("utf-8")
    return struct.pack("<Q", len(data)) + data


def _value(value):
    """(type id, bytes) of a metadata value: bool, int (u32), float (f32), str, or list of str/int/float."""
    if isinstance(value, bool):
        return 7, struct.pack("<?", value)
    if isinstance(value, int):
        return 4, struct.pack("<I", value)
    if isinstance(value, float):
        return 6, struct.pack("<f", value)
    if isinstance(value, str):
        return 8, _string(value)
    if isinstance(value, list):
        element_type = _value(value[0])[0] if value else 4
        body = b"".join(_value(v)[1] for v in value)
        return 9, struct.pack("<IQ", element_type, len(value)) + body
    raise TypeError(f"cannot store {type(value)} in GGUF metadata")


def encode_i2s(codes, scale):
    """Canonical I2_S: codes {-1,0,1} flattened row-major, 128-element blocks, then the f32 scale + 28 zeros."""
    c = (np.asarray(codes, np.int8).reshape(-1, 4, 32) + 1).astype(np.uint8)
    packed = (c[:, 0] << 6) | (c[:, 1] << 4) | (c[:, 2] << 2) | c[:, 3]
    return packed.tobytes() + struct.pack("<f", scale) + bytes(28)


def encode_tq2_0(codes, d):
    """TQ2_0: per 256-block, element 128h + 32l + m in bits 2l..2l+1 of qs[32h + m], then f16 d."""
    c = (np.asarray(codes, np.int8).reshape(-1, 2, 4, 32) + 1).astype(np.uint8)
    qs = c[:, :, 0] | (c[:, :, 1] << 2) | (c[:, :, 2] << 4) | (c[:, :, 3] << 6)
    d16 = np.asarray(d, np.float32).astype("<f2").reshape(-1, 1).view(np.uint8)
    return np.concatenate([qs.reshape(-1, 64), d16], axis=1).tobytes()


def _pack_trits(trits):
    """trits [..., k, m] (t0 most significant) -> bytes ceil(q * 256 / 243), padded to 5 trits."""
    q = np.zeros(trits.shape[:-2] + trits.shape[-1:], np.uint32)
    for n in range(5):
        q = q * 3 + (trits[..., n, :] if n < trits.shape[-2] else 0)
    return ((q * 256 + 242) // 243).astype(np.uint8)


def encode_tq1_0(codes, d):
    t = (np.asarray(codes, np.int8).reshape(-1, 256) + 1).astype(np.uint32)
    qs0 = _pack_trits(t[:, :160].reshape(-1, 5, 32))
    qs1 = _pack_trits(t[:, 160:240].reshape(-1, 5, 16))
    qh = _pack_trits(t[:, 240:].reshape(-1, 4, 4))
    d16 = np.asarray(d, np.float32).astype("<f2").reshape(-1, 1).view(np.uint8)
    return np.concatenate([qs0, qs1, qh, d16], axis=1).tobytes()


def encode_q8_0(values):
    blocks = np.asarray(values, np.float32).reshape(-1, 32)
    amax = np.abs(blocks).max(axis=1)
    d = (amax / 127).astype(np.float16)
    inv = np.where(d != 0, 1 / np.maximum(d.astype(np.float32), 1e-30), 0)
    q = np.clip(np.rint(blocks * inv[:, None]), -127, 127).astype(np.int8)
    return np.concatenate([d.astype("<f2").reshape(-1, 1).view(np.uint8), q.view(np.uint8)], axis=1).tobytes()


def encode_float(type_id, values):
    v = np.asarray(values, np.float32)
    if type_id == F32:
        return v.astype("<f4").tobytes()
    if type_id == F16:
        return v.astype("<f2").tobytes()
    if type_id == BF16:
        return (v.view(np.uint32) >> 16).astype("<u2").tobytes()  # truncation; tests use exact values
    raise ValueError(f"no float encoder for type {type_id}")


class GgufWriter:
    def __init__(self, alignment=32):
        self.alignment = alignment
        self.metadata = []
        self.tensors = []  # (name, dims innermost first, type id, bytes)
        if alignment != 32:
            self.metadata.append(("general.alignment", alignment))

    def add(self, key, value):
        self.metadata.append((key, value))

    def add_tensor(self, name, shape, type_id, data):
        """shape as numpy sees it (outermost first); stored as ne innermost first."""
        self.tensors.append((name, list(reversed(shape)), type_id, data))

    def add_float(self, name, values, type_id=F32):
        values = np.asarray(values, np.float32)
        data = encode_q8_0(values) if type_id == Q8_0 else encode_float(type_id, values)
        self.add_tensor(name, values.shape, type_id, data)

    def add_ternary(self, name, codes, scale, type_id=I2_S):
        codes = np.asarray(codes, np.int8)
        if type_id == I2_S:
            data = encode_i2s(codes, scale)
        else:
            d = np.full(codes.size // 256, scale, np.float32)
            data = (encode_tq1_0 if type_id == TQ1_0 else encode_tq2_0)(codes, d)
        self.add_tensor(name, codes.shape, type_id, data)

    def write(self, path):
        align = self.alignment
        header = struct.pack("<IIQQ", GGUF_MAGIC, 3, len(self.tensors), len(self.metadata))
        for key, value in self.metadata:
            value_type, body = _value(value)
            header += _string(key) + struct.pack("<I", value_type) + body
        offset, blob = 0, b""
        for name, dims, type_id, data in self.tensors:
            header += _string(name) + struct.pack("<I", len(dims)) + struct.pack(f"<{len(dims)}Q", *dims)
            header += struct.pack("<IQ", type_id, offset)
            padded = data + bytes(-len(data) % align)
            blob += padded
            offset += len(padded)
        header += bytes(-len(header) % align)
        with open(path, "wb") as f:
            f.write(header + blob)
