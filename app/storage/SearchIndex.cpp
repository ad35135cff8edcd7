#include "SearchIndex.h"

#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace {
QString action() {
    return QCoreApplication::translate("SearchIndex", "preparing the search index");
}

const char* const createStatements[] = {
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(text, content='messages', "
    "content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS conversations_fts USING fts5(title, content='conversations', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER fts_messages_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER fts_messages_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER fts_messages_update AFTER UPDATE OF text ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER fts_conversations_insert AFTER INSERT ON conversations BEGIN "
    "INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END",
    "CREATE TRIGGER fts_conversations_delete AFTER DELETE ON conversations BEGIN "
    "INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title); "
    "END",
    "CREATE TRIGGER fts_conversations_update AFTER UPDATE OF title ON conversations BEGIN "
    "INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title); "
    "INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END",
    // The triggers were missing, so rows may have changed without the index: rebuild it from the tables.
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    "INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild')",
};

const char* const triggerNames[] = {"fts_messages_insert",      "fts_messages_delete",
                                    "fts_messages_update",      "fts_conversations_insert",
                                    "fts_conversations_delete", "fts_conversations_update"};

int existingTriggerCount(const QSqlDatabase& db) {
    return SqlQuery(db,
                    QStringLiteral(
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'fts\\_%' "
                        "ESCAPE '\\'"),
                    action())
        .scalar()
        .toInt();
}
} // namespace

bool SearchIndex::isFts5Available(const QSqlDatabase& db) {
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.tritium_fts5_probe USING fts5(x)")))
        return false;
    probe.exec(QStringLiteral("DROP TABLE temp.tritium_fts5_probe"));
    return true;
}

bool SearchIndex::prepare(const QSqlDatabase& db, bool enabled) {
    const int triggers = existingTriggerCount(db);
    const bool usable = enabled && isFts5Available(db);
    constexpr int allTriggers = int(std::size(triggerNames));
    if (usable && triggers == allTriggers)
        return true;
    if (!usable && triggers == 0)
        return false;
    Transaction transaction(db, action());
    for (const char* name : triggerNames)
        SqlQuery(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name)), action()).exec();
    if (usable) {
        for (const char* statement : createStatements)
            SqlQuery(db, QString::fromLatin1(statement), action()).exec();
    }
    transaction.commit();
    return usable;
}

QString SearchIndex::ftsQuery(const QString& userText) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QStringList terms;
    for (const QString& word : userText.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}
