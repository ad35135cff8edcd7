#include "ModelLibrary.h"

#include "Catalog.h"
#include "DownloadTask.h"
#include "Downloader.h"
#include "MemoryPreflight.h"
#include "ModelStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace tritium {

ModelLibrary::ModelLibrary(Catalog* catalog, ModelStore* store, Downloader* downloader,
                           const QString& bundledDemoPath, QObject* parent)
    : QAbstractListModel(parent), catalog_(catalog), store_(store), downloader_(downloader),
      bundledDemoPath_(bundledDemoPath) {
    connect(catalog_, &Catalog::changed, this, &ModelLibrary::rebuild);
    connect(store_, &ModelStore::modelsChanged, this, &ModelLibrary::rebuild);
    connect(downloader_, &Downloader::taskStateChanged, this, &ModelLibrary::rebuild);
    connect(downloader_, &Downloader::taskRemoved, this, &ModelLibrary::rebuild);
    connect(downloader_, &Downloader::taskProgress, this, &ModelLibrary::rowChanged);
    connect(downloader_, &Downloader::downloadFinished, this, [this](const QString& fileName) {
        store_->refresh();
        emit downloadFinished(fileName);
    });
    connect(store_, &ModelStore::importProgress, this, [this](double fraction) {
        importProgress_ = fraction;
        emit importingChanged();
    });
    connect(store_, &ModelStore::importFinished, this, [this](const QString& fileName) {
        emit importingChanged();
        emit importFinished(fileName);
    });
    connect(store_, &ModelStore::importFailed, this, [this](const QString& message) {
        emit importingChanged();
        emit errorOccurred(message);
    });
    // Unfinished downloads from the last run show as paused; nothing is fetched until the user resumes.
    downloader_->restoreUnfinished();
    store_->refresh();
    rebuild();
}

void ModelLibrary::rebuild() {
    QList<Row> rows;
    for (const CatalogEntry& entry : catalog_->entries()) {
        Row row{entry.fileName, entry, std::nullopt, QString()};
        if (entry.demo && !bundledDemoPath_.isEmpty() && QFileInfo::exists(bundledDemoPath_))
            row.bundledPath = bundledDemoPath_;
        rows.append(row);
    }
    for (const LocalModel& local : store_->models()) {
        auto match = std::find_if(rows.begin(), rows.end(), [&](const Row& row) {
            return row.fileName.compare(local.fileName, Qt::CaseInsensitive) == 0;
        });
        if (match != rows.end())
            match->local = local;
        else
            rows.append(Row{local.fileName, std::nullopt, local, QString()});
    }
    const bool sameRows = rows.size() == rows_.size() &&
                          std::equal(rows.cbegin(), rows.cend(), rows_.cbegin(),
                                     [](const Row& a, const Row& b) { return a.fileName == b.fileName; });
    if (sameRows) {
        rows_ = rows;
        if (!rows_.isEmpty())
            emit dataChanged(index(0), index(int(rows_.size()) - 1));
    } else {
        beginResetModel();
        rows_ = rows;
        endResetModel();
    }
    emit countChanged();
}

void ModelLibrary::rowChanged(const QString& fileName) {
    const int row = rowOf(fileName);
    if (row >= 0)
        emit dataChanged(
            index(row), index(row),
            {StateRole, ProgressRole, BytesReceivedRole, SpeedRole, EtaRole, ErrorRole, SizeRole});
}

int ModelLibrary::rowOf(const QString& fileName) const {
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].fileName == fileName)
            return i;
    return -1;
}

int ModelLibrary::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

QString ModelLibrary::stateOf(const Row& row) const {
    if (const DownloadTask* task = downloader_->task(row.fileName)) {
        switch (task->state()) {
        case DownloadState::Queued:
            return QStringLiteral("queued");
        case DownloadState::Running:
            return QStringLiteral("downloading");
        case DownloadState::Waiting:
            return QStringLiteral("retrying");
        case DownloadState::Paused:
            return QStringLiteral("paused");
        case DownloadState::Verifying:
            return QStringLiteral("verifying");
        case DownloadState::Failed:
            if (!row.local)
                return QStringLiteral("failed");
            break;
        case DownloadState::Finished:
        case DownloadState::Canceled:
            break;
        }
    }
    if (row.local)
        return row.local->inspected && !row.local->usable() ? QStringLiteral("unusable")
                                                            : QStringLiteral("installed");
    if (!row.bundledPath.isEmpty())
        return QStringLiteral("installed");
    return QStringLiteral("available");
}

qint64 ModelLibrary::expectedMemory(const Row& row) const {
    if (!row.local || !row.local->usable())
        return -1;
    return qint64(row.local->info.expectedMemory(uint32_t(contextLength_), trit::KvCacheType::F16));
}

QVariant ModelLibrary::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& row = rows_[index.row()];
    const CatalogEntry* entry = row.entry ? &*row.entry : nullptr;
    const LocalModel* local = row.local ? &*row.local : nullptr;
    const trit::ModelInfo* info = local && local->usable() ? &local->info : nullptr;
    const DownloadTask* task = downloader_->task(row.fileName);
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        if (entry)
            return entry->name;
        return info && !info->name.empty() ? QString::fromStdString(info->name) : row.fileName;
    case FileNameRole:
        return row.fileName;
    case DescriptionRole:
        return entry ? entry->description : QString();
    case LicenseRole:
        return entry ? entry->license : QString();
    case ParametersRole:
        return info ? double(info->n_params) : entry ? double(entry->parameters) : 0.0;
    case TensorTypeRole: {
        if (!info)
            return entry ? entry->tensorType : QString();
        QStringList types;
        for (const auto& [type, count] : info->tensor_types)
            types.append(QStringLiteral("%1 ×%2").arg(QString::fromStdString(type)).arg(count));
        return types.join(QStringLiteral(", "));
    }
    case ArchitectureRole:
        return info ? QString::fromStdString(info->architecture) : entry ? entry->architecture : QString();
    case SizeRole:
        if (local)
            return double(local->fileSize);
        if (task && task->totalBytes() >= 0)
            return double(task->totalBytes());
        return entry ? double(entry->sizeBytes) : -1.0;
    case Sha256Role:
        return entry ? entry->sha256 : QString();
    case FiguresSourceRole:
        return entry ? entry->figuresSource : QString();
    case StateRole:
        return stateOf(row);
    case ProgressRole:
        if (task && task->totalBytes() > 0 && task->state() != DownloadState::Finished)
            return double(task->receivedBytes()) / double(task->totalBytes());
        return local || !row.bundledPath.isEmpty() ? 1.0 : 0.0;
    case BytesReceivedRole:
        return task ? double(task->receivedBytes()) : 0.0;
    case SpeedRole:
        return task ? task->bytesPerSecond() : 0.0;
    case EtaRole:
        return task ? task->etaSeconds() : -1.0;
    case ErrorRole:
        if (task && (task->state() == DownloadState::Failed || task->state() == DownloadState::Waiting))
            return task->errorText();
        return local ? local->inspectError : QString();
    case IsDefaultRole:
        return !defaultModel_.isEmpty() && row.fileName == defaultModel_;
    case IsLoadedRole: {
        const QString path = pathOf(row.fileName);
        return !path.isEmpty() && !loadedModelPath_.isEmpty() &&
               QFileInfo(path).absoluteFilePath() == QFileInfo(loadedModelPath_).absoluteFilePath();
    }
    case IsDemoRole:
        return entry && entry->demo;
    case IsRecommendedRole:
        return entry && entry->recommended;
    case IsLinkRole:
        return local && local->isLink;
    case ContextTrainedRole:
        return info ? int(info->n_ctx_train) : entry ? entry->recommendedContext : 0;
    case ExpectedMemoryRole:
        return double(expectedMemory(row));
    case MemoryWarningRole:
        return MemoryPreflight::warning(expectedMemory(row), MemoryPreflight::availableBytes(),
                                        contextLength_);
    case PathRole:
        return pathOf(row.fileName);
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelLibrary::roleNames() const {
    return {{NameRole, "name"},
            {FileNameRole, "fileName"},
            {DescriptionRole, "description"},
            {LicenseRole, "license"},
            {ParametersRole, "parameters"},
            {TensorTypeRole, "tensorType"},
            {ArchitectureRole, "architecture"},
            {SizeRole, "size"},
            {Sha256Role, "sha256"},
            {FiguresSourceRole, "figuresSource"},
            {StateRole, "state"},
            {ProgressRole, "progress"},
            {BytesReceivedRole, "bytesReceived"},
            {SpeedRole, "speed"},
            {EtaRole, "eta"},
            {ErrorRole, "error"},
            {IsDefaultRole, "isDefault"},
            {IsLoadedRole, "isLoaded"},
            {IsDemoRole, "isDemo"},
            {IsRecommendedRole, "isRecommended"},
            {IsLinkRole, "isLink"},
            {ContextTrainedRole, "contextTrained"},
            {ExpectedMemoryRole, "expectedMemory"},
            {MemoryWarningRole, "memoryWarning"},
            {PathRole, "path"}};
}

void ModelLibrary::setDefault(const QString& fileName) {
    if (fileName == defaultModel_)
        return;
    defaultModel_ = fileName;
    emit defaultModelChanged();
    if (!rows_.isEmpty())
        emit dataChanged(index(0), index(int(rows_.size()) - 1), {IsDefaultRole});
}

void ModelLibrary::setContextLength(int tokens) {
    if (tokens == contextLength_ || tokens <= 0)
        return;
    contextLength_ = tokens;
    emit contextLengthChanged();
    if (!rows_.isEmpty())
        emit dataChanged(index(0), index(int(rows_.size()) - 1), {ExpectedMemoryRole, MemoryWarningRole});
}

void ModelLibrary::setLoadedModelPath(const QString& path) {
    loadedModelPath_ = path;
    store_->setLoadedPath(path); // rebuilds through modelsChanged
}

QString ModelLibrary::modelsFolder() const {
    return store_->modelsDir();
}
bool ModelLibrary::importing() const {
    return store_->isImporting();
}

bool ModelLibrary::hasInstalledModel() const {
    return std::any_of(rows_.cbegin(), rows_.cend(),
                       [this](const Row& row) { return !pathOf(row.fileName).isEmpty(); });
}

QString ModelLibrary::pathOf(const QString& fileName) const {
    const int i = rowOf(fileName);
    if (i < 0)
        return {};
    const Row& row = rows_[i];
    if (row.local && (!row.local->inspected || row.local->usable()))
        return row.local->path;
    return row.bundledPath;
}

bool ModelLibrary::fail(const QString& message) {
    emit errorOccurred(message);
    return false;
}

bool ModelLibrary::download(const QString& fileName) {
    const CatalogEntry* entry = catalog_->findByFileName(fileName);
    if (!entry || !entry->isDownloadable())
        return fail(tr("%1 is not a model Tritium can download.").arg(fileName));
    DownloadRequest request{entry->fileName, entry->url, entry->sizeBytes, entry->sha256};
    QString error;
    if (!downloader_->enqueue(request, &error))
        return fail(error);
    return true;
}

void ModelLibrary::pause(const QString& fileName) {
    downloader_->pause(fileName);
}
void ModelLibrary::resume(const QString& fileName) {
    downloader_->resume(fileName);
}
void ModelLibrary::cancel(const QString& fileName) {
    downloader_->cancel(fileName);
}

bool ModelLibrary::remove(const QString& fileName) {
    const int i = rowOf(fileName);
    if (i >= 0 && !rows_[i].local && !rows_[i].bundledPath.isEmpty())
        return fail(tr("The demo model is part of the app and cannot be deleted."));
    QString error;
    if (!store_->remove(fileName, &error))
        return fail(error);
    if (fileName == defaultModel_)
        setDefault(QString());
    return true;
}

bool ModelLibrary::importFile(const QUrl& url, bool link) {
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    if (path.isEmpty() || (!url.isLocalFile() && !url.scheme().isEmpty() && url.scheme().size() > 1))
        return fail(tr("Only files on this computer can be imported."));
    QString error;
    importProgress_ = 0;
    if (!store_->importFile(path, link ? ImportMode::Link : ImportMode::Copy, &error))
        return fail(error);
    emit importingChanged();
    return true;
}

void ModelLibrary::cancelImport() {
    store_->cancelImport();
}

bool ModelLibrary::openFolder() const {
    QDir().mkpath(store_->modelsDir());
    return QDesktopServices::openUrl(QUrl::fromLocalFile(store_->modelsDir()));
}

void ModelLibrary::refresh() {
    catalog_->reload();
    store_->refresh();
}

} // namespace tritium
