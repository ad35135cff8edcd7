// Importing local files: valid models are copied or linked; hostile files are refused with the engine's
// words and nothing lands in the models folder.
#include "models/ModelImporter.h"
#include "models/ModelStore.h"
#include "support/TestModels.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tritium;
using tritium_test::readAll;
using tritium_test::writeAll;

class TestImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir sources_;
    QString validModel_;
    std::unique_ptr<QTemporaryDir> models_;

    QStringList everythingInModelsFolder() const {
        QStringList found;
        const QString root = models_->path();
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(QDir(root).relativeFilePath(it.next()));
        return found;
    }

private slots:
    void initTestCase() {
        validModel_ = sources_.filePath(QStringLiteral("tiny.gguf"));
        QString error;
        if (!tritium_test::makeModel(validModel_, &error))
            QSKIP(qPrintable(error));
    }

    void init() { models_ = std::make_unique<QTemporaryDir>(); }

    void copiesAValidModel() {
        ModelStore store(models_->path());
        QSignalSpy finished(&store, &ModelStore::importFinished);
        QSignalSpy progress(&store, &ModelStore::importProgress);
        QVERIFY(store.importFile(validModel_, ImportMode::Copy));
        QVERIFY(store.isImporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("tiny.gguf"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last()[0].toDouble(), 1.0);
        QCOMPARE(readAll(models_->filePath(QStringLiteral("tiny.gguf"))), readAll(validModel_));
        QCOMPARE(everythingInModelsFolder(), QStringList{"tiny.gguf"}); // no temporary left behind
        QTRY_VERIFY_WITH_TIMEOUT(store.find(QStringLiteral("tiny.gguf")) &&
                                     store.find(QStringLiteral("tiny.gguf"))->inspected,
                                 20000);
        const LocalModel* model = store.find(QStringLiteral("tiny.gguf"));
        QVERIFY2(model->usable(), qPrintable(model->inspectError));
        QCOMPARE(QString::fromStdString(model->info.architecture), QStringLiteral("bitnet-b1.58"));
        QVERIFY(!model->isLink);
    }

    void linksAValidModel() {
        ModelStore store(models_->path());
        QSignalSpy finished(&store, &ModelStore::importFinished);
        QVERIFY(store.importFile(validModel_, ImportMode::Link));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const QFileInfo link(models_->filePath(QStringLiteral("tiny.gguf")));
        QVERIFY(link.isSymLink());
        QCOMPARE(link.symLinkTarget(), QFileInfo(validModel_).absoluteFilePath());
        QVERIFY(store.find(QStringLiteral("tiny.gguf"))->isLink);
        // Deleting an imported link removes the link, never the user's own file.
        QString error;
        QVERIFY2(store.remove(QStringLiteral("tiny.gguf"), &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(validModel_));
        QVERIFY(everythingInModelsFolder().isEmpty());
    }

    void hostileFilesAreRefused_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray valid = readAll(validModel_);
        QByteArray badMagic = valid;
        badMagic.replace(0, 4, "GGML");
        QByteArray hugeCount = valid;
        // The tensor count (bytes 8..15) claims 2^62 tensors: must be refused, not allocated.
        hugeCount.replace(8, 8, QByteArray::fromHex("0000000000000040"));
        QByteArray badVersion = valid;
        badVersion.replace(4, 4, QByteArray::fromHex("63000000"));
        QTest::newRow("truncated half") << "half.gguf" << valid.left(valid.size() / 2);
        QTest::newRow("truncated header") << "header.gguf" << valid.left(20);
        QTest::newRow("bad magic") << "magic.gguf" << badMagic;
        QTest::newRow("bad version") << "version.gguf" << badVersion;
        QTest::newRow("huge tensor count") << "count.gguf" << hugeCount;
        QTest::newRow("empty") << "empty.gguf" << QByteArray();
        QTest::newRow("text") << "text.gguf" << QByteArray("this is not a model\n");
    }

    void hostileFilesAreRefused() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        const QString source = sources_.filePath(fileName);
        QVERIFY(writeAll(source, bytes));
        const QString engineSays = ModelImporter::validate(source);
        QVERIFY2(!engineSays.isEmpty(), "the engine accepted a broken file");

        for (const ImportMode mode : {ImportMode::Copy, ImportMode::Link}) {
            ModelStore store(models_->path());
            QSignalSpy failed(&store, &ModelStore::importFailed);
            QVERIFY(store.importFile(source, mode));
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
            const QString message = failed[0][0].toString();
            QVERIFY2(message.contains(engineSays), qPrintable(message));
            QVERIFY(everythingInModelsFolder().isEmpty());
        }
    }

    void otherRefusals() {
        std::atomic<bool> cancel{false};
        const auto noProgress = std::function<void(double)>();
        const QString notGguf = sources_.filePath(QStringLiteral("model.bin"));
        QVERIFY(QFile::copy(validModel_, notGguf));
        QVERIFY(ModelImporter::run(notGguf, models_->path(), ImportMode::Copy, cancel, noProgress)
                    .error.contains(QStringLiteral(".gguf")));
        QVERIFY(!ModelImporter::run(sources_.path(), models_->path(), ImportMode::Copy, cancel, noProgress)
                     .error.isEmpty()); // a folder
        QVERIFY(!ModelImporter::run(sources_.filePath(QStringLiteral("missing.gguf")), models_->path(),
                                    ImportMode::Copy, cancel, noProgress)
                     .error.isEmpty());

        // A name already in the models folder is never overwritten.
        QVERIFY(writeAll(models_->filePath(QStringLiteral("tiny.gguf")), "mine"));
        const ImportResult taken =
            ModelImporter::run(validModel_, models_->path(), ImportMode::Copy, cancel, noProgress);
        QVERIFY(taken.error.contains(QStringLiteral("already")));
        QCOMPARE(readAll(models_->filePath(QStringLiteral("tiny.gguf"))), QByteArray("mine"));
        QFile::remove(models_->filePath(QStringLiteral("tiny.gguf")));

        // Canceled before the copy starts: nothing is left.
        cancel = true;
        QVERIFY(ModelImporter::run(validModel_, models_->path(), ImportMode::Copy, cancel, noProgress)
                    .error.contains(QStringLiteral("canceled")));
        QVERIFY(everythingInModelsFolder().isEmpty());
    }

    void oneImportAtATime() {
        ModelStore store(models_->path());
        QSignalSpy finished(&store, &ModelStore::importFinished);
        QVERIFY(store.importFile(validModel_, ImportMode::Copy));
        QString error;
        if (store.isImporting()) {
            QVERIFY(!store.importFile(validModel_, ImportMode::Copy, &error));
            QVERIFY(!error.isEmpty());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
