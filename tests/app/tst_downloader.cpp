// Downloads against a real HTTP server on 127.0.0.1 that drops, stalls, lies and fails on request.
#include "models/DownloadSidecar.h"
#include "models/DownloadTask.h"
#include "models/Downloader.h"
#include "support/RangeHttpServer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace tritium;

namespace {
constexpr qint64 kFileSize = 1024 * 1024;
constexpr int kTimeoutMs = 20000;
const QString kName = QStringLiteral("model.gguf");
} // namespace

class TestDownloader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir served_;
    std::unique_ptr<tritium_test::RangeHttpServer> server_;
    QByteArray content_;
    QString sha256_;
    std::unique_ptr<QTemporaryDir> models_;

    DownloadOptions options() const {
        DownloadOptions o;
        o.modelsDir = models_->path();
        o.stallTimeoutMs = 1000;
        o.firstRetryDelayMs = 50;
        o.maxRetryDelayMs = 200;
        o.maxRetries = 3;
        o.freeSpaceMargin = 0;
        return o;
    }

    DownloadRequest request(const QString& pathAndQuery) const {
        DownloadRequest r;
        r.fileName = kName;
        r.url = server_->url(pathAndQuery);
        r.expectedSize = kFileSize;
        r.sha256 = sha256_;
        return r;
    }

    QString modelPath() const { return models_->filePath(kName); }
    QString partPath() const { return models_->filePath(QStringLiteral(".downloads/model.gguf.part")); }
    QString sidecarPath() const { return partPath() + QStringLiteral(".json"); }

    QByteArray installedBytes() const {
        QFile f(modelPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Only the finished model may be in the models folder: no part file, no sidecar, no temporary.
    bool modelsFolderHoldsOnly(const QStringList& names) const {
        const QStringList top = QDir(models_->path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        const QStringList partial = QDir(models_->filePath(QStringLiteral(".downloads")))
                                        .entryList(QDir::Files | QDir::NoDotAndDotDot);
        return top == names && partial.isEmpty();
    }

private slots:
    void initTestCase() {
        QRandomGenerator random(42);
        content_.resize(kFileSize);
        random.fillRange(reinterpret_cast<quint32*>(content_.data()), kFileSize / 4);
        sha256_ = QString::fromLatin1(QCryptographicHash::hash(content_, QCryptographicHash::Sha256).toHex());
        QFile f(served_.filePath(kName));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content_);
        f.close();
        server_ = std::make_unique<tritium_test::RangeHttpServer>(served_.path());
        if (!server_->isRunning())
            QSKIP(qPrintable(server_->errorText()));
    }

    void init() { models_ = std::make_unique<QTemporaryDir>(); }

    void completesAndVerifies() {
        Downloader downloader(options());
        QSignalSpy finished(&downloader, &Downloader::downloadFinished);
        QVERIFY(downloader.enqueue(request(QStringLiteral("/model.gguf?case=plain"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QCOMPARE(finished[0][1].toString(), modelPath());
        QCOMPARE(installedBytes(), content_);
        QVERIFY(modelsFolderHoldsOnly({kName}));
        QCOMPARE(server_->rangesFor(QStringLiteral("/model.gguf?case=plain")), QStringList{"-"});
        QCOMPARE(downloader.task(kName)->receivedBytes(), kFileSize);
    }

    void droppedConnectionResumesFromTheRightByte() {
        const QString path = QStringLiteral("/model.gguf?fault=drop&at=300000&times=1");
        Downloader downloader(options());
        QVERIFY(downloader.enqueue(request(path)));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(path), (QStringList{"-", "bytes=300000-"}));
        QCOMPARE(installedBytes(), content_);
        QVERIFY(modelsFolderHoldsOnly({kName}));
    }

    void quitAndRestartResumes() {
        const QString path = QStringLiteral("/model.gguf?rate=400000&case=restart");
        qint64 partSize = 0;
        {
            Downloader first(options());
            QVERIFY(first.enqueue(request(path)));
            QTRY_VERIFY_WITH_TIMEOUT(first.task(kName)->receivedBytes() > 200000, kTimeoutMs);
        } // the app quits mid-download
        partSize = QFileInfo(partPath()).size();
        QVERIFY(partSize > 200000 && partSize < kFileSize);
        QVERIFY(QFileInfo::exists(sidecarPath()));
        QVERIFY(!QFileInfo::exists(modelPath()));

        Downloader second(options());
        QCOMPARE(second.restoreUnfinished(), QStringList{kName});
        const DownloadTask* task = second.task(kName);
        QCOMPARE(task->state(), DownloadState::Paused); // nothing is fetched until the user says so
        QCOMPARE(task->receivedBytes(), partSize);
        const int requestsBefore = server_->rangesFor(path).size();
        QTest::qWait(300);
        QCOMPARE(server_->rangesFor(path).size(), requestsBefore);

        second.resume(kName);
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(path).last(), QStringLiteral("bytes=%1-").arg(partSize));
        QCOMPARE(installedBytes(), content_); // the hash covered the part from the first run too
        QVERIFY(modelsFolderHoldsOnly({kName}));
    }

    void wrongSha256IsCaughtAndRemoved() {
        Downloader downloader(options());
        QSignalSpy failed(&downloader, &Downloader::downloadFailed);
        QVERIFY(downloader.enqueue(request(QStringLiteral("/model.gguf?fault=wrong"))));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        const QString message = failed[0][1].toString();
        QVERIFY2(message.contains(QStringLiteral("SHA-256")) && message.contains(sha256_),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("deleted")));
        QVERIFY(modelsFolderHoldsOnly({}));
    }

    void notFoundIsReportedInWords() {
        Downloader downloader(options());
        DownloadRequest r = request(QStringLiteral("/missing.gguf"));
        QVERIFY(downloader.enqueue(r));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Failed, kTimeoutMs);
        const QString message = downloader.task(kName)->errorText();
        QVERIFY2(message.contains(QStringLiteral("The server has no such file (HTTP 404)")),
                 qPrintable(message));
        QCOMPARE(server_->rangesFor(QStringLiteral("/missing.gguf")).size(), 1); // a 404 is not retried
        QVERIFY(modelsFolderHoldsOnly({}));
    }

    void stallIsRetried() {
        const QString path = QStringLiteral("/model.gguf?fault=stall&at=200000&times=1&stall_seconds=20");
        Downloader downloader(options());
        QVERIFY(downloader.enqueue(request(path)));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(path), (QStringList{"-", "bytes=200000-"}));
        QCOMPARE(installedBytes(), content_);
    }

    void ignoredRangeRestartsFromZero() {
        // A part file of wrong bytes from an earlier run; the server then ignores Range and sends 200.
        const QString path = QStringLiteral("/model.gguf?fault=norange");
        QVERIFY(QDir().mkpath(QFileInfo(partPath()).path()));
        QFile part(partPath());
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(400000, 'x'));
        part.close();
        QVERIFY(DownloadSidecar::write(sidecarPath(), request(path), nullptr));

        Downloader downloader(options());
        QCOMPARE(downloader.restoreUnfinished(), QStringList{kName});
        downloader.resume(kName);
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(path), QStringList{"bytes=400000-"});
        QCOMPARE(installedBytes(), content_);
    }

    void serverErrorsAreRetriedThenReported() {
        const QString once = QStringLiteral("/model.gguf?fault=status&code=500&times=1");
        Downloader downloader(options());
        QVERIFY(downloader.enqueue(request(once)));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(once).size(), 2);

        QFile::remove(modelPath());
        const QString always = QStringLiteral("/model.gguf?fault=status&code=503");
        QVERIFY(downloader.enqueue(request(always)));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Failed, kTimeoutMs);
        const QString message = downloader.task(kName)->errorText();
        QVERIFY2(message.contains(QStringLiteral("HTTP 503")) && message.contains(QStringLiteral("gave up")),
                 qPrintable(message));
        QCOMPARE(server_->rangesFor(always).size(), options().maxRetries + 1);
    }

    void fullDiskGivesAClearErrorAndNoHalfFile() {
        // A file-size limit makes writes fail with EFBIG past 256 KiB, as a full disk would.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);

        Downloader downloader(options());
        QVERIFY(downloader.enqueue(request(QStringLiteral("/model.gguf?case=diskfull"))));
        QTRY_VERIFY_WITH_TIMEOUT(downloader.task(kName)->state() == DownloadState::Failed ||
                                     downloader.task(kName)->state() == DownloadState::Finished,
                                 kTimeoutMs);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QCOMPARE(downloader.task(kName)->state(), DownloadState::Failed);
        const QString message = downloader.task(kName)->errorText();
        QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
        QVERIFY(modelsFolderHoldsOnly({}));
    }

    void freeSpaceIsCheckedBeforeStarting() {
        Downloader downloader(options());
        DownloadRequest r = request(QStringLiteral("/model.gguf?case=huge"));
        r.expectedSize = Q_INT64_C(1) << 55; // 32 PiB
        QVERIFY(downloader.enqueue(r));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Failed, kTimeoutMs);
        QVERIFY(downloader.task(kName)->errorText().contains(QStringLiteral("Not enough free disk space")));
        QVERIFY(server_->rangesFor(QStringLiteral("/model.gguf?case=huge")).isEmpty());
    }

    void wrongSizeFromServerIsRefused() {
        Downloader downloader(options());
        DownloadRequest r = request(QStringLiteral("/model.gguf?case=size"));
        r.expectedSize = kFileSize + 1;
        QVERIFY(downloader.enqueue(r));
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(kName)->state(), DownloadState::Failed, kTimeoutMs);
        QVERIFY(downloader.task(kName)->errorText().contains(QStringLiteral("catalog expects")));
        QVERIFY(modelsFolderHoldsOnly({}));
    }

    void pauseAndResumeWithProgressFigures() {
        const QString path = QStringLiteral("/model.gguf?rate=400000&case=pause");
        Downloader downloader(options());
        QVERIFY(downloader.enqueue(request(path)));
        const DownloadTask* task = downloader.task(kName);
        QTRY_VERIFY_WITH_TIMEOUT(task->receivedBytes() > 150000, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(task->bytesPerSecond() > 0, kTimeoutMs);
        QVERIFY(task->etaSeconds() > 0);
        QCOMPARE(task->totalBytes(), kFileSize);
        downloader.pause(kName);
        QCOMPARE(task->state(), DownloadState::Paused);
        const qint64 pausedAt = task->receivedBytes();
        QTest::qWait(300);
        QCOMPARE(task->receivedBytes(), pausedAt);
        QCOMPARE(QFileInfo(partPath()).size(), pausedAt);
        downloader.resume(kName);
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Finished, kTimeoutMs);
        QCOMPARE(server_->rangesFor(path), (QStringList{"-", QStringLiteral("bytes=%1-").arg(pausedAt)}));
        QCOMPARE(installedBytes(), content_);
    }

    void cancelDeletesThePartialFile() {
        Downloader downloader(options());
        QSignalSpy removed(&downloader, &Downloader::taskRemoved);
        QVERIFY(downloader.enqueue(request(QStringLiteral("/model.gguf?rate=400000&case=cancel"))));
        QTRY_VERIFY_WITH_TIMEOUT(downloader.task(kName)->receivedBytes() > 50000, kTimeoutMs);
        downloader.cancel(kName);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kTimeoutMs);
        QVERIFY(!downloader.task(kName));
        QVERIFY(modelsFolderHoldsOnly({}));
    }

    void queueRunsOneAtATime() {
        Downloader downloader(options());
        DownloadRequest a = request(QStringLiteral("/model.gguf?rate=1000000&case=qa"));
        a.fileName = QStringLiteral("a.gguf");
        DownloadRequest b = request(QStringLiteral("/model.gguf?rate=1000000&case=qb"));
        b.fileName = QStringLiteral("b.gguf");
        QVERIFY(downloader.enqueue(a));
        QVERIFY(downloader.enqueue(b));
        QCOMPARE(downloader.task(QStringLiteral("a.gguf"))->state(), DownloadState::Running);
        QCOMPARE(downloader.task(QStringLiteral("b.gguf"))->state(), DownloadState::Queued);
        QVERIFY(!downloader.enqueue(a)); // already downloading
        QTRY_COMPARE_WITH_TIMEOUT(downloader.task(QStringLiteral("b.gguf"))->state(), DownloadState::Finished,
                                  kTimeoutMs);
        QCOMPARE(downloader.task(QStringLiteral("a.gguf"))->state(), DownloadState::Finished);
        QVERIFY(modelsFolderHoldsOnly({QStringLiteral("a.gguf"), QStringLiteral("b.gguf")}));
    }

    void unsafeRequestsAreRefused() {
        Downloader downloader(options());
        DownloadRequest r = request(QStringLiteral("/model.gguf"));
        QString error;
        r.fileName = QStringLiteral("../escape.gguf");
        QVERIFY(!downloader.enqueue(r, &error));
        QVERIFY(!error.isEmpty());
        r.fileName = kName;
        r.url = QUrl(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!downloader.enqueue(r, &error));
        QVERIFY(downloader.tasks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
