#include "ConversationSearch.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
constexpr int snippetRadius = 60; // characters kept on each side of a LIKE match

QStringList words(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString likePattern(const QString& word) {
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString snippetAround(const QString& text, const QString& word) {
    const qsizetype at = qMax<qsizetype>(0, text.indexOf(word, 0, Qt::CaseInsensitive));
    const qsizetype from = qMax<qsizetype>(0, at - snippetRadius);
    const qsizetype to = qMin(text.size(), at + word.size() + snippetRadius);
    QString snippet = text.mid(from, to - from).simplified();
    if (from > 0)
        snippet.prepend(QStringLiteral("…"));
    if (to < text.size())
        snippet.append(QStringLiteral("…"));
    return snippet;
}
} // namespace

ConversationSearch::ConversationSearch(Database& database) : m_database(database) {}

QList<SearchHit> ConversationSearch::search(const QString& text, int limit) const {
    if (words(text).isEmpty())
        return {};
    return m_database.hasFullTextSearch() ? searchFullText(text, limit) : searchLike(text, limit);
}

QList<SearchHit> ConversationSearch::searchFullText(const QString& text, int limit) const {
    const QString query = SearchIndex::ftsQuery(text);
    QList<SearchHit> hits;
    SqlQuery titles(
        m_database.connection(),
        QStringLiteral("SELECT c.id, c.title FROM conversations_fts f JOIN conversations c ON c.id = f.rowid "
                       "WHERE conversations_fts MATCH :q ORDER BY rank LIMIT :limit"),
        tr("searching the conversations"));
    titles.bind(QStringLiteral(":q"), query).bind(QStringLiteral(":limit"), limit).exec();
    while (titles.next())
        hits.append(
            {titles.value(0).toLongLong(), 0, titles.value(1).toString(), titles.value(1).toString()});
    SqlQuery messages(
        m_database.connection(),
        QStringLiteral("SELECT m.conversation_id, m.id, c.title, "
                       "snippet(messages_fts, 0, '', '', '…', 16) FROM messages_fts f "
                       "JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id "
                       "WHERE messages_fts MATCH :q ORDER BY rank LIMIT :limit"),
        tr("searching the conversations"));
    messages.bind(QStringLiteral(":q"), query).bind(QStringLiteral(":limit"), limit).exec();
    while (messages.next())
        hits.append({messages.value(0).toLongLong(), messages.value(1).toLongLong(),
                     messages.value(2).toString(), messages.value(3).toString().simplified()});
    return hits;
}

QList<SearchHit> ConversationSearch::searchLike(const QString& text, int limit) const {
    const QStringList terms = words(text);
    QStringList titleConditions;
    QStringList textConditions;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        titleConditions << QStringLiteral("c.title LIKE :w%1 ESCAPE '\\'").arg(i);
        textConditions << QStringLiteral("m.text LIKE :w%1 ESCAPE '\\'").arg(i);
    }
    const auto bindTerms = [&terms](SqlQuery& q) {
        for (qsizetype i = 0; i < terms.size(); ++i)
            q.bind(QStringLiteral(":w%1").arg(i), likePattern(terms[i]));
    };
    QList<SearchHit> hits;
    SqlQuery titles(
        m_database.connection(),
        QStringLiteral("SELECT c.id, c.title FROM conversations c WHERE %1 ORDER BY c.updated_ms DESC "
                       "LIMIT :limit")
            .arg(titleConditions.join(QStringLiteral(" AND "))),
        tr("searching the conversations"));
    bindTerms(titles);
    titles.bind(QStringLiteral(":limit"), limit).exec();
    while (titles.next())
        hits.append(
            {titles.value(0).toLongLong(), 0, titles.value(1).toString(), titles.value(1).toString()});
    SqlQuery messages(m_database.connection(),
                      QStringLiteral("SELECT m.conversation_id, m.id, c.title, m.text FROM messages m "
                                     "JOIN conversations c ON c.id = m.conversation_id WHERE %1 "
                                     "ORDER BY m.id DESC LIMIT :limit")
                          .arg(textConditions.join(QStringLiteral(" AND "))),
                      tr("searching the conversations"));
    bindTerms(messages);
    messages.bind(QStringLiteral(":limit"), limit).exec();
    while (messages.next())
        hits.append({messages.value(0).toLongLong(), messages.value(1).toLongLong(),
                     messages.value(2).toString(),
                     snippetAround(messages.value(3).toString(), terms.first())});
    return hits;
}
