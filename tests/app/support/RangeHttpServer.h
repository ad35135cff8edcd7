#pragma once
// Starts range_http_server.py (next to this file) on 127.0.0.1 for one test, and reads its request log.
// Header-only so that any app test can use it without extra build rules.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace tritium_test {

class RangeHttpServer {
public:
    // Serves the files in `root`. Check isRunning(); errorText() says why not (e.g. no python3).
    explicit RangeHttpServer(const QString& root) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString script =
            QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("range_http_server.py"));
        if (python.isEmpty() || !QFileInfo::exists(script)) {
            error_ = QStringLiteral("python3 or %1 not found").arg(script);
            return;
        }
        logPath_ = logDir_.filePath(QStringLiteral("requests.log"));
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start(python, {script, QStringLiteral("--root"), root, QStringLiteral("--log"), logPath_});
        if (!process_.waitForStarted(10000) || !process_.waitForReadyRead(20000)) {
            error_ = QStringLiteral("the test server did not start: %1").arg(process_.errorString());
            return;
        }
        port_ = process_.readLine().trimmed().toInt();
        if (port_ <= 0)
            error_ = QStringLiteral("the test server printed no port");
    }

    ~RangeHttpServer() {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }

    RangeHttpServer(const RangeHttpServer&) = delete;
    RangeHttpServer& operator=(const RangeHttpServer&) = delete;

    bool isRunning() const { return port_ > 0 && process_.state() == QProcess::Running; }
    QString errorText() const { return error_; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port_); }
    QUrl url(const QString& pathAndQuery) const { return QUrl(baseUrl() + pathAndQuery); }

    // Every request so far, in order: "<path-and-query> <Range header or ->".
    QStringList requests() const {
        QFile log(logPath_);
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The Range headers ("-" for none) of the requests whose path-and-query is exactly `pathAndQuery`.
    QStringList rangesFor(const QString& pathAndQuery) const {
        QStringList ranges;
        for (const QString& line : requests()) {
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            if (line.left(space) == pathAndQuery)
                ranges.append(line.mid(space + 1));
        }
        return ranges;
    }

private:
    QProcess process_;
    QTemporaryDir logDir_;
    QString logPath_;
    QString error_;
    int port_ = 0;
};

} // namespace tritium_test
