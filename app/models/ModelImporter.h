#pragma once
// Brings a local .gguf file into the models folder: the engine validates it first (nothing is copied from a
// file it refuses), then it is copied (through a temporary file that is validated again before it appears)
// or linked. Runs on a worker thread; `run` is a plain function so that it can be tested directly.
#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace tritium {

enum class ImportMode { Copy, Link };

struct ImportResult {
    QString fileName; // set on success
    QString error;    // set on failure, in words
};

class ModelImporter {
    // A named translation context, so that lupdate and the running app agree on it.
    Q_DECLARE_TR_FUNCTIONS(ModelImporter)

public:
    // `progress` gets 0..1 while copying; `cancel` stops a copy (nothing is left behind).
    static ImportResult run(const QString& sourcePath, const QString& modelsDir, ImportMode mode,
                            const std::atomic<bool>& cancel, const std::function<void(double)>& progress);

    // The engine's verdict on a file: empty when it can be used, else the engine's message.
    static QString validate(const QString& path);
};

} // namespace tritium
