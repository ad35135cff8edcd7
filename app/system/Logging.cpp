#include "system/Logging.h"

#include <QDir>
#include <QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace tritium {
namespace {

QString g_logFile;

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

void initLogging(const QString& logDir, bool debug) {
    QDir().mkpath(logDir);
    g_logFile = QDir(logDir).filePath(QStringLiteral("tritium.log"));
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                               2 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex& e) {
        // An unwritable data folder must not stop the app: log to stderr only, and say why.
        std::fprintf(stderr, "tritium: cannot open log file %s: %s\n", qPrintable(g_logFile), e.what());
        g_logFile.clear();
    }
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    auto logger = std::make_shared<spdlog::logger>("tritium", sinks.begin(), sinks.end());
    logger->set_level(debug ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageToSpdlog);
}

QString logFilePath() {
    return g_logFile;
}

void shutdownLogging() {
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
    spdlog::shutdown();
}

} // namespace tritium
