#pragma once
// One model the app knows about, as read (and validated) from a catalog file.
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace tritium {

struct SamplingDefaults {
    double temperature = 0.6;
    double topP = 0.9;
    int topK = 0; // 0 = off
    double minP = 0.0;
    double repeatPenalty = 1.0;
};

struct CatalogEntry {
    QString id;   // stable key, e.g. "bitnet-b1.58-2b-4t"
    QString name; // shown to people
    QString description;
    QString license;
    QString architecture;   // as written in the GGUF ("bitnet-b1.58", "llama", ...)
    QString tensorType;     // the ternary tensor type ("I2_S")
    QString repo;           // Hugging Face repository, empty for the bundled demo
    QString revision;       // commit the URL is pinned to, or "main"
    QString remoteFileName; // the file's name in the repository
    QString fileName;       // the file's name in the models folder (unique across the catalog)
    QUrl url;               // where to download it; empty for the bundled demo
    quint64 parameters = 0;
    qint64 sizeBytes = -1; // -1 = not known yet
    QString sha256;        // lower-case hex, empty = not known yet
    QString figuresSource; // where size and hash came from, e.g. "ENGINE_SPEC §7 [3P]"
    int recommendedContext = 2048;
    SamplingDefaults sampling;
    bool instruct = true;
    bool recommended = false;
    bool demo = false; // shipped inside the app, never downloaded

    bool hasKnownSize() const { return sizeBytes >= 0; }
    bool hasKnownSha256() const { return !sha256.isEmpty(); }
    bool isDownloadable() const { return !demo && url.isValid(); }
};

} // namespace tritium
