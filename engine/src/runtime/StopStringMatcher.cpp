#include "runtime/StopStringMatcher.h"

#include <algorithm>

namespace trit {

StopStringMatcher::StopStringMatcher(std::vector<std::string> stop_strings) {
    for (auto& s : stop_strings)
        if (!s.empty())
            stops_.push_back(std::move(s));
}

std::string StopStringMatcher::push(std::string_view text) {
    if (stopped_)
        return {};
    held_ += text;
    size_t first_stop = std::string::npos;
    for (const auto& s : stops_)
        first_stop = std::min(first_stop, held_.find(s));
    if (first_stop != std::string::npos) {
        stopped_ = true;
        std::string out = held_.substr(0, first_stop);
        held_.clear();
        return out;
    }
    // Hold back the longest tail of the text that is a proper prefix of some stop string.
    size_t hold = 0;
    for (const auto& s : stops_) {
        const size_t max_len = std::min(s.size() - 1, held_.size());
        for (size_t len = max_len; len > hold; --len) {
            if (held_.compare(held_.size() - len, len, s, 0, len) == 0) {
                hold = len;
                break;
            }
        }
    }
    std::string out = held_.substr(0, held_.size() - hold);
    held_.erase(0, held_.size() - hold);
    return out;
}

std::string StopStringMatcher::flush() {
    std::string out;
    if (!stopped_)
        out.swap(held_);
    held_.clear();
    return out;
}

} // namespace trit
