// The inference worker thread with real models written by `trit mkmodel`: tokens arrive as queued signals on
// the GUI thread, stop ends a reply within a token, a follow-up turn prefills only its new tokens, and a
// broken model file is reported in words.
#include "inference/InferenceClient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tritium;

namespace {

QString makeModel(const QTemporaryDir& dir, const QString& name, const QStringList& extra) {
    const QString path = dir.filePath(name);
    QProcess trit;
    trit.start(QStringLiteral(TRITIUM_TRIT_TOOL), QStringList{"mkmodel", path} + extra);
    if (!trit.waitForFinished(120000) || trit.exitCode() != 0)
        qWarning() << "trit mkmodel failed:" << trit.readAllStandardError();
    return path;
}

GenerationRequest request(qint64 replyId, QList<ChatTurn> turns, int maxTokens) {
    GenerationRequest r;
    r.conversationId = 1;
    r.replyId = replyId;
    r.turns = std::move(turns);
    r.sampling.temperature = 0; // greedy: the same reply every run
    r.sampling.maxTokens = maxTokens;
    r.sampling.repeatPenalty = 1.0;
    r.sampling.seed = 1;
    return r;
}

} // namespace

class TestInferenceWorker : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString tinyModel_;
    QString largeVocabModel_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        tinyModel_ = makeModel(dir_, "tiny.gguf", {"--seed", "3"});
        largeVocabModel_ =
            makeModel(dir_, "large-vocab.gguf", {"--vocab", "8000", "--ctx", "4096", "--seed", "5"});
        QVERIFY(QFile::exists(tinyModel_));
        QVERIFY(QFile::exists(largeVocabModel_));
    }

    void deltasArriveOnTheGuiThread() {
        InferenceClient client;
        QSignalSpy loaded(&client, &InferenceClient::modelLoaded);
        client.loadModel(tinyModel_, 512, 2, false);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(client.state(), InferenceClient::State::Ready);
        QCOMPARE(loaded.first().first().toMap().value("architecture").toString(),
                 QStringLiteral("bitnet-b1.58"));

        QString streamed;
        bool allOnGuiThread = true;
        connect(&client, &InferenceClient::textDelta, this, [&](qint64 id, const QString& delta) {
            allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread() && id == 7;
            streamed += delta;
        });
        QSignalSpy finished(&client, &InferenceClient::replyFinished);
        QVERIFY(client.generate(request(7, {{"user", "Hello there"}}, 24)));
        QVERIFY(client.generating());
        QVERIFY(!client.generate(request(8, {{"user", "second"}}, 4))); // one reply at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(allOnGuiThread);
        const QList<QVariant> args = finished.first();
        QCOMPARE(args.at(0).toLongLong(), 7);
        QCOMPARE(args.at(1).toInt(), int(ReplyEnd::Complete));
        QCOMPARE(args.at(2).toString(), streamed); // the deltas add up to the whole reply
        const auto figures = args.at(3).value<GenerationFigures>();
        QVERIFY(figures.generatedTokens > 0 && figures.generatedTokens <= 24);
        QVERIFY(figures.promptTokens > 0);
        QVERIFY(!client.generating());
    }

    void stopEndsTheReplyWithinAToken() {
        InferenceClient client;
        QSignalSpy loaded(&client, &InferenceClient::modelLoaded);
        client.loadModel(largeVocabModel_, 4096, 1, false);
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(&client, &InferenceClient::replyFinished);
        QSignalSpy deltas(&client, &InferenceClient::textDelta);
        QVERIFY(client.generate(request(1, {{"user", "Write forever"}}, 3000)));
        QVERIFY(deltas.wait(60000));
        int tokensAtStop = client.currentFigures().generatedTokens;
        client.stop();
        QVERIFY(finished.wait(30000));
        const auto figures = finished.first().at(3).value<GenerationFigures>();
        QCOMPARE(finished.first().at(1).toInt(), int(ReplyEnd::Stopped));
        QVERIFY2(figures.generatedTokens < 3000, "the reply ran to its limit instead of stopping");
        // Figures reach the GUI at most every ~33 ms, so the count seen at stop may lag by what fits in that
        // window; the worker itself checks the flag before every token.
        QVERIFY(figures.generatedTokens >= tokensAtStop);
    }

    void followUpTurnPrefillsOnlyNewTokens() {
        InferenceClient client;
        QSignalSpy loaded(&client, &InferenceClient::modelLoaded);
        client.loadModel(largeVocabModel_, 4096, 2, false);
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(&client, &InferenceClient::replyFinished);
        // A long first turn, so that reusing it is most of the second prompt.
        const QString firstQuestion =
            QString("Tell me about ternary weights and the memory they save. ").repeated(6);
        QVERIFY(client.generate(request(1, {{"user", firstQuestion}}, 8)));
        QVERIFY(finished.wait(60000));
        const QString reply = finished.first().at(2).toString();
        const auto first = finished.first().at(3).value<GenerationFigures>();
        QCOMPARE(first.reusedTokens, 0);

        QVERIFY(client.generate(
            request(2, {{"user", firstQuestion}, {"assistant", reply}, {"user", "And a second one"}}, 8)));
        QVERIFY(finished.wait(60000));
        const auto second = finished.at(1).at(3).value<GenerationFigures>();
        QVERIFY2(second.reusedTokens >= first.promptTokens,
                 qPrintable(QString("reused %1 of %2; first prompt %3")
                                .arg(second.reusedTokens)
                                .arg(second.promptTokens)
                                .arg(first.promptTokens)));
        QVERIFY(second.promptTokens - second.reusedTokens < second.promptTokens / 2);
    }

    void brokenModelIsReportedInWords() {
        const QString broken = dir_.filePath("broken.gguf");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GGUF\x03\x00\x00\x00 not really a model");
        f.close();
        InferenceClient client;
        QSignalSpy failed(&client, &InferenceClient::modelLoadFailed);
        client.loadModel(broken, 512, 1, false);
        QVERIFY(failed.wait(30000));
        QCOMPARE(client.state(), InferenceClient::State::Failed);
        QVERIFY(client.errorText().contains("broken.gguf"));
        QVERIFY(!client.generate(request(1, {{"user", "hi"}}, 4)));
    }
};

QTEST_GUILESS_MAIN(TestInferenceWorker)
#include "tst_inferenceworker.moc"
