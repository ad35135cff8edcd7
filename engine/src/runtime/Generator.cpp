#include "trit/Generator.h"

#include "runtime/Sampler.h"
#include "runtime/SessionImpl.h"
#include "runtime/StopStringMatcher.h"
#include "trit/Error.h"
#include "trit/Tokenizer.h"

#include <chrono>

namespace trit {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool cancelled(const std::atomic<bool>* cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

double GenerationStats::prefillTokensPerSecond() const {
    const int n = prompt_tokens - reused_tokens;
    return prefill_ms > 0 ? n * 1000.0 / prefill_ms : 0.0;
}

double GenerationStats::decodeTokensPerSecond() const {
    return decode_ms > 0 ? generated_tokens * 1000.0 / decode_ms : 0.0;
}

Generator::Generator(Session& session) : session_(session) {}

GenerationResult Generator::chat(const std::vector<ChatMessage>& messages, const GenerationParams& params,
                                 const TextCallback& on_text, const std::atomic<bool>* cancel) {
    GenerationParams p = params;
    if (p.chat_format.empty())
        p.chat_format = session_.model().impl().chatFormat();
    const std::vector<int32_t> prompt =
        renderChat(session_.model().tokenizer(), p.chat_format, messages, true);
    for (auto& s : chatStopStrings(p.chat_format))
        p.stop_strings.push_back(std::move(s));
    return complete(prompt, p, on_text, cancel);
}

GenerationResult Generator::complete(std::span<const int32_t> prompt, const GenerationParams& params,
                                     const TextCallback& on_text, const std::atomic<bool>* cancel) {
    const auto start = Clock::now();
    const Tokenizer& tokenizer = session_.model().tokenizer();
    GenerationResult result;
    GenerationStats& stats = result.stats;
    if (prompt.empty())
        throw Error("cannot generate from an empty prompt");
    if (prompt.size() >= session_.contextSize())
        throw Error("the prompt has " + std::to_string(prompt.size()) + " tokens but the context holds " +
                    std::to_string(session_.contextSize()) +
                    "; shorten the conversation or raise the context length");

    // Reuse the cached prefix; the last prompt token is always evaluated again to get fresh logits.
    const size_t reuse = std::min(session_.commonPrefix(prompt), prompt.size() - 1);
    session_.truncate(reuse);
    stats.prompt_tokens = int(prompt.size());
    stats.reused_tokens = int(reuse);
    std::span<const float> logits = session_.prefill(prompt.subspan(reuse));
    stats.prefill_ms = msSince(start);

    Sampler sampler(params.sampling);
    Utf8StreamDecoder utf8;
    StopStringMatcher stops(params.stop_strings);
    bool keep_going = true;
    auto emit = [&](const std::string& text) {
        if (text.empty())
            return;
        if (stats.generated_tokens > 0 && stats.first_token_ms == 0)
            stats.first_token_ms = msSince(start);
        result.text += text;
        if (on_text && !on_text(text, stats))
            keep_going = false;
    };

    const auto decode_start = Clock::now();
    result.reason = StopReason::MaxTokens;
    for (int i = 0; i < params.max_tokens; ++i) {
        if (cancelled(cancel) || !keep_going) {
            result.reason = StopReason::Cancelled;
            break;
        }
        const int32_t token = sampler.sample(logits, session_.tokens());
        if (tokenizer.isEndOfGeneration(token)) {
            // Keep the end-of-turn token in the cache so the next turn's rendering matches it.
            if (session_.tokens().size() < session_.contextSize())
                session_.impl().append(std::span<const int32_t>(&token, 1), nullptr, false);
            result.reason = StopReason::EndOfTurn;
            break;
        }
        ++stats.generated_tokens;
        emit(stops.push(utf8.push(tokenizer.tokenBytes(token))));
        if (stops.stopped()) {
            result.reason = StopReason::StopString;
            break;
        }
        if (i + 1 == params.max_tokens)
            break;
        if (session_.tokens().size() >= session_.contextSize()) {
            result.reason = StopReason::ContextFull;
            break;
        }
        if (cancelled(cancel) || !keep_going) {
            result.reason = StopReason::Cancelled;
            break;
        }
        logits = session_.decode(token);
        stats.decode_ms = std::chrono::duration<double, std::milli>(Clock::now() - decode_start).count();
    }
    stats.decode_ms = std::chrono::duration<double, std::milli>(Clock::now() - decode_start).count();
    if (!stops.stopped()) {
        keep_going = true;
        emit(stops.push(utf8.flush()));
        emit(stops.flush());
        if (stops.stopped())
            result.reason = StopReason::StopString;
    }
    return result;
}

} // namespace trit
