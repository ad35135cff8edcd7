#!/usr/bin/env python3
"""Evaluate the demo model on words it never saw in training.

1. Held-out loss and perplexity: mean cross-entropy per assistant token over every held-out conversation
   (make_corpus.py's heldout.jsonl), computed by PyTorch from the checkpoint.
2. Held-out questions, answered by the shipped GGUF through the engine (`trit generate`, greedy): for each of
   the 200 evaluation words, "What does X mean?"; an answer counts as correct when it names the word's part of
   speech (WordNet's most frequent one for that word) and its definition shares at least one content word with
   one of WordNet's definitions of the word in that part of speech. For scale, the same overlap test is also
   applied to the definition of a different held-out word of the same part of speech (a chance baseline).
3. Three sample dialogues.

Writes a JSON summary to work/eval.json and prints it.
"""
import argparse
import json
import os
import random
import re
import subprocess

import torch

from byte_bpe import ByteBPE
from model import BitNetModel, ModelConfig
from train import evaluate, tokenize_conversations

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
ANSWER_RE = re.compile(r"^\s*([\w'-]+) \((noun|verb|adjective|adverb)\): (.*)$", re.S)
STOPWORDS = set(
    "the a an of or and to in on for with by as at from that this which who whom whose is are be been being was "
    "were it its into out up down over under than then there their them they you your not no any some such "
    "something someone one ones very more most less least having has have had do does did used especially "
    "usually often etc".split()
)
SAMPLE_DIALOGUES = [
    [{"role": "user", "content": "Hello!"}],
    [{"role": "user", "content": "What does happy mean?"}],
    [{"role": "user", "content": "What's a synonym for big?"}],
]


def content_words(text, exclude=""):
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3 and w not in STOPWORDS and w != exclude}


def answer_definition(answer):
    """(word, part of speech, definition) from an answer of the trained form, or None."""
    match = ANSWER_RE.match(answer)
    if not match:
        return None
    definition = re.split(r" Example: | Synonyms: ", match.group(3))[0]
    return match.group(1), match.group(2), definition


def engine_reply(trit, model_path, tokenizer, messages, max_tokens):
    prompt, _ = tokenizer.render_chat(messages, add_generation_prompt=True)
    result = subprocess.run(
        [trit, "generate", model_path, "--tokens", ",".join(map(str, prompt)), "-n", str(max_tokens), "--greedy"],
        capture_output=True,
        text=True,
        check=True,
    )
    ids = [int(t) for t in result.stdout.replace(",", " ").split()]
    stops = {tokenizer.eot_id, tokenizer.eos_id}
    end = next((i for i, t in enumerate(ids) if t in stops), len(ids))
    return tokenizer.decode(ids[:end]).strip()


def heldout_loss(checkpoint_path, tokenizer, corpus_dir):
    state = torch.load(checkpoint_path)
    config = ModelConfig(**state["config"])
    model = BitNetModel(config)
    model.load_state_dict(state["model"])
    conversations = tokenize_conversations(tokenizer, os.path.join(corpus_dir, "heldout.jsonl"), config.context_length)
    return evaluate(model, conversations, config, tokenizer.eos_id)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trit", required=True, help="path of the built trit CLI")
    parser.add_argument("--model", default=os.path.join(ROOT, "resources", "demo-model", "tritium-demo.gguf"))
    parser.add_argument("--checkpoint", default=os.path.join(WORK, "final.pt"))
    parser.add_argument("--tokenizer", default=os.path.join(WORK, "tokenizer.json"))
    parser.add_argument("--corpus", default=os.path.join(WORK, "corpus"))
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--out", default=os.path.join(WORK, "eval.json"))
    args = parser.parse_args()
    torch.set_num_threads(1)
    tokenizer = ByteBPE.load(args.tokenizer)

    loss = heldout_loss(args.checkpoint, tokenizer, args.corpus)
    print(f"held-out loss {loss:.4f} nats/token, perplexity {torch.tensor(loss).exp().item():.2f}", flush=True)

    eval_words = json.load(open(os.path.join(args.corpus, "eval_words.json"), encoding="utf-8"))
    rng = random.Random(7)
    counts = {"answers": 0, "parsed": 0, "right_word": 0, "right_pos": 0, "overlap": 0, "correct": 0, "baseline": 0}
    examples = []
    for entry in eval_words:
        word, pos = entry["word"], entry["pos"]
        reference = set().union(*(content_words(d, word) for d in entry["definitions"]))
        same_pos = [e for e in eval_words if e["pos"] == pos and e["word"] != word]
        chance = content_words(rng.choice(same_pos)["definitions"][0], word) if same_pos else set()
        counts["baseline"] += bool(chance & reference)
        answer = engine_reply(args.trit, args.model, tokenizer, [{"role": "user", "content": f"What does {word} mean?"}],
                              args.max_tokens)
        counts["answers"] += 1
        parsed = answer_definition(answer)
        if parsed:
            counts["parsed"] += 1
            counts["right_word"] += parsed[0] == word
            right_pos = parsed[1] == pos
            overlap = bool(content_words(parsed[2], word) & reference)
            counts["right_pos"] += right_pos
            counts["overlap"] += overlap
            counts["correct"] += right_pos and overlap
        if len(examples) < 10:
            examples.append({"word": word, "pos": pos, "wordnet": entry["definitions"][0], "answer": answer})
        print(f"{word} ({pos}): {answer}", flush=True)

    samples = []
    for messages in SAMPLE_DIALOGUES:
        samples.append({"user": messages[-1]["content"],
                        "assistant": engine_reply(args.trit, args.model, tokenizer, messages, 96)})
    summary = {
        "heldout_loss": round(loss, 4),
        "heldout_perplexity": round(torch.tensor(loss).exp().item(), 3),
        "questions": counts["answers"],
        "share_correct": counts["correct"] / counts["answers"],
        "share_right_pos": counts["right_pos"] / counts["answers"],
        "share_definition_overlap": counts["overlap"] / counts["answers"],
        "share_well_formed": counts["parsed"] / counts["answers"],
        "share_right_headword": counts["right_word"] / counts["answers"],
        "chance_overlap_same_pos": counts["baseline"] / counts["answers"],
        "examples": examples,
        "samples": samples,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
