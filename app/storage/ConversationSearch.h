#pragma once

#include "SearchHit.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Finds conversations by title and messages by text. Uses the FTS5 index when the database has one (word
// and word-prefix matches, best first), otherwise LIKE (substring matches, newest first). Either way every
// word typed must appear.
class ConversationSearch {
    Q_DECLARE_TR_FUNCTIONS(ConversationSearch)

public:
    explicit ConversationSearch(Database& database);

    // Title matches first, then message matches; at most `limit` of each.
    QList<SearchHit> search(const QString& text, int limit = 50) const;

private:
    QList<SearchHit> searchFullText(const QString& text, int limit) const;
    QList<SearchHit> searchLike(const QString& text, int limit) const;

    Database& m_database;
};
