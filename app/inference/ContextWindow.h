#pragma once
// Fits a conversation into the model's context: drops the oldest turns (never the system prompt nor the
// newest user message) until the rendered prompt plus room for the reply fits.
#include <functional>
#include <trit/Chat.h>
#include <vector>

namespace tritium {

struct FittedConversation {
    std::vector<trit::ChatMessage> messages;
    int droppedTurns = 0;
    int promptTokens = 0;
};

// `countTokens` renders and counts a candidate; `budget` is the context size minus room for the reply.
FittedConversation fitToContext(std::vector<trit::ChatMessage> messages, int budget,
                                const std::function<int(const std::vector<trit::ChatMessage>&)>& countTokens);

} // namespace tritium
