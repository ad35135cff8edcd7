#!/usr/bin/env python3
"""Export a trained checkpoint to the directory that `trit convert-dir DIR OUT.gguf` packs into a GGUF.

DIR/config.json   architecture, name, chat format, hyper-parameters (GGUF key names without the arch
                  prefix), the tokenizer (GGUF tokenizer.ggml.* values) and the tensor list in file order
DIR/tensors/<gguf tensor name>.f32
                  raw little-endian f32 in GGUF element order: a PyTorch weight [out, in] has ne = [in, out],
                  i.e. the same row-major bytes

Ternary layers are written already quantized (γ·t with t ∈ {−1, 0, 1}, exactly what the training forward
pass used), so that the I2_S packer, which stores scale = max|w| and the signs, reproduces them exactly.
"""
import argparse
import json
import os

import torch

from byte_bpe import ByteBPE
from model import BitLinear, BitNetModel, ModelConfig, ternary_weight

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
MODEL_NAME = "tritium-demo"


def load_model(checkpoint_path):
    state = torch.load(checkpoint_path)
    model = BitNetModel(ModelConfig(**state["config"]))
    model.load_state_dict(state["model"])
    model.eval()
    return model


def gguf_tensors(model):
    """[(gguf name, tensor as stored, shape in GGUF ne order)] in the order llama.cpp writes them."""
    result = [("token_embd.weight", model.token_embd.weight)]
    for index, block in enumerate(model.blocks):
        for name, module in block.named_children():
            weight = module.weight
            if isinstance(module, BitLinear):
                codes, gamma = ternary_weight(weight)
                weight = codes * gamma
            result.append((f"blk.{index}.{name}.weight", weight))
    result.append(("output_norm.weight", model.output_norm.weight))
    return [(name, t.detach().float().contiguous(), list(reversed(t.shape))) for name, t in result]


def tokenizer_config(tokenizer):
    return {
        "model": "gpt2",
        "pre": "gpt-2",
        "tokens": tokenizer.tokens,
        "token_types": tokenizer.token_types,
        "merges": tokenizer.merges,
        "bos_token_id": tokenizer.bos_id,
        "eos_token_id": tokenizer.eos_id,
        "eot_token_id": tokenizer.eot_id,
        "padding_token_id": tokenizer.eos_id,
        "add_bos_token": True,
    }


def export(model, tokenizer, out_dir):
    config = model.config
    os.makedirs(os.path.join(out_dir, "tensors"), exist_ok=True)
    tensors = []
    for name, tensor, shape in gguf_tensors(model):
        relative = os.path.join("tensors", name + ".f32")
        tensor.numpy().astype("<f4").tofile(os.path.join(out_dir, relative))
        tensors.append({"name": name, "shape": shape, "file": relative})
    description = {
        "architecture": "bitnet-b1.58",
        "name": MODEL_NAME,
        "chat_format": "tritium-demo",
        "hparams": {
            "vocab_size": config.vocab_size,
            "context_length": config.context_length,
            "embedding_length": config.embedding_length,
            "block_count": config.block_count,
            "feed_forward_length": config.feed_forward_length,
            "rope.dimension_count": config.head_dim,
            "rope.freq_base": config.rope_freq_base,
            "attention.head_count": config.head_count,
            "attention.head_count_kv": config.head_count_kv,
            "attention.layer_norm_rms_epsilon": config.rms_epsilon,
        },
        "tokenizer": tokenizer_config(tokenizer),
        "tensors": tensors,
    }
    with open(os.path.join(out_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(description, f, ensure_ascii=False, indent=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkpoint", default=os.path.join(WORK, "final.pt"))
    parser.add_argument("--tokenizer", default=os.path.join(WORK, "tokenizer.json"))
    parser.add_argument("--out", default=os.path.join(WORK, "export"))
    args = parser.parse_args()
    model = load_model(args.checkpoint)
    tokenizer = ByteBPE.load(args.tokenizer)
    export(model, tokenizer, args.out)
    print(f"exported {MODEL_NAME} to {args.out}; pack it with: trit convert-dir {args.out} OUT.gguf "
          "--ternary-type i2_s --embd-type f16")


if __name__ == "__main__":
    main()
