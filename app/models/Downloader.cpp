#include "Downloader.h"

#include "DownloadSidecar.h"
#include "DownloadTask.h"
#include "ModelFileName.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace tritium {

Downloader::Downloader(const DownloadOptions& options, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), options_(options), network_(network ? network : new QNetworkAccessManager(this)) {
    hashThread_.setObjectName(QStringLiteral("tritium-hash"));
    hashThread_.start(QThread::LowPriority);
}

Downloader::~Downloader() {
    qDeleteAll(tasks_); // aborts transfers; partial files stay for the next run
    tasks_.clear();
    hashThread_.quit();
    hashThread_.wait();
}

void Downloader::setModelsDir(const QString& dir) {
    options_.modelsDir = dir;
}

bool Downloader::enqueue(const DownloadRequest& request, QString* error) {
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!ModelFileName::isSafeModelFile(request.fileName))
        return refuse(tr("\"%1\" is not a usable model file name.").arg(request.fileName));
    if (!request.url.isValid() ||
        (request.url.scheme() != QLatin1String("https") && request.url.scheme() != QLatin1String("http")))
        return refuse(
            tr("\"%1\" is not a web address Tritium can download from.").arg(request.url.toString()));
    if (DownloadTask* existing = find(request.fileName)) {
        if (existing->state() == DownloadState::Paused || existing->state() == DownloadState::Failed) {
            existing->markQueued();
            startQueued();
            return true;
        }
        if (existing->state() != DownloadState::Finished && existing->state() != DownloadState::Canceled)
            return refuse(tr("%1 is already being downloaded.").arg(request.fileName));
        tasks_.removeOne(existing);
        existing->deleteLater();
    }
    addTask(request);
    startQueued();
    return true;
}

DownloadTask* Downloader::addTask(const DownloadRequest& request) {
    auto* task = new DownloadTask(request, options_, network_, &hashThread_, this);
    tasks_.append(task);
    connect(task, &DownloadTask::stateChanged, this, [this, task] { onTaskStateChanged(task); });
    connect(task, &DownloadTask::progressChanged, this,
            [this, task] { emit taskProgress(task->request().fileName); });
    emit taskStateChanged(request.fileName);
    return task;
}

void Downloader::onTaskStateChanged(DownloadTask* task) {
    const QString name = task->request().fileName;
    emit taskStateChanged(name);
    switch (task->state()) {
    case DownloadState::Finished:
        emit downloadFinished(name, task->finalPath());
        break;
    case DownloadState::Failed:
        emit downloadFailed(name, task->errorText());
        break;
    case DownloadState::Canceled:
        tasks_.removeOne(task);
        task->deleteLater();
        emit taskRemoved(name);
        break;
    default:
        break;
    }
    startQueued();
}

void Downloader::startQueued() {
    int active = 0;
    for (const DownloadTask* task : std::as_const(tasks_)) {
        const DownloadState s = task->state();
        if (s == DownloadState::Running || s == DownloadState::Waiting || s == DownloadState::Verifying)
            ++active;
    }
    for (DownloadTask* task : std::as_const(tasks_)) {
        if (active >= std::max(1, options_.maxConcurrent))
            return;
        if (task->state() == DownloadState::Queued) {
            ++active;
            task->start();
        }
    }
}

void Downloader::pause(const QString& fileName) {
    if (DownloadTask* task = find(fileName))
        task->pause();
}

void Downloader::resume(const QString& fileName) {
    DownloadTask* task = find(fileName);
    if (task && (task->state() == DownloadState::Paused || task->state() == DownloadState::Failed)) {
        task->markQueued();
        startQueued();
    }
}

void Downloader::cancel(const QString& fileName) {
    if (DownloadTask* task = find(fileName))
        task->cancel();
}

QStringList Downloader::restoreUnfinished() {
    QStringList restored;
    const QDir dir(QDir(options_.modelsDir).filePath(QStringLiteral(".downloads")));
    const QStringList sidecars = dir.entryList({QStringLiteral("*.gguf.part.json")}, QDir::Files);
    for (const QString& sidecar : sidecars) {
        const auto request = DownloadSidecar::read(dir.filePath(sidecar));
        if (!request || sidecar != request->fileName + QStringLiteral(".part.json") ||
            find(request->fileName))
            continue;
        addTask(*request)->markPausedOnDisk();
        restored.append(request->fileName);
    }
    return restored;
}

DownloadTask* Downloader::find(const QString& fileName) const {
    for (DownloadTask* task : tasks_)
        if (task->request().fileName == fileName)
            return task;
    return nullptr;
}

const DownloadTask* Downloader::task(const QString& fileName) const {
    return find(fileName);
}

QList<const DownloadTask*> Downloader::tasks() const {
    QList<const DownloadTask*> all;
    for (const DownloadTask* task : tasks_)
        all.append(task);
    return all;
}

} // namespace tritium
