#include "Database.h"

#include "SearchIndex.h"
#include "SqlQuery.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Database", text);
}

QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tritium-storage-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Raised inside open() when the file turns out to be damaged; open() catches it and sets the file aside.
struct DamagedFile {
    QString detail;
};
} // namespace

Database::Database(QString path) : Database(std::move(path), Options{}) {}

Database::Database(QString path, Options options)
    : m_path(std::move(path)), m_options(options), m_connectionName(uniqueConnectionName()) {}

Database::~Database() {
    close();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::connect() {
    close();
    // On first start the app's data folder does not exist yet.
    if (const QString folder = QFileInfo(m_path).absolutePath(); !QDir().mkpath(folder))
        throw StorageError(
            StorageError::Kind::CannotOpen,
            tr("The folder %1 for the conversation database could not be created. Check that it "
               "is writable.")
                .arg(folder));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // The busy timeout must be in place before the first statement, which may already meet a lock.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeout.count()));
    if (!db.open())
        throw StorageError::fromSql(db.lastError(), tr("opening the conversation database"));
}

Database::OpenReport Database::open() {
    OpenReport report;
    for (int attempt = 0;; ++attempt) {
        try {
            connect();
            report.foundVersion = probe();
            configure();
            migrate(report.foundVersion);
            m_fullTextSearch = SearchIndex::prepare(connection(), m_options.fullTextSearch);
            report.fullTextSearch = m_fullTextSearch;
            return report;
        } catch (const DamagedFile& damaged) {
            if (attempt > 0)
                throw StorageError(
                    StorageError::Kind::Corrupt,
                    tr("The conversation database %1 is damaged and a new one could not be created "
                       "in its place (%2).")
                        .arg(m_path, damaged.detail));
            report.corruptionDetail = damaged.detail;
            report.setAsidePath = setAside();
            report.recreatedAfterCorruption = true;
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::Corrupt || attempt > 0) {
                close();
                throw;
            }
            report.corruptionDetail = error.message();
            report.setAsidePath = setAside();
            report.recreatedAfterCorruption = true;
        }
    }
}

// Reads without writing: a file we refuse must stay byte-identical.
int Database::probe() {
    const QString action = tr("reading the conversation database");
    const int version =
        SqlQuery(connection(), QStringLiteral("PRAGMA user_version"), action).scalar().toInt();
    if (version > SchemaVersion) {
        close();
        throw StorageError(
            StorageError::Kind::NewerVersion,
            tr("The conversation database %1 was written by a newer version of Tritium (schema %2; "
               "this version understands up to %3). It has been left untouched: please update "
               "Tritium to open it.")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion));
    }
    SqlQuery check(connection(), QStringLiteral("PRAGMA quick_check"), action);
    check.exec();
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        throw DamagedFile{problems.mid(0, 5).join(QStringLiteral("; "))};
    return version;
}

QString Database::setAside() {
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    // The journal files belong to the damaged file; left behind they would be applied to the new one.
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::rename(m_path + suffix, target + suffix))
            throw StorageError(
                StorageError::Kind::CannotOpen,
                tr("The conversation database %1 is damaged, and it could not be moved aside to %2. "
                   "Move or delete it yourself, then start Tritium again.")
                    .arg(m_path + suffix, target + suffix));
    }
    return target;
}

void Database::configure() {
    const QString action = tr("configuring the conversation database");
    const QSqlDatabase db = connection();
    const QString mode =
        SqlQuery(db, QStringLiteral("PRAGMA journal_mode = WAL"), action).scalar().toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("The conversation database %1 could not be switched to write-ahead logging "
                              "(journal mode is %2). Is it on a network drive?")
                               .arg(m_path, mode));
    SqlQuery(db, QStringLiteral("PRAGMA synchronous = FULL"), action).exec();
    SqlQuery(db, QStringLiteral("PRAGMA foreign_keys = ON"), action).exec();
}

int Database::storedVersion() const {
    return SqlQuery(connection(), QStringLiteral("PRAGMA user_version"),
                    tr("reading the conversation database"))
        .scalar()
        .toInt();
}

void Database::migrate(int fromVersion) {
    using Step = void (Database::*)();
    static constexpr Step steps[SchemaVersion] = {&Database::migrateTo1, &Database::migrateTo2};
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        const QString action = tr("upgrading the conversation database to version %1").arg(version);
        Transaction transaction(connection(), action);
        (this->*steps[version - 1])();
        SqlQuery(connection(), QStringLiteral("PRAGMA user_version = %1").arg(version), action).exec();
        transaction.commit();
    }
}

void Database::execAll(std::initializer_list<const char*> statements, const QString& action) {
    for (const char* statement : statements)
        SqlQuery(connection(), QString::fromLatin1(statement), action).exec();
}

void Database::migrateTo1() {
    execAll({"CREATE TABLE conversations ("
             " id INTEGER PRIMARY KEY,"
             " title TEXT NOT NULL DEFAULT '',"
             " created_ms INTEGER NOT NULL,"
             " updated_ms INTEGER NOT NULL,"
             " pinned INTEGER NOT NULL DEFAULT 0,"
             " model TEXT NOT NULL DEFAULT '',"
             " system_prompt TEXT NOT NULL DEFAULT '',"
             " temperature REAL NOT NULL, top_p REAL NOT NULL, top_k INTEGER NOT NULL, min_p REAL NOT NULL,"
             " repeat_penalty REAL NOT NULL, max_tokens INTEGER NOT NULL, seed INTEGER NOT NULL)",
             "CREATE INDEX conversations_by_order ON conversations (pinned DESC, updated_ms DESC)",
             "CREATE TABLE messages ("
             " id INTEGER PRIMARY KEY,"
             " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
             " parent_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,"
             " role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),"
             " text TEXT NOT NULL DEFAULT '',"
             " state TEXT NOT NULL"
             "  CHECK (state IN ('streaming', 'complete', 'stopped', 'interrupted', 'failed')),"
             " created_ms INTEGER NOT NULL)",
             "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
             "CREATE INDEX messages_by_parent ON messages (parent_id)"},
            tr("creating the conversation database"));
}

void Database::migrateTo2() {
    execAll(
        {"ALTER TABLE messages ADD COLUMN model TEXT NOT NULL DEFAULT ''",
         "ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0",
         "ALTER TABLE messages ADD COLUMN generated_tokens INTEGER NOT NULL DEFAULT 0",
         "ALTER TABLE messages ADD COLUMN ttft_ms REAL NOT NULL DEFAULT 0",
         "ALTER TABLE messages ADD COLUMN tokens_per_second REAL NOT NULL DEFAULT 0",
         "ALTER TABLE messages ADD COLUMN prefill_tokens_per_second REAL NOT NULL DEFAULT 0",
         // Version 1 did not record which model wrote a reply; the conversation's model is the best guess.
         "UPDATE messages SET model = (SELECT c.model FROM conversations c WHERE c.id = "
         "messages.conversation_id)"
         " WHERE role = 'assistant'",
         // Start-up recovery looks for replies left streaming; there are few, so index only those.
         "CREATE INDEX messages_streaming ON messages (id) WHERE state = 'streaming'"},
        tr("adding reply figures to the conversation database"));
}
