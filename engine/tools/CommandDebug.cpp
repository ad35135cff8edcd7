// Commands for checking the engine against the numpy reference: logits, layer, generate.
#include "Commands.h"
#include "ModelOptions.h"
#include "model/ForwardPass.h"
#include "runtime/Sampler.h"
#include "runtime/SessionImpl.h"
#include "trit/Error.h"

#include <cstdio>
#include <fstream>

namespace trit::cli {

namespace {

const std::set<std::string> kValueFlags = {"--tokens",    "--out",    "-t",      "--kv",    "--ctx",
                                           "--pre",       "--kernel", "--layer", "--input", "--n-tokens",
                                           "--codes-out", "-n",       "--seed",  "--temp"};

std::vector<int32_t> tokensFrom(const CliArgs& args) {
    const auto list = args.value("--tokens");
    if (!list)
        throw Error("--tokens is required (comma-separated token ids)");
    const auto ints = parseIntList(*list);
    return std::vector<int32_t>(ints.begin(), ints.end());
}

template <typename T> void writeRaw(const std::string& path, const T* data, size_t n) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(n * sizeof(T)));
    if (!out)
        throw Error("cannot write " + path);
}

} // namespace

int commandLogits(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf("usage: trit logits FILE --tokens 1,2,3 --out F [options]\n\nWrites the logits of every "
                    "position (n_tokens x n_vocab raw little-endian f32).\n%s",
                    modelOptionsHelp());
        return 0;
    }
    const auto loaded = loadModel(args.positional(0, "model file"), args);
    const auto tokens = tokensFrom(args);
    Session session(loaded.model, sessionOptions(args));
    std::vector<float> logits;
    session.evaluateAll(tokens, logits);
    writeRaw(args.value("--out").value_or(""), logits.data(), logits.size());
    return 0;
}

int commandLayer(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf(
            "usage: trit layer FILE --layer L --input IN.f32 --n-tokens N --out OUT.f32 --codes-out C.i8\n\n"
            "Runs block L alone on N x n_embd hidden states at positions 0..N-1 (fresh cache) and writes "
            "its output and, per token, the int8 codes of its BitLinear inputs: attention input "
            "(n_embd), attention sub-norm output (n_head*head_dim), FFN input (n_embd), FFN sub-norm "
            "output (n_ff).\n%s",
            modelOptionsHelp());
        return 0;
    }
    const auto loaded = loadModel(args.positional(0, "model file"), args);
    const ModelInfo& info = loaded.model->info();
    const long long n_tok = args.integer("--n-tokens", 0);
    const auto layer = args.integer("--layer", -1);
    if (n_tok <= 0 || layer < 0)
        throw Error("--layer and --n-tokens are required");
    std::vector<float> x(size_t(n_tok) * info.n_embd);
    const std::string input = args.value("--input", "");
    std::ifstream in(input, std::ios::binary);
    in.read(reinterpret_cast<char*>(x.data()), std::streamsize(x.size() * sizeof(float)));
    if (!in || in.peek() != std::char_traits<char>::eof())
        throw Error(input + ": expected exactly " + std::to_string(x.size() * sizeof(float)) + " bytes (" +
                    std::to_string(n_tok) + " x " + std::to_string(info.n_embd) + " f32)");
    Session session(loaded.model, sessionOptions(args));
    BlockCodes codes;
    session.impl().runBlock(uint32_t(layer), x.data(), int(n_tok), &codes);
    writeRaw(args.value("--out", ""), x.data(), x.size());
    if (auto codes_out = args.value("--codes-out")) {
        const size_t e = info.n_embd, q = size_t(info.n_head) * info.head_dim, ff = info.n_ff;
        std::vector<int8_t> all;
        all.reserve(size_t(n_tok) * (2 * e + q + ff));
        for (long long t = 0; t < n_tok; ++t) {
            auto put = [&](const std::vector<int8_t>& v, size_t n) {
                all.insert(all.end(), v.begin() + std::ptrdiff_t(size_t(t) * n),
                           v.begin() + std::ptrdiff_t(size_t(t + 1) * n));
            };
            put(codes.attn_input, e);
            put(codes.attn_sub_norm, q);
            put(codes.ffn_input, e);
            put(codes.ffn_sub_norm, ff);
        }
        writeRaw(*codes_out, all.data(), all.size());
    }
    return 0;
}

int commandGenerate(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf(
            "usage: trit generate FILE --tokens 1,2,3 [-n 32] [--greedy | --temp T --seed S]\n\n"
            "Prints the generated token ids, comma-separated (end-of-generation tokens do not stop it).\n%s",
            modelOptionsHelp());
        return 0;
    }
    const auto loaded = loadModel(args.positional(0, "model file"), args);
    const auto tokens = tokensFrom(args);
    Session session(loaded.model, sessionOptions(args));
    SamplingParams sp;
    sp.temperature = args.has("--greedy") ? 0.0f : float(args.number("--temp", 0.6));
    sp.seed = uint64_t(args.integer("--seed", 0));
    sp.repeat_penalty = 1.0f;
    Sampler sampler(sp);
    auto logits = session.prefill(tokens);
    const long long n = args.integer("-n", 32);
    for (long long i = 0; i < n; ++i) {
        const int32_t next = sampler.sample(logits, session.tokens());
        std::printf(i ? ",%d" : "%d", next);
        if (i + 1 < n)
            logits = session.decode(next);
    }
    std::printf("\n");
    return 0;
}

} // namespace trit::cli
