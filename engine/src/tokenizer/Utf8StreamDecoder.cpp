#include "tokenizer/Utf8.h"
#include "trit/Tokenizer.h"

namespace trit {

std::string Utf8StreamDecoder::push(std::string_view bytes) {
    pending_.append(bytes);
    std::string ready;
    size_t pos = 0;
    while (pos < pending_.size()) {
        const utf8::Sequence seq = utf8::inspect(std::string_view(pending_).substr(pos));
        if (seq.kind == utf8::Sequence::kIncomplete)
            break; // the rest of the character comes with a later token
        if (seq.kind == utf8::Sequence::kComplete)
            ready.append(pending_, pos, seq.length);
        else
            utf8::append(ready, utf8::kReplacement);
        pos += seq.length;
    }
    pending_.erase(0, pos);
    return ready;
}

std::string Utf8StreamDecoder::flush() {
    std::string rest = utf8::repaired(pending_);
    pending_.clear();
    return rest;
}

} // namespace trit
