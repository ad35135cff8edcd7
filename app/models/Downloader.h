#pragma once
// Downloads model files into the models folder: a queue (one at a time by default), pause/resume/cancel,
// resume across restarts from <models>/.downloads/*.part + .part.json, retries, SHA-256 verification on a
// worker thread, atomic rename into place. TLS errors are never ignored. Nothing is fetched unless asked.
#include "DownloadRequest.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

class QNetworkAccessManager;

namespace tritium {

class DownloadTask;

class Downloader : public QObject {
    Q_OBJECT

public:
    // `network`: shared access manager, or nullptr to make one.
    explicit Downloader(const DownloadOptions& options, QNetworkAccessManager* network = nullptr,
                        QObject* parent = nullptr);
    ~Downloader() override;

    const DownloadOptions& options() const { return options_; }
    void setModelsDir(const QString& dir); // for downloads started from now on

    // Adds a download to the queue (or re-queues a paused/failed one with the same file name).
    // Returns false (with `error`) when the request is unusable.
    bool enqueue(const DownloadRequest& request, QString* error = nullptr);
    void pause(const QString& fileName);
    void resume(const QString& fileName);
    void cancel(const QString& fileName);
    // Downloads left unfinished by an earlier run of the app become paused tasks; returns their names.
    // Never starts them: the user resumes them (no request leaves the machine unasked).
    QStringList restoreUnfinished();

    const DownloadTask* task(const QString& fileName) const;
    QList<const DownloadTask*> tasks() const;

signals:
    // Any change of state (queued, running, paused, finished, failed, ...) of one download.
    void taskStateChanged(const QString& fileName);
    void taskProgress(const QString& fileName);
    void downloadFinished(const QString& fileName, const QString& path);
    void downloadFailed(const QString& fileName, const QString& message);
    void taskRemoved(const QString& fileName);

private:
    DownloadTask* find(const QString& fileName) const;
    DownloadTask* addTask(const DownloadRequest& request);
    void onTaskStateChanged(DownloadTask* task);
    void startQueued();

    DownloadOptions options_;
    QNetworkAccessManager* network_;
    QThread hashThread_;
    QList<DownloadTask*> tasks_;
};

} // namespace tritium
