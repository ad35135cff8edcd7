// libFuzzer target for the tokenizer: any bytes, as text, through every pre-tokenizer and SentencePiece,
// with and without special-token parsing. Checks real properties, not just "no crash": byte-level BPE is
// lossless (decode(encode(x)) is x with invalid UTF-8 replaced), and the stream decoder, fed the token bytes
// one by one, releases exactly the decoded text.
#include "tokenizer/ByteUnicode.h"
#include "tokenizer/TokenizerFactory.h"
#include "tokenizer/Utf8.h"
#include "trit/Tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// Bytes, a few merges that chain ("a b", "ab c", ...) and two special tokens.
trit::TokenizerConfig byteLevel(const char* pre) {
    trit::TokenizerConfig c;
    c.pre = pre;
    for (int b = 0; b < 256; ++b) {
        c.tokens.push_back(trit::byte_unicode::encodeByte(static_cast<uint8_t>(b)));
        c.token_types.push_back(trit::kNormal);
    }
    const char* words[] = {"ab", "abc", "Ġa", "Ġab", "ĠĠ", "ĊĊ", "12", "123"};
    const char* merges[] = {"a b", "ab c", "Ġ a", "Ġa b", "Ġ Ġ", "Ċ Ċ", "1 2", "12 3"};
    for (size_t i = 0; i < 8; ++i) {
        c.tokens.push_back(words[i]);
        c.token_types.push_back(trit::kNormal);
        c.merges.push_back(merges[i]);
    }
    for (const char* s : {"<|eot_id|>", "<s>"}) {
        c.tokens.push_back(s);
        c.token_types.push_back(trit::kControl);
    }
    return c;
}

trit::TokenizerConfig sentencePiece() {
    trit::TokenizerConfig c;
    c.model = "llama";
    for (const char* s : {"<unk>", "<s>", "</s>"}) {
        c.tokens.push_back(s);
        c.token_types.push_back(s[1] == 'u' ? trit::kUnknown : trit::kControl);
        c.scores.push_back(0.0f);
    }
    static const char* hex = "0123456789ABCDEF";
    for (int b = 0; b < 256; ++b) {
        c.tokens.push_back(std::string("<0x") + hex[b >> 4] + hex[b & 15] + ">");
        c.token_types.push_back(trit::kByte);
        c.scores.push_back(0.0f);
    }
    const char* pieces[] = {"\xE2\x96\x81",
                            "a",
                            "b",
                            "ab",
                            "\xE2\x96\x81"
                            "a",
                            "\xE2\x96\x81"
                            "ab",
                            "ba"};
    for (size_t i = 0; i < 7; ++i) {
        c.tokens.push_back(pieces[i]);
        c.token_types.push_back(trit::kNormal);
        c.scores.push_back(-static_cast<float>(i));
    }
    return c;
}

const std::vector<trit::Tokenizer>& tokenizers() {
    static const std::vector<trit::Tokenizer> all = [] {
        std::vector<trit::Tokenizer> t;
        for (const char* pre : {"llama3", "gpt-2", "default"})
            t.push_back(trit::makeTokenizer(byteLevel(pre)));
        t.push_back(trit::makeTokenizer(sentencePiece()));
        return t;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string expected = trit::utf8::repaired(text);
    for (const trit::Tokenizer& t : tokenizers()) {
        for (bool parse_special : {false, true}) {
            const std::vector<int32_t> ids = t.encode(text, false, parse_special);
            for (int32_t id : ids)
                if (id < 0 || id >= t.vocabSize())
                    std::abort();
            const std::string decoded = t.decode(ids);
            if (!parse_special && t.model() == "gpt2" && decoded != expected)
                std::abort(); // byte-level BPE must be lossless
            trit::Utf8StreamDecoder stream;
            std::string streamed;
            for (int32_t id : ids)
                streamed += stream.push(t.tokenBytes(id));
            streamed += stream.flush();
            if (t.model() == "gpt2" && streamed != trit::utf8::repaired(decoded))
                std::abort();
        }
    }
    return 0;
}
