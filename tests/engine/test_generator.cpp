// Generator: max tokens, stop strings split across tokens, end of turn, cancellation within one token,
// context full, streaming in whole characters, and prefix reuse across chat turns.
#include "Check.h"
#include "support/ModelFactory.h"
#include "trit/Chat.h"
#include "trit/Generator.h"
#include "trit/Tokenizer.h"

#include <atomic>

namespace {

std::shared_ptr<const trit::Model> asciiModel() {
    static auto m = trit::Model::load(trit_test::writeAsciiModel("ascii"));
    return m;
}

std::shared_ptr<const trit::Model> endsAtOnceModel() {
    static auto m = trit::Model::load(trit_test::writeEndsAtOnceModel("ends-at-once"));
    return m;
}

trit::SessionOptions options(uint32_t n_ctx = 256) {
    trit::SessionOptions o;
    o.n_ctx = n_ctx;
    o.n_threads = 2;
    return o;
}

trit::GenerationParams greedy(int max_tokens) {
    trit::GenerationParams p;
    p.sampling.temperature = 0.0f;
    p.sampling.repeat_penalty = 1.0f;
    p.max_tokens = max_tokens;
    return p;
}

std::vector<int32_t> promptOf(const trit::Model& m, const std::string& text) {
    return m.tokenizer().encode(text, true, false);
}

struct Reference {
    std::string text;
    std::vector<std::string> pieces; // bytes of each generated token
};

Reference referenceRun(int max_tokens) {
    trit::Session s(asciiModel(), options());
    trit::Generator g(s);
    const auto prompt = promptOf(*asciiModel(), "Hello world");
    Reference r;
    r.text = g.complete(prompt, greedy(max_tokens)).text;
    for (size_t i = prompt.size(); i < s.tokens().size(); ++i)
        r.pieces.push_back(asciiModel()->tokenizer().tokenBytes(s.tokens()[i]));
    return r;
}

} // namespace

TEST_CASE("max tokens: exactly n tokens, streamed text equals the result") {
    trit::Session s(asciiModel(), options());
    trit::Generator g(s);
    std::string streamed;
    int calls = 0;
    const auto r = g.complete(promptOf(*asciiModel(), "Hello world"), greedy(12),
                              [&](std::string_view delta, const trit::GenerationStats& stats) {
                                  streamed += delta;
                                  CHECK(stats.generated_tokens >= 1);
                                  ++calls;
                                  return true;
                              });
    CHECK(r.reason == trit::StopReason::MaxTokens);
    CHECK_EQ(r.stats.generated_tokens, 12);
    CHECK_EQ(streamed, r.text);
    CHECK(calls >= 1);
    CHECK(!r.text.empty());
    CHECK_EQ(r.stats.prompt_tokens, int(promptOf(*asciiModel(), "Hello world").size()));
    CHECK(r.stats.decodeTokensPerSecond() > 0);
}

TEST_CASE("a stop string split across two tokens stops generation and never leaks") {
    const Reference ref = referenceRun(24);
    REQUIRE(ref.pieces.size() == 23); // the last sampled token is not evaluated, so not cached
    size_t boundary = 0;
    std::string prefix;
    for (size_t i = 0; i + 1 < ref.pieces.size(); ++i) {
        prefix += ref.pieces[i];
        if (i >= 2 && !ref.pieces[i].empty() && !ref.pieces[i + 1].empty()) {
            boundary = i;
            break;
        }
    }
    REQUIRE(boundary > 0);
    const std::string stop = std::string(1, ref.pieces[boundary].back()) + ref.pieces[boundary + 1].front();
    const std::string expected = ref.text.substr(0, ref.text.find(stop));

    trit::Session s(asciiModel(), options());
    trit::Generator g(s);
    auto params = greedy(24);
    params.stop_strings = {"never appears", stop};
    std::string streamed;
    const auto r = g.complete(promptOf(*asciiModel(), "Hello world"), params,
                              [&](std::string_view delta, const trit::GenerationStats&) {
                                  streamed += delta;
                                  return true;
                              });
    CHECK(r.reason == trit::StopReason::StopString);
    CHECK_EQ(r.text, expected);
    CHECK_EQ(streamed, expected);
    CHECK(r.text.find(stop) == std::string::npos);
}

TEST_CASE("cancellation takes effect within one token") {
    trit::Session s(asciiModel(), options());
    trit::Generator g(s);
    std::atomic<bool> cancel{false};
    const auto r = g.complete(
        promptOf(*asciiModel(), "Hello world"), greedy(50),
        [&](std::string_view, const trit::GenerationStats&) {
            cancel = true;
            return true;
        },
        &cancel);
    CHECK(r.reason == trit::StopReason::Cancelled);
    CHECK_EQ(r.stats.generated_tokens, 1);

    cancel = true; // already set: nothing is generated
    const auto none = g.complete(promptOf(*asciiModel(), "Hello"), greedy(50), {}, &cancel);
    CHECK(none.reason == trit::StopReason::Cancelled);
    CHECK_EQ(none.stats.generated_tokens, 0);

    const auto by_callback = g.complete(promptOf(*asciiModel(), "Hello"), greedy(50),
                                        [](std::string_view, const trit::GenerationStats&) { return false; });
    CHECK(by_callback.reason == trit::StopReason::Cancelled);
    CHECK_EQ(by_callback.stats.generated_tokens, 1);
}

TEST_CASE("generation stops when the context is full") {
    trit::Session s(asciiModel(), options(16));
    trit::Generator g(s);
    const auto prompt = promptOf(*asciiModel(), "Hello world");
    const auto r = g.complete(prompt, greedy(100));
    CHECK(r.reason == trit::StopReason::ContextFull);
    CHECK_EQ(s.tokens().size(), size_t(16));
    CHECK_EQ(r.stats.generated_tokens, int(16 - prompt.size() + 1)); // the last one is sampled, not cached
}

TEST_CASE("an end-of-turn token ends the reply and is kept in the cache") {
    trit::Session s(endsAtOnceModel(), options());
    trit::Generator g(s);
    const auto prompt = promptOf(*endsAtOnceModel(), "Hello");
    const auto r = g.complete(prompt, greedy(10));
    CHECK(r.reason == trit::StopReason::EndOfTurn);
    CHECK(r.text.empty());
    CHECK_EQ(s.tokens().size(), prompt.size() + 1);
    CHECK_EQ(s.tokens().back(), 0);
}

TEST_CASE("the second chat turn prefills only its new tokens") {
    const auto model = endsAtOnceModel();
    trit::Session s(model, options());
    trit::Generator g(s);
    std::vector<trit::ChatMessage> messages = {{"user", "Hello"}};
    const auto first = g.chat(messages, greedy(10));
    CHECK(first.reason == trit::StopReason::EndOfTurn);
    CHECK_EQ(first.stats.reused_tokens, 0);
    const size_t cached = s.tokens().size();

    messages.push_back({"assistant", first.text});
    messages.push_back({"user", "world"});
    const auto full = trit::renderChat(model->tokenizer(), model->info().chat_format, messages, true);
    const auto second = g.chat(messages, greedy(10));
    CHECK_EQ(second.stats.prompt_tokens, int(full.size()));
    CHECK_EQ(second.stats.reused_tokens, int(cached)); // everything cached, end-of-turn token included
    CHECK(full.size() > cached);
}

TRIT_TEST_MAIN()
