#include "Catalog.h"

#include "CatalogParser.h"
#include "ModelsLog.h"

#include <QFile>

namespace tritium {

namespace {
// A catalog lists a few dozen models; anything this large is not a catalog.
constexpr qint64 kMaxCatalogBytes = 4 * 1024 * 1024;
} // namespace

Catalog::Catalog(CatalogOptions options, QObject* parent) : QObject(parent), options_(std::move(options)) {
    reload();
}

void Catalog::setOptions(const CatalogOptions& options) {
    options_ = options;
    reload();
}

QList<CatalogEntry> Catalog::parse(const QByteArray& json, const CatalogOptions& options,
                                   QStringList* problems) {
    return CatalogParser(options.mirrorBaseUrl, problems).parse(json);
}

void Catalog::reload() {
    problems_.clear();
    QList<CatalogEntry> merged;
    readFile(options_.builtInPath, merged);
    if (!options_.userCatalogPath.trimmed().isEmpty()) {
        QList<CatalogEntry> own;
        readFile(options_.userCatalogPath, own);
        for (const CatalogEntry& entry : std::as_const(own)) {
            auto sameId = std::find_if(merged.begin(), merged.end(),
                                       [&](const CatalogEntry& e) { return e.id == entry.id; });
            if (sameId != merged.end()) {
                *sameId = entry;
                continue;
            }
            const bool fileTaken = std::any_of(merged.begin(), merged.end(), [&](const CatalogEntry& e) {
                return e.fileName.compare(entry.fileName, Qt::CaseInsensitive) == 0;
            });
            if (fileTaken) {
                problems_.append(
                    tr("Your catalog's entry \"%1\" was skipped: the file name \"%2\" is already "
                       "used by another model.")
                        .arg(entry.id, entry.fileName));
                continue;
            }
            merged.append(entry);
        }
    }
    for (const QString& problem : std::as_const(problems_))
        qCWarning(lcModels).noquote() << problem;
    entries_ = merged;
    emit changed();
}

void Catalog::readFile(const QString& path, QList<CatalogEntry>& into) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems_.append(tr("The catalog \"%1\" could not be read: %2.").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxCatalogBytes) {
        problems_.append(tr("The catalog \"%1\" is larger than %2 bytes and was not read.")
                             .arg(path)
                             .arg(kMaxCatalogBytes));
        return;
    }
    QStringList problems;
    into = parse(file.read(kMaxCatalogBytes), options_, &problems);
    for (const QString& problem : std::as_const(problems))
        problems_.append(QStringLiteral("%1: %2").arg(path, problem));
}

const CatalogEntry* Catalog::find(const QString& id) const {
    for (const CatalogEntry& entry : entries_)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

const CatalogEntry* Catalog::findByFileName(const QString& fileName) const {
    for (const CatalogEntry& entry : entries_)
        if (entry.fileName.compare(fileName, Qt::CaseInsensitive) == 0)
            return &entry;
    return nullptr;
}

} // namespace tritium
