#pragma once
// Chat messages and the chat formats the engine knows (rendered straight to token ids, because some
// formats tokenize role headers and contents separately — ENGINE_SPEC §4.6).
#include <cstdint>
#include <string>
#include <vector>

namespace trit {

class Tokenizer;

struct ChatMessage {
    std::string role; // "system", "user" or "assistant"
    std::string content;
};

// Known formats: "bitnet-b1.58" (spec §4.6 (a), the default for bitnet-b1.58/bitnet-25), "bitnet-b1.58-joint"
// (§4.6 (b)), "llama3" (header tokens), "falcon3", "chatml", "tritium-demo", "plain".
std::vector<std::string> chatFormats();

// Renders the conversation as tokens; with add_generation_prompt, ends ready for the assistant's reply.
// User and assistant text is tokenized with special-token parsing OFF. Throws Error for an unknown format.
std::vector<int32_t> renderChat(const Tokenizer& tokenizer, const std::string& format,
                                const std::vector<ChatMessage>& messages, bool add_generation_prompt);

// Extra texts that end a turn for a format (besides the tokenizer's end-of-generation ids), e.g. "\nUser:".
std::vector<std::string> chatStopStrings(const std::string& format);

} // namespace trit
