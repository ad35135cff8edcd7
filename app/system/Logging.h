#pragma once
#include <QString>

namespace tritium {

// Starts logging to a rotating file (tritium.log, 5 files of 2 MB) in `logDir`, and routes Qt's own messages
// (qDebug/qWarning/QML errors) into it. Message text of conversations is never logged unless debug
// logging is on (issue 8); callers log identifiers and sizes only.
void initLogging(const QString& logDir, bool debug);
QString logFilePath();
void shutdownLogging();

} // namespace tritium
