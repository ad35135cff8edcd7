// tokenizerConfigFromGguf: every ENGINE_SPEC §4.1 key read from a GGUF written in memory, absent keys left at
// their defaults, and clear errors for a file without a tokenizer or with a mistyped key.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "gguf/GgufWriter.h"
#include "support/TokenizerTestData.h"
#include "tokenizer/TokenizerFactory.h"
#include "tokenizer/TokenizerFromGguf.h"
#include "trit/Error.h"

#include <functional>

namespace {

trit::TokenizerConfig readBack(const std::function<void(trit::GgufWriter&)>& fill) {
    trit::GgufWriter writer;
    fill(writer);
    const std::vector<uint8_t> bytes = writer.toBytes();
    const trit::GgufFile file = trit::GgufFile::fromMemory(bytes.data(), bytes.size(), "vocab.gguf");
    return trit::tokenizerConfigFromGguf(file);
}

std::string errorOf(const std::function<void(trit::GgufWriter&)>& fill) {
    try {
        (void)readBack(fill);
    } catch (const trit::Error& e) {
        return e.what();
    }
    return "(no error)";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

void minimalVocab(trit::GgufWriter& w) {
    w.setString("tokenizer.ggml.model", "gpt2");
    w.setStringArray("tokenizer.ggml.tokens", {"a", "b", "ab", "<|eot_id|>"});
}

} // namespace

TEST_CASE("every tokenizer key is read") {
    const trit::TokenizerConfig c = readBack([](trit::GgufWriter& w) {
        minimalVocab(w);
        w.setString("tokenizer.ggml.pre", "llama-bpe");
        w.setInt32Array("tokenizer.ggml.token_type", {1, 1, 1, 3});
        w.setFloat32Array("tokenizer.ggml.scores", {0.0f, -1.0f, -2.0f, 0.0f});
        w.setStringArray("tokenizer.ggml.merges", {"a b"});
        w.setUInt32("tokenizer.ggml.bos_token_id", 0);
        w.setUInt32("tokenizer.ggml.eos_token_id", 1);
        w.setUInt32("tokenizer.ggml.eot_token_id", 3);
        w.setUInt32("tokenizer.ggml.eom_token_id", 2);
        w.setUInt32("tokenizer.ggml.unknown_token_id", 2);
        w.setInt32("tokenizer.ggml.padding_token_id", -1); // some converters write "none" like this
        w.setBool("tokenizer.ggml.add_bos_token", false);
        w.setBool("tokenizer.ggml.add_eos_token", true);
        w.setBool("tokenizer.ggml.add_space_prefix", false);
    });
    CHECK_EQ(c.model, std::string("gpt2"));
    CHECK_EQ(c.pre, std::string("llama-bpe"));
    CHECK_EQ(c.tokens.size(), size_t{4});
    CHECK_EQ(c.tokens[3], std::string("<|eot_id|>"));
    CHECK_IDS(c.token_types, (std::vector<int32_t>{1, 1, 1, 3}));
    CHECK_EQ(c.scores.size(), size_t{4});
    CHECK_NEAR(c.scores[2], -2.0, 0.0);
    CHECK_EQ(c.merges.size(), size_t{1});
    CHECK_EQ(c.bos_id, 0);
    CHECK_EQ(c.eos_id, 1);
    CHECK_EQ(c.eot_id, 3);
    CHECK_EQ(c.eom_id, 2);
    CHECK_EQ(c.unk_id, 2);
    CHECK_EQ(c.pad_id, -1);
    CHECK(c.add_bos_present && !c.add_bos);
    CHECK(c.add_eos);
    CHECK(!c.add_space_prefix);
    const trit::Tokenizer t = trit::makeTokenizer(c);
    CHECK_EQ(t.eot(), 3);
    CHECK_IDS(t.encode("ab", false, false), (std::vector<int32_t>{2}));
}

TEST_CASE("absent keys keep their defaults") {
    const trit::TokenizerConfig c = readBack(minimalVocab);
    CHECK(c.pre.empty());
    CHECK(c.token_types.empty() && c.scores.empty() && c.merges.empty());
    CHECK_EQ(c.bos_id, -1);
    CHECK_EQ(c.eot_id, -1);
    CHECK(!c.add_bos_present);
    CHECK(c.add_space_prefix);
}

TEST_CASE("errors name the file and the key") {
    const std::string none = errorOf([](trit::GgufWriter& w) { w.setUInt32("general.alignment", 32); });
    CHECK(contains(none, "vocab.gguf"));
    CHECK(contains(none, "tokenizer.ggml.model is missing"));
    const std::string mistyped = errorOf([](trit::GgufWriter& w) {
        minimalVocab(w);
        w.setString("tokenizer.ggml.bos_token_id", "zero");
    });
    CHECK(contains(mistyped, "tokenizer.ggml.bos_token_id"));
}

TRIT_TEST_MAIN()
