#pragma once
// Finds stop strings in streamed text. Text that could still be the start of a stop string is held back
// until the next piece decides it, so a stop string split across tokens never leaks into the output.
#include <string>
#include <string_view>
#include <vector>

namespace trit {

class StopStringMatcher {
public:
    explicit StopStringMatcher(std::vector<std::string> stop_strings);

    // Feeds new text; returns what may be shown now. After a stop string is found, stopped() is true and
    // the text before it has been returned; everything after is discarded.
    std::string push(std::string_view text);
    // The held-back text at the end of generation (none after a stop).
    std::string flush();
    bool stopped() const { return stopped_; }

private:
    std::vector<std::string> stops_;
    std::string held_;
    bool stopped_ = false;
};

} // namespace trit
