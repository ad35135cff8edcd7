// The Models page's list: catalog and disk merged, downloads and imports driven through it, with the roles
// the page shows.
#include "models/Catalog.h"
#include "models/DownloadSidecar.h"
#include "models/Downloader.h"
#include "models/ModelLibrary.h"
#include "models/ModelStore.h"
#include "support/RangeHttpServer.h"
#include "support/TestModels.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace tritium;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kRemote = QStringLiteral("tiny-local.gguf");
const QString kDemo = QStringLiteral("tritium-demo.gguf");
const QString kExtra = QStringLiteral("extra.gguf");
} // namespace

class TestModelLibrary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir served_;
    QTemporaryDir bundled_;
    std::unique_ptr<tritium_test::RangeHttpServer> server_;
    QByteArray remoteBytes_;
    QString catalogPath_;
    std::unique_ptr<QTemporaryDir> models_;
    std::unique_ptr<Catalog> catalog_;
    std::unique_ptr<ModelStore> store_;
    std::unique_ptr<Downloader> downloader_;
    std::unique_ptr<ModelLibrary> library_;

    QVariant role(const QString& fileName, ModelLibrary::Role role) const {
        const int row = library_->rowOf(fileName);
        return row < 0 ? QVariant() : library_->data(library_->index(row), role);
    }

    void makeLibrary() {
        CatalogOptions options;
        options.builtInPath = catalogPath_;
        options.mirrorBaseUrl = server_->baseUrl();
        catalog_ = std::make_unique<Catalog>(options);
        store_ = std::make_unique<ModelStore>(models_->path());
        DownloadOptions download;
        download.modelsDir = models_->path();
        download.freeSpaceMargin = 0;
        download.firstRetryDelayMs = 50;
        downloader_ = std::make_unique<Downloader>(download);
        library_ = std::make_unique<ModelLibrary>(catalog_.get(), store_.get(), downloader_.get(),
                                                  bundled_.filePath(kDemo));
    }

    void destroyLibrary() {
        library_.reset();
        downloader_.reset();
        store_.reset();
        catalog_.reset();
    }

private slots:
    void initTestCase() {
        QString error;
        const QString remote = served_.filePath(QStringLiteral("test/tiny/resolve/main/tiny.gguf"));
        QVERIFY(QDir().mkpath(QFileInfo(remote).path()));
        if (!tritium_test::makeModel(remote, &error))
            QSKIP(qPrintable(error));
        QVERIFY(tritium_test::makeModel(bundled_.filePath(kDemo), &error,
                                        {QStringLiteral("--seed"), QStringLiteral("2")}));
        remoteBytes_ = tritium_test::readAll(remote);
        server_ = std::make_unique<tritium_test::RangeHttpServer>(served_.path());
        if (!server_->isRunning())
            QSKIP(qPrintable(server_->errorText()));

        catalogPath_ = bundled_.filePath(QStringLiteral("catalog.json"));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(remoteBytes_, QCryptographicHash::Sha256).toHex());
        const QString json = QStringLiteral(R"({"format": 1, "models": [
            {"id": "tiny", "name": "Tiny", "description": "A test model", "license": "MIT", "file": "%1",
             "repo": "test/tiny", "remoteFile": "tiny.gguf", "size": %2, "sha256": "%3", "recommended": true},
            {"id": "demo", "name": "Demo", "file": "%4", "demo": true},
            {"id": "big", "name": "Big", "file": "big.gguf", "repo": "test/big", "size": 1000000000,
             "parameters": 2000000000, "tensorType": "I2_S"}]})")
                                 .arg(kRemote)
                                 .arg(remoteBytes_.size())
                                 .arg(sha, kDemo);
        QVERIFY(tritium_test::writeAll(catalogPath_, json.toUtf8()));
    }

    void init() {
        models_ = std::make_unique<QTemporaryDir>();
        QString error;
        QVERIFY(tritium_test::makeModel(models_->filePath(kExtra), &error,
                                        {QStringLiteral("--name"), QStringLiteral("Extra model")}));
    }

    void cleanup() { destroyLibrary(); }

    void mergesCatalogAndDisk() {
        makeLibrary();
        QCOMPARE(library_->rowCount(), 4);
        QCOMPARE(role(kRemote, ModelLibrary::StateRole).toString(), QStringLiteral("available"));
        QCOMPARE(role(kRemote, ModelLibrary::NameRole).toString(), QStringLiteral("Tiny"));
        QCOMPARE(role(kRemote, ModelLibrary::IsRecommendedRole).toBool(), true);
        QCOMPARE(role(kRemote, ModelLibrary::SizeRole).toDouble(), double(remoteBytes_.size()));
        QCOMPARE(role(kDemo, ModelLibrary::StateRole).toString(), QStringLiteral("installed"));
        QVERIFY(role(kDemo, ModelLibrary::IsDemoRole).toBool());
        QCOMPARE(library_->pathOf(kDemo), bundled_.filePath(kDemo));
        QCOMPARE(role(QStringLiteral("big.gguf"), ModelLibrary::ParametersRole).toDouble(), 2e9);
        QCOMPARE(role(QStringLiteral("big.gguf"), ModelLibrary::ExpectedMemoryRole).toDouble(), -1.0);
        QCOMPARE(role(kExtra, ModelLibrary::StateRole).toString(), QStringLiteral("installed"));
        QTRY_COMPARE_WITH_TIMEOUT(role(kExtra, ModelLibrary::NameRole).toString(),
                                  QStringLiteral("Extra model"), kTimeoutMs);
        QCOMPARE(role(kExtra, ModelLibrary::ArchitectureRole).toString(), QStringLiteral("bitnet-b1.58"));
        QVERIFY(role(kExtra, ModelLibrary::TensorTypeRole).toString().contains(QStringLiteral("I2_S")));
        QVERIFY(role(kExtra, ModelLibrary::ExpectedMemoryRole).toDouble() > 0);
        QVERIFY(role(kExtra, ModelLibrary::MemoryWarningRole).toString().isEmpty()); // a tiny model fits
        QVERIFY(library_->hasInstalledModel());
        const QHash<int, QByteArray> names = library_->roleNames();
        for (const char* name :
             {"name", "state", "progress", "speed", "eta", "error", "isDefault", "isLoaded", "isDemo",
              "expectedMemory", "license", "parameters", "tensorType", "size"})
            QVERIFY2(names.values().contains(name), name);
    }

    void downloadsThroughTheLibrary() {
        makeLibrary();
        QSignalSpy finished(library_.get(), &ModelLibrary::downloadFinished);
        QVERIFY(library_->download(kRemote));
        const QString state = role(kRemote, ModelLibrary::StateRole).toString();
        QVERIFY2(state == QLatin1String("downloading") || state == QLatin1String("queued"),
                 qPrintable(state));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(role(kRemote, ModelLibrary::StateRole).toString(),
                                  QStringLiteral("installed"), kTimeoutMs);
        QCOMPARE(role(kRemote, ModelLibrary::ProgressRole).toDouble(), 1.0);
        QCOMPARE(library_->pathOf(kRemote), models_->filePath(kRemote));
        QCOMPARE(tritium_test::readAll(models_->filePath(kRemote)), remoteBytes_);
        QCOMPARE(server_->rangesFor(QStringLiteral("/test/tiny/resolve/main/tiny.gguf")).last(),
                 QStringLiteral("-"));
        QTRY_VERIFY_WITH_TIMEOUT(role(kRemote, ModelLibrary::ExpectedMemoryRole).toDouble() > 0, kTimeoutMs);
        QCOMPARE(library_->rowCount(), 4); // the downloaded file is the catalog's row, not a new one

        QSignalSpy errors(library_.get(), &ModelLibrary::errorOccurred);
        QVERIFY(!library_->download(kDemo)); // shipped with the app, nothing to download
        QCOMPARE(errors.size(), 1);
    }

    void contextLengthChangesExpectedMemory() {
        makeLibrary();
        QTRY_VERIFY_WITH_TIMEOUT(role(kExtra, ModelLibrary::ExpectedMemoryRole).toDouble() > 0, kTimeoutMs);
        library_->setContextLength(256);
        const double small = role(kExtra, ModelLibrary::ExpectedMemoryRole).toDouble();
        QSignalSpy changed(library_.get(), &ModelLibrary::dataChanged);
        library_->setContextLength(4096);
        QVERIFY(!changed.isEmpty());
        QVERIFY(role(kExtra, ModelLibrary::ExpectedMemoryRole).toDouble() > small);
    }

    void defaultLoadedAndDelete() {
        makeLibrary();
        QSignalSpy errors(library_.get(), &ModelLibrary::errorOccurred);
        library_->setDefault(kExtra);
        QVERIFY(role(kExtra, ModelLibrary::IsDefaultRole).toBool());
        QVERIFY(!role(kDemo, ModelLibrary::IsDefaultRole).toBool());

        library_->setLoadedModelPath(models_->filePath(kExtra));
        QVERIFY(role(kExtra, ModelLibrary::IsLoadedRole).toBool());
        QVERIFY(!library_->remove(kExtra));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0][0].toString().contains(QStringLiteral("is loaded")));

        QVERIFY(!library_->remove(kDemo));
        QVERIFY(errors[1][0].toString().contains(QStringLiteral("demo")));

        library_->setLoadedModelPath(QString());
        QVERIFY(library_->remove(kExtra));
        QCOMPARE(library_->rowOf(kExtra), -1);
        QCOMPARE(library_->defaultModel(), QString()); // the default went with the file
    }

    void unfinishedDownloadShowsAsPaused() {
        QVERIFY(QDir(models_->path()).mkpath(QStringLiteral(".downloads")));
        const QString part =
            models_->filePath(QStringLiteral(".downloads/") + kRemote + QStringLiteral(".part"));
        QVERIFY(tritium_test::writeAll(part, remoteBytes_.left(1000)));
        {
            makeLibrary();
            DownloadRequest request{kRemote, catalog_->findByFileName(kRemote)->url, remoteBytes_.size(),
                                    catalog_->findByFileName(kRemote)->sha256};
            destroyLibrary();
            QVERIFY(DownloadSidecar::write(part + QStringLiteral(".json"), request, nullptr));
        }
        const int requestsBefore = server_->requests().size();
        makeLibrary();
        QCOMPARE(role(kRemote, ModelLibrary::StateRole).toString(), QStringLiteral("paused"));
        QCOMPARE(role(kRemote, ModelLibrary::BytesReceivedRole).toDouble(), 1000.0);
        QVERIFY(role(kRemote, ModelLibrary::ProgressRole).toDouble() > 0);
        QCOMPARE(server_->requests().size(), requestsBefore); // offline until the user resumes
        library_->resume(kRemote);
        QTRY_COMPARE_WITH_TIMEOUT(role(kRemote, ModelLibrary::StateRole).toString(),
                                  QStringLiteral("installed"), kTimeoutMs);
        QCOMPARE(server_->rangesFor(QStringLiteral("/test/tiny/resolve/main/tiny.gguf")).last(),
                 QStringLiteral("bytes=1000-"));
        QCOMPARE(tritium_test::readAll(models_->filePath(kRemote)), remoteBytes_);
    }

    void importsThroughTheLibrary() {
        makeLibrary();
        QSignalSpy imported(library_.get(), &ModelLibrary::importFinished);
        QVERIFY(library_->importFile(QUrl::fromLocalFile(bundled_.filePath(kDemo)), false));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, kTimeoutMs);
        QVERIFY(!library_->importing());
        // The imported copy sits in the models folder under the demo's name: the row now points there.
        QCOMPARE(library_->pathOf(kDemo), models_->filePath(kDemo));

        QSignalSpy errors(library_.get(), &ModelLibrary::errorOccurred);
        QVERIFY(!library_->importFile(QUrl(QStringLiteral("https://example.org/x.gguf")), false));
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_MAIN(TestModelLibrary)
#include "tst_modellibrary.moc"
