// The committed translations are complete for the current sources: lupdate, run exactly as
// `update_translations` runs it but on copies of the .ts files, finds nothing new, vanished or obsolete, and
// every message of every language has a translation with the source's placeholders and the language's number
// of plural forms. The compiled translations are embedded in the app and switch the interface at run time.
#include "LUpdateProject.h"
#include "TsFile.h"
#include "models/CatalogParser.h"
#include "models/ModelImporter.h"
#include "system/Settings.h"
#include "system/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <atomic>
#include <memory>

namespace {

// Issue 7 names these languages. The plural form counts are Qt's (and CLDR's) rules for each language.
const QList<std::pair<QString, int>> kLanguages{{"de", 2}, {"es", 2},    {"fr", 2},
                                                {"ja", 1}, {"zh_CN", 1}, {"ar", 6}};

QString translationsDir() {
    return QStringLiteral(TRITIUM_TRANSLATIONS_DIR);
}

// The sorted placeholders (%1, %2, ..., %n) of a text, so a translation cannot drop or invent an argument.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Every problem of one language's messages, one line each.
QStringList problemsOf(const QString& language, int pluralForms, const QList<TsMessage>& messages) {
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = QStringLiteral("%1 %2").arg(language, m.describe());
        if (m.type == u"unfinished" && m.translations.join(QString()).isEmpty()) {
            problems << where + QStringLiteral(": new in the sources and not translated");
            continue;
        }
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(": marked %1").arg(m.type);
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms) {
            problems << where + QStringLiteral(": %1 plural forms, the language has %2")
                                    .arg(m.translations.size())
                                    .arg(pluralForms);
        }
        for (const QString& text : m.translations) {
            if (text.trimmed().isEmpty())
                problems << where + QStringLiteral(": empty translation");
            else if (placeholders(text) != placeholders(m.source))
                problems << where + QStringLiteral(": placeholders %1 in \"%2\" differ from the source's %3")
                                        .arg(placeholders(text).join(u','), text,
                                             placeholders(m.source).join(u','));
        }
    }
    return problems;
}

QString describeProblems(const QStringList& problems) {
    const int shown = std::min<int>(problems.size(), 40);
    return QStringLiteral("%1 problem(s); run `ninja update_translations` and translate:\n  %2")
        .arg(problems.size())
        .arg(problems.mid(0, shown).join(QStringLiteral("\n  ")));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyLanguageIsPresent() {
        for (const auto& [language, forms] : kLanguages) {
            const QString path = translationsDir() + QStringLiteral("/tritium_%1.ts").arg(language);
            QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing")));
            const TsFile ts(path);
            QVERIFY2(ts.error().isEmpty(), qPrintable(ts.error()));
            QCOMPARE(ts.language(), language);
            QVERIFY2(!ts.messages().isEmpty(), qPrintable(path + QStringLiteral(" has no messages")));
        }
    }

    void lupdateFindsNothingToDo() {
        const LUpdateProject project(QStringLiteral(TRITIUM_LUPDATE_PROJECT));
        QVERIFY2(project.error().isEmpty(), qPrintable(project.error()));
        QTemporaryDir work;
        QVERIFY(work.isValid());

        // lupdate writes into the .ts files it is given, so it gets copies; without -no-obsolete it marks
        // messages whose source text is gone as vanished instead of dropping them silently.
        QStringList copies;
        for (const auto& [language, forms] : kLanguages) {
            const QString copy = work.filePath(QStringLiteral("tritium_%1.ts").arg(language));
            QVERIFY(QFile::copy(translationsDir() + QStringLiteral("/tritium_%1.ts").arg(language), copy));
            copies << copy;
        }
        const QString json = work.filePath(QStringLiteral("project.json"));
        QString error;
        QVERIFY2(project.writeJson(json, copies, &error), qPrintable(error));

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TRITIUM_LUPDATE), {QStringLiteral("-project"), json});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within two minutes");
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        QStringList problems;
        QSet<QString> firstLanguageMessages;
        for (int i = 0; i < kLanguages.size(); ++i) {
            const auto& [language, forms] = kLanguages[i];
            const TsFile ts(copies[i]);
            QVERIFY2(ts.error().isEmpty(), qPrintable(ts.error()));
            problems << problemsOf(language, forms, ts.messages());
            QSet<QString> keys;
            for (const TsMessage& m : ts.messages())
                keys.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
            if (i == 0)
                firstLanguageMessages = keys;
            else if (keys != firstLanguageMessages)
                problems << QStringLiteral("%1 does not hold the same messages as %2")
                                .arg(language, kLanguages[0].first);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
    }

    // The .qm files lrelease builds are embedded at :/i18n and hold what the .ts files say.
    void embeddedTranslationsMatchTheTsFiles() {
        for (const auto& [language, forms] : kLanguages) {
            QTranslator translator;
            const QString qm = QStringLiteral(":/i18n/tritium_%1.qm").arg(language);
            QVERIFY2(translator.load(qm), qPrintable(qm + QStringLiteral(" is not embedded in the app")));
            const TsFile ts(translationsDir() + QStringLiteral("/tritium_%1.ts").arg(language));
            for (const TsMessage& m : ts.messages()) {
                const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
                const QByteArray comment = m.comment.toUtf8();
                if (m.numerus) {
                    for (int n : {0, 1, 2, 5, 11, 100}) {
                        const QString got = translator.translate(context, source, comment, n);
                        QVERIFY2(m.translations.contains(got),
                                 qPrintable(QStringLiteral("%1 %2, n=%3: got \"%4\"")
                                                .arg(language, m.describe())
                                                .arg(n)
                                                .arg(got)));
                    }
                } else {
                    QCOMPARE(translator.translate(context, source, comment), m.translations.value(0));
                }
            }
        }
    }

    // C++ messages outside QObject classes only translate if the running code asks for the context lupdate
    // filed them under; this catches a helper that names another context.
    void cppMessagesUseTheirTsContext() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/tritium_de.qm")));
        QCoreApplication::installTranslator(&german);
        QStringList problems;
        tritium::CatalogParser parser(QStringLiteral("ftp://mirror.example"), &problems);
        parser.parse(R"({"format": 1, "models": [{}]})");
        QTemporaryDir dir;
        const std::atomic<bool> cancel{false};
        const tritium::ImportResult imported = tritium::ModelImporter::run(
            dir.filePath(QStringLiteral("absent.gguf")), dir.path(), tritium::ImportMode::Copy, cancel, {});
        QCoreApplication::removeTranslator(&german);

        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Die Spiegeladresse")), qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("das Feld „id“ fehlt")), qPrintable(problems[1]));
        QVERIFY2(imported.error.endsWith(QStringLiteral("ist keine Datei.")), qPrintable(imported.error));
    }

    // Choosing a language in Settings switches C++ and QML texts and the layout direction without a restart.
    void languageSwitchesAtRunTime() {
        QTemporaryDir dir;
        tritium::Settings settings(dir.filePath(QStringLiteral("settings.ini")),
                                   dir.filePath(QStringLiteral("models")));
        settings.setLanguage(QStringLiteral("en"));
        tritium::Translations translations(&settings);
        QQmlEngine engine;
        translations.attach(&engine);

        // qsTr() takes its context from the file name, so this component translates like SettingsPage.qml.
        QQmlComponent component(&engine);
        component.setData("import QtQml\nQtObject { property string title: qsTr(\"Settings\") }",
                          QUrl(QStringLiteral("qrc:/check/SettingsPage.qml")));
        std::unique_ptr<QObject> page(component.create());
        QVERIFY2(page, qPrintable(component.errorString()));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Settings"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Einstellungen"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Language"), QStringLiteral("Sprache"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        settings.setLanguage(QStringLiteral("ar"));
        QCOMPARE(page->property("title").toString(), QStringLiteral("الإعدادات"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);

        settings.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(page->property("title").toString(), QStringLiteral("设置"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Settings"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
