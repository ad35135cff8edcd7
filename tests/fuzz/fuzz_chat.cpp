// libFuzzer target for the chat formats: the input is split into messages (a 0 byte ends a message, its
// first byte picks the role), rendered in every format. Whatever a user typed, each message contributes
// exactly one end-of-turn token in the formats that use one, because user text is never parsed for
// special tokens.
#include "tokenizer/ByteUnicode.h"
#include "tokenizer/TokenizerFactory.h"
#include "trit/Chat.h"
#include "trit/Error.h"
#include "trit/Tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

const trit::Tokenizer& tokenizer() {
    static const trit::Tokenizer t = [] {
        trit::TokenizerConfig c;
        c.pre = "llama3";
        for (int b = 0; b < 256; ++b) {
            c.tokens.push_back(trit::byte_unicode::encodeByte(static_cast<uint8_t>(b)));
            c.token_types.push_back(trit::kNormal);
        }
        for (const char* s : {"<|begin_of_text|>", "<|eot_id|>", "<|start_header_id|>", "<|end_header_id|>",
                              "<|im_start|>", "<|im_end|>"}) {
            c.tokens.push_back(s);
            c.token_types.push_back(trit::kControl);
        }
        c.bos_id = 256;
        return trit::makeTokenizer(c);
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const char* roles[] = {"system", "user", "assistant"};
    std::vector<trit::ChatMessage> messages;
    size_t start = 0;
    for (size_t i = 0; i <= size; ++i) {
        if (i < size && data[i] != 0)
            continue;
        if (i > start)
            messages.push_back({roles[data[start] % 3],
                                std::string(reinterpret_cast<const char*>(data) + start + 1, i - start - 1)});
        start = i + 1;
    }
    const trit::Tokenizer& t = tokenizer();
    const int32_t eot = t.eot();
    for (const std::string& format : trit::chatFormats()) {
        for (bool prompt : {false, true}) {
            std::vector<int32_t> ids;
            try {
                ids = trit::renderChat(t, format, messages, prompt);
            } catch (const trit::Error&) {
                std::abort(); // every format's tokens are in this vocabulary
            }
            size_t turns = 0;
            for (int32_t id : ids)
                turns += id == eot;
            const bool eot_per_message = format == "bitnet-b1.58" || format == "bitnet-b1.58-joint" ||
                                         format == "llama3" || format == "tritium-demo";
            if (eot_per_message && turns != messages.size())
                std::abort();
            if (!eot_per_message && turns != 0)
                std::abort();
        }
    }
    return 0;
}
