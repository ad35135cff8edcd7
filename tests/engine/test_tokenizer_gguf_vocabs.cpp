// The GPT-2 (byte-level BPE) and LLaMA SentencePiece tokenizers read from llama.cpp's vocab-only GGUF files
// through tokenizerConfigFromGguf, against llama.cpp's recorded vectors.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "support/TokenizerTestData.h"
#include "tokenizer/TokenizerFactory.h"
#include "tokenizer/TokenizerFromGguf.h"
#include "trit/Tokenizer.h"

#include <cstdio>
#include <optional>

using trit::Tokenizer;
using Ids = std::vector<int32_t>;

namespace {

const Tokenizer& fromFile(const std::string& name) {
    static std::vector<std::pair<std::string, Tokenizer>> cache;
    for (const auto& [n, t] : cache)
        if (n == name)
            return t;
    const trit::GgufFile file = trit::GgufFile::open(trit_test::tokenizerTestDataDir() + "/" + name);
    cache.emplace_back(name, trit::makeTokenizer(trit::tokenizerConfigFromGguf(file)));
    return cache.back().second;
}

const Tokenizer& gpt2() {
    return fromFile("ggml-vocab-gpt-2.gguf");
}
const Tokenizer& spm() {
    return fromFile("ggml-vocab-llama-spm.gguf");
}

void checkVectors(const std::string& name) {
    const Tokenizer& t = fromFile(name);
    const auto vectors = trit_test::readTokenizerVectors(trit_test::tokenizerTestDataDir(), name);
    int passed = 0;
    for (const auto& v : vectors) {
        const Ids got = t.encode(v.text, false, false);
        if (got == v.ids)
            ++passed;
        else
            trit_test::fail(__FILE__, __LINE__,
                            name + " '" + v.text + "': expected " + trit_test::idsText(v.ids) + ", got " +
                                trit_test::idsText(got));
    }
    std::printf("%s vectors: %d/%zu passed\n", name.c_str(), passed, vectors.size());
    CHECK_EQ(static_cast<size_t>(passed), vectors.size());
}

} // namespace

TEST_CASE("gpt-2 vectors: every case") {
    checkVectors("ggml-vocab-gpt-2.gguf");
}

TEST_CASE("gpt-2 metadata") {
    CHECK_EQ(gpt2().vocabSize(), 50257);
    CHECK_EQ(gpt2().model(), std::string("gpt2"));
    CHECK_EQ(gpt2().preTokenizer(), std::string("gpt-2"));
    CHECK_EQ(gpt2().findToken("<|endoftext|>"), 50256);
    CHECK(gpt2().isEndOfGeneration(50256));
}

TEST_CASE("gpt-2 decode reproduces every vector's text") {
    const auto vectors =
        trit_test::readTokenizerVectors(trit_test::tokenizerTestDataDir(), "ggml-vocab-gpt-2.gguf");
    for (const auto& v : vectors)
        CHECK_EQ(gpt2().decode(v.ids), v.text);
}

TEST_CASE("llama-spm vectors: every case") {
    checkVectors("ggml-vocab-llama-spm.gguf");
}

TEST_CASE("llama-spm metadata and defaults") {
    const Tokenizer& t = spm();
    CHECK_EQ(t.vocabSize(), 32000);
    CHECK_EQ(t.model(), std::string("llama"));
    CHECK_EQ(t.bos(), 1);
    CHECK_EQ(t.eos(), 2);
    CHECK(t.addBosByDefault());
    CHECK(t.isEndOfGeneration(2));
    CHECK_IDS(t.encode("", true, false), (Ids{1}));
    CHECK_IDS(t.encode("", false, false), (Ids{}));
}

TEST_CASE("llama-spm decode and byte fallback") {
    const Tokenizer& t = spm();
    const auto vectors =
        trit_test::readTokenizerVectors(trit_test::tokenizerTestDataDir(), "ggml-vocab-llama-spm.gguf");
    for (const auto& v : vectors)
        CHECK_EQ(t.decode(t.encode(v.text, true, false)), v.text);
    // A character the vocabulary lacks is written as its UTF-8 bytes: <0xNN> tokens, ids 3 + byte.
    const Ids ids = t.encode("\xF0\x9F\xA6\x99", false, false); // 🦙
    CHECK_IDS(ids, (Ids{29871, 3 + 0xF0, 3 + 0x9F, 3 + 0xA6, 3 + 0x99}));
    trit::Utf8StreamDecoder decoder;
    std::string streamed;
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::string part = decoder.push(t.tokenBytes(ids[i]));
        if (i > 0 && i + 1 < ids.size())
            CHECK_EQ(part, std::string()); // nothing until the character is whole
        streamed += part;
    }
    CHECK_EQ(streamed, std::string(" \xF0\x9F\xA6\x99"));
}

TEST_CASE("llama-spm special tokens are parsed only in template text") {
    const Tokenizer& t = spm();
    const Ids parsed = t.encode("<s>Hi</s>", false, true);
    CHECK_EQ(parsed.front(), 1);
    CHECK_EQ(parsed.back(), 2);
    const Ids plain = t.encode("<s>Hi</s>", false, false);
    for (int32_t id : plain)
        CHECK(id != 1 && id != 2);
    CHECK_EQ(t.decode(plain), std::string("<s>Hi</s>"));
}

TEST_CASE("llama-spm with tokenizer.ggml.add_space_prefix false") {
    const trit::GgufFile file =
        trit::GgufFile::open(trit_test::tokenizerTestDataDir() + "/ggml-vocab-llama-spm.gguf");
    trit::TokenizerConfig config = trit::tokenizerConfigFromGguf(file);
    config.add_space_prefix = false;
    const Tokenizer t = trit::makeTokenizer(config);
    CHECK(t.encode("Hello", false, false) != spm().encode("Hello", false, false));
    CHECK_IDS(t.encode(" Hello", false, false), spm().encode("Hello", false, false));
    CHECK_EQ(t.decode(t.encode(" Hello", false, false)), std::string(" Hello"));
}

TRIT_TEST_MAIN()
