// Tritium: starts logging first, answers --version/--help without a display, then opens the window.
#include "AppContext.h"
#include "system/CommandLine.h"
#include "system/Logging.h"
#include "system/QuitOnSignal.h"
#include "system/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <spdlog/spdlog.h>
#include <trit/Cpu.h>
#include <trit/Version.h>

Q_IMPORT_QML_PLUGIN(TritiumPlugin)

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Tritium"));
    QCoreApplication::setApplicationName(QStringLiteral("Tritium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRITIUM_VERSION));

    const tritium::CommandLine cli = tritium::CommandLine::parse(argc, argv);
    if (cli.showVersion || cli.showHelp || !cli.error.isEmpty()) {
        std::FILE* out = cli.error.isEmpty() ? stdout : stderr;
        std::fputs(qPrintable(cli.error.isEmpty() ? cli.outputText() : cli.error + QLatin1Char('\n')), out);
        return cli.error.isEmpty() ? 0 : 2;
    }

    tritium::AppPaths paths = tritium::AppContext::standardPaths();
    if (!cli.dataDir.isEmpty()) {
        paths.dataDir = QDir(cli.dataDir).absolutePath();
        paths.modelsDir = QDir(paths.dataDir).filePath(QStringLiteral("models"));
    }
    tritium::initLogging(QDir(paths.dataDir).filePath(QStringLiteral("logs")), cli.debug);
    spdlog::info("Tritium {} starting; engine {} on kernel path {}", TRITIUM_VERSION, trit::version(),
                 trit::activeKernelPath());

    QGuiApplication app(argc, argv);
    tritium::QuitOnSignal quitOnSignal;
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tritium.svg")));
    paths.bundledModel = tritium::AppContext::bundledModelPath();

    tritium::AppContext context(paths);
    if (!cli.modelPath.isEmpty())
        context.setStartupModel(cli.modelPath);
    tritium::Translations translations(context.settings());

    QQmlApplicationEngine engine;
    translations.attach(&engine);
    engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Tritium/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        spdlog::critical("the main window could not be created");
        tritium::shutdownLogging();
        return 1;
    }
    context.loadStartupModel();
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window && !cli.screenshotPath.isEmpty()) {
        QTimer::singleShot(cli.screenshotDelayMs, window, [window, path = cli.screenshotPath] {
            const bool saved = window->grabWindow().save(path);
            spdlog::info("screenshot {} {}", path.toStdString(), saved ? "saved" : "FAILED");
        });
    }
    if (cli.quitAfterMs > 0)
        QTimer::singleShot(cli.quitAfterMs, &app, &QCoreApplication::quit);

    const int rc = QGuiApplication::exec();
    spdlog::info("Tritium exits with {}", rc);
    tritium::shutdownLogging();
    return rc;
}
