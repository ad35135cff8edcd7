// The models folder: what is listed, what the engine says about each file, and what may be deleted.
#include "models/MemoryPreflight.h"
#include "models/ModelStore.h"
#include "support/TestModels.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tritium;
using tritium_test::writeAll;

class TestModelStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir models_;
    QString model_;

    static bool allInspected(const ModelStore& store) {
        return std::all_of(store.models().cbegin(), store.models().cend(),
                           [](const LocalModel& m) { return m.inspected; });
    }

private slots:
    void initTestCase() {
        model_ = models_.filePath(QStringLiteral("tiny.gguf"));
        QString error;
        if (!tritium_test::makeModel(model_, &error))
            QSKIP(qPrintable(error));
        QVERIFY(writeAll(models_.filePath(QStringLiteral("broken.gguf")), "GGUF but nothing else"));
        QVERIFY(writeAll(models_.filePath(QStringLiteral("notes.txt")), "not a model"));
        QVERIFY(writeAll(models_.filePath(QStringLiteral(".hidden.gguf")), "ours"));
        QVERIFY(writeAll(models_.filePath(QStringLiteral("tiny.gguf.AbC123")), "a QSaveFile temporary"));
        QVERIFY(QDir(models_.path()).mkpath(QStringLiteral(".downloads")));
        QVERIFY(writeAll(models_.filePath(QStringLiteral(".downloads/big.gguf.part")), "partial"));
        QVERIFY(QDir(models_.path()).mkpath(QStringLiteral("folder.gguf")));
    }

    void listsModelFilesWithEngineDetails() {
        ModelStore store(models_.path());
        QSignalSpy changed(&store, &ModelStore::modelsChanged);
        store.refresh();
        QStringList names;
        for (const LocalModel& m : store.models())
            names.append(m.fileName);
        QCOMPARE(names, (QStringList{"broken.gguf", "tiny.gguf"}));
        QTRY_VERIFY_WITH_TIMEOUT(allInspected(store), 20000);
        QVERIFY(changed.size() >= 2); // listed, then details

        const LocalModel* tiny = store.find(QStringLiteral("tiny.gguf"));
        QVERIFY2(tiny->usable(), qPrintable(tiny->inspectError));
        QCOMPARE(tiny->fileSize, QFileInfo(model_).size());
        QCOMPARE(tiny->info.n_layer, 2u);
        QVERIFY(tiny->info.n_params > 0);
        QVERIFY(tiny->info.expectedMemory(512, trit::KvCacheType::F16) > 0);

        const LocalModel* broken = store.find(QStringLiteral("broken.gguf"));
        QVERIFY(!broken->usable());
        QVERIFY(broken->inspectError.contains(QStringLiteral("broken.gguf")));

        // A second refresh reuses what is known: details are there at once.
        store.refresh();
        QVERIFY(allInspected(store));
        QVERIFY(!store.isInspecting());
    }

    void refusesToDeleteTheLoadedModel() {
        ModelStore store(models_.path());
        store.refresh();
        const QString copy = models_.filePath(QStringLiteral("copy.gguf"));
        QVERIFY(QFile::copy(model_, copy));
        store.setLoadedPath(copy);
        QVERIFY(store.isLoaded(QStringLiteral("copy.gguf")));
        QString error;
        QVERIFY(!store.remove(QStringLiteral("copy.gguf"), &error));
        QVERIFY2(error.contains(QStringLiteral("is loaded")), qPrintable(error));
        QVERIFY(QFileInfo::exists(copy));

        store.setLoadedPath(QString());
        QVERIFY2(store.remove(QStringLiteral("copy.gguf"), &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!store.find(QStringLiteral("copy.gguf")));
    }

    void refusesNamesOutsideTheFolder() {
        ModelStore store(models_.path());
        QString error;
        for (const QString& name :
             {QStringLiteral("../tiny.gguf"), QStringLiteral("/etc/passwd"), QStringLiteral("sub/x.gguf"),
              QStringLiteral(".downloads"), QStringLiteral("notes.txt"), QStringLiteral("missing.gguf")}) {
            QVERIFY2(!store.remove(name, &error), qPrintable(name));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(QFileInfo::exists(models_.filePath(QStringLiteral("notes.txt"))));
    }

    void danglingLinkIsShownAsUnusable() {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("gone.gguf"));
        QVERIFY(QFile::copy(model_, target));
        const QString link = models_.filePath(QStringLiteral("gone.gguf"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(QFile::remove(target));
        ModelStore store(models_.path());
        store.refresh();
        const LocalModel* gone = store.find(QStringLiteral("gone.gguf"));
        QVERIFY(gone && gone->isLink && !gone->usable());
        QString error;
        QVERIFY2(store.remove(QStringLiteral("gone.gguf"), &error), qPrintable(error));
        QVERIFY(!QFileInfo(link).isSymLink());
    }

    void memoryPreflight() {
        QCOMPARE(MemoryPreflight::parseMemAvailable("MemTotal: 100 kB\nMemAvailable:   2048 kB\n"),
                 2048 * 1024);
        QCOMPARE(MemoryPreflight::parseMemAvailable("MemTotal: 100 kB\n"), -1);
        QCOMPARE(MemoryPreflight::parseMemAvailable("MemAvailable: lots kB\n"), -1);
#ifdef Q_OS_LINUX
        QVERIFY(MemoryPreflight::availableBytes() > 0);
#endif
        const qint64 gib = Q_INT64_C(1) << 30;
        QVERIFY(MemoryPreflight::warning(gib, 8 * gib, 4096).isEmpty());
        const QString tooBig = MemoryPreflight::warning(10 * gib, 8 * gib, 4096);
        QVERIFY(tooBig.contains(QStringLiteral("smaller context")));
        QVERIFY(tooBig.contains(QLocale().toString(4096)));
        QVERIFY(!MemoryPreflight::warning(7 * gib, 8 * gib, 4096).isEmpty()); // tight
        QVERIFY(MemoryPreflight::warning(gib, -1, 4096).isEmpty());           // unknown: no false alarm
    }
};

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
