// Database: pragmas, migrations from every schema fixture, refusal of newer files, corruption set aside,
// a locked database (other connection, other thread, other process) and a full disk.
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <sys/mount.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {
const QString holdLockFlag = QStringLiteral("--hold-exclusive-lock");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plain connection of our own, as another program would have.
class RawConnection {
public:
    explicit RawConnection(const QString& path, const QString& name = QStringLiteral("raw")) : m_name(name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

// Runs a fixture: one statement per ";" at the end of a line, "--" lines are comments.
bool loadFixture(const QString& fixture, const QString& databasePath) {
    RawConnection raw(databasePath, QStringLiteral("fixture"));
    const QString sql = QString::fromUtf8(readAll(fixture));
    for (QString statement : sql.split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
        statement = statement.split(QLatin1Char('\n'))
                        .filter(QRegularExpression(QStringLiteral("^(?!--)")))
                        .join(' ');
        if (!statement.trimmed().isEmpty() && !raw.exec(statement))
            return false;
    }
    return true;
}

int holdExclusiveLock(const QString& path, int milliseconds) {
    RawConnection raw(path);
    if (!raw.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return 1;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    QThread::msleep(milliseconds);
    raw.exec(QStringLiteral("COMMIT"));
    return 0;
}
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("tritium.sqlite3")); }
    void removeDatabaseFiles() {
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

private slots:
    void init() { removeDatabaseFiles(); }

    void newDatabaseIsConfiguredAndCurrent() {
        Database db(path(), {1234ms, true});
        const Database::OpenReport report = db.open();
        QCOMPARE(report.foundVersion, 0);
        QVERIFY(!report.recreatedAfterCorruption);
        QCOMPARE(db.storedVersion(), Database::SchemaVersion);
        const auto pragma = [&db](const char* name) {
            return SqlQuery(db.connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)),
                            QStringLiteral("test"))
                .scalar();
        };
        QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys").toInt(), 1);
        QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
        QCOMPARE(pragma("busy_timeout").toInt(), 1234);
    }

    void missingDataFolderIsCreated() {
        const QString nested = m_dir.filePath(QStringLiteral("not/yet/there/tritium.sqlite3"));
        Database db(nested);
        db.open();
        QVERIFY(QFileInfo::exists(nested));
        QCOMPARE(db.storedVersion(), Database::SchemaVersion);
    }

    void eachInstanceHasItsOwnConnection() {
        Database first(path());
        Database second(path());
        first.open();
        second.open();
        QVERIFY(first.connection().connectionName() != second.connection().connectionName());
        ConversationStore(first).createConversation(QStringLiteral("seen by both"));
        QCOMPARE(ConversationStore(second).conversations().size(), 1);
    }

    void migratesFromEveryEarlierSchema_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir fixtures(QStringLiteral(TRITIUM_TEST_SOURCE_DIR "/fixtures"));
        const QStringList files = fixtures.entryList({QStringLiteral("schema-v*.sql")});
        QCOMPARE(files.size(), Database::SchemaVersion - 1); // one fixture per earlier version
        for (const QString& file : files) {
            const int version =
                QString(file).remove(QStringLiteral("schema-v")).remove(QStringLiteral(".sql")).toInt();
            QTest::newRow(qPrintable(file)) << fixtures.filePath(file) << version;
        }
    }

    void migratesFromEveryEarlierSchema() {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QVERIFY(loadFixture(fixture, path()));
        Database db(path());
        const Database::OpenReport report = db.open();
        QCOMPARE(report.foundVersion, version);
        QCOMPARE(db.storedVersion(), Database::SchemaVersion);

        // Every fixture holds the same two conversations; nothing may be lost or changed on the way up.
        ConversationStore store(db);
        const QList<Conversation> list = store.conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].title, QStringLiteral("Pinned notes"));
        QVERIFY(list[0].pinned);
        const Conversation& soup = list[1];
        QCOMPARE(soup.title, QStringLiteral("Tomato soup"));
        QCOMPARE(soup.systemPrompt, QStringLiteral("You are a cook."));
        QCOMPARE(soup.sampling, (SamplingSettings{0.7, 0.9, 40, 0.05, 1.1, 512, 42}));
        QCOMPARE(soup.created, QDateTime::fromMSecsSinceEpoch(1764781200000, Qt::UTC));
        const QList<Message> messages = store.allMessages(soup.id);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[1].text, QStringLiteral("Roast the tomatoes first; then blend them with stock."));
        QCOMPARE(messages[2].parentId, messages[0].id);
        QCOMPARE(messages[2].state, Message::State::Streaming);
        QCOMPARE(store.siblings(messages[1].id).size(), 2);
        QCOMPARE(store.allMessages(list[0].id)[0].text, QStringLiteral("Remember: the café opens at 8."));
        if (version < 2) {
            // Replies written before version 2 are credited to the conversation's model.
            QCOMPARE(messages[1].model, QStringLiteral("bitnet-b1.58-2B-4T.gguf"));
            QCOMPARE(messages[0].model, QString());
            QCOMPARE(messages[1].figures, Message::Figures{});
        }
        // The migrated database takes new writes, and the search index covers the old messages.
        const qint64 reply =
            store.addMessage(soup.id, messages[0].id, Message::Role::Assistant, QStringLiteral("Serve hot."));
        QCOMPARE(store.activeBranch(soup.id).last().id, reply);
        QCOMPARE(SqlQuery(db.connection(), QStringLiteral("PRAGMA integrity_check"), QStringLiteral("test"))
                     .scalar(),
                 QVariant(QStringLiteral("ok")));
    }

    void refusesNewerDatabaseAndLeavesItUntouched() {
        {
            Database db(path());
            db.open();
            ConversationStore(db).createConversation(QStringLiteral("from the future"));
            SqlQuery(db.connection(),
                     QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 7),
                     QStringLiteral("test"))
                .exec();
        }
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // fully checkpointed on close
        const QByteArray before = readAll(path());
        QVERIFY(!before.isEmpty());
        Database db(path());
        try {
            db.open();
            QFAIL("a newer database was opened");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::NewerVersion);
            QVERIFY2(error.message().contains(QStringLiteral("newer version of Tritium")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QString::number(Database::SchemaVersion + 7)));
        }
        QCOMPARE(readAll(path()), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tritium.sqlite3")});
    }

    void garbageFileIsSetAsideAndReplaced() {
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919) % 251));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        QFile wal(path() + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(garbage.left(1000));
        wal.close();

        Database db(path());
        const Database::OpenReport report = db.open();
        QVERIFY(report.recreatedAfterCorruption);
        QVERIFY(!report.corruptionDetail.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("tritium\\.sqlite3\\.corrupt-\\d{8}-\\d{6}$"))
                     .match(report.setAsidePath)
                     .hasMatch(),
                 qPrintable(report.setAsidePath));
        QCOMPARE(readAll(report.setAsidePath), garbage);
        // A stray write-ahead log beside the damaged file (SQLite itself resets or removes one whose header
        // is invalid) must not end up in the new database.
        QVERIFY(!readAll(path() + QStringLiteral("-wal")).contains(garbage.left(1000)));
        QCOMPARE(db.storedVersion(), Database::SchemaVersion);
        ConversationStore store(db);
        store.createConversation(QStringLiteral("a fresh start"));
        QCOMPARE(store.conversations().size(), 1);
    }

    void truncatedDatabaseIsSetAsideAndReplaced() {
        {
            Database db(path());
            db.open();
            ConversationStore store(db);
            const qint64 id = store.createConversation(QStringLiteral("long")).id;
            qint64 parent = 0;
            for (int i = 0; i < 200; ++i)
                parent = store.addMessage(id, parent, Message::Role::User,
                                          QStringLiteral("message %1 ").arg(i).repeated(40));
        }
        QFile file(path());
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(file.resize(size / 2 + 1000)); // cut in the middle of a page
        Database db(path());
        const Database::OpenReport report = db.open();
        QVERIFY(report.recreatedAfterCorruption);
        QCOMPARE(QFileInfo(report.setAsidePath).size(), size / 2 + 1000);
        QCOMPARE(ConversationStore(db).conversations().size(), 0);
        qInfo() << "truncated file reported as:" << report.corruptionDetail;
    }

    void lockHeldByAnotherConnectionGivesAClearError() {
        Database db(path(), {300ms, true});
        db.open();
        ConversationStore store(db);
        const qint64 conversation = store.createConversation(QStringLiteral("locked")).id;
        const qint64 first =
            store.addMessage(conversation, 0, Message::Role::User, QStringLiteral("saved before"));

        RawConnection other(path());
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer timer;
        timer.start();
        try {
            store.addMessage(conversation, first, Message::Role::Assistant, QStringLiteral("blocked"));
            QFAIL("wrote through an exclusive lock");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Locked);
            QVERIFY2(error.message().contains(QStringLiteral("in use by another program")),
                     qPrintable(error.message()));
        }
        QVERIFY2(timer.elapsed() >= 250, "gave up before the busy timeout");
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        store.addMessage(conversation, first, Message::Role::Assistant, QStringLiteral("after the lock"));
        QCOMPARE(store.activeBranch(conversation).size(), 2);
    }

    void lockReleasedWithinTheBusyTimeoutIsWaitedFor() {
        Database db(path(), {5000ms, true});
        db.open();
        ConversationStore store(db);
        const qint64 conversation = store.createConversation(QStringLiteral("patient")).id;
        std::atomic<bool> locked = false;
        std::thread holder([this, &locked] {
            RawConnection other(path(), QStringLiteral("holder"));
            other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            locked = true;
            QThread::msleep(400);
            other.exec(QStringLiteral("COMMIT"));
        });
        while (!locked)
            QThread::msleep(5);
        QElapsedTimer timer;
        timer.start();
        store.addMessage(conversation, 0, Message::Role::User, QStringLiteral("waited"));
        holder.join();
        QVERIFY2(timer.elapsed() >= 300, "the lock was not held while we wrote");
        QCOMPARE(store.activeBranch(conversation).size(), 1);
    }

    void lockHeldByAnotherProcessGivesAClearError() {
        {
            Database db(path());
            db.open();
            ConversationStore(db).createConversation(QStringLiteral("shared"));
        }
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(), {holdLockFlag, path(), QStringLiteral("1000")});
        QVERIFY(other.waitForReadyRead(10000));
        QCOMPARE(other.readLine().trimmed(), QByteArray("locked"));

        Database db(path(), {300ms, true});
        db.open(); // WAL readers are not blocked by a writer
        ConversationStore store(db);
        const qint64 conversation = store.conversations().first().id;
        try {
            store.addMessage(conversation, 0, Message::Role::User, QStringLiteral("blocked"));
            QFAIL("wrote through another process's exclusive lock");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Locked);
        }
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(other.exitCode(), 0);
        store.addMessage(conversation, 0, Message::Role::User, QStringLiteral("after the other process"));
        QCOMPARE(store.allMessages(conversation).size(), 1);
    }

    void fullDiskWhileSavingLosesNothing() {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir mountPoint;
        if (mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=2m") != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount = qScopeGuard([&] { umount(QFile::encodeName(mountPoint.path()).constData()); });
        const QString dbPath = mountPoint.filePath(QStringLiteral("tritium.sqlite3"));
        qint64 conversation = 0;
        qint64 lastSaved = 0;
        {
            Database db(dbPath);
            db.open();
            ConversationStore store(db);
            conversation = store.createConversation(QStringLiteral("before the disk filled")).id;
            for (int i = 0; i < 5; ++i)
                lastSaved = store.addMessage(conversation, lastSaved, Message::Role::User,
                                             QStringLiteral("kept %1").arg(i));

            QFile filler(mountPoint.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
            filler.close();

            const QString paste = QStringLiteral("a pasted text that does not fit ").repeated(20000);
            try {
                store.addMessage(conversation, lastSaved, Message::Role::User, paste);
                QFAIL("saved a message on a full disk");
            } catch (const StorageError& error) {
                QCOMPARE(error.kind(), StorageError::Kind::DiskFull);
                QVERIFY2(error.message().contains(QStringLiteral("disk is full")),
                         qPrintable(error.message()));
            }
            QCOMPARE(store.activeBranch(conversation).size(), 5);
            QVERIFY(QFile::remove(mountPoint.filePath(QStringLiteral("filler"))));
            lastSaved = store.addMessage(conversation, lastSaved, Message::Role::User,
                                         QStringLiteral("after freeing space"));
        }
        Database reopened(dbPath);
        reopened.open();
        QCOMPARE(
            SqlQuery(reopened.connection(), QStringLiteral("PRAGMA integrity_check"), QStringLiteral("test"))
                .scalar(),
            QVariant(QStringLiteral("ok")));
        const QList<Message> branch = ConversationStore(reopened).activeBranch(conversation);
        QCOMPARE(branch.size(), 6);
        QCOMPARE(branch.first().text, QStringLiteral("kept 0"));
        QCOMPARE(branch.last().text, QStringLiteral("after freeing space"));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == holdLockFlag)
        return holdExclusiveLock(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]).toInt());
    TestDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
