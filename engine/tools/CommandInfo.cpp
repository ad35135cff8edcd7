// trit info FILE
#include "Commands.h"
#include "trit/Model.h"

#include <cstdio>

namespace trit::cli {

namespace {

std::string megabytes(uint64_t bytes) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

} // namespace

int commandInfo(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, {});
    if (args.wantsHelp()) {
        std::printf(
            "usage: trit info FILE\n\nShows the architecture, hyper-parameters, tensor types and sizes, "
            "tokenizer, chat format and expected memory of a GGUF model, from its header alone.\n");
        return 0;
    }
    const ModelInfo info = inspectModel(args.positional(0, "model file"));
    std::printf("file            %s (%s)\n", info.path.c_str(), megabytes(info.file_size).c_str());
    std::printf("name            %s\n", info.name.c_str());
    std::printf("architecture    %s\n", info.architecture.c_str());
    std::printf("parameters      %llu (%s of tensor data)\n", static_cast<unsigned long long>(info.n_params),
                megabytes(info.weight_bytes).c_str());
    std::printf("vocab           %u\n", info.n_vocab);
    std::printf("embedding       %u\n", info.n_embd);
    std::printf("layers          %u\n", info.n_layer);
    std::printf("heads           %u (kv %u, head dim %u, rope dims %u)\n", info.n_head, info.n_head_kv,
                info.head_dim, info.n_rot);
    std::printf("feed-forward    %u\n", info.n_ff);
    std::printf("context         %u\n", info.n_ctx_train);
    std::printf("rope base       %g\n", double(info.rope_freq_base));
    std::printf("norm epsilon    %g\n", double(info.norm_eps));
    std::printf("output head     %s\n", info.tied_output ? "tied (token_embd)" : "output.weight");
    std::printf("tensor types   ");
    for (const auto& [type, count] : info.tensor_types)
        std::printf(" %s×%u", type.c_str(), count);
    std::printf("\n");
    std::printf("tokenizer       %s (pre-tokenizer %s)\n", info.tokenizer_model.c_str(),
                info.tokenizer_pre.empty() ? "-" : info.tokenizer_pre.c_str());
    std::printf("chat format     %s\n", info.chat_format.c_str());
    std::printf("memory          %s with an f16 KV cache of %u tokens (%s with f32)\n",
                megabytes(info.expectedMemory(info.n_ctx_train, KvCacheType::F16)).c_str(), info.n_ctx_train,
                megabytes(info.expectedMemory(info.n_ctx_train, KvCacheType::F32)).c_str());
    return 0;
}

} // namespace trit::cli
