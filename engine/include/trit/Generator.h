#pragma once
// The generation loop: template, prefix reuse, prefill, sampling, streaming, stopping, statistics.
#include "trit/Chat.h"
#include "trit/Session.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trit {

struct SamplingParams {
    float temperature = 0.6f; // <= 0 means greedy
    int top_k = 40;           // <= 0 disables
    float top_p = 0.9f;       // >= 1 disables
    float min_p = 0.05f;      // <= 0 disables
    float repeat_penalty = 1.1f;
    int repeat_last_n = 64;
    uint64_t seed = 0; // same seed, same model, same prompt -> same text on every machine
};

struct GenerationParams {
    SamplingParams sampling;
    int max_tokens = 1024;
    std::vector<std::string> stop_strings;
    std::string chat_format; // empty = the model's own
};

struct GenerationStats {
    int prompt_tokens = 0;     // tokens of the rendered prompt
    int reused_tokens = 0;     // of which were already in the KV cache
    double prefill_ms = 0;     // time to process the new prompt tokens
    double first_token_ms = 0; // from start to the first generated token's text
    int generated_tokens = 0;
    double decode_ms = 0;
    double prefillTokensPerSecond() const;
    double decodeTokensPerSecond() const;
};

enum class StopReason { EndOfTurn, StopString, MaxTokens, Cancelled, ContextFull };

struct GenerationResult {
    std::string text;
    StopReason reason = StopReason::EndOfTurn;
    GenerationStats stats;
};

// Called with each new piece of text (whole UTF-8 characters) and the stats so far. Return false to stop.
using TextCallback = std::function<bool(std::string_view delta, const GenerationStats& stats)>;

class Generator {
public:
    explicit Generator(Session& session);

    // Renders the chat, reuses the cached prefix, generates the assistant's reply.
    GenerationResult chat(const std::vector<ChatMessage>& messages, const GenerationParams& params,
                          const TextCallback& on_text = {}, const std::atomic<bool>* cancel = nullptr);
    // Raw completion of already-tokenized input (after prefix reuse).
    GenerationResult complete(std::span<const int32_t> prompt, const GenerationParams& params,
                              const TextCallback& on_text = {}, const std::atomic<bool>* cancel = nullptr);

private:
    Session& session_;
};

} // namespace trit
