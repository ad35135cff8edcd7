"""Byte-level BPE tokenizer as the engine runs it (ENGINE_SPEC §4.2 with the GPT-2 pre-tokenizer of §4.5),
plus the "tritium-demo" chat rendering used for training data.

The engine encodes with merge ranks (lowest rank first, leftmost on ties), so this module does exactly that;
the training data is tokenized here, never with the segmentation produced while learning the merges.
"""
import json

import regex

GPT2_PATTERN = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")
BOS_TEXT = "<|begin_of_text|>"
EOS_TEXT = "<|end_of_text|>"
EOT_TEXT = "<|eot_id|>"
SPECIAL_TEXTS = [BOS_TEXT, EOS_TEXT, EOT_TEXT]
TOKEN_TYPE_NORMAL = 1
TOKEN_TYPE_CONTROL = 3
ROLE_HEADERS = {"system": "System: ", "user": "User: ", "assistant": "Assistant: "}


def bytes_to_unicode():
    """GPT-2's reversible byte -> printable character map (ENGINE_SPEC §4.2 step 3)."""
    printable = list(range(0x21, 0x7F)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    mapping = {b: chr(b) for b in printable}
    next_code = 0x100
    for b in range(256):
        if b not in mapping:
            mapping[b] = chr(next_code)
            next_code += 1
    return mapping


BYTE_TO_CHAR = bytes_to_unicode()
CHAR_TO_BYTE = {c: b for b, c in BYTE_TO_CHAR.items()}


def pre_tokenize(text):
    """Split text into pieces and map each piece's UTF-8 bytes to GPT-2 characters."""
    return ["".join(BYTE_TO_CHAR[b] for b in piece.encode("utf-8")) for piece in GPT2_PATTERN.findall(text)]


class ByteBPE:
    def __init__(self, tokens, merges, token_types):
        self.tokens = tokens
        self.merges = merges
        self.token_types = token_types
        self.token_ids = {t: i for i, t in enumerate(tokens)}
        self.merge_ranks = {tuple(m.split(" ")): i for i, m in enumerate(merges)}
        self.bos_id = self.token_ids[BOS_TEXT]
        self.eos_id = self.token_ids[EOS_TEXT]
        self.eot_id = self.token_ids[EOT_TEXT]
        self._cache = {}

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return cls(data["tokens"], data["merges"], data["token_types"])

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(
                {"pre": "gpt-2", "tokens": self.tokens, "token_types": self.token_types, "merges": self.merges},
                f,
                ensure_ascii=False,
            )

    def _encode_piece(self, piece):
        cached = self._cache.get(piece)
        if cached is not None:
            return cached
        symbols = list(piece)
        while len(symbols) > 1:
            best_rank, best_index = None, -1
            for i in range(len(symbols) - 1):
                rank = self.merge_ranks.get((symbols[i], symbols[i + 1]))
                if rank is not None and (best_rank is None or rank < best_rank):
                    best_rank, best_index = rank, i
            if best_rank is None:
                break
            symbols[best_index : best_index + 2] = [symbols[best_index] + symbols[best_index + 1]]
        ids = [self.token_ids[s] for s in symbols]
        self._cache[piece] = ids
        return ids

    def encode(self, text):
        """Plain text (special-token parsing off, no BOS) -> token ids."""
        ids = []
        for piece in pre_tokenize(text):
            ids.extend(self._encode_piece(piece))
        return ids

    def decode(self, ids):
        data = bytearray()
        for i in ids:
            if self.token_types[i] == TOKEN_TYPE_CONTROL:
                continue
            data.extend(CHAR_TO_BYTE[c] for c in self.tokens[i])
        return data.decode("utf-8", errors="replace")

    def render_chat(self, messages, add_generation_prompt=False):
        """The engine's "tritium-demo" chat format: BOS, then per message the role header (tokenized alone),
        content.strip() and <|eot_id|>; the generation prompt is "Assistant: ".

        Returns (ids, trained) where trained[i] is True for tokens the assistant produced (its content and
        the closing <|eot_id|>), the only positions the training loss uses.
        """
        ids = [self.bos_id]
        trained = [False]
        for message in messages:
            header = self.encode(ROLE_HEADERS[message["role"]])
            content = self.encode(message["content"].strip()) + [self.eot_id]
            is_reply = message["role"] == "assistant"
            ids += header + content
            trained += [False] * len(header) + [is_reply] * len(content)
        if add_generation_prompt:
            header = self.encode(ROLE_HEADERS["assistant"])
            ids += header
            trained += [False] * len(header)
        return ids, trained
