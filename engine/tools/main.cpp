// `trit`: run, inspect and build ternary models from the command line.
#include "Commands.h"
#include "trit/Version.h"

#include <cstdio>
#include <cstring>
#include <exception>

namespace {

struct Command {
    const char* name;
    int (*run)(int, char**);
    const char* summary;
};

const Command kCommands[] = {
    {"info", trit::cli::commandInfo, "show a model file's architecture, shapes, tensor types and tokenizer"},
    {"run", trit::cli::commandRun, "generate text from a prompt"},
    {"chat", trit::cli::commandChat, "chat interactively (reads lines from stdin)"},
    {"mkmodel", trit::cli::commandMkmodel, "write a model with deterministic random ternary weights"},
    {"convert-dir", trit::cli::commandConvertDir, "pack a training script's output directory into a GGUF"},
    {"logits", trit::cli::commandLogits, "write the logits of every position of a token sequence (raw f32)"},
    {"layer", trit::cli::commandLayer, "run one block on given hidden states (teacher forcing)"},
    {"generate", trit::cli::commandGenerate, "generate token ids from token ids"},
    {"bench", trit::cli::commandBench, "measure prompt and generation speed, bandwidth bound and kernels"},
};

void usage() {
    std::printf(
        "trit %s — ternary (1.58-bit) language models on the CPU\n\nusage: trit COMMAND [options]\n\n",
        std::string(trit::version()).c_str());
    for (const auto& c : kCommands)
        std::printf("  %-12s %s\n", c.name, c.summary);
    std::printf("\n`trit COMMAND --help` describes a command's options.\n");
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        usage();
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::printf("%s\n", std::string(trit::version()).c_str());
        return 0;
    }
    for (const auto& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0)
            continue;
        try {
            return c.run(argc - 2, argv + 2);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "trit %s: %s\n", c.name, e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "trit: unknown command '%s'\n\n", argv[1]);
    usage();
    return 2;
}
