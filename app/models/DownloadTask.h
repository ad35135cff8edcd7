#pragma once
// One download: request with Range from what is already on disk, write to <models>/.downloads/<name>.part,
// hash while writing (on the hashing thread), retry drops and stalls with back-off, verify, then rename into
// the models folder atomically. Created and driven by the Downloader, on the GUI thread.
#include "DownloadRequest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <deque>

class QNetworkAccessManager;
class QThread;

namespace tritium {

class IncrementalHasher;

class DownloadTask : public QObject {
    Q_OBJECT

public:
    DownloadTask(const DownloadRequest& request, const DownloadOptions& options,
                 QNetworkAccessManager* network, QThread* hashThread, QObject* parent = nullptr);
    ~DownloadTask() override;

    const DownloadRequest& request() const { return request_; }
    DownloadState state() const { return state_; }
    qint64 receivedBytes() const { return received_; }
    qint64 totalBytes() const { return total_; } // -1 until known
    double bytesPerSecond() const { return speed_; }
    double etaSeconds() const; // -1 when unknown
    QString errorText() const { return error_; }
    QString finalPath() const;
    QString partPath() const;
    QString sidecarPath() const;

    // Queued -> Running, or Paused/Failed -> Queued (the Downloader starts it when a slot is free).
    void markQueued();
    void markPausedOnDisk(); // a .part found at start-up: paused until the user resumes
    void start();
    void pause();
    void cancel(); // deletes the partial file

signals:
    void stateChanged();
    void progressChanged();

private:
    void setState(DownloadState state);
    void fail(const QString& message, bool deletePartial);
    void beginAttempt();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onStalled();
    void retryLater(const QString& reason);
    void restartFromZero();
    void verify();
    void onHashed(const QString& sha256Hex, qint64 bytesHashed, const QString& readError);
    // False (and the task failed, with the figures in words) when the disk cannot hold the rest.
    bool hasFreeSpaceFor(qint64 totalBytes);
    void newHasher();
    void feedHasher(const QByteArray& data);
    void updateSpeed(bool force);
    void removePartial();
    void dropReply();
    QString describeNetworkError(QNetworkReply::NetworkError code, int httpStatus, bool* retryable) const;

    DownloadRequest request_;
    DownloadOptions options_;
    QNetworkAccessManager* network_;
    QThread* hashThread_;
    IncrementalHasher* hasher_ = nullptr;
    qint64 hashedBytes_ = 0;         // bytes handed to the hasher (must equal the .part's size)
    QNetworkReply* reply_ = nullptr; // owned: deleted (later) in dropReply()
    QFile part_;
    QTimer stallTimer_;
    QTimer retryTimer_;
    DownloadState state_ = DownloadState::Queued;
    qint64 received_ = 0;
    qint64 total_ = -1;
    qint64 receivedThisAttempt_ = 0;
    int failedTries_ = 0;
    bool bodyAccepted_ = false;
    bool stalled_ = false;
    bool writeFailed_ = false;
    QString error_;
    double speed_ = 0;
    std::deque<std::pair<qint64, qint64>> samples_; // (ms, received) for the speed over the last seconds
    QElapsedTimer clock_;
    qint64 lastProgressMs_ = -1;
};

} // namespace tritium
