// libFuzzer target for the catalog parser: a catalog comes from the network, so any bytes must give a list
// of validated entries and problems, never a crash. Every entry that survives must keep the parser's
// promises: a file name that cannot leave the models folder and a download URL over https (no mirror is
// configured here, so plain http is never allowed).
#include "CatalogParser.h"
#include "ModelFileName.h"

#include <QByteArray>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QStringList problems;
    tritium::CatalogParser parser(QString(), &problems);
    const QList<tritium::CatalogEntry> entries =
        parser.parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (entries.size() > tritium::CatalogParser::kMaxEntries)
        std::abort();
    for (const tritium::CatalogEntry& entry : entries) {
        if (!tritium::ModelFileName::isSafeModelFile(entry.fileName))
            std::abort();
        if (entry.isDownloadable() && entry.url.scheme() != QLatin1String("https"))
            std::abort();
        if (entry.hasKnownSize() && entry.sizeBytes < 0)
            std::abort();
    }
    return 0;
}
