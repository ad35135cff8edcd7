#pragma once
// The model files in the models folder: lists them, reads each header with the engine (on a worker thread),
// deletes (never the loaded model) and imports local files (ModelImporter, on a worker thread).
#include "LocalModel.h"
#include "ModelImporter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace tritium {

class ModelStore : public QObject {
    Q_OBJECT

public:
    explicit ModelStore(const QString& modelsDir, QObject* parent = nullptr);
    ~ModelStore() override;

    QString modelsDir() const { return modelsDir_; }
    void setModelsDir(const QString& dir);

    // Lists the folder now (names, sizes); headers not read yet are read in the background, and
    // modelsChanged() is emitted again when they are.
    void refresh();
    const QList<LocalModel>& models() const { return models_; }
    const LocalModel* find(const QString& fileName) const;
    bool isInspecting() const { return inspecting_; }

    // The model the inference worker has loaded (or empty): it cannot be deleted.
    void setLoadedPath(const QString& path);
    QString loadedPath() const { return loadedPath_; }
    bool isLoaded(const QString& fileName) const;

    // Deletes a model file (only the link, for an imported link). False with a reason in words.
    bool remove(const QString& fileName, QString* error);

    // Starts importing a local file; one import at a time. False (with `error`) if one is running.
    bool importFile(const QString& sourcePath, ImportMode mode, QString* error = nullptr);
    void cancelImport();
    bool isImporting() const { return importWatcher_.isRunning(); }

signals:
    void modelsChanged();
    void importProgress(double fraction);
    void importFinished(const QString& fileName);
    void importFailed(const QString& message);

private:
    struct Inspection {
        QString fileName;
        qint64 size = 0;
        QDateTime modified;
        QString error;
        trit::ModelInfo info;
    };
    void inspectPending();
    void onInspected();
    void onImported();

    QString modelsDir_;
    QString loadedPath_;
    QList<LocalModel> models_;
    // Headers already read, keyed by file name; reused while size and time are unchanged.
    QHash<QString, Inspection> inspected_;
    QFutureWatcher<QList<Inspection>> inspectWatcher_;
    bool inspecting_ = false;
    bool inspectAgain_ = false;
    QFutureWatcher<ImportResult> importWatcher_;
    std::shared_ptr<std::atomic<bool>> importCancel_;
};

} // namespace tritium
