// The catalog: the shipped file is complete and correct, and hostile catalogs are refused entry by entry.
#include "models/Catalog.h"
#include "models/ModelFileName.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tritium;

namespace {

QByteArray document(const QString& entriesJson) {
    return QStringLiteral("{\"format\": 1, \"models\": [%1]}").arg(entriesJson).toUtf8();
}

QString entry(const QString& extraFields) {
    return QStringLiteral("{\"id\": \"m\", \"name\": \"M\", \"file\": \"m.gguf\", "
                          "\"repo\": \"owner/repo\", %1}")
        .arg(extraFields);
}

QList<CatalogEntry> parse(const QByteArray& json, QStringList* problems = nullptr,
                          const QString& mirror = {}) {
    CatalogOptions options;
    options.mirrorBaseUrl = mirror;
    return Catalog::parse(json, options, problems);
}

QString shippedCatalogPath() {
    return QFINDTESTDATA("../../resources/catalog.json");
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void shippedCatalogHasEverySupportedModel() {
        QVERIFY(!shippedCatalogPath().isEmpty());
        CatalogOptions options;
        options.builtInPath = shippedCatalogPath();
        Catalog catalog(options);
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().join('\n')));
        QCOMPARE(catalog.entries().size(), 8);

        const CatalogEntry* bitnet = catalog.find(QStringLiteral("bitnet-b1.58-2b-4t"));
        QVERIFY(bitnet);
        QVERIFY(bitnet->recommended);
        QCOMPARE(bitnet->url.toString(),
                 QStringLiteral("https://huggingface.co/microsoft/bitnet-b1.58-2B-4T-gguf/resolve/"
                                "a1f2f1c765812aa8af3f6eda4a313707064bba15/ggml-model-i2_s.gguf"));
        QCOMPARE(bitnet->sizeBytes, Q_INT64_C(1187801280));
        QCOMPARE(bitnet->sha256,
                 QStringLiteral("4221b252fdd5fd25e15847adfeb5ee88886506ba50b8a34548374492884c2162"));
        QCOMPARE(bitnet->license, QStringLiteral("MIT"));
        QCOMPARE(bitnet->tensorType, QStringLiteral("I2_S"));
        QCOMPARE(bitnet->recommendedContext, 4096);
        QCOMPARE(bitnet->sampling.temperature, 0.6);
        QCOMPARE(bitnet->sampling.topP, 0.9);
        QVERIFY(bitnet->figuresSource.contains(QStringLiteral("§7")));

        const CatalogEntry* falconE = catalog.find(QStringLiteral("falcon-e-1b-instruct"));
        QVERIFY(falconE);
        QCOMPARE(falconE->url.toString(),
                 QStringLiteral("https://huggingface.co/tiiuae/Falcon-E-1B-Instruct-GGUF/"
                                "resolve/main/ggml-model-i2_s.gguf"));
        QCOMPARE(falconE->sizeBytes, Q_INT64_C(666324256));
        QCOMPARE(falconE->recommendedContext, 2048);

        const QStringList falcon3 = {
            QStringLiteral("falcon3-1b-instruct-1.58bit"), QStringLiteral("falcon3-3b-instruct-1.58bit"),
            QStringLiteral("falcon3-7b-instruct-1.58bit"), QStringLiteral("falcon3-10b-instruct-1.58bit"),
            QStringLiteral("falcon-e-3b-instruct")};
        for (const QString& id : falcon3) {
            const CatalogEntry* e = catalog.find(id);
            QVERIFY2(e, qPrintable(id));
            QVERIFY(e->hasKnownSize() && e->hasKnownSha256());
            QCOMPARE(e->url.scheme(), QStringLiteral("https"));
            QCOMPARE(e->remoteFileName, QStringLiteral("ggml-model-i2_s.gguf"));
            QVERIFY(e->instruct);
        }

        const CatalogEntry* demo = catalog.find(QStringLiteral("tritium-demo"));
        QVERIFY(demo);
        QVERIFY(demo->demo);
        QCOMPARE(demo->fileName, QStringLiteral("tritium-demo.gguf"));
        QVERIFY(!demo->isDownloadable());
        QVERIFY(catalog.findByFileName(QStringLiteral("TRITIUM-demo.gguf")));

        // Every entry has its own local file, although Hugging Face names them all ggml-model-i2_s.gguf.
        QSet<QString> files;
        for (const CatalogEntry& e : catalog.entries())
            files.insert(e.fileName);
        QCOMPARE(files.size(), catalog.entries().size());
    }

    void shippedResourceIsTheSourceFile() {
        if (!QFile::exists(QStringLiteral(":/catalog.json")))
            QSKIP("this test binary is not linked with the app's resources");
        Catalog builtIn; // the default: :/catalog.json, as the app reads it
        QVERIFY2(builtIn.problems().isEmpty(), qPrintable(builtIn.problems().join('\n')));
        QFile resource(QStringLiteral(":/catalog.json"));
        QFile source(shippedCatalogPath());
        QVERIFY(resource.open(QIODevice::ReadOnly) && source.open(QIODevice::ReadOnly));
        QCOMPARE(resource.readAll(), source.readAll());
        QCOMPARE(builtIn.entries().size(), 8);
    }

    void mirrorReplacesHuggingFace() {
        QStringList problems;
        const auto entries = parse(document(entry(QStringLiteral("\"revision\": \"abc\""))), &problems,
                                   QStringLiteral("https://mirror.example.org/hf/"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].url.toString(),
                 QStringLiteral("https://mirror.example.org/hf/owner/repo/resolve/abc/m.gguf"));
        const auto explicitUrl = parse(
            document(entry(QStringLiteral("\"url\": \"https://huggingface.co/a/b/resolve/main/x.gguf\""))),
            &problems, QStringLiteral("https://mirror.example.org"));
        QCOMPARE(explicitUrl[0].url.toString(),
                 QStringLiteral("https://mirror.example.org/a/b/resolve/main/x.gguf"));
        QVERIFY(problems.isEmpty());
    }

    void httpOnlyThroughAnHttpMirrorTheUserSet() {
        QStringList problems;
        QCOMPARE(parse(document(entry(QStringLiteral("\"url\": \"http://example.org/m.gguf\""))), &problems)
                     .size(),
                 0);
        QVERIFY(problems.join(' ').contains(QStringLiteral("not https")));

        const QString mirror = QStringLiteral("http://127.0.0.1:8123/models");
        auto viaMirror = parse(document(entry(QStringLiteral("\"revision\": \"main\""))), nullptr, mirror);
        QCOMPARE(viaMirror.size(), 1);
        QCOMPARE(viaMirror[0].url.toString(),
                 QStringLiteral("http://127.0.0.1:8123/models/owner/repo/resolve/main/m.gguf"));
        QCOMPARE(parse(document(entry(QStringLiteral("\"url\": \"http://127.0.0.1:8123/models/x.gguf\""))),
                       nullptr, mirror)
                     .size(),
                 1);
        // Another host, another port, or outside the mirror's path: still refused.
        QCOMPARE(parse(document(entry(QStringLiteral("\"url\": \"http://evil.example/models/x.gguf\""))),
                       nullptr, mirror)
                     .size(),
                 0);
        QCOMPARE(parse(document(entry(QStringLiteral("\"url\": \"http://127.0.0.1:9999/models/x.gguf\""))),
                       nullptr, mirror)
                     .size(),
                 0);
        QCOMPARE(
            parse(document(entry(QStringLiteral("\"url\": \"http://127.0.0.1:8123/modelsevil/x.gguf\""))),
                  nullptr, mirror)
                .size(),
            0);
        QCOMPARE(
            parse(document(entry(QStringLiteral("\"url\": \"ftp://example.org/x.gguf\""))), nullptr, mirror)
                .size(),
            0);
        QCOMPARE(
            parse(document(entry(QStringLiteral("\"url\": \"https://user:pw@example.org/x.gguf\""))), nullptr)
                .size(),
            0);
    }

    void unusableMirrorFallsBackToHuggingFace() {
        QStringList problems;
        const auto entries = parse(document(entry(QStringLiteral("\"revision\": \"main\""))), &problems,
                                   QStringLiteral("ftp://mirror.example.org"));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].url.toString().startsWith(QStringLiteral("https://huggingface.co/")));
        QCOMPARE(problems.size(), 1);
    }

    void hostileEntriesAreSkipped_data() {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("why");
        const auto file = [](const char* name) {
            return QStringLiteral("{\"id\": \"x\", \"name\": \"X\", \"repo\": \"o/r\", \"file\": %1}")
                .arg(QString::fromUtf8(name));
        };
        QTest::newRow("parent folder") << file("\"../evil.gguf\"") << "file name";
        QTest::newRow("absolute") << file("\"/etc/cron.d/evil.gguf\"") << "file name";
        QTest::newRow("subfolder") << file("\"sub/evil.gguf\"") << "file name";
        QTest::newRow("backslash") << file("\"..\\\\evil.gguf\"") << "file name";
        QTest::newRow("drive") << file("\"C:evil.gguf\"") << "file name";
        QTest::newRow("hidden") << file("\".evil.gguf\"") << "file name";
        QTest::newRow("control char") << file("\"ev\\u0001il.gguf\"") << "file name";
        QTest::newRow("newline") << file("\"evil\\n.gguf\"") << "file name";
        QTest::newRow("not gguf") << file("\"evil.sh\"") << "file name";
        QTest::newRow("only extension") << file("\".gguf\"") << "file name";
        QTest::newRow("file is number") << file("42") << "not text";
        QTest::newRow("file missing")
            << QStringLiteral("{\"id\": \"x\", \"name\": \"X\", \"repo\": \"o/r\"}") << "missing";
        QTest::newRow("remote traversal")
            << entry(QStringLiteral("\"remoteFile\": \"../../x\"")) << "remote file";
        QTest::newRow("repo traversal")
            << QStringLiteral("{\"id\": \"x\", \"name\": \"X\", \"file\": \"x.gguf\", \"repo\": \"../..\"}")
            << "repository";
        QTest::newRow("revision traversal") << entry(QStringLiteral("\"revision\": \"..\"")) << "revision";
        QTest::newRow("size string") << entry(QStringLiteral("\"size\": \"1000\"")) << "not a number";
        QTest::newRow("size negative") << entry(QStringLiteral("\"size\": -5")) << "out of range";
        QTest::newRow("size huge") << entry(QStringLiteral("\"size\": 1e300")) << "out of range";
        QTest::newRow("size fraction") << entry(QStringLiteral("\"size\": 1.5")) << "whole";
        QTest::newRow("params huge") << entry(QStringLiteral("\"parameters\": 1e20")) << "out of range";
        QTest::newRow("context huge") << entry(QStringLiteral("\"context\": 99999999999")) << "out of range";
        QTest::newRow("sha short") << entry(QStringLiteral("\"sha256\": \"abc\"")) << "SHA-256";
        QTest::newRow("sha not hex") << entry(QStringLiteral("\"sha256\": \"%1\"").arg(QString(64, 'z')))
                                     << "SHA-256";
        QTest::newRow("sampling array") << entry(QStringLiteral("\"sampling\": [1, 2]")) << "sampling";
        QTest::newRow("temperature string")
            << entry(QStringLiteral("\"sampling\": {\"temperature\": \"hot\"}")) << "temperature";
        QTest::newRow("demo not bool") << entry(QStringLiteral("\"demo\": \"yes\"")) << "true or false";
        QTest::newRow("id upper")
            << QStringLiteral(
                   "{\"id\": \"Bad Id\", \"name\": \"X\", \"file\": \"x.gguf\", \"repo\": \"o/r\"}")
            << "id";
        QTest::newRow("name missing")
            << QStringLiteral("{\"id\": \"x\", \"file\": \"x.gguf\", \"repo\": \"o/r\"}") << "name";
        QTest::newRow("no source") << QStringLiteral("{\"id\": \"x\", \"name\": \"X\", \"file\": \"x.gguf\"}")
                                   << "neither";
        QTest::newRow("name too long")
            << QStringLiteral("{\"id\": \"x\", \"name\": \"%1\", \"file\": \"x.gguf\", \"repo\": \"o/r\"}")
                   .arg(QString(5000, 'n'))
            << "longer";
        QTest::newRow("not an object") << QStringLiteral("\"just text\"") << "not a JSON object";
        QTest::newRow("null") << QStringLiteral("null") << "not a JSON object";
    }

    void hostileEntriesAreSkipped() {
        QFETCH(QString, fields);
        QFETCH(QString, why);
        const QString good = QStringLiteral("{\"id\": \"good\", \"name\": \"Good\", \"file\": \"good.gguf\", "
                                            "\"repo\": \"o/r\", \"size\": 10}");
        QStringList problems;
        const auto entries = parse(document(fields + QStringLiteral(", ") + good), &problems);
        QCOMPARE(entries.size(), 1); // the good entry after the bad one is still read
        QCOMPARE(entries[0].id, QStringLiteral("good"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(why, Qt::CaseInsensitive), qPrintable(problems[0]));
        QVERIFY(problems[0].contains(QStringLiteral("entry 1")));
    }

    void duplicatesAreSkipped() {
        QStringList problems;
        const QString a =
            QStringLiteral("{\"id\": \"a\", \"name\": \"A\", \"file\": \"a.gguf\", \"repo\": \"o/r\"}");
        const QString sameId =
            QStringLiteral("{\"id\": \"a\", \"name\": \"B\", \"file\": \"b.gguf\", \"repo\": \"o/r\"}");
        const QString sameFile =
            QStringLiteral("{\"id\": \"c\", \"name\": \"C\", \"file\": \"A.GGUF\", \"repo\": \"o/r\"}");
        QCOMPARE(parse(document(a + ',' + sameId + ',' + sameFile), &problems).size(), 1);
        QCOMPARE(problems.size(), 2);
    }

    void demoNeedsNoUrlSizeOrHash() {
        QStringList problems;
        const auto entries =
            parse(document(QStringLiteral(
                      "{\"id\": \"d\", \"name\": \"D\", \"file\": \"d.gguf\", \"demo\": true}")),
                  &problems);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].demo);
        QVERIFY(!entries[0].hasKnownSize());
        QVERIFY(!entries[0].hasKnownSha256());
        QVERIFY(problems.isEmpty());
    }

    void brokenDocumentsNeverCrash_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no format") << QByteArray("{\"models\": []}");
        QTest::newRow("future format") << QByteArray("{\"format\": 2, \"models\": []}");
        QTest::newRow("models not list") << QByteArray("{\"format\": 1, \"models\": {}}");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
    }

    void brokenDocumentsNeverCrash() {
        QFETCH(QByteArray, json);
        QStringList problems;
        QCOMPARE(parse(json, &problems).size(), 0);
        QCOMPARE(problems.size(), 1);
    }

    void mutatedShippedCatalogNeverCrashes() {
        QFile file(shippedCatalogPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QRandomGenerator random(1234);
        qsizetype parsedSome = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = original;
            if (round % 3 == 0) {
                mutated.truncate(random.bounded(int(original.size())));
            } else {
                for (int flips = 1 + random.bounded(8); flips > 0; --flips)
                    mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
            }
            QStringList problems;
            const auto entries = parse(mutated, &problems);
            parsedSome += entries.size();
            for (const CatalogEntry& e : entries) {
                QVERIFY(ModelFileName::isSafeModelFile(e.fileName));
                QVERIFY(e.demo || e.url.scheme() == QLatin1String("https"));
            }
        }
        QVERIFY(parsedSome > 0);
    }

    void userCatalogAddsAndReplaces() {
        QTemporaryDir dir;
        const QString builtIn = dir.filePath(QStringLiteral("builtin.json"));
        const QString own = dir.filePath(QStringLiteral("own.json"));
        auto write = [](const QString& path, const QByteArray& bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(builtIn, document(QStringLiteral(
                           "{\"id\": \"a\", \"name\": \"A\", \"file\": \"a.gguf\", \"repo\": \"o/a\"},"
                           "{\"id\": \"b\", \"name\": \"B\", \"file\": \"b.gguf\", \"repo\": \"o/b\"}")));
        write(own, document(QStringLiteral(
                       "{\"id\": \"b\", \"name\": \"My B\", \"file\": \"b.gguf\", \"repo\": \"me/b\"},"
                       "{\"id\": \"c\", \"name\": \"C\", \"file\": \"c.gguf\", \"repo\": \"me/c\"},"
                       "{\"id\": \"d\", \"name\": \"D\", \"file\": \"a.gguf\", \"repo\": \"me/d\"}")));
        CatalogOptions options;
        options.builtInPath = builtIn;
        options.userCatalogPath = own;
        Catalog catalog(options);
        QCOMPARE(catalog.entries().size(), 3);
        QCOMPARE(catalog.find(QStringLiteral("b"))->name, QStringLiteral("My B"));
        QVERIFY(catalog.find(QStringLiteral("c")));
        QVERIFY(!catalog.find(QStringLiteral("d"))); // would overwrite a.gguf
        QCOMPARE(catalog.problems().size(), 1);

        QSignalSpy changed(&catalog, &Catalog::changed);
        options.userCatalogPath = dir.filePath(QStringLiteral("missing.json"));
        catalog.setOptions(options);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(catalog.entries().size(), 2);
        QVERIFY(catalog.problems().join(' ').contains(QStringLiteral("missing.json")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
