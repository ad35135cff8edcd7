"""GGUF v2/v3 reader and tensor decoders, written from ENGINE_SPEC.md §2-§3 only.

This is the independent oracle for the C++ engine: plain numpy, no shortcuts shared with the C++ code.
Every decoder returns float32 values exactly as the spec's byte layouts define them; the ternary types
can also be returned as their integer codes plus scales, which is what BitLinear needs.
"""

import struct

import numpy as np

GGUF_MAGIC = 0x46554747
DEFAULT_ALIGNMENT = 32

# Type ids from spec §3.1 (the bitnet.cpp fork's numbering; 36 is always I2_S).
F32, F16, Q8_0, Q4_K, Q6_K, BF16, TQ1_0, TQ2_0, I2_S = 0, 1, 8, 12, 14, 30, 34, 35, 36
TYPE_NAMES = {F32: "F32", F16: "F16", Q8_0: "Q8_0", Q4_K: "Q4_K", Q6_K: "Q6_K", BF16: "BF16",
              TQ1_0: "TQ1_0", TQ2_0: "TQ2_0", I2_S: "I2_S"}
TERNARY_TYPES = (I2_S, TQ1_0, TQ2_0)
# (elements per block, bytes per block) for the block types; I2_S is sized separately (n/4 + 32).
BLOCK_SHAPES = {F32: (1, 4), F16: (1, 2), BF16: (1, 2), Q8_0: (32, 34), Q4_K: (256, 144), Q6_K: (256, 210),
                TQ1_0: (256, 54), TQ2_0: (256, 66)}

# GGUF metadata value types (§2.1): scalar id -> struct format.
SCALAR_FORMATS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q",
                  12: "<d"}
STRING_TYPE, ARRAY_TYPE = 8, 9
NUMPY_ARRAY_TYPES = {0: "<u1", 1: "<i1", 2: "<u2", 3: "<i2", 4: "<u4", 5: "<i4", 6: "<f4", 7: "<u1",
                     10: "<u8", 11: "<i8", 12: "<f8"}


class GgufError(Exception):
    pass


class TensorInfo:
    def __init__(self, name, dims, type_id, offset):
        self.name = name
        self.dims = dims  # ne[], innermost first
        self.type_id = type_id
        self.offset = offset  # relative to the data blob

    @property
    def n_elements(self):
        return int(np.prod(self.dims, dtype=np.int64))

    @property
    def n_bytes(self):
        if self.type_id == I2_S:
            return self.n_elements // 4 + 32
        if self.type_id not in BLOCK_SHAPES:
            raise GgufError(f"tensor {self.name}: unsupported type id {self.type_id}")
        block, size = BLOCK_SHAPES[self.type_id]
        if self.dims[0] % block:
            raise GgufError(f"tensor {self.name}: ne0 {self.dims[0]} is not a multiple of {block}")
        return self.n_elements // block * size


class GgufFile:
    """Parses the header and tensor table; tensors are read on demand from the file's bytes."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        self.pos = 0
        magic, self.version = self._unpack("<II")
        if magic != GGUF_MAGIC:
            raise GgufError(f"{path}: not a GGUF file (magic {magic:#x})")
        if self.version not in (2, 3):
            raise GgufError(f"{path}: GGUF version {self.version} unsupported (2 and 3 are)")
        n_tensors, n_kv = self._unpack("<QQ")
        self.metadata = {}
        for _ in range(n_kv):
            key = self._string()
            (value_type,) = self._unpack("<I")
            self.metadata[key] = self._value(value_type)
        self.tensors = {}
        for _ in range(n_tensors):
            name = self._string()
            (n_dims,) = self._unpack("<I")
            dims = list(self._unpack("<" + "Q" * n_dims))
            type_id, offset = self._unpack("<IQ")
            self.tensors[name] = TensorInfo(name, dims, type_id, offset)
        self.alignment = int(self.metadata.get("general.alignment", DEFAULT_ALIGNMENT))
        self.data_start = (self.pos + self.alignment - 1) // self.alignment * self.alignment
        for info in self.tensors.values():
            end = self.data_start + info.offset + info.n_bytes
            if info.offset % self.alignment or end > len(self.data):
                raise GgufError(f"{path}: tensor {info.name} at offset {info.offset} is misaligned or "
                                f"runs past the end of the file")

    def _unpack(self, fmt):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise GgufError(f"{self.path}: truncated at byte {self.pos}")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values

    def _string(self):
        (length,) = self._unpack("<Q")
        if self.pos + length > len(self.data):
            raise GgufError(f"{self.path}: string of {length} bytes runs past the end")
        text = self.data[self.pos:self.pos + length].decode("utf-8")
        self.pos += length
        return text

    def _value(self, value_type):
        if value_type in SCALAR_FORMATS:
            return self._unpack(SCALAR_FORMATS[value_type])[0]
        if value_type == STRING_TYPE:
            return self._string()
        if value_type == ARRAY_TYPE:
            element_type, count = self._unpack("<IQ")
            if element_type in NUMPY_ARRAY_TYPES:
                dtype = np.dtype(NUMPY_ARRAY_TYPES[element_type])
                values = np.frombuffer(self.data, dtype, count, self.pos)
                self.pos += count * dtype.itemsize
                return values.astype(bool) if element_type == 7 else values
            return [self._value(element_type) for _ in range(count)]
        raise GgufError(f"{self.path}: unknown metadata value type {value_type}")

    def raw(self, name):
        info = self.tensors[name]
        start = self.data_start + info.offset
        return np.frombuffer(self.data, np.uint8, info.n_bytes, start)

    def tensor(self, name):
        """The tensor as float32, shaped (..., ne1, ne0): a weight matrix comes out as [rows, K]."""
        info = self.tensors[name]
        values = decode(info.type_id, self.raw(name), info.n_elements)
        return values.reshape(list(reversed(info.dims)))

    def ternary(self, name):
        """A ternary tensor as (codes int8 [rows, K] in {-1,0,1}, scales): scales is one f32 for I2_S and
        an f32 array [rows, K/256] of the per-block f16 d for TQ1_0/TQ2_0."""
        info = self.tensors[name]
        rows, k = info.n_elements // info.dims[0], info.dims[0]
        raw = self.raw(name)
        if info.type_id == I2_S:
            return i2s_codes(raw, info.n_elements).reshape(rows, k), i2s_scale(raw, info.n_elements)
        if info.type_id == TQ2_0:
            codes, d = tq2_0_codes(raw)
        elif info.type_id == TQ1_0:
            codes, d = tq1_0_codes(raw)
        else:
            raise GgufError(f"tensor {name} is {TYPE_NAMES.get(info.type_id)}, not ternary")
        return codes.reshape(rows, k), d.reshape(rows, k // 256)


def f16_to_f32(raw_u8):
    return raw_u8.view("<f2").astype(np.float32)


def block_f16(blocks, start):
    """The f16 at byte `start` of every block, as a 1-D f32 array."""
    return f16_to_f32(np.ascontiguousarray(blocks[:, start:start + 2])).reshape(-1)


def decode(type_id, raw, n):
    if type_id == F32:
        return raw[:4 * n].view("<f4").astype(np.float32)
    if type_id == F16:
        return f16_to_f32(raw[:2 * n])
    if type_id == BF16:
        return (raw[:2 * n].view("<u2").astype(np.uint32) << 16).view(np.float32)
    if type_id == Q8_0:
        return decode_q8_0(raw)
    if type_id == Q4_K:
        return decode_q4_k(raw)
    if type_id == Q6_K:
        return decode_q6_k(raw)
    if type_id == I2_S:
        return i2s_codes(raw, n).astype(np.float32) * i2s_scale(raw, n)
    if type_id in (TQ1_0, TQ2_0):
        codes, d = tq1_0_codes(raw) if type_id == TQ1_0 else tq2_0_codes(raw)
        return (codes.reshape(-1, 256).astype(np.float32) * d[:, None]).reshape(-1)
    raise GgufError(f"unsupported tensor type id {type_id}")


def decode_q8_0(raw):
    blocks = raw.reshape(-1, 34)
    d = f16_to_f32(np.ascontiguousarray(blocks[:, :2])).reshape(-1, 1)
    q = blocks[:, 2:].view(np.int8).astype(np.float32)
    return (d * q).reshape(-1)


def decode_q4_k(raw):
    blocks = raw.reshape(-1, 144)
    d = block_f16(blocks, 0)
    dmin = block_f16(blocks, 2)
    s = blocks[:, 4:16].astype(np.uint16)
    qs = blocks[:, 16:144]
    sc = np.empty((len(blocks), 8), np.float32)
    mn = np.empty((len(blocks), 8), np.float32)
    for j in range(8):
        if j < 4:
            sc[:, j], mn[:, j] = s[:, j] & 63, s[:, j + 4] & 63
        else:
            sc[:, j] = (s[:, j + 4] & 0xF) | ((s[:, j - 4] >> 6) << 4)
            mn[:, j] = (s[:, j + 4] >> 4) | ((s[:, j] >> 6) << 4)
    out = np.empty((len(blocks), 256), np.float32)
    for c in range(4):
        chunk = qs[:, 32 * c:32 * c + 32]
        for half, q in enumerate((chunk & 0xF, chunk >> 4)):
            j = 2 * c + half
            scale = (d * sc[:, j])[:, None]
            offset = (dmin * mn[:, j])[:, None]
            out[:, 64 * c + 32 * half:64 * c + 32 * half + 32] = scale * q.astype(np.float32) - offset
    return out.reshape(-1)


def decode_q6_k(raw):
    blocks = raw.reshape(-1, 210)
    d = block_f16(blocks, 208)
    out = np.empty((len(blocks), 256), np.float32)
    for half in range(2):
        ql = blocks[:, 64 * half:64 * half + 64].astype(np.int32)
        qh = blocks[:, 128 + 32 * half:128 + 32 * half + 32].astype(np.int32)
        sc = blocks[:, 192 + 8 * half:192 + 8 * half + 8].view(np.int8).astype(np.float32)
        quads = ((ql[:, :32] & 15) | ((qh >> 0) & 3) << 4, (ql[:, 32:] & 15) | ((qh >> 2) & 3) << 4,
                 (ql[:, :32] >> 4) | ((qh >> 4) & 3) << 4, (ql[:, 32:] >> 4) | ((qh >> 6) & 3) << 4)
        for n, q in enumerate(quads):
            # Elements l = 0..15 use sc[2n], l = 16..31 use sc[2n + 1] (is = l / 16, plus 2 per quad).
            scale = np.repeat(sc[:, 2 * n:2 * n + 2], 16, axis=1) * d[:, None]
            out[:, 128 * half + 32 * n:128 * half + 32 * n + 32] = scale * (q - 32).astype(np.float32)
    return out.reshape(-1)


I2S_LUT = np.array([-1, 0, 1, 0], np.int8)


def i2s_codes(raw, n):
    """Canonical I2_S (§3.2): blocks of 128 weights in 32 bytes, element j at byte j%32, bits 6-2*(j//32)."""
    packed = raw[:n // 4].reshape(-1, 32)
    lanes = [(packed >> shift) & 3 for shift in (6, 4, 2, 0)]
    return I2S_LUT[np.concatenate(lanes, axis=1)].reshape(-1)


def i2s_scale(raw, n):
    return np.float32(raw[n // 4:n // 4 + 4].view("<f4")[0])


def tq2_0_codes(raw):
    """TQ2_0 (§3.4): per half h, lane l in the bits 2l..2l+1 of qs[32h + m] holds element 128h + 32l + m."""
    blocks = raw.reshape(-1, 66)
    qs = blocks[:, :64]
    d = block_f16(blocks, 64)
    parts = []
    for h in range(2):
        for lane in range(4):
            parts.append((qs[:, 32 * h:32 * h + 32] >> (2 * lane)) & 3)
    codes = np.concatenate(parts, axis=1).astype(np.int8) - 1
    return codes.reshape(-1), d


def tq1_trits(byte_values, count):
    """Trit n of byte b is (((b * 3^n) mod 256) * 3) >> 8; returns [count, ..., ] stacked along a new axis."""
    b = byte_values.astype(np.uint32)
    return [((((b * 3 ** n) & 0xFF) * 3) >> 8).astype(np.int8) for n in range(count)]


def tq1_0_codes(raw):
    """TQ1_0 (§3.4): qs[0..31] -> 32n+m, qs[32..47] -> 160+16n+m, qh[0..3] -> 240+4n+j; value = trit - 1."""
    blocks = raw.reshape(-1, 54)
    d = block_f16(blocks, 52)
    parts = tq1_trits(blocks[:, 0:32], 5) + tq1_trits(blocks[:, 32:48], 5) + tq1_trits(blocks[:, 48:52], 4)
    codes = np.concatenate(parts, axis=1) - 1
    return codes.astype(np.int8).reshape(-1), d
