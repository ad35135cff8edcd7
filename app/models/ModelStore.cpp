#include "ModelStore.h"

#include "ModelFileName.h"
#include "ModelsLog.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>
#include <trit/Error.h>

namespace tritium {

namespace {
QString canonical(const QString& path) {
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}
} // namespace

ModelStore::ModelStore(const QString& modelsDir, QObject* parent) : QObject(parent), modelsDir_(modelsDir) {
    connect(&inspectWatcher_, &QFutureWatcherBase::finished, this, &ModelStore::onInspected);
    connect(&importWatcher_, &QFutureWatcherBase::finished, this, &ModelStore::onImported);
}

ModelStore::~ModelStore() {
    if (importCancel_)
        importCancel_->store(true);
    inspectWatcher_.waitForFinished();
    importWatcher_.waitForFinished();
}

void ModelStore::setModelsDir(const QString& dir) {
    modelsDir_ = dir;
    inspected_.clear();
    refresh();
}

void ModelStore::refresh() {
    QList<LocalModel> listed;
    const QFileInfoList files = QDir(modelsDir_).entryInfoList(QDir::Files | QDir::System, QDir::Name);
    for (const QFileInfo& file : files) {
        if (!ModelFileName::isSafeModelFile(file.fileName()))
            continue; // hidden temporaries, part files and anything else that is not a model
        LocalModel model;
        model.fileName = file.fileName();
        model.path = file.absoluteFilePath();
        model.isLink = file.isSymLink();
        model.fileSize = file.size(); // of the target, for a link
        model.modified = file.lastModified();
        if (model.isLink && !file.exists()) {
            model.inspected = true;
            model.inspectError = tr("The file this link points to is gone: %1").arg(file.symLinkTarget());
        }
        const auto known = inspected_.constFind(model.fileName);
        if (known != inspected_.cend() && known->size == model.fileSize &&
            known->modified == model.modified) {
            model.inspected = true;
            model.inspectError = known->error;
            model.info = known->info;
        }
        listed.append(model);
    }
    models_ = listed;
    emit modelsChanged();
    inspectPending();
}

void ModelStore::inspectPending() {
    if (inspecting_) {
        inspectAgain_ = true;
        return;
    }
    QList<Inspection> pending;
    for (const LocalModel& model : std::as_const(models_))
        if (!model.inspected)
            pending.append({model.fileName, model.fileSize, model.modified, QString(), {}});
    if (pending.isEmpty())
        return;
    inspecting_ = true;
    const QString dir = modelsDir_;
    inspectWatcher_.setFuture(QtConcurrent::run([pending, dir]() mutable {
        for (Inspection& item : pending) {
            const QString path = QDir(dir).filePath(item.fileName);
            try {
                item.info = trit::inspectModel(QFile::encodeName(path).toStdString());
            } catch (const std::exception& e) {
                item.error = QString::fromUtf8(e.what());
            }
        }
        return pending;
    }));
}

void ModelStore::onInspected() {
    inspecting_ = false;
    for (const Inspection& item : inspectWatcher_.result()) {
        if (!item.error.isEmpty())
            qCInfo(lcModels).noquote() << "cannot use" << item.fileName << ":" << item.error;
        inspected_.insert(item.fileName, item);
        for (LocalModel& model : models_) {
            if (model.fileName == item.fileName && model.fileSize == item.size &&
                model.modified == item.modified) {
                model.inspected = true;
                model.inspectError = item.error;
                model.info = item.info;
            }
        }
    }
    emit modelsChanged();
    if (inspectAgain_) {
        inspectAgain_ = false;
        inspectPending();
    }
}

const LocalModel* ModelStore::find(const QString& fileName) const {
    for (const LocalModel& model : models_)
        if (model.fileName == fileName)
            return &model;
    return nullptr;
}

void ModelStore::setLoadedPath(const QString& path) {
    loadedPath_ = path;
    emit modelsChanged();
}

bool ModelStore::isLoaded(const QString& fileName) const {
    if (loadedPath_.isEmpty())
        return false;
    const QString path = QDir(modelsDir_).filePath(fileName);
    // A link is loaded when its target is; compare both the link itself and where it leads.
    return QFileInfo(path).absoluteFilePath() == QFileInfo(loadedPath_).absoluteFilePath() ||
           canonical(path) == canonical(loadedPath_);
}

bool ModelStore::remove(const QString& fileName, QString* error) {
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!ModelFileName::isSafeModelFile(fileName))
        return refuse(tr("\"%1\" is not a model file name.").arg(fileName));
    const QString path = QDir(modelsDir_).filePath(fileName);
    if (!QFileInfo(path).isSymLink() && !QFileInfo::exists(path))
        return refuse(tr("%1 is not in the models folder.").arg(fileName));
    if (isLoaded(fileName))
        return refuse(
            tr("%1 is loaded. Unload it, or load another model, before deleting it.").arg(fileName));
    QFile file(path);
    if (!file.remove())
        return refuse(tr("%1 could not be deleted: %2.").arg(fileName, file.errorString()));
    qCInfo(lcModels) << "deleted" << fileName;
    inspected_.remove(fileName);
    refresh();
    return true;
}

bool ModelStore::importFile(const QString& sourcePath, ImportMode mode, QString* error) {
    if (importWatcher_.isRunning()) {
        if (error)
            *error = tr("Another import is still running.");
        return false;
    }
    importCancel_ = std::make_shared<std::atomic<bool>>(false);
    const QString dir = modelsDir_;
    auto cancel = importCancel_;
    // Called on the worker; the destructor waits for the worker, so `this` outlives every call.
    auto progress = [this](double fraction) {
        QMetaObject::invokeMethod(
            this, [this, fraction] { emit importProgress(fraction); }, Qt::QueuedConnection);
    };
    importWatcher_.setFuture(
        QtConcurrent::run([=] { return ModelImporter::run(sourcePath, dir, mode, *cancel, progress); }));
    return true;
}

void ModelStore::cancelImport() {
    if (importCancel_)
        importCancel_->store(true);
}

void ModelStore::onImported() {
    const ImportResult result = importWatcher_.result();
    if (!result.error.isEmpty()) {
        emit importFailed(result.error);
        return;
    }
    refresh();
    emit importFinished(result.fileName);
}

} // namespace tritium
