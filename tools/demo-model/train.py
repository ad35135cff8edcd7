#!/usr/bin/env python3
"""Train the demo model (BitNet b1.58, ternary from the first step) on the WordNet dialogues.

Deterministic for a given seed: the data order depends only on the seed and the step, so an interrupted run
resumed with --resume continues the same schedule. Checkpoints go to work/checkpoint.pt every few minutes;
the log (one JSON object per line) to work/train_log.jsonl; the loss curve to work/loss.png.
"""
import argparse
import dataclasses
import json
import math
import os
import random
import time

import torch
import torch.nn.functional as F

from byte_bpe import ByteBPE
from model import BitNetModel, ModelConfig

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")


def tokenize_conversations(tokenizer, path, context_length):
    conversations = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            ids, trained = tokenizer.render_chat(json.loads(line)["messages"])
            conversations.append((ids[:context_length], trained[:context_length]))
    return conversations


def pack_windows(conversations, context_length, rng):
    """Greedily pack whole conversations (in a shuffled order) into windows of context_length tokens."""
    order = list(range(len(conversations)))
    rng.shuffle(order)
    windows, current, used = [], [], 0
    for index in order:
        size = len(conversations[index][0])
        if used + size > context_length:
            windows.append(current)
            current, used = [], 0
        current.append(index)
        used += size
    if current:
        windows.append(current)
    return windows


def window_tensors(conversations, window, context_length, pad_id):
    """(inputs, targets, loss mask, positions, documents) for one packed window."""
    tokens, trained, positions, documents = [], [], [], []
    for doc, index in enumerate(window):
        ids, mask = conversations[index]
        tokens += ids
        trained += mask
        positions += range(len(ids))
        documents += [doc] * len(ids)
    pad = context_length + 1 - len(tokens)
    tokens += [pad_id] * pad
    trained += [False] * pad
    positions += [0] * pad
    documents += [-1] * pad
    # Target t+1 belongs to the same document as input t only if documents match; the first token of the
    # next conversation (BOS) is never a target because its mask entry is False.
    inputs = torch.tensor(tokens[:-1])
    targets = torch.tensor(tokens[1:])
    loss_mask = torch.tensor(trained[1:]) & (torch.tensor(documents[1:]) == torch.tensor(documents[:-1]))
    return inputs, targets, loss_mask, torch.tensor(positions[:-1]), torch.tensor(documents[:-1])


class Batches:
    """Batch number n of a run is a pure function of (seed, n)."""

    def __init__(self, conversations, config, batch_size, seed, pad_id):
        self.conversations = conversations
        self.config = config
        self.batch_size = batch_size
        self.seed = seed
        self.pad_id = pad_id
        self.epoch = -1
        self.windows = []
        # Every epoch packs into (almost) the same number of windows; epoch 0's count fixes the schedule.
        windows_per_epoch = len(pack_windows(conversations, config.context_length, random.Random(seed)))
        self.batches_per_epoch = windows_per_epoch // batch_size

    def get(self, step):
        epoch, index = divmod(step, self.batches_per_epoch)
        if epoch != self.epoch:
            self.windows = pack_windows(self.conversations, self.config.context_length, random.Random(self.seed + epoch))
            self.epoch = epoch
        chosen = self.windows[index * self.batch_size : (index + 1) * self.batch_size]
        parts = [window_tensors(self.conversations, w, self.config.context_length, self.pad_id) for w in chosen]
        return [torch.stack(p) for p in zip(*parts)]


def masked_loss(model, inputs, targets, loss_mask, positions, documents):
    logits = model(inputs, positions, documents)
    losses = F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1), reduction="none")
    mask = loss_mask.view(-1).float()
    return (losses * mask).sum() / mask.sum().clamp(min=1), mask.sum()


@torch.no_grad()
def evaluate(model, conversations, config, pad_id):
    """Mean loss per trained token over all given conversations (one window per conversation)."""
    model.eval()
    total, count = 0.0, 0.0
    for start in range(0, len(conversations), 16):
        parts = [
            window_tensors(conversations, [i], config.context_length, pad_id)
            for i in range(start, min(start + 16, len(conversations)))
        ]
        loss, n = masked_loss(model, *[torch.stack(p) for p in zip(*parts)])
        total += loss.item() * n.item()
        count += n.item()
    model.train()
    return total / count


def learning_rate(step, args):
    if step < args.warmup:
        return args.lr * (step + 1) / args.warmup
    progress = (step - args.warmup) / max(1, args.steps - args.warmup)
    return args.lr * (args.final_lr_fraction + (1 - args.final_lr_fraction) * 0.5 * (1 + math.cos(math.pi * progress)))


def plot_loss(log_path, png_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(line) for line in open(log_path, encoding="utf-8")]
    train = [(r["tokens"] / 1e6, r["loss"]) for r in rows if "loss" in r]
    heldout = [(r["tokens"] / 1e6, r["heldout_loss"]) for r in rows if "heldout_loss" in r]
    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=80)
    if train:
        ax.plot(*zip(*train), label="training (assistant tokens)", linewidth=1)
    if heldout:
        ax.plot(*zip(*heldout), "o-", label="held-out words", markersize=3)
    ax.set_xlabel("training tokens (millions)")
    ax.set_ylabel("cross-entropy (nats/token)")
    ax.set_title("tritium-demo: ternary BitNet b1.58 trained from scratch")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(png_path)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=os.path.join(WORK, "corpus"))
    parser.add_argument("--tokenizer", default=os.path.join(WORK, "tokenizer.json"))
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--final-lr-fraction", type=float, default=0.1)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--weight-decay", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--checkpoint-minutes", type=float, default=4.0)
    parser.add_argument("--heldout-conversations", type=int, default=96)
    parser.add_argument("--stop-at", type=int, default=None,
                        help="end the run after this step (same schedule as --steps); the model is final.pt")
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--plot-only", action="store_true")
    args = parser.parse_args()

    log_path = os.path.join(WORK, "train_log.jsonl")
    if args.plot_only:
        plot_loss(log_path, os.path.join(WORK, "loss.png"))
        return

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    tokenizer = ByteBPE.load(args.tokenizer)
    config = ModelConfig(vocab_size=len(tokenizer.tokens))
    train = tokenize_conversations(tokenizer, os.path.join(args.corpus, "train.jsonl"), config.context_length)
    heldout = tokenize_conversations(tokenizer, os.path.join(args.corpus, "heldout.jsonl"), config.context_length)
    heldout = heldout[: args.heldout_conversations]  # a fixed subset keeps checkpoints cheap; eval.py uses all
    batches = Batches(train, config, args.batch_size, args.seed, tokenizer.eos_id)

    model = BitNetModel(config)
    decay = [p for n, p in model.named_parameters() if p.dim() == 2 and "token_embd" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.dim() == 2 and "token_embd" not in n)]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": args.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=args.lr,
        betas=(0.9, 0.95),
    )
    checkpoint_path = os.path.join(WORK, "checkpoint.pt")
    step, tokens_seen, elapsed = 0, 0, 0.0
    if args.resume and os.path.exists(checkpoint_path):
        state = torch.load(checkpoint_path)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, tokens_seen, elapsed = state["step"], state["tokens"], state["elapsed"]
        torch.set_rng_state(state["torch_rng"])
        # Steps logged after the checkpoint are redone, so their log rows go.
        rows = [line for line in open(log_path, encoding="utf-8") if json.loads(line)["step"] <= step]
        with open(log_path, "w", encoding="utf-8") as f:
            f.writelines(rows)
        print(f"resumed at step {step}", flush=True)
    elif os.path.exists(log_path):
        os.remove(log_path)

    parameter_count = sum(p.numel() for p in model.parameters())
    print(f"config {dataclasses.asdict(config)}, {parameter_count} parameters, {len(train)} conversations", flush=True)

    def save():
        state = {
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "step": step,
            "tokens": tokens_seen,
            "elapsed": elapsed,
            "torch_rng": torch.get_rng_state(),
            "config": dataclasses.asdict(config),
            "args": vars(args),
        }
        torch.save(state, checkpoint_path + ".part")
        os.replace(checkpoint_path + ".part", checkpoint_path)

    log = open(log_path, "a", encoding="utf-8")
    last_checkpoint = time.time()
    started = time.time() - elapsed
    last_step = min(args.steps, args.stop_at or args.steps)
    while step < last_step:
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, args)
        inputs, targets, loss_mask, positions, documents = batches.get(step)
        loss, _ = masked_loss(model, inputs, targets, loss_mask, positions, documents)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        tokens_seen += int((documents >= 0).sum())
        elapsed = time.time() - started
        row = {"step": step, "tokens": tokens_seen, "loss": round(loss.item(), 4), "lr": group["lr"], "seconds": round(elapsed)}
        if time.time() - last_checkpoint > args.checkpoint_minutes * 60 or step == last_step:
            row["heldout_loss"] = round(evaluate(model, heldout, config, tokenizer.eos_id), 4)
            save()
            last_checkpoint = time.time()
            print(json.dumps(row), flush=True)
        log.write(json.dumps(row) + "\n")
        log.flush()
        if step % 20 == 0:
            print(json.dumps(row), flush=True)
    log.close()
    plot_loss(log_path, os.path.join(WORK, "loss.png"))
    torch.save({"model": model.state_dict(), "config": dataclasses.asdict(config)}, os.path.join(WORK, "final.pt"))
    print("done", flush=True)


if __name__ == "__main__":
    main()
