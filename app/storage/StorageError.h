#pragma once

#include <QString>
#include <stdexcept>

class QSqlError;

// The one error type of app/storage: a message a person can act on (already translated) plus a kind the
// caller can branch on (e.g. offer "retry" for Locked, "free some space" for DiskFull).
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Locked,
        DiskFull,
        Corrupt,
        NewerVersion,
        CannotOpen,
        ReadOnly,
        NotFound,
        InvalidInput,
        Other
    };

    StorageError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

    // Classifies a failed SQLite call. `action` says what we were doing, in the user's words ("saving the
    // message"), so the message reads "Could not finish saving the message: the disk is full."
    static StorageError fromSql(const QSqlError& error, const QString& action);

private:
    Kind m_kind;
    QString m_message;
};
