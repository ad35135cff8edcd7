#pragma once

#include <QSqlDatabase>

// The FTS5 full-text index over conversation titles and message text. It is derived data, not part of the
// versioned schema, because not every SQLite build has FTS5: where FTS5 is missing (or switched off), its
// triggers are dropped so that writes keep working, and search falls back to LIKE. When FTS5 is back, the
// missing triggers show that the index may be stale, and it is rebuilt from the tables.
class SearchIndex {
public:
    // Whether this SQLite can create FTS5 tables (checked by creating one in the temp schema).
    static bool isFts5Available(const QSqlDatabase& db);

    // Brings the index in line with `enabled`; returns whether full-text search is usable. Throws
    // StorageError.
    static bool prepare(const QSqlDatabase& db, bool enabled);

    // Turns what a person typed into an FTS5 query: every word must appear, as a word or a word prefix.
    // Quotes make each word a literal string, so FTS5 syntax in the input (AND, NEAR, "*", ":") is not
    // interpreted. Returns an empty string when there is nothing to search for.
    static QString ftsQuery(const QString& userText);
};
