#pragma once
// One Qt Linguist .ts file as data: its language and every message with its state and translations.
#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    // The translation's type attribute: empty when finished, else "unfinished", "vanished" or "obsolete".
    QString type;
    // One entry for a plain message, one per plural form for a numerus message.
    QStringList translations;

    QString describe() const;
};

class TsFile {
public:
    // Reads `path`; on failure `error()` says why and `messages()` is empty.
    explicit TsFile(const QString& path);

    const QString& language() const { return language_; }
    const QList<TsMessage>& messages() const { return messages_; }
    const QString& error() const { return error_; }

private:
    QString language_;
    QList<TsMessage> messages_;
    QString error_;
};
