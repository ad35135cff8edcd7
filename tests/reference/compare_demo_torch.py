"""The shipped demo model (resources/demo-model/tritium-demo.gguf) run by PyTorch and by the engine.

PyTorch runs the training code's own network (tools/demo-model/model.py) in its exact BitLinear mode —
ternary codes and scales read back from the GGUF, per-token int8 activations — so this proves the file as
well as the engine. Comparison as ENGINE_SPEC §1.5 prescribes for a trained ternary model: over all
positions of 20 chat prompts (each followed by PyTorch's greedy answer), top-1 agreement >= 99 % and the
same token wherever PyTorch's top-1 margin exceeds 0.5; greedy 32-token continuations identical for at
least 18 of the 20 prompts. Skipped (exit 77) when torch or the model file is absent.
"""

import os
import sys

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-torch lives in the system interpreter
try:
    import torch
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.access(SYSTEM_PYTHON, os.X_OK):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    print(f"SKIP: PyTorch is not available to {sys.executable} (install Debian's python3-torch)")
    sys.exit(77)

from harness import Checks, run_tool, skip, trit_tool, work_dir  # noqa: E402  (after the torch probe on purpose)
from engine_runner import Engine  # noqa: E402
from gguf_reader import GgufFile  # noqa: E402

import numpy as np  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "demo-model"))
from byte_bpe import ByteBPE  # noqa: E402
from model import BitLinear, BitNetModel, ModelConfig  # noqa: E402

MODEL_PATH = os.environ.get("TRIT_DEMO_MODEL") or os.path.join(ROOT, "resources", "demo-model", "tritium-demo.gguf")
CONTINUATION = 32
MARGIN = 0.5
PROMPTS = [
    [{"role": "user", "content": "What does happy mean?"}],
    [{"role": "user", "content": "What does serendipity mean?"}],
    [{"role": "user", "content": "Define house."}],
    [{"role": "user", "content": "What's a synonym for quick?"}],
    [{"role": "user", "content": "Use river in a sentence."}],
    [{"role": "user", "content": "Hello!"}],
    [{"role": "user", "content": "What can you do?"}],
    [{"role": "user", "content": "Thanks!"}],
    [{"role": "user", "content": "What's the weather like today?"}],
    [{"role": "user", "content": "What is the meaning of freedom?"}],
    [{"role": "user", "content": "define run"}],
    [{"role": "user", "content": "What is a piano?"}],
    [{"role": "user", "content": "Give me a synonym for big."}],
    [{"role": "user", "content": "Can you use beautiful in a sentence?"}],
    [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": "Define tree."}],
    [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello! Ask me about an English word."},
     {"role": "user", "content": "What does ocean mean?"}],
    [{"role": "user", "content": "What does quickly mean?"}],
    [{"role": "user", "content": "Tell me a joke."}],
    [{"role": "user", "content": "Meaning of courage?"}],
    [{"role": "user", "content": "What's another word for sad?"}],
]


def load_from_gguf(gguf):
    """The training network with every weight taken from the GGUF (ternary layers as codes and scale)."""
    meta = gguf.metadata
    arch = meta["general.architecture"]
    config = ModelConfig(
        vocab_size=int(meta[f"{arch}.vocab_size"]),
        context_length=int(meta[f"{arch}.context_length"]),
        embedding_length=int(meta[f"{arch}.embedding_length"]),
        block_count=int(meta[f"{arch}.block_count"]),
        head_count=int(meta[f"{arch}.attention.head_count"]),
        head_count_kv=int(meta[f"{arch}.attention.head_count_kv"]),
        feed_forward_length=int(meta[f"{arch}.feed_forward_length"]),
        rope_freq_base=float(meta[f"{arch}.rope.freq_base"]),
        rms_epsilon=float(meta[f"{arch}.attention.layer_norm_rms_epsilon"]),
    )
    model = BitNetModel(config)
    with torch.no_grad():
        model.token_embd.weight.copy_(torch.from_numpy(gguf.tensor("token_embd.weight").copy()))
        model.output_norm.weight.copy_(torch.from_numpy(gguf.tensor("output_norm.weight").copy()))
        for index, block in enumerate(model.blocks):
            for name, module in block.named_children():
                gguf_name = f"blk.{index}.{name}.weight"
                if isinstance(module, BitLinear):
                    codes, scale = gguf.ternary(gguf_name)
                    module.load_ternary(torch.from_numpy(codes.astype(np.float32)), float(scale))
                else:
                    module.weight.copy_(torch.from_numpy(gguf.tensor(gguf_name).copy()))
    model.set_exact(True)
    model.eval()
    return model


def tokenizer_from_gguf(gguf):
    meta = gguf.metadata
    return ByteBPE(list(meta["tokenizer.ggml.tokens"]), list(meta["tokenizer.ggml.merges"]),
                   [int(t) for t in meta["tokenizer.ggml.token_type"]])


@torch.no_grad()
def torch_logits(model, ids):
    return model(torch.tensor([ids]))[0].double().numpy()


@torch.no_grad()
def torch_greedy(model, ids, count):
    ids = list(ids)
    for _ in range(count):
        ids.append(int(model(torch.tensor([ids]))[0, -1].argmax()))
    return ids


def engine_greedy(ids, count):
    stdout = run_tool(["generate", MODEL_PATH, "--tokens", ",".join(map(str, ids)), "-n", count, "--greedy",
                       "--kv", "f32"])
    return [int(t) for t in stdout.replace(",", " ").split()]


def main():
    if not os.path.exists(MODEL_PATH):
        skip(f"the demo model {MODEL_PATH} is not there")
    trit_tool()
    torch.set_num_threads(1)
    gguf = GgufFile(MODEL_PATH)
    model = load_from_gguf(gguf)
    tokenizer = tokenizer_from_gguf(gguf)
    engine = Engine(work_dir("compare_demo_torch"), kv="f32")
    checks = Checks("compare_demo_torch")

    positions = agreeing = confident = confident_agreeing = identical = 0
    for number, messages in enumerate(PROMPTS):
        prompt, _ = tokenizer.render_chat(messages, add_generation_prompt=True)
        expected = torch_greedy(model, prompt, CONTINUATION)
        got = engine_greedy(prompt, CONTINUATION)
        same = got == expected[len(prompt):]
        identical += same
        if not same:
            print(f"prompt {number}: continuations differ\n  torch:  {tokenizer.decode(expected[len(prompt):])!r}\n"
                  f"  engine: {tokenizer.decode(got)!r}")

        reference = torch_logits(model, expected)
        logits = engine.logits(MODEL_PATH, expected, model.config.vocab_size)
        top2 = np.sort(reference, axis=-1)[:, -2:]
        margins = top2[:, 1] - top2[:, 0]
        agree = reference.argmax(-1) == logits.argmax(-1)
        positions += len(expected)
        agreeing += int(agree.sum())
        confident += int((margins > MARGIN).sum())
        confident_agreeing += int(agree[margins > MARGIN].sum())
        if number < 3:
            print(f"prompt {number}: {tokenizer.decode(expected)!r}")

    share = agreeing / positions
    print(f"top-1 agreement {agreeing}/{positions} = {share:.4f}; confident positions (margin > {MARGIN}) "
          f"{confident_agreeing}/{confident}; identical greedy continuations {identical}/{len(PROMPTS)}")
    checks.check(share >= 0.99, f"top-1 agreement {share:.4f} < 0.99")
    checks.check(confident_agreeing == confident,
                 f"{confident - confident_agreeing} positions with a PyTorch margin > {MARGIN} disagree")
    checks.check(identical >= 18, f"only {identical}/20 greedy continuations are identical")
    checks.finish()


if __name__ == "__main__":
    main()
