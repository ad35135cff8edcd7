#pragma once
// The list behind the Models page: every catalog entry and every model file on disk, merged, with download
// progress and the engine's details. Lives on the GUI thread; actions go to the Downloader and ModelStore.
#include "CatalogEntry.h"
#include "LocalModel.h"

#include <QAbstractListModel>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace tritium {

class Catalog;
class Downloader;
class ModelStore;

class ModelLibrary : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString defaultModel READ defaultModel WRITE setDefault NOTIFY defaultModelChanged)
    Q_PROPERTY(int contextLength READ contextLength WRITE setContextLength NOTIFY contextLengthChanged)
    Q_PROPERTY(QString modelsFolder READ modelsFolder NOTIFY countChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importingChanged)
    Q_PROPERTY(double importProgress READ importProgress NOTIFY importingChanged)
    Q_PROPERTY(bool hasInstalledModel READ hasInstalledModel NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        FileNameRole,
        DescriptionRole,
        LicenseRole,
        ParametersRole, // number of weights
        TensorTypeRole,
        ArchitectureRole,
        SizeRole, // bytes on disk, or the catalog's size; -1 unknown
        Sha256Role,
        FiguresSourceRole,
        StateRole,    // "available", "queued", "downloading", "retrying", "paused", "verifying",
                      // "installed", "failed", "unusable"
        ProgressRole, // 0..1
        BytesReceivedRole,
        SpeedRole, // bytes per second
        EtaRole,   // seconds, -1 unknown
        ErrorRole, // the last download or engine error, in words
        IsDefaultRole,
        IsLoadedRole,
        IsDemoRole,
        IsRecommendedRole,
        IsLinkRole,
        ContextTrainedRole, // the model's own context length (from its header), 0 unknown
        ExpectedMemoryRole, // bytes at contextLength, -1 unknown
        MemoryWarningRole,  // plain words, empty when it fits
        PathRole,
    };
    Q_ENUM(Role)

    // `bundledDemoPath`: the demo model shipped with the app (empty when there is none).
    ModelLibrary(Catalog* catalog, ModelStore* store, Downloader* downloader,
                 const QString& bundledDemoPath = {}, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString defaultModel() const { return defaultModel_; }
    void setDefault(const QString& fileName);
    int contextLength() const { return contextLength_; }
    void setContextLength(int tokens);
    QString modelsFolder() const;
    bool importing() const;
    double importProgress() const { return importProgress_; }
    bool hasInstalledModel() const;
    void setLoadedModelPath(const QString& path);

    Q_INVOKABLE bool download(const QString& fileName);
    Q_INVOKABLE void pause(const QString& fileName);
    Q_INVOKABLE void resume(const QString& fileName);
    Q_INVOKABLE void cancel(const QString& fileName);
    Q_INVOKABLE bool remove(const QString& fileName);
    Q_INVOKABLE bool importFile(const QUrl& url, bool link);
    Q_INVOKABLE void cancelImport();
    Q_INVOKABLE bool openFolder() const;
    Q_INVOKABLE void refresh();
    // The file to load for `fileName` (models folder, or the bundled demo), empty when not installed.
    Q_INVOKABLE QString pathOf(const QString& fileName) const;
    Q_INVOKABLE int rowOf(const QString& fileName) const;

signals:
    void countChanged();
    void defaultModelChanged();
    void contextLengthChanged();
    void importingChanged();
    // Something the user asked for did not work; `message` says why, in words.
    void errorOccurred(const QString& message);
    void importFinished(const QString& fileName);
    void downloadFinished(const QString& fileName);

private:
    struct Row {
        QString fileName;
        std::optional<CatalogEntry> entry;
        std::optional<LocalModel> local;
        QString bundledPath; // the demo, installed with the app
    };
    void rebuild();
    void rowChanged(const QString& fileName);
    QString stateOf(const Row& row) const;
    qint64 expectedMemory(const Row& row) const;
    bool fail(const QString& message);

    Catalog* catalog_;
    ModelStore* store_;
    Downloader* downloader_;
    QString bundledDemoPath_;
    QList<Row> rows_;
    QString defaultModel_;
    QString loadedModelPath_;
    int contextLength_ = 4096;
    double importProgress_ = 0;
};

} // namespace tritium
