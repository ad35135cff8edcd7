#pragma once
// The models the app knows about: the catalog shipped inside the app (:/catalog.json) plus, optionally, a
// catalog file of the user's own. Reading it never touches the network. Every entry is validated strictly;
// a bad entry is skipped with a logged reason, a bad file never crashes the app.
#include "CatalogEntry.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace tritium {

struct CatalogOptions {
    // Replaces https://huggingface.co in download URLs (a company mirror, or a local server in tests).
    // An http:// mirror is the only way http URLs are accepted: the user chose it explicitly.
    QString mirrorBaseUrl;
    // A catalog file of the user's own; its entries are added, and replace built-in ones with the same id.
    QString userCatalogPath;
    QString builtInPath = QStringLiteral(":/catalog.json");
};

class Catalog : public QObject {
    Q_OBJECT

public:
    explicit Catalog(CatalogOptions options = {}, QObject* parent = nullptr);

    void setOptions(const CatalogOptions& options);
    const CatalogOptions& options() const { return options_; }
    // Reads the catalog files again and emits changed().
    void reload();

    const QList<CatalogEntry>& entries() const { return entries_; }
    const CatalogEntry* find(const QString& id) const;
    const CatalogEntry* findByFileName(const QString& fileName) const;
    // Why entries or files were skipped on the last reload, in words (also logged).
    const QStringList& problems() const { return problems_; }

    // Parses one catalog document. Pure: used by reload() and by the fuzz target.
    static QList<CatalogEntry> parse(const QByteArray& json, const CatalogOptions& options,
                                     QStringList* problems);

signals:
    void changed();

private:
    void readFile(const QString& path, QList<CatalogEntry>& into);

    CatalogOptions options_;
    QList<CatalogEntry> entries_;
    QStringList problems_;
};

} // namespace tritium
