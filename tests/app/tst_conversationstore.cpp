// ConversationStore, ConversationSearch, ConversationJson and ConversationMarkdown against real SQLite files:
// CRUD and ordering, persist-before-generate and checkpoints, crash recovery, branches, search with FTS5
// and with the LIKE fallback, export and import, large texts and long conversations.
#include "storage/ConversationJson.h"
#include "storage/ConversationSearch.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

namespace {
int countRows(Database& db, const QString& table) {
    return SqlQuery(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table),
                    QStringLiteral("test"))
        .scalar()
        .toInt();
}

QSet<qint64> messageIds(const QList<SearchHit>& hits) {
    QSet<qint64> ids;
    for (const SearchHit& hit : hits)
        if (hit.messageId > 0)
            ids.insert(hit.messageId);
    return ids;
}

QSet<qint64> titleIds(const QList<SearchHit>& hits) {
    QSet<qint64> ids;
    for (const SearchHit& hit : hits)
        if (hit.messageId == 0)
            ids.insert(hit.conversationId);
    return ids;
}

QList<qint64> ids(const QList<Message>& messages) {
    QList<qint64> list;
    for (const Message& m : messages)
        list.append(m.id);
    return list;
}
} // namespace

class TestConversationStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    int m_fileNumber = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("tritium-%1.sqlite3").arg(m_fileNumber)); }
    void reopen(bool fullTextSearch = true) {
        m_store.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(path(), Database::Options{5000ms, fullTextSearch});
        m_db->open();
        m_store = std::make_unique<ConversationStore>(*m_db);
    }
    ConversationStore& store() { return *m_store; }

private slots:
    void init() {
        ++m_fileNumber;
        reopen();
    }

    void cleanup() {
        m_store.reset();
        m_db.reset();
    }

    void conversationsAreListedPinnedFirstThenByActivity() {
        const qint64 older = store().createConversation(QStringLiteral("older")).id;
        QTest::qWait(5);
        const qint64 pinned = store().createConversation(QStringLiteral("pinned")).id;
        QTest::qWait(5);
        const qint64 newer = store().createConversation(QStringLiteral("newer")).id;
        store().setPinned(pinned, true);
        QTest::qWait(5);
        store().addMessage(older, 0, Message::Role::User, QStringLiteral("brings it to the top"));
        QList<qint64> order;
        for (const Conversation& c : store().conversations())
            order << c.id;
        QCOMPARE(order, (QList<qint64>{pinned, older, newer}));
        QVERIFY(store().conversation(older)->updated > store().conversation(older)->created);
    }

    void conversationSettingsAreKept() {
        const SamplingSettings sampling{0.3, 0.5, 7, 0.1, 1.3, 99, 1234567890123};
        const Conversation created = store().createConversation(
            QStringLiteral("tuned"), QStringLiteral("m.gguf"), QStringLiteral("Be brief."), sampling);
        reopen();
        QCOMPARE(*store().conversation(created.id), created);
        store().renameConversation(created.id, QStringLiteral("renamed"));
        store().updateSettings(created.id, QStringLiteral("other.gguf"), QStringLiteral("Be long."),
                               SamplingSettings{});
        const Conversation changed = *store().conversation(created.id);
        QCOMPARE(changed.title, QStringLiteral("renamed"));
        QCOMPARE(changed.model, QStringLiteral("other.gguf"));
        QCOMPARE(changed.systemPrompt, QStringLiteral("Be long."));
        QCOMPARE(changed.sampling, SamplingSettings{});
    }

    void changingAMissingConversationIsReported() {
        QVERIFY_THROWS_EXCEPTION(StorageError, store().renameConversation(424242, QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(StorageError, store().setPinned(424242, true));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store().addMessage(424242, 0, Message::Role::User, QStringLiteral("lost?")));
        QVERIFY(!store().conversation(424242));
    }

    void deletingAConversationDeletesItsMessages() {
        const qint64 kept = store().createConversation(QStringLiteral("kept")).id;
        const qint64 gone = store().createConversation(QStringLiteral("gone")).id;
        store().addMessage(kept, 0, Message::Role::User, QStringLiteral("stay"));
        const qint64 root = store().addMessage(gone, 0, Message::Role::User, QStringLiteral("go"));
        store().addMessage(gone, root, Message::Role::Assistant, QStringLiteral("go too"));
        store().deleteConversation(gone);
        QCOMPARE(countRows(*m_db, QStringLiteral("messages")), 1);
        QCOMPARE(store().conversations().size(), 1);
        QCOMPARE(store().allMessages(kept).size(), 1);
    }

    void messagesAreCommittedAndCheckpointed() {
        const qint64 c = store().createConversation(QStringLiteral("stream"), QStringLiteral("tiny.gguf")).id;
        const qint64 question =
            store().addMessage(c, 0, Message::Role::User, QStringLiteral("Count to three."));
        const qint64 reply = store().addMessage(c, question, Message::Role::Assistant, QString(),
                                                Message::State::Streaming, QStringLiteral("tiny.gguf"));
        store().checkpoint(reply, QStringLiteral("One,"));
        store().checkpoint(reply, QStringLiteral("One, two,"));

        // Another connection (as after a crash) sees both the question and the reply so far.
        Database other(path());
        other.open();
        ConversationStore seen(other);
        QCOMPARE(seen.message(question).text, QStringLiteral("Count to three."));
        QCOMPARE(seen.message(reply).text, QStringLiteral("One, two,"));
        QCOMPARE(seen.message(reply).state, Message::State::Streaming);

        const Message::Figures figures{12, 5, 84.5, 31.25, 410.0};
        store().finishMessage(reply, QStringLiteral("One, two, three."), Message::State::Complete, figures);
        const Message finished = seen.message(reply);
        QCOMPARE(finished.text, QStringLiteral("One, two, three."));
        QCOMPARE(finished.state, Message::State::Complete);
        QCOMPARE(finished.figures, figures);
        QCOMPARE(finished.model, QStringLiteral("tiny.gguf"));
        QCOMPARE(finished.parentId, question);
        // A finished reply takes no more checkpoints, and nothing is written over it silently.
        QVERIFY_THROWS_EXCEPTION(StorageError, store().checkpoint(reply, QStringLiteral("late")));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store().finishMessage(reply, QString(), Message::State::Streaming, {}));
        QCOMPARE(seen.message(reply).text, QStringLiteral("One, two, three."));
    }

    void streamingRepliesBecomeInterruptedOnStartUp() {
        const qint64 c = store().createConversation(QStringLiteral("crash")).id;
        const qint64 q = store().addMessage(c, 0, Message::Role::User, QStringLiteral("Tell me a story."));
        const qint64 partial =
            store().addMessage(c, q, Message::Role::Assistant, QString(), Message::State::Streaming);
        store().checkpoint(partial, QStringLiteral("Once upon a"));
        const qint64 done = store().addMessage(c, q, Message::Role::Assistant, QStringLiteral("The end."));
        reopen(); // the app restarts
        QCOMPARE(store().recoverInterrupted(), 1);
        QCOMPARE(store().message(partial).state, Message::State::Interrupted);
        QCOMPARE(store().message(partial).text, QStringLiteral("Once upon a"));
        QCOMPARE(store().message(done).state, Message::State::Complete);
        QCOMPARE(store().recoverInterrupted(), 0);
    }

    void editsAndRegenerationsBranch() {
        const qint64 c = store().createConversation(QStringLiteral("branches")).id;
        const qint64 u1 = store().addMessage(c, 0, Message::Role::User, QStringLiteral("first question"));
        const qint64 a1 = store().addMessage(c, u1, Message::Role::Assistant, QStringLiteral("first answer"));
        const qint64 u2 = store().addMessage(c, a1, Message::Role::User, QStringLiteral("follow-up"));
        const qint64 a2 =
            store().addMessage(c, u2, Message::Role::Assistant, QStringLiteral("second answer"));
        QCOMPARE(ids(store().activeBranch(c)), (QList<qint64>{u1, a1, u2, a2}));

        // Regenerate the first answer: a sibling of a1 becomes the active branch's end.
        const qint64 a1b =
            store().addMessage(c, u1, Message::Role::Assistant, QStringLiteral("another answer"));
        QCOMPARE(ids(store().activeBranch(c)), (QList<qint64>{u1, a1b}));
        QCOMPARE(ids(store().siblings(a1)), (QList<qint64>{a1, a1b}));
        // Switching back to the first version shows its whole continuation.
        QCOMPARE(ids(store().branchThrough(a1)), (QList<qint64>{u1, a1, u2, a2}));

        // Edit the very first message: a new root.
        const qint64 u1b = store().addMessage(c, 0, Message::Role::User, QStringLiteral("edited question"));
        QCOMPARE(ids(store().siblings(u1)), (QList<qint64>{u1, u1b}));
        QCOMPARE(ids(store().activeBranch(c)), (QList<qint64>{u1b}));
        QCOMPARE(ids(store().branchThrough(u1)), (QList<qint64>{u1, a1b}));
        QCOMPARE(store().allMessages(c).size(), 6);

        const qint64 elsewhere = store().createConversation(QStringLiteral("elsewhere")).id;
        QVERIFY_THROWS_EXCEPTION(StorageError, store().addMessage(elsewhere, a1, Message::Role::User,
                                                                  QStringLiteral("wrong parent")));
        QVERIFY_THROWS_EXCEPTION(StorageError, store().branchThrough(999999));
        QVERIFY(store().activeBranch(elsewhere).isEmpty());
    }

    void search_data() {
        QTest::addColumn<bool>("fullTextSearch");
        QTest::newRow("FTS5") << true;
        QTest::newRow("LIKE fallback") << false;
    }

    void search() {
        QFETCH(bool, fullTextSearch);
        reopen(fullTextSearch);
        QCOMPARE(m_db->hasFullTextSearch(), fullTextSearch);
        ConversationSearch search(*m_db);
        const qint64 soup = store().createConversation(QStringLiteral("Tomato soup")).id;
        const qint64 q =
            store().addMessage(soup, 0, Message::Role::User, QStringLiteral("How long do I roast tomatoes?"));
        const qint64 a =
            store().addMessage(soup, q, Message::Role::Assistant,
                               QStringLiteral("Roast them for 40 minutes at 200 degrees, then blend."));
        const qint64 travel = store().createConversation(QStringLiteral("Trip to Lisbon")).id;
        const qint64 t =
            store().addMessage(travel, 0, Message::Role::User, QStringLiteral("Where to eat in Lisbon?"));

        QCOMPARE(messageIds(search.search(QStringLiteral("roast"))), (QSet<qint64>{q, a}));
        QCOMPARE(messageIds(search.search(QStringLiteral("ROAST blend"))),
                 QSet<qint64>{a}); // every word must match
        QCOMPARE(titleIds(search.search(QStringLiteral("lisbon"))), QSet<qint64>{travel});
        QCOMPARE(messageIds(search.search(QStringLiteral("lisbon"))), QSet<qint64>{t});
        QVERIFY(search.search(QStringLiteral("saffron")).isEmpty());
        QVERIFY(search.search(QStringLiteral("   ")).isEmpty());
        // Query syntax and LIKE wildcards typed by the user are plain text, not operators.
        for (const char* odd :
             {"\"roast", "roast AND", "NEAR(roast", "*", "100%", "a_b", "roast'; DROP TABLE messages;--"})
            search.search(QString::fromLatin1(odd));
        QCOMPARE(messageIds(search.search(QStringLiteral("\"roast*"))), (QSet<qint64>{q, a}));
        const QList<SearchHit> hits = search.search(QStringLiteral("minutes"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].conversationId, soup);
        QCOMPARE(hits[0].conversationTitle, QStringLiteral("Tomato soup"));
        QVERIFY2(hits[0].snippet.contains(QStringLiteral("minutes")), qPrintable(hits[0].snippet));

        // The index follows renames, edits and deletions.
        store().renameConversation(travel, QStringLiteral("Trip to Porto"));
        QVERIFY(titleIds(search.search(QStringLiteral("lisbon"))).isEmpty());
        QCOMPARE(titleIds(search.search(QStringLiteral("porto"))), QSet<qint64>{travel});
        const qint64 streaming =
            store().addMessage(travel, t, Message::Role::Assistant, QString(), Message::State::Streaming);
        store().checkpoint(streaming, QStringLiteral("Try the pastel de nata"));
        QCOMPARE(messageIds(search.search(QStringLiteral("pastel"))), QSet<qint64>{streaming});
        store().deleteConversation(soup);
        QVERIFY(search.search(QStringLiteral("roast")).isEmpty());
        QCOMPARE(countRows(*m_db, QStringLiteral("messages")), 2);
    }

    void searchIndexCatchesUpAfterRunningWithoutFts() {
        const qint64 c = store().createConversation(QStringLiteral("garden")).id;
        const qint64 before = store().addMessage(c, 0, Message::Role::User, QStringLiteral("plant basil"));
        reopen(false); // as an SQLite without FTS5 would: writes go on, the index does not follow
        QVERIFY(!m_db->hasFullTextSearch());
        const qint64 during =
            store().addMessage(c, before, Message::Role::User, QStringLiteral("plant thyme"));
        const qint64 gone = store().createConversation(QStringLiteral("removed later")).id;
        store().addMessage(gone, 0, Message::Role::User, QStringLiteral("plant mint"));
        store().deleteConversation(gone);
        reopen(true);
        QVERIFY(m_db->hasFullTextSearch());
        ConversationSearch search(*m_db);
        QCOMPARE(messageIds(search.search(QStringLiteral("plant"))), (QSet<qint64>{before, during}));
        QVERIFY(search.search(QStringLiteral("mint")).isEmpty());
    }

    void exportsMarkdownOfTheActiveBranch() {
        const qint64 c =
            store()
                .createConversation(QStringLiteral("Soup"), QString(), QStringLiteral("You are a cook."))
                .id;
        const qint64 q = store().addMessage(c, 0, Message::Role::User, QStringLiteral("Recipe?"));
        const qint64 old =
            store().addMessage(c, q, Message::Role::Assistant, QStringLiteral("An old answer"));
        store().finishMessage(old, QStringLiteral("An old answer"), Message::State::Complete, {});
        const qint64 a = store().addMessage(c, q, Message::Role::Assistant, QString(),
                                            Message::State::Streaming, QStringLiteral("tiny.gguf"));
        store().finishMessage(a, QStringLiteral("Roast, then **blend**."), Message::State::Stopped,
                              {9, 42, 120, 25.5, 300});
        const QString md = store().exportMarkdown(c);
        QVERIFY2(md.startsWith(QStringLiteral("# Soup\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("**System prompt:** You are a cook.")));
        QVERIFY(md.contains(QStringLiteral("## You\n\nRecipe?\n")));
        QVERIFY(md.contains(QStringLiteral("## Assistant\n\nRoast, then **blend**.\n")));
        QVERIFY2(md.contains(QStringLiteral(
                     "*tiny.gguf · 42 token(s) · 25.5 tokens/s · first token after 120 ms · stopped*")),
                 qPrintable(md));
        QVERIFY(!md.contains(QStringLiteral("An old answer")));
        QVERIFY(md.indexOf(QStringLiteral("Recipe?")) < md.indexOf(QStringLiteral("Roast")));

        store().createConversation(QStringLiteral("Second"));
        const QString all = store().exportAllMarkdown();
        QVERIFY(all.contains(QStringLiteral("# Soup\n")) && all.contains(QStringLiteral("# Second\n")));
    }

    void jsonImportRestoresTheSameConversations() {
        const Conversation original =
            store().createConversation(QStringLiteral("Round trip ☃"), QStringLiteral("m.gguf"),
                                       QStringLiteral("sys"), {0.2, 0.7, 5, 0.0, 1.05, 64, 7});
        store().setPinned(original.id, true);
        const qint64 q =
            store().addMessage(original.id, 0, Message::Role::User, QStringLiteral("question\nwith lines"));
        const qint64 a = store().addMessage(original.id, q, Message::Role::Assistant, QString(),
                                            Message::State::Streaming, QStringLiteral("m.gguf"));
        store().finishMessage(a, QStringLiteral("answer"), Message::State::Complete,
                              {17, 3, 56.78, 12.3456789, 987.6});
        const qint64 b =
            store().addMessage(original.id, q, Message::Role::Assistant, QStringLiteral("failed try"),
                               Message::State::Failed, QStringLiteral("m.gguf"));
        store().addMessage(original.id, b, Message::Role::User, QStringLiteral("edited"),
                           Message::State::Complete);
        store().addMessage(original.id, 0, Message::Role::User, QStringLiteral("second root"),
                           Message::State::Interrupted);
        const qint64 other = store().createConversation(QStringLiteral("Other")).id;
        store().addMessage(other, 0, Message::Role::System, QStringLiteral("system text"));
        const ConversationArchive before = store().archive(original.id);
        const QByteArray json = store().exportJson();

        ++m_fileNumber; // import into a different, empty database
        reopen();
        const QList<qint64> imported = store().importJson(json);
        QCOMPARE(imported.size(), 2);
        const ConversationArchive after = store().archive(imported[0]);
        Conversation expected = before.conversation;
        expected.id = after.conversation.id;
        QCOMPARE(after.conversation, expected);
        QCOMPARE(after.messages.size(), before.messages.size());
        QHash<qint64, qint64> idMap; // old id -> new id
        for (qsizetype i = 0; i < before.messages.size(); ++i) {
            idMap.insert(before.messages[i].id, after.messages[i].id);
            Message m = before.messages[i];
            m.id = after.messages[i].id;
            m.conversationId = after.conversation.id;
            m.parentId = m.parentId > 0 ? idMap.value(m.parentId) : 0;
            QCOMPARE(after.messages[i], m);
        }
        QCOMPARE(store().archive(imported[1]).messages.first().role, Message::Role::System);
        // Exporting the imported copy gives the same document apart from the export time.
        const auto withoutTime = [](QByteArray doc) {
            return doc.remove(doc.indexOf("\"exported\""),
                              doc.indexOf('\n', doc.indexOf("\"exported\"")) - doc.indexOf("\"exported\""));
        };
        QCOMPARE(withoutTime(store().exportJson()), withoutTime(json));
    }

    void importRejectsBrokenFilesWithoutPartialWrites_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray message =
            R"({"id":1,"parent":null,"role":"user","text":"hi","state":"complete",)"
            R"("created":"2026-12-03T18:15:00.000Z","model":"","figures":{"promptTokens":0,)"
            R"("generatedTokens":0,"timeToFirstTokenMs":0,"tokensPerSecond":0,"prefillTokensPerSecond":0}})";
        const auto file = [](const QByteArray& messages) {
            return R"({"format":"tritium-conversations","version":1,"conversations":[{"title":"t",)"
                   R"("created":"2026-12-03T18:15:00.000Z","updated":"2026-12-03T18:15:00.000Z","pinned":false,)"
                   R"("model":"","systemPrompt":"","sampling":{"temperature":0.8,"topP":0.9,"topK":40,"minP":0.05,)"
                   R"("repeatPenalty":1.1,"maxTokens":10,"seed":-1},"messages":[)" +
                   messages + "]}]}";
        };
        QTest::newRow("valid control") << file(message) << QString();
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1,"conversations":[]})") << QStringLiteral("\"format\"");
        QTest::newRow("newer format")
            << QByteArray(R"({"format":"tritium-conversations","version":9,"conversations":[]})")
            << QStringLiteral("newer version");
        QTest::newRow("bad role") << file(QByteArray(message).replace("\"user\"", "\"root\""))
                                  << QStringLiteral("role");
        QTest::newRow("bad state") << file(QByteArray(message).replace("\"complete\"", "\"done\""))
                                   << QStringLiteral("state");
        QTest::newRow("text not a string")
            << file(QByteArray(message).replace("\"hi\"", "42")) << QStringLiteral("\"text\"");
        QTest::newRow("missing parent")
            << file(QByteArray(message).replace("\"parent\":null", "\"parent\":7"))
            << QStringLiteral("parent message 7");
        QTest::newRow("duplicate id") << file(message + "," + message) << QStringLiteral("appears twice");
        QTest::newRow("fractional id")
            << file(QByteArray(message).replace("\"id\":1", "\"id\":1.5")) << QStringLiteral("\"id\"");
        QTest::newRow("bad date") << file(
                                         QByteArray(message).replace("2026-12-03T18:15:00.000Z", "yesterday"))
                                  << QStringLiteral("\"created\"");
        QTest::newRow("negative tokens")
            << file(QByteArray(message).replace("\"promptTokens\":0", "\"promptTokens\":-3"))
            << QStringLiteral("promptTokens");
        QTest::newRow("message not an object") << file("17") << QStringLiteral("message 1");
    }

    void importRejectsBrokenFilesWithoutPartialWrites() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        store().createConversation(QStringLiteral("already here"));
        // A valid conversation first, so that a failure after it would show up as a partial import.
        const QByteArray valid = store().exportJson();
        if (mentions.isEmpty()) {
            QCOMPARE(store().importJson(json).size(), 1);
            QCOMPARE(store().conversations().size(), 2);
            return;
        }
        QCOMPARE(store().importJson(valid).size(), 1);
        try {
            store().importJson(json);
            QFAIL("a broken file was imported");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        }
        QCOMPARE(store().conversations().size(), 2);
    }

    void largeMessagesAreStoredAndFound() {
        const qint64 c = store().createConversation(QStringLiteral("paste")).id;
        QString paste;
        paste.reserve(1 << 20);
        while (paste.size() < (1 << 20))
            paste += QStringLiteral("line %1 of a long log, nothing to see ✓\n").arg(paste.size());
        paste += QStringLiteral("needle");
        const qint64 id = store().addMessage(c, 0, Message::Role::User, paste);
        reopen();
        QCOMPARE(store().message(id).text, paste);
        QCOMPARE(messageIds(ConversationSearch(*m_db).search(QStringLiteral("needle"))), QSet<qint64>{id});
    }

    void tenThousandMessages() {
        const qint64 c = store().createConversation(QStringLiteral("marathon")).id;
        // One at a time, committed each time, as the app writes them.
        QElapsedTimer timer;
        timer.start();
        qint64 parent = 0;
        for (int i = 0; i < 200; ++i)
            parent = store().addMessage(c, parent, i % 2 ? Message::Role::Assistant : Message::Role::User,
                                        QStringLiteral("message number %1 about topic%2").arg(i).arg(i % 97));
        const double perMessageMs = double(timer.nsecsElapsed()) / 1e6 / 200;
        // The rest in one import transaction (the path a restored backup takes).
        ConversationArchive bulk = store().archive(c);
        for (int i = 200; i < 10000; ++i) {
            Message m;
            m.id = i + 1;
            m.parentId = i;
            m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
            m.text = QStringLiteral("message number %1 about topic%2").arg(i).arg(i % 97);
            m.created = QDateTime::currentDateTimeUtc();
            bulk.messages.append(m);
        }
        for (qsizetype i = 0; i < 200; ++i) {
            bulk.messages[i].id = i + 1;
            bulk.messages[i].parentId = i;
        }
        timer.restart();
        const qint64 big = store().importJson(ConversationJson::encode({bulk})).first();
        const qint64 importMs = timer.elapsed();
        timer.restart();
        const QList<Message> branch = store().activeBranch(big);
        const qint64 branchMs = timer.elapsed();
        QCOMPARE(branch.size(), 10000);
        QCOMPARE(branch.last().text, QStringLiteral("message number 9999 about topic%1").arg(9999 % 97));
        timer.restart();
        const qint64 continued =
            store().addMessage(big, branch.last().id, Message::Role::User, QStringLiteral("one more"));
        const qint64 appendMs = timer.elapsed();
        timer.restart();
        const QList<SearchHit> hits = ConversationSearch(*m_db).search(QStringLiteral("topic42"), 1000);
        const qint64 searchMs = timer.elapsed();
        // i % 97 == 42 holds for 103 of 0..9999 (the imported copy) and for 2 of 0..199 (the original).
        QCOMPARE(messageIds(hits).size(), 103 + 2);
        timer.restart();
        const QList<Message> siblings = store().siblings(continued);
        const qint64 siblingsMs = timer.elapsed();
        QCOMPARE(siblings.size(), 1);
        reopen(false);
        timer.restart();
        const QList<SearchHit> likeHits = ConversationSearch(*m_db).search(QStringLiteral("topic42"), 1000);
        const qint64 likeMs = timer.elapsed();
        QCOMPARE(messageIds(likeHits), messageIds(hits));
        qInfo().noquote()
            << QStringLiteral(
                   "10,000 messages: %1 ms per committed message, import %2 ms, active branch %3 ms, "
                   "append %4 ms, search %5 ms (%6 hits; LIKE fallback %8 ms), siblings %7 ms")
                   .arg(perMessageMs, 0, 'f', 2)
                   .arg(importMs)
                   .arg(branchMs)
                   .arg(appendMs)
                   .arg(searchMs)
                   .arg(hits.size())
                   .arg(siblingsMs)
                   .arg(likeMs);
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
