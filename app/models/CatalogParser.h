#pragma once
// Turns one catalog JSON document into validated entries. Nothing in the document is trusted: each field is
// type- and range-checked, file names must stay inside the models folder, and download URLs must be https
// (or point at an http mirror the user configured). Entries that fail are skipped with a reason.
#include "CatalogEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace tritium {

class CatalogParser {
    // A named translation context, so that lupdate and the running app agree on it.
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    // `mirrorBaseUrl`: replaces https://huggingface.co; empty = none. An unusable mirror is reported in
    // `problems` and ignored.
    CatalogParser(const QString& mirrorBaseUrl, QStringList* problems);

    QList<CatalogEntry> parse(const QByteArray& json);

    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxEntries = 1000;

private:
    std::optional<CatalogEntry> parseEntry(const QJsonObject& object, QString& why) const;
    // Reads repo, revision and remote file into `entry` and returns the URL to download from.
    std::optional<QUrl> downloadUrl(const QJsonObject& object, CatalogEntry& entry, QString& why) const;
    bool urlAllowed(const QUrl& url) const;
    void problem(const QString& text);

    QUrl mirror_; // empty = https://huggingface.co
    QStringList* problems_;
};

} // namespace tritium
