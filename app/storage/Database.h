#pragma once

#include <QSqlDatabase>
#include <QString>
#include <chrono>

// One SQLite file holding every conversation: WAL, foreign keys, synchronous=FULL (an acknowledged message
// survives a power cut), a busy timeout, and a schema versioned with PRAGMA user_version, one migrateToN()
// per version, each in its own transaction. Lives on one thread (the GUI thread) like its connection.
class Database {
public:
    // Version 1: conversations and messages (with branches). Version 2: a reply's figures and model.
    static constexpr int SchemaVersion = 2;

    struct Options {
        std::chrono::milliseconds busyTimeout{5000};
        // Off simulates an SQLite without FTS5: search then uses the LIKE fallback.
        bool fullTextSearch = true;
    };

    // What open() found, for the UI to tell the user.
    struct OpenReport {
        int foundVersion = 0; // the schema version on disk before migrating (0: new file)
        bool recreatedAfterCorruption = false;
        QString setAsidePath;        // where the damaged file went
        QString corruptionDetail;    // what SQLite said about it
        bool fullTextSearch = false; // FTS5 in use (otherwise LIKE search)
    };

    explicit Database(QString path);
    Database(QString path, Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating or migrating as needed). Throws StorageError: NewerVersion (the file is left exactly
    // as it was), Locked (another program held it past the busy timeout), CannotOpen. A damaged file is
    // not an error: it is renamed aside, a fresh database is created and the report says so.
    OpenReport open();
    void close();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool hasFullTextSearch() const { return m_fullTextSearch; }

    // The schema version stored in the open file.
    int storedVersion() const;

private:
    void connect();
    int probe(); // returns the stored version; throws on newer or damaged files
    QString setAside();
    void configure();
    void migrate(int fromVersion);
    void migrateTo1();
    void migrateTo2();
    void execAll(std::initializer_list<const char*> statements, const QString& action);

    QString m_path;
    Options m_options;
    QString m_connectionName;
    bool m_fullTextSearch = false;
};
