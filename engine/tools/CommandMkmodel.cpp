// trit mkmodel OUT.gguf [options]
#include "Commands.h"
#include "TypeNames.h"
#include "gguf/GgufFile.h"
#include "model/ModelBuilder.h"
#include "model/SyntheticVocab.h"
#include "tokenizer/TokenizerFromGguf.h"
#include "trit/Error.h"

#include <cstdio>

namespace trit::cli {

namespace {

const std::set<std::string> kValueFlags = {
    "--preset",     "--arch",  "--embd",      "--layers",       "--heads",     "--kv-heads",
    "--ff",         "--vocab", "--ctx",       "--ternary-type", "--embd-type", "--seed",
    "--vocab-from", "--name",  "--rope-base", "--chat-format",  "--activation"};

const char* kHelp =
    "usage: trit mkmodel OUT.gguf [options]\n\n"
    "Writes a model with deterministic random ternary weights (float master weights -> absmean ternary) and "
    "a\n"
    "valid byte-level BPE tokenizer.\n\n"
    "  --preset tiny|2b4t     tiny (default): 256 wide, 2 layers, 4/2 heads, ff 512; 2b4t: exactly the "
    "official\n"
    "                         BitNet b1.58 2B4T layout (24 keys, 332 tensors, ~1.2 GB, streamed to disk)\n"
    "  --arch A               bitnet-b1.58 (default), bitnet-25, bitnet, llama\n"
    "  --embd N --layers N --heads N --kv-heads N --ff N --vocab N --ctx N\n"
    "  --ternary-type T       i2_s (default), tq1_0, tq2_0, f32, f16\n"
    "  --embd-type T          f16 (default), f32, bf16, q8_0, q4_k, q6_k\n"
    "  --seed S               weights' random seed (default 1)\n"
    "  --vocab-from GGUF      copy the tokenizer of another GGUF (e.g. a vocab-only file)\n"
    "  --name NAME            general.name\n"
    "  --rope-base F          rope.freq_base (default 500000)\n"
    "  --chat-format NAME     write tritium.chat_format\n"
    "  --untied               llama: write a separate output.weight\n"
    "  --scales               bitnet: per-tensor blk.N.<t>.scale tensors\n"
    "  --activation NAME      bitnet: write bitnet.hidden_activation (e.g. relu2)\n";

} // namespace

int commandMkmodel(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    const std::string out = args.positional(0, "output file");
    const std::string preset = args.value("--preset", "tiny");
    ModelSpec spec;
    TokenizerConfig tokenizer;
    uint32_t n_vocab = 0;
    if (preset == "2b4t") {
        spec.arch = "bitnet-b1.58";
        spec.name = "bitnet2b";
        spec.n_embd = 2560;
        spec.n_layer = 30;
        spec.n_head = 20;
        spec.n_head_kv = 5;
        spec.n_ff = 6912;
        spec.n_ctx = 4096;
        spec.official_2b4t_keys = true;
    } else if (preset != "tiny") {
        throw Error("unknown preset '" + preset + "' (tiny, 2b4t)");
    }
    spec.arch = args.value("--arch", spec.arch);
    spec.name = args.value("--name", spec.name);
    spec.n_embd = uint32_t(args.integer("--embd", spec.n_embd));
    spec.n_layer = uint32_t(args.integer("--layers", spec.n_layer));
    spec.n_head = uint32_t(args.integer("--heads", spec.n_head));
    spec.n_head_kv = uint32_t(args.integer("--kv-heads", spec.n_head_kv));
    spec.n_ff = uint32_t(args.integer("--ff", spec.n_ff));
    spec.n_ctx = uint32_t(args.integer("--ctx", spec.n_ctx));
    spec.rope_freq_base = float(args.number("--rope-base", spec.rope_freq_base));
    spec.seed = uint64_t(args.integer("--seed", 1));
    spec.ternary_type = tensorTypeFromName(args.value("--ternary-type", "i2_s"));
    spec.embd_type = tensorTypeFromName(args.value("--embd-type", "f16"));
    spec.untied_output = args.has("--untied");
    spec.per_tensor_scales = args.has("--scales");
    spec.hidden_activation = args.value("--activation", "");
    spec.chat_format = args.value("--chat-format", "");
    n_vocab = uint32_t(args.integer("--vocab", 0));

    if (auto from = args.value("--vocab-from")) {
        tokenizer = tokenizerConfigFromGguf(GgufFile::open(*from));
    } else if (preset == "2b4t") {
        tokenizer = llama3ShapedSyntheticVocab();
    } else {
        tokenizer = smallSyntheticVocab(n_vocab);
    }
    if (n_vocab != 0 && tokenizer.tokens.size() != n_vocab)
        throw Error("--vocab " + std::to_string(n_vocab) + " does not match the tokenizer's " +
                    std::to_string(tokenizer.tokens.size()) + " tokens");
    ModelBuilder::write(out, spec, tokenizer);
    std::printf("wrote %s\n", out.c_str());
    return 0;
}

} // namespace trit::cli
