#pragma once

#include <QString>

// One search result: a conversation whose title matched (messageId 0) or a message in it.
struct SearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString conversationTitle;
    QString snippet; // plain text around the match, "…" where cut

    bool operator==(const SearchHit&) const = default;
};
