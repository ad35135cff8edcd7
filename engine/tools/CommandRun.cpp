// trit run FILE -p TEXT ... and trit chat FILE
#include "Commands.h"
#include "ModelOptions.h"
#include "trit/Generator.h"
#include "trit/Tokenizer.h"

#include <cstdio>
#include <iostream>

namespace trit::cli {

namespace {

const std::set<std::string> kValueFlags = {"-p",    "-n",       "--temp",           "--seed",   "-t",
                                           "--ctx", "--kv",     "--top-k",          "--top-p",  "--min-p",
                                           "--pre", "--kernel", "--repeat-penalty", "--system", "--format"};

GenerationParams generationParams(const CliArgs& args) {
    GenerationParams p;
    p.max_tokens = int(args.integer("-n", 128));
    p.sampling.temperature = float(args.number("--temp", 0.6));
    p.sampling.seed = uint64_t(args.integer("--seed", 0));
    p.sampling.top_k = int(args.integer("--top-k", 40));
    p.sampling.top_p = float(args.number("--top-p", 0.9));
    p.sampling.min_p = float(args.number("--min-p", 0.05));
    p.sampling.repeat_penalty = float(args.number("--repeat-penalty", 1.1));
    p.chat_format = args.value("--format", "");
    return p;
}

const char* samplingHelp() {
    return "  -n N               tokens to generate at most (default 128)\n"
           "  --temp T           temperature, 0 = greedy (default 0.6)\n"
           "  --seed S           random seed (default 0)\n"
           "  --top-k K --top-p P --min-p P --repeat-penalty R\n"
           "  --format NAME      chat format (default: the model's)\n";
}

bool printDelta(std::string_view delta, const GenerationStats&) {
    std::fwrite(delta.data(), 1, delta.size(), stdout);
    std::fflush(stdout);
    return true;
}

const char* reasonText(StopReason r) {
    switch (r) {
    case StopReason::EndOfTurn:
        return "end of turn";
    case StopReason::StopString:
        return "stop string";
    case StopReason::MaxTokens:
        return "max tokens";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::ContextFull:
        return "context full";
    }
    return "";
}

void printStats(const GenerationResult& r) {
    const auto& s = r.stats;
    std::fprintf(stderr,
                 "\n[%s] prompt %d tokens (%d reused), prefill %.1f ms (%.1f tok/s); %d generated in %.1f ms "
                 "(%.2f tok/s); first token after %.1f ms\n",
                 reasonText(r.reason), s.prompt_tokens, s.reused_tokens, s.prefill_ms,
                 s.prefillTokensPerSecond(), s.generated_tokens, s.decode_ms, s.decodeTokensPerSecond(),
                 s.first_token_ms);
}

} // namespace

int commandRun(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf(
            "usage: trit run FILE -p TEXT [options]\n\nGenerates a continuation of TEXT (or, with --chat, "
            "the assistant's reply to TEXT as a user message).\n\n  -p TEXT            the prompt\n"
            "  --chat             apply the model's chat format\n  --system TEXT      system message "
            "(with --chat)\n%s%s",
            samplingHelp(), modelOptionsHelp());
        return 0;
    }
    const auto loaded = loadModel(args.positional(0, "model file"), args);
    std::fprintf(stderr, "loaded %s in %.1f ms\n", loaded.model->info().path.c_str(), loaded.load_ms);
    Session session(loaded.model, sessionOptions(args));
    Generator generator(session);
    const GenerationParams params = generationParams(args);
    const std::string prompt = args.value("-p", "");
    GenerationResult result;
    if (args.has("--chat")) {
        std::vector<ChatMessage> messages;
        if (auto system = args.value("--system"))
            messages.push_back({"system", *system});
        messages.push_back({"user", prompt});
        result = generator.chat(messages, params, printDelta);
    } else {
        const Tokenizer& tok = loaded.model->tokenizer();
        const auto ids = tok.encode(prompt, tok.addBosByDefault(), false);
        std::fwrite(prompt.data(), 1, prompt.size(), stdout);
        result = generator.complete(ids, params, printDelta);
    }
    printStats(result);
    return 0;
}

int commandChat(int argc, char** argv) {
    const CliArgs args(argc, argv, 0, kValueFlags);
    if (args.wantsHelp()) {
        std::printf("usage: trit chat FILE [options]\n\nChats on stdin/stdout: each line is a user message; "
                    "an empty line or end of input quits. The KV cache is reused across turns.\n\n"
                    "  --system TEXT      system message\n%s%s",
                    samplingHelp(), modelOptionsHelp());
        return 0;
    }
    const auto loaded = loadModel(args.positional(0, "model file"), args);
    Session session(loaded.model, sessionOptions(args));
    Generator generator(session);
    const GenerationParams params = generationParams(args);
    std::vector<ChatMessage> messages;
    if (auto system = args.value("--system"))
        messages.push_back({"system", *system});
    std::string line;
    while (true) {
        std::fputs("> ", stdout);
        std::fflush(stdout);
        if (!std::getline(std::cin, line) || line.empty())
            break;
        messages.push_back({"user", line});
        const GenerationResult result = generator.chat(messages, params, printDelta);
        printStats(result);
        messages.push_back({"assistant", result.text});
    }
    return 0;
}

} // namespace trit::cli
