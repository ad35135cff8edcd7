#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
// SQLite primary result codes (the low byte of an extended code); see sqlite3.h.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QString tr(const char* text) {
    return QCoreApplication::translate("StorageError", text);
}
} // namespace

StorageError::StorageError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

StorageError StorageError::fromSql(const QSqlError& error, const QString& action) {
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!isNumber)
        return {Kind::Other, tr("Could not finish %1: %2").arg(action, detail)};
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return {Kind::Locked,
                tr("Could not finish %1: the conversation database is in use by another program "
                   "(is Tritium open twice?). Close it and try again.")
                    .arg(action)};
    case SqliteFull:
        return {Kind::DiskFull, tr("Could not finish %1: the disk is full. Free some space and try again; "
                                   "everything saved before is still there.")
                                    .arg(action)};
    case SqliteIoErr:
        return {Kind::Other, tr("Could not finish %1: the disk reported an error (%2). Everything saved "
                                "before is still there.")
                                 .arg(action, detail)};
    case SqliteReadOnly:
        return {
            Kind::ReadOnly,
            tr("Could not finish %1: the conversation database is read-only. Check the permissions of the "
               "app's data folder.")
                .arg(action)};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {Kind::Corrupt,
                tr("Could not finish %1: the conversation database is damaged (%2).").arg(action, detail)};
    case SqliteCantOpen:
        return {Kind::CannotOpen,
                tr("Could not finish %1: the conversation database could not be opened (%2).")
                    .arg(action, detail)};
    default:
        return {Kind::Other, tr("Could not finish %1: %2").arg(action, detail)};
    }
}
