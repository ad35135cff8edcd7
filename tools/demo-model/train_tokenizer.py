#!/usr/bin/env python3
"""Learn a byte-level BPE vocabulary (GPT-2 byte map and pre-tokenizer) from the training corpus.

Vocabulary layout: the 256 single-byte tokens in byte order, then one token per learned merge, then the
control tokens <|begin_of_text|>, <|end_of_text|>, <|eot_id|> (token type 3). Deterministic: pairs are
ranked by count, ties broken by the pair's text.
"""
import argparse
import collections
import json
import os

from byte_bpe import BYTE_TO_CHAR, ROLE_HEADERS, SPECIAL_TEXTS, TOKEN_TYPE_CONTROL, TOKEN_TYPE_NORMAL, ByteBPE
from byte_bpe import pre_tokenize


def count_pieces(corpus_path):
    counts = collections.Counter()
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            for message in json.loads(line)["messages"]:
                counts.update(pre_tokenize(ROLE_HEADERS[message["role"]]))
                counts.update(pre_tokenize(message["content"].strip()))
    return counts


def learn_merges(piece_counts, new_token_count):
    """Merges in rank order until new_token_count distinct new tokens exist (two merges can spell the same
    token, e.g. "a"+"bc" and "ab"+"c"; both merges are kept, the token once)."""
    words = [list(piece) for piece in piece_counts]
    freqs = list(piece_counts.values())
    pair_counts = collections.Counter()
    pair_words = collections.defaultdict(set)
    for index, (symbols, freq) in enumerate(zip(words, freqs)):
        for pair in zip(symbols, symbols[1:]):
            pair_counts[pair] += freq
            pair_words[pair].add(index)

    merges = []
    new_tokens = set()
    while len(new_tokens) < new_token_count and pair_counts:
        best = min(pair_counts.items(), key=lambda item: (-item[1], item[0]))
        pair, count = best
        if count < 2:
            break
        merges.append(pair)
        merged = pair[0] + pair[1]
        if len(merged) > 1 and merged not in BYTE_TO_CHAR.values():
            new_tokens.add(merged)
        for index in list(pair_words[pair]):
            symbols, freq = words[index], freqs[index]
            for old in zip(symbols, symbols[1:]):
                pair_counts[old] -= freq
                if pair_counts[old] <= 0:
                    del pair_counts[old]
            new_symbols = []
            i = 0
            while i < len(symbols):
                if i + 1 < len(symbols) and symbols[i] == pair[0] and symbols[i + 1] == pair[1]:
                    new_symbols.append(merged)
                    i += 2
                else:
                    new_symbols.append(symbols[i])
                    i += 1
            words[index] = new_symbols
            for new in zip(new_symbols, new_symbols[1:]):
                pair_counts[new] += freq
                pair_words[new].add(index)
        pair_words.pop(pair, None)
    return merges


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=os.path.join(here, "work", "corpus", "train.jsonl"))
    parser.add_argument("--out", default=os.path.join(here, "work", "tokenizer.json"))
    parser.add_argument("--vocab-size", type=int, default=3072)
    args = parser.parse_args()

    piece_counts = count_pieces(args.corpus)
    merges = learn_merges(piece_counts, args.vocab_size - 256 - len(SPECIAL_TEXTS))
    tokens = [BYTE_TO_CHAR[b] for b in range(256)]
    for a, b in merges:
        if a + b not in tokens[256:]:
            tokens.append(a + b)
    tokens += SPECIAL_TEXTS
    token_types = [TOKEN_TYPE_NORMAL] * (len(tokens) - len(SPECIAL_TEXTS)) + [TOKEN_TYPE_CONTROL] * len(SPECIAL_TEXTS)
    tokenizer = ByteBPE(tokens, [f"{a} {b}" for a, b in merges], token_types)
    tokenizer.save(args.out)
    sample = "What does serendipity mean?"
    print(f"{len(tokens)} tokens, {len(merges)} merges -> {args.out}")
    print(sample, "->", [tokens[i] for i in tokenizer.encode(sample)])


if __name__ == "__main__":
    main()
