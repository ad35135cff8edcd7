#pragma once
// Small real models for app tests, written by the engine's own tool (`trit mkmodel`), and broken copies of
// them. Header-only so that any app test can use it without extra build rules.
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tritium_test {

// The trit tool: $TRIT_TOOL, else the path the build passed in, else empty.
inline QString tritTool() {
    QString tool = qEnvironmentVariable("TRIT_TOOL");
#ifdef TRITIUM_TRIT_TOOL
    if (tool.isEmpty())
        tool = QStringLiteral(TRITIUM_TRIT_TOOL);
#endif
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

// Writes a tiny valid model to `path`; false with `error` when the tool is missing or fails.
inline bool makeModel(const QString& path, QString* error, const QStringList& extraArguments = {}) {
    const QString tool = tritTool();
    if (tool.isEmpty()) {
        *error = QStringLiteral("the trit tool was not found (set TRIT_TOOL)");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, QStringList{QStringLiteral("mkmodel"), path} + extraArguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QStringLiteral("trit mkmodel failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace tritium_test
