// The Llama 3 / 2B4T tokenizer against llama.cpp's recorded vectors and the ids of ENGINE_SPEC §4.6-4.7,
// with the vocabulary built from the tiktoken rank file in the shared test data.
#include "Check.h"
#include "support/Llama3Vocab.h"
#include "support/TokenizerTestData.h"
#include "tokenizer/TokenizerFactory.h"
#include "trit/Tokenizer.h"

#include <cstdio>
#include <optional>

using trit::Tokenizer;
using Ids = std::vector<int32_t>;

namespace {

const trit::TokenizerConfig& llama3Config() {
    static std::optional<trit::TokenizerConfig> config;
    if (!config)
        config = trit_test::llama3TokenizerConfig(trit_test::tokenizerTestDataDir() +
                                                  "/llama3-tiktoken-tokenizer.model");
    return *config;
}

const Tokenizer& llama3() {
    static std::optional<Tokenizer> tokenizer;
    if (!tokenizer)
        tokenizer.emplace(trit::makeTokenizer(llama3Config()));
    return *tokenizer;
}

Ids encode(std::string_view text) {
    return llama3().encode(text, false, false);
}

std::string show(const Ids& ids) {
    std::string s;
    for (int32_t id : ids)
        s += " " + std::to_string(id);
    return s;
}

} // namespace

TEST_CASE("the derived merges match the official file's count") {
    // ENGINE_SPEC §4.4: the Llama 3 vocabulary has 280147 merges.
    CHECK_EQ(llama3Config().merges.size(), size_t{280147});
    CHECK_EQ(llama3Config().tokens.size(), size_t{128256});
}

TEST_CASE("llama-bpe vectors: every case") {
    const auto vectors =
        trit_test::readTokenizerVectors(trit_test::tokenizerTestDataDir(), "ggml-vocab-llama-bpe.gguf");
    int passed = 0;
    for (const auto& v : vectors) {
        const Ids got = encode(v.text);
        if (got == v.ids)
            ++passed;
        else
            trit_test::fail(__FILE__, __LINE__,
                            "'" + v.text + "': expected" + show(v.ids) + ", got" + show(got));
    }
    std::printf("llama-bpe vectors: %d/%zu passed\n", passed, vectors.size());
    CHECK_EQ(static_cast<size_t>(passed), vectors.size());
    CHECK_EQ(vectors.size(), size_t{47});
}

TEST_CASE("an absent tokenizer.ggml.pre on the Llama 3 vocabulary selects llama3 with ignore_merges") {
    CHECK_EQ(llama3().preTokenizer(), std::string("llama3"));
    trit::TokenizerConfig named = llama3Config();
    named.pre = "llama-bpe";
    const Tokenizer explicit_pre = trit::makeTokenizer(named);
    CHECK_EQ(explicit_pre.preTokenizer(), std::string("llama3"));
    CHECK_IDS(explicit_pre.encode(" Việt (word\n\n\nx", false, false), encode(" Việt (word\n\n\nx"));
}

TEST_CASE("the degraded default pre-tokenizer splits differently (ENGINE_SPEC §4.4)") {
    trit::TokenizerConfig config = llama3Config();
    config.pre = "default";
    const Tokenizer degraded = trit::makeTokenizer(config);
    CHECK_EQ(degraded.preTokenizer(), std::string("default"));
    const std::string text = "f(word) 12345";
    CHECK(degraded.encode(text, false, false) != encode(text));
    CHECK_EQ(degraded.decode(degraded.encode(text, false, false)), text);
}

TEST_CASE("handy ids of ENGINE_SPEC 4.7") {
    CHECK_IDS(encode("hello"), (Ids{15339}));
    CHECK_IDS(encode("Hello"), (Ids{9906}));
    CHECK_IDS(encode("Hello world"), (Ids{9906, 1917}));
    CHECK_IDS(encode(" Hello"), (Ids{22691}));
    CHECK_IDS(encode("You are a helpful assistant."), (Ids{2675, 527, 264, 11190, 18328, 13}));
    CHECK_IDS(encode("Human: "), (Ids{35075, 25, 220}));
    CHECK_IDS(llama3().encode("hello", true, false), (Ids{128000, 15339}));
    CHECK_EQ(llama3().decode(Ids{1917, 198}), std::string(" world\n"));
}

TEST_CASE("chat header ids of ENGINE_SPEC 4.6") {
    CHECK_IDS(encode("User: "), (Ids{1502, 25, 220}));
    CHECK_IDS(encode("Assistant: "), (Ids{72803, 25, 220}));
    CHECK_IDS(encode("System: "), (Ids{2374, 25, 220}));
    CHECK_IDS(encode("How are you?"), (Ids{4438, 527, 499, 30}));
    CHECK_IDS(encode("User: How are you?"), (Ids{1502, 25, 2650, 527, 499, 30}));
}

TEST_CASE("special tokens: ids, end of generation, bos") {
    const Tokenizer& t = llama3();
    CHECK_EQ(t.vocabSize(), 128256);
    CHECK_EQ(t.bos(), 128000);
    CHECK_EQ(t.eos(), 128001);
    CHECK_EQ(t.eot(), 128009); // found by its text: the file has no eot id
    CHECK(t.isEndOfGeneration(128001));
    CHECK(t.isEndOfGeneration(128009));
    CHECK(!t.isEndOfGeneration(128000));
    CHECK(!t.isEndOfGeneration(198));
    CHECK(t.addBosByDefault());
    CHECK_EQ(t.findToken("<|start_header_id|>"), 128006);
    CHECK_EQ(t.findToken("<|reserved_special_token_250|>"), 128255);
    CHECK_EQ(t.findToken("no such token"), -1);
    CHECK_EQ(t.model(), std::string("gpt2"));
}

TEST_CASE("special-token parsing only when asked") {
    const Tokenizer& t = llama3();
    const std::string text = "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>";
    CHECK_IDS(t.encode(text, false, true), (Ids{128006, 882, 128007, 271, 13347, 128009}));
    const Ids plain = t.encode(text, false, false);
    for (int32_t id : plain)
        CHECK(id < 128000);
    CHECK_EQ(t.decode(plain), text);
    // Control tokens render empty unless asked for.
    CHECK_EQ(t.tokenBytes(128009), std::string());
    CHECK_EQ(t.tokenBytes(128009, true), std::string("<|eot_id|>"));
    CHECK_EQ(t.decode(t.encode(text, true, true)), std::string("user\n\nHi"));
    CHECK_THROWS(t.tokenBytes(128256));
    CHECK_THROWS(t.tokenBytes(-1));
}

TEST_CASE("decode reproduces every vector's text") {
    const auto vectors =
        trit_test::readTokenizerVectors(trit_test::tokenizerTestDataDir(), "ggml-vocab-llama-bpe.gguf");
    for (const auto& v : vectors)
        CHECK_EQ(llama3().decode(v.ids), v.text);
}

TEST_CASE("streaming decode releases only whole characters") {
    const Tokenizer& t = llama3();
    // " 🦙" is three tokens whose bytes split the 4-byte character.
    const Ids ids = encode(" 🦙.cpp");
    CHECK_IDS(ids, (Ids{11410, 99, 247, 13, 11055}));
    trit::Utf8StreamDecoder decoder;
    std::vector<std::string> released;
    for (int32_t id : ids)
        released.push_back(decoder.push(t.tokenBytes(id)));
    CHECK_EQ(released[0], std::string(" "));
    CHECK_EQ(released[1], std::string());
    CHECK_EQ(released[2], std::string("🦙"));
    CHECK_EQ(released[3], std::string("."));
    CHECK_EQ(released[4], std::string("cpp"));
    CHECK_EQ(decoder.flush(), std::string());
}

TEST_CASE("a long paste and a long unbroken word encode and decode back") {
    std::string paste;
    const char* parts[] = {"The quick brown fox, ", "naïve café — 12345678 ", "нещо на Български\n\n",
                           "🦙🚀 ", "\t(x) "};
    for (int i = 0; paste.size() < 300000; ++i)
        paste += parts[i % 5];
    const Ids ids = encode(paste);
    CHECK(ids.size() > paste.size() / 8);
    CHECK_EQ(llama3().decode(ids), paste);
    const std::string word(100000, 'a');
    CHECK_EQ(llama3().decode(encode(word)), word);
    const std::string digits(30000, '7');
    CHECK_EQ(encode(digits).size(), size_t{10000}); // \p{N}{1,3}: one token per three digits
}

TEST_CASE("invalid UTF-8 is replaced, never crashes") {
    const Ids ids = encode(std::string("a\xff\xc3"));
    CHECK_EQ(llama3().decode(ids), std::string("a\xEF\xBF\xBD\xEF\xBF\xBD"));
}

TRIT_TEST_MAIN()
