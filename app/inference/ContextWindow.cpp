#include "inference/ContextWindow.h"

namespace tritium {
namespace {

std::vector<trit::ChatMessage> withoutOldest(const std::vector<trit::ChatMessage>& messages,
                                             size_t firstDroppable, size_t dropCount) {
    std::vector<trit::ChatMessage> kept(messages.begin(),
                                        messages.begin() + static_cast<std::ptrdiff_t>(firstDroppable));
    kept.insert(kept.end(), messages.begin() + static_cast<std::ptrdiff_t>(firstDroppable + dropCount),
                messages.end());
    return kept;
}

} // namespace

FittedConversation
fitToContext(std::vector<trit::ChatMessage> messages, int budget,
             const std::function<int(const std::vector<trit::ChatMessage>&)>& countTokens) {
    FittedConversation fitted;
    const size_t firstDroppable = (!messages.empty() && messages.front().role == "system") ? 1 : 0;
    fitted.promptTokens = countTokens(messages);
    if (fitted.promptTokens <= budget || messages.size() <= firstDroppable + 1) {
        fitted.messages = std::move(messages);
        return fitted;
    }
    // Fewest dropped turns that fit, by binary search: the count only shrinks as more turns go, and each
    // probe renders the whole conversation, so a long chat costs log(n) renders instead of n.
    size_t low = 1, high = messages.size() - firstDroppable - 1; // the newest message always stays
    while (low < high) {
        const size_t mid = low + (high - low) / 2;
        if (countTokens(withoutOldest(messages, firstDroppable, mid)) <= budget)
            high = mid;
        else
            low = mid + 1;
    }
    fitted.messages = withoutOldest(messages, firstDroppable, low);
    fitted.droppedTurns = static_cast<int>(low);
    fitted.promptTokens = countTokens(fitted.messages);
    return fitted;
}

} // namespace tritium
