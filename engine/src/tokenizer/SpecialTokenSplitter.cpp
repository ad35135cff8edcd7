#include "tokenizer/SpecialTokenSplitter.h"

#include <algorithm>

namespace trit {

SpecialTokenSplitter::SpecialTokenSplitter(const Vocab& vocab) {
    for (int32_t id = 0; id < vocab.size(); ++id) {
        const TokenType t = vocab.type(id);
        if ((t == kControl || t == kUserDefined) && !vocab.text(id).empty())
            by_length_.push_back(id);
    }
    std::stable_sort(by_length_.begin(), by_length_.end(),
                     [&](int32_t a, int32_t b) { return vocab.text(a).size() > vocab.text(b).size(); });
}

std::vector<TextFragment> SpecialTokenSplitter::split(const Vocab& vocab, std::string_view text) const {
    std::vector<TextFragment> fragments;
    if (!text.empty())
        fragments.push_back({text, -1});
    std::vector<TextFragment> next;
    for (int32_t id : by_length_) {
        const std::string& special = vocab.text(id);
        bool found = false;
        for (const TextFragment& f : fragments)
            if (f.token < 0 && f.text.find(special) != std::string_view::npos)
                found = true;
        if (!found)
            continue;
        next.clear();
        for (const TextFragment& f : fragments) {
            if (f.token >= 0) {
                next.push_back(f);
                continue;
            }
            size_t start = 0;
            for (size_t hit = f.text.find(special); hit != std::string_view::npos;
                 hit = f.text.find(special, start)) {
                if (hit > start)
                    next.push_back({f.text.substr(start, hit - start), -1});
                next.push_back({{}, id});
                start = hit + special.size();
            }
            if (start < f.text.size())
                next.push_back({f.text.substr(start), -1});
        }
        fragments.swap(next);
    }
    return fragments;
}

} // namespace trit
