// Tokenizer pieces that need no shared data: pre-tokenizer splits, Unicode classes, the UTF-8 stream
// decoder, special-token splitting and the errors for inconsistent configurations.
#include "Check.h"
#include "support/TokenizerTestData.h"
#include "tokenizer/PreTokenizer.h"
#include "tokenizer/TokenizerFactory.h"
#include "tokenizer/UnicodeClasses.h"
#include "trit/Error.h"
#include "trit/Tokenizer.h"

using Ids = std::vector<int32_t>;

namespace {

std::string pieces(trit::PreTokenizer::Kind kind, std::string_view text) {
    std::string joined;
    for (std::string_view p : trit::PreTokenizer(kind).split(text))
        joined += "[" + std::string(p) + "]";
    return joined;
}

std::string errorOf(const trit::TokenizerConfig& config) {
    try {
        (void)trit::makeTokenizer(config);
    } catch (const trit::Error& e) {
        return e.what();
    }
    return "(no error)";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("llama3 pre-tokenizer") {
    using K = trit::PreTokenizer::Kind;
    CHECK_EQ(pieces(K::Llama3, "Hello, world! 12345 (word"),
             std::string("[Hello][,][ world][!][ ][123][45][ (][word]"));
    CHECK_EQ(pieces(K::Llama3, "f(word) it's IT'S"), std::string("[f][(word][)][ it]['s][ IT]['S]"));
    CHECK_EQ(pieces(K::Llama3, "a\n\n\nb  c   \n"), std::string("[a][\n\n\n][b][ ][ c][   \n]"));
    CHECK_EQ(pieces(K::Llama3, "x!!\n\ny"), std::string("[x][!!\n\n][y]"));
    CHECK_EQ(pieces(K::Llama3, ""), std::string(""));
}

TEST_CASE("gpt-2 pre-tokenizer") {
    using K = trit::PreTokenizer::Kind;
    CHECK_EQ(pieces(K::Gpt2, "Hello, world! 12345 (word"),
             std::string("[Hello][,][ world][!][ 12345][ (][word]"));
    // Case-sensitive contractions: "'S" is not one.
    CHECK_EQ(pieces(K::Gpt2, "it's IT'S"), std::string("[it]['s][ IT]['][S]"));
    CHECK_EQ(pieces(K::Gpt2, "a   b  "), std::string("[a][  ][ b][  ]"));
}

TEST_CASE("default pre-tokenizer: four regexes in sequence") {
    using K = trit::PreTokenizer::Kind;
    CHECK_EQ(pieces(K::Default, "Hello, world! 12345 (word"),
             std::string("[Hello][,][ world][!][ ][123][45][ ][(][word]"));
    CHECK_EQ(pieces(K::Default, "a+=b"), std::string("[a][+=][b]"));
}

TEST_CASE("pre-tokenizer names") {
    CHECK(trit::PreTokenizer::fromName("llama-bpe").kind() == trit::PreTokenizer::Kind::Llama3);
    CHECK(trit::PreTokenizer::fromName("llama-v3").kind() == trit::PreTokenizer::Kind::Llama3);
    CHECK(trit::PreTokenizer::fromName("falcon3").kind() == trit::PreTokenizer::Kind::Llama3);
    CHECK(trit::PreTokenizer::fromName("gpt-2").kind() == trit::PreTokenizer::Kind::Gpt2);
    CHECK(trit::PreTokenizer::fromName("default").kind() == trit::PreTokenizer::Kind::Default);
    CHECK_THROWS(trit::PreTokenizer::fromName("qwen2"));
}

TEST_CASE("unicode classes") {
    CHECK(trit::isLetter('a') && trit::isLetter(0xE9) && trit::isLetter(0x416) && trit::isLetter(0x4E2D));
    CHECK(trit::isNumber('7') && trit::isNumber(0x663) && trit::isNumber(0xBD) && trit::isNumber(0x2167));
    CHECK(trit::isPunctuation('!') && trit::isPunctuation(0xBF) && trit::isPunctuation(0x3001));
    CHECK(!trit::isPunctuation('$') && !trit::isPunctuation('+'));
    CHECK(trit::isWhitespace(' ') && trit::isWhitespace('\n') && trit::isWhitespace(0xA0) &&
          trit::isWhitespace(0x3000) && trit::isWhitespace(0x85));
    CHECK(!trit::isWhitespace(0x200B) && !trit::isLetter(0x1F999) && !trit::isNumber('x'));
}

TEST_CASE("stream decoder: characters split across pushes") {
    trit::Utf8StreamDecoder d;
    CHECK_EQ(d.push("a\xE2"), std::string("a"));
    CHECK_EQ(d.push("\x82"), std::string());
    CHECK_EQ(d.push("\xAC!"), std::string("\xE2\x82\xAC!")); // €!
    CHECK_EQ(d.push("\xF0\x9F"), std::string());
    CHECK_EQ(d.flush(), std::string("\xEF\xBF\xBD")); // an unfinished character becomes U+FFFD
    CHECK_EQ(d.flush(), std::string());
}

TEST_CASE("stream decoder: invalid bytes are replaced as soon as they are known to be invalid") {
    trit::Utf8StreamDecoder d;
    CHECK_EQ(d.push("\xFFx"), std::string("\xEF\xBF\xBDx"));
    CHECK_EQ(d.push("\xE2\x82"), std::string());
    CHECK_EQ(d.push("y"), std::string("\xEF\xBF\xBDy"));
    CHECK_EQ(d.push("\xED\xA0\x80"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")); // a surrogate
    CHECK_EQ(d.push("\xC0\xAF"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD"));                 // overlong
}

TEST_CASE("byte-level tokenizer without merges: bytes, specials, and add_bos defaults") {
    trit::TokenizerConfig c = trit_test::byteLevelConfig({"<|bos|>", "<|end|>"});
    c.bos_id = 256;
    const trit::Tokenizer t = trit::makeTokenizer(c);
    CHECK(!t.addBosByDefault()); // gpt-2 pre-tokenizer and no add_bos key
    CHECK_EQ(t.eot(), 257);      // found by its text
    CHECK(t.isEndOfGeneration(257));
    CHECK_IDS(t.encode("hi<|end|>", true, true), (Ids{256, 'h', 'i', 257}));
    CHECK_IDS(t.encode("hi<|end|>", false, false), (Ids{'h', 'i', '<', '|', 'e', 'n', 'd', '|', '>'}));
    CHECK_EQ(t.decode(t.encode("\x01 é\n", false, false)), std::string("\x01 é\n"));
}

TEST_CASE("special tokens are cut longest first") {
    const trit::Tokenizer t = trit::makeTokenizer(trit_test::byteLevelConfig({"<a>", "<a><b>"}));
    CHECK_IDS(t.encode("x<a><b><a>", false, true), (Ids{'x', 257, 256}));
}

TEST_CASE("inconsistent configurations are refused with a clear message") {
    trit::TokenizerConfig c = trit_test::byteLevelConfig({});
    c.model = "wordpiece";
    CHECK(contains(errorOf(c), "unsupported tokenizer model 'wordpiece'"));

    c = trit_test::byteLevelConfig({});
    c.merges = {"a b", "a zz"};
    CHECK(contains(errorOf(c), "merge 1 ('a zz') names a token that is not in the vocabulary"));

    c = trit_test::byteLevelConfig({});
    c.merges = {"ab"};
    CHECK(contains(errorOf(c), "is not two tokens separated by a space"));

    c = trit_test::byteLevelConfig({});
    c.eos_id = 256;
    CHECK(contains(errorOf(c), "tokenizer.ggml.eos_token_id is 256, outside the vocabulary of 256 tokens"));

    c = trit_test::byteLevelConfig({});
    c.token_types.pop_back();
    CHECK(contains(errorOf(c), "token_type has 255 entries but there are 256 tokens"));

    c = trit_test::byteLevelConfig({});
    c.token_types[3] = 9;
    CHECK(contains(errorOf(c), "token 3 has unknown type 9"));

    c = trit_test::byteLevelConfig({});
    c.pre = "qwen2";
    CHECK(contains(errorOf(c), "unsupported pre-tokenizer 'qwen2'"));
    CHECK(contains(errorOf(c), "llama-bpe"));

    c = trit_test::byteLevelConfig({});
    c.tokens.clear();
    c.token_types.clear();
    CHECK(contains(errorOf(c), "no tokens"));
}

TEST_CASE("merges apply by rank, leftmost first on ties") {
    trit::TokenizerConfig c = trit_test::byteLevelConfig({});
    for (const char* t : {"ab", "bc", "abc"})
        c.tokens.push_back(t), c.token_types.push_back(trit::kNormal);
    c.merges = {"b c", "a b", "a bc"};
    const trit::Tokenizer t = trit::makeTokenizer(c);
    CHECK_IDS(t.encode("abc", false, false), (Ids{258}));       // b+c first, then a+bc
    CHECK_IDS(t.encode("abab", false, false), (Ids{256, 256})); // a+b twice
    CHECK_IDS(t.encode("bcbc", false, false), (Ids{257, 257}));
}

TRIT_TEST_MAIN()
