#include "DownloadTask.h"

#include "DownloadSidecar.h"
#include "IncrementalHasher.h"
#include "ModelsLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThread>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace tritium {

namespace {
constexpr qint64 kProgressIntervalMs = 250;
constexpr qint64 kSpeedWindowMs = 3000;

QString size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}
} // namespace

DownloadTask::DownloadTask(const DownloadRequest& request, const DownloadOptions& options,
                           QNetworkAccessManager* network, QThread* hashThread, QObject* parent)
    : QObject(parent), request_(request), options_(options), network_(network), hashThread_(hashThread) {
    total_ = request_.expectedSize;
    stallTimer_.setSingleShot(true);
    stallTimer_.setInterval(options_.stallTimeoutMs);
    connect(&stallTimer_, &QTimer::timeout, this, &DownloadTask::onStalled);
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &DownloadTask::beginAttempt);
    clock_.start();
}

DownloadTask::~DownloadTask() {
    dropReply();
    if (hasher_)
        hasher_->deleteLater();
}

QString DownloadTask::finalPath() const {
    return QDir(options_.modelsDir).filePath(request_.fileName);
}
QString DownloadTask::partPath() const {
    return QDir(options_.modelsDir)
        .filePath(QStringLiteral(".downloads/") + request_.fileName + QStringLiteral(".part"));
}
QString DownloadTask::sidecarPath() const {
    return partPath() + QStringLiteral(".json");
}

double DownloadTask::etaSeconds() const {
    if (total_ < 0 || speed_ <= 0)
        return -1;
    return double(total_ - received_) / speed_;
}

void DownloadTask::setState(DownloadState state) {
    if (state_ == state)
        return;
    state_ = state;
    emit stateChanged();
}

void DownloadTask::markQueued() {
    error_.clear();
    setState(DownloadState::Queued);
}

void DownloadTask::markPausedOnDisk() {
    received_ = QFileInfo(partPath()).size();
    setState(DownloadState::Paused);
}

void DownloadTask::start() {
    error_.clear();
    failedTries_ = 0;
    if (!QDir().mkpath(QFileInfo(partPath()).absolutePath())) {
        fail(tr("The models folder %1 cannot be written to. Choose another folder in Settings.")
                 .arg(options_.modelsDir),
             false);
        return;
    }
    // A partial file from another URL or another expected file is not ours to continue.
    const auto onDisk = DownloadSidecar::read(sidecarPath());
    if (!onDisk || onDisk->url != request_.url || onDisk->sha256 != request_.sha256 ||
        onDisk->expectedSize != request_.expectedSize) {
        QFile::remove(partPath());
    }
    QString error;
    if (!DownloadSidecar::write(sidecarPath(), request_, &error)) {
        fail(tr("Could not write to the models folder (%1).").arg(error), false);
        return;
    }
    received_ = QFileInfo(partPath()).size();
    if (request_.expectedSize >= 0 && !hasFreeSpaceFor(request_.expectedSize))
        return;
    if (!hasher_ || hashedBytes_ != received_) {
        newHasher();
        if (received_ > 0) {
            const QString path = partPath();
            const qint64 length = received_;
            QMetaObject::invokeMethod(hasher_,
                                      [h = hasher_, path, length] { h->addFilePrefix(path, length); });
            hashedBytes_ = received_;
        }
    }
    beginAttempt();
}

bool DownloadTask::hasFreeSpaceFor(qint64 totalBytes) {
    const qint64 missing = totalBytes - received_;
    const qint64 available = QStorageInfo(options_.modelsDir).bytesAvailable();
    if (available < 0 || available >= missing + options_.freeSpaceMargin)
        return true;
    fail(tr("Not enough free disk space: this model needs %1 more (plus %2 to spare), but only %3 is free in "
            "%4. "
            "Free some space or choose another models folder in Settings.")
             .arg(size(missing), size(options_.freeSpaceMargin), size(available), options_.modelsDir),
         false);
    return false;
}

void DownloadTask::newHasher() {
    if (hasher_) {
        disconnect(hasher_, nullptr, this, nullptr);
        hasher_->deleteLater();
    }
    hasher_ = new IncrementalHasher;
    hasher_->moveToThread(hashThread_);
    connect(hasher_, &IncrementalHasher::finished, this, &DownloadTask::onHashed, Qt::QueuedConnection);
    hashedBytes_ = 0;
}

void DownloadTask::feedHasher(const QByteArray& data) {
    QMetaObject::invokeMethod(hasher_, [h = hasher_, data] { h->addData(data); });
    hashedBytes_ += data.size();
}

void DownloadTask::beginAttempt() {
    part_.close();
    part_.setFileName(partPath());
    // Unbuffered, so that a full disk shows up at the write that fails, not at some later flush.
    if (!part_.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        fail(tr("Could not write the download to %1: %2.").arg(partPath(), part_.errorString()), false);
        return;
    }
    received_ = part_.size();
    QNetworkRequest request(request_.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // No compression: byte offsets must be offsets in the file itself.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tritium"));
    if (received_ > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(received_) + '-');
    qCInfo(lcModels) << "download" << request_.fileName << "from byte" << received_;
    bodyAccepted_ = false;
    stalled_ = false;
    writeFailed_ = false;
    receivedThisAttempt_ = 0;
    samples_.clear();
    speed_ = 0;
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::metaDataChanged, this, &DownloadTask::onMetaData);
    connect(reply_, &QNetworkReply::readyRead, this, &DownloadTask::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &DownloadTask::onFinished);
    stallTimer_.start();
    setState(DownloadState::Running);
    emit progressChanged();
}

void DownloadTask::onMetaData() {
    if (bodyAccepted_)
        return; // this response was already judged; never truncate a file that is being written
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        if (received_ > 0) {
            // The server ignored Range: what it sends starts at byte 0.
            qCInfo(lcModels) << "server ignored Range for" << request_.fileName << "- starting again from 0";
            part_.resize(0);
            received_ = 0;
            newHasher();
        }
        const qint64 length = reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && total_ < 0)
            total_ = length;
        bodyAccepted_ = true;
    } else if (status == 206) {
        static const QRegularExpression contentRange(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto match =
            contentRange.match(QString::fromLatin1(reply_->rawHeader("Content-Range")).trimmed());
        if (!match.hasMatch() || match.captured(1).toLongLong() != received_) {
            qCWarning(lcModels) << "server sent another range than asked for" << request_.fileName;
            restartFromZero();
            return;
        }
        if (match.captured(3) != QLatin1String("*") && total_ < 0)
            total_ = match.captured(3).toLongLong();
        bodyAccepted_ = true;
    }
    const qint64 serverTotal = status == 206
                                   ? QString::fromLatin1(reply_->rawHeader("Content-Range"))
                                         .section(QLatin1Char('/'), 1)
                                         .toLongLong()
                                   : reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (bodyAccepted_ && request_.expectedSize >= 0 && serverTotal > 0 &&
        serverTotal != request_.expectedSize) {
        fail(tr("The server's file is %1 bytes, but the catalog expects %2 bytes: it is not the file we "
                "asked for. Check the mirror setting, or update the app.")
                 .arg(serverTotal)
                 .arg(request_.expectedSize),
             true);
        return;
    }
    // Without a size in the catalog, the server's figure is the first chance to check the space.
    if (bodyAccepted_ && request_.expectedSize < 0 && total_ > 0)
        hasFreeSpaceFor(total_);
}

void DownloadTask::onReadyRead() {
    if (!reply_ || !reply_->isOpen() || !bodyAccepted_ || writeFailed_)
        return;
    const QByteArray data = reply_->readAll();
    if (data.isEmpty())
        return;
    stallTimer_.start();
    errno = 0;
    const qint64 written = part_.write(data);
    if (written != data.size()) {
        const int writeErrno = errno;
        writeFailed_ = true;
        const QString reason = writeErrno != 0 ? qt_error_string(writeErrno) : part_.errorString();
        fail(tr("Could not save the download: the disk is full or the file is too large for it (%1). "
                "The partial file was deleted; free some space and try again.")
                 .arg(reason),
             true);
        return;
    }
    feedHasher(data);
    received_ += written;
    receivedThisAttempt_ += written;
    updateSpeed(false);
}

void DownloadTask::updateSpeed(bool force) {
    const qint64 now = clock_.elapsed();
    samples_.emplace_back(now, received_);
    while (samples_.size() > 2 && now - samples_.front().first > kSpeedWindowMs)
        samples_.pop_front();
    const auto& [firstMs, firstBytes] = samples_.front();
    if (now > firstMs)
        speed_ = double(received_ - firstBytes) * 1000.0 / double(now - firstMs);
    if (force || lastProgressMs_ < 0 || now - lastProgressMs_ >= kProgressIntervalMs) {
        lastProgressMs_ = now;
        emit progressChanged();
    }
}

void DownloadTask::onStalled() {
    if (!reply_)
        return;
    stalled_ = true;
    QNetworkReply* reply = reply_;
    reply->abort(); // onFinished() schedules the retry
}

void DownloadTask::dropReply() {
    stallTimer_.stop();
    if (!reply_)
        return;
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void DownloadTask::onFinished() {
    if (!reply_)
        return;
    onReadyRead(); // whatever is still buffered
    const QNetworkReply::NetworkError code = reply_->error();
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    dropReply();
    part_.close();
    if (state_ != DownloadState::Running)
        return; // failed while receiving, paused or canceled
    if (stalled_) {
        retryLater(tr("No data arrived for %1 seconds.").arg(options_.stallTimeoutMs / 1000.0));
        return;
    }
    if (status == 416 && received_ > 0) {
        if (received_ == total_)
            verify(); // everything was already here
        else
            restartFromZero();
        return;
    }
    if (code != QNetworkReply::NoError || (status != 200 && status != 206)) {
        bool retryable = false;
        const QString message = describeNetworkError(code, status, &retryable);
        if (retryable)
            retryLater(message);
        else
            fail(message, true); // nothing worth resuming: the server will not give us this file
        return;
    }
    if (total_ >= 0 && received_ < total_) {
        retryLater(tr("The connection closed after %1 of %2.").arg(size(received_), size(total_)));
        return;
    }
    verify();
}

QString DownloadTask::describeNetworkError(QNetworkReply::NetworkError code, int httpStatus,
                                           bool* retryable) const {
    *retryable = false;
    const QString host = request_.url.host();
    if (httpStatus == 404 || httpStatus == 410)
        return tr("The server has no such file (HTTP %1). The catalog may be out of date, or the mirror may "
                  "not "
                  "have this model: %2")
            .arg(httpStatus)
            .arg(request_.url.toString());
    if (httpStatus == 401 || httpStatus == 403)
        return tr("The server %1 refused access to the file (HTTP %2). The model may need an account or a "
                  "licence agreement on its web page.")
            .arg(host)
            .arg(httpStatus);
    if (httpStatus == 429 || httpStatus >= 500) {
        *retryable = true;
        return tr("The server %1 is busy or had a problem (HTTP %2).").arg(host).arg(httpStatus);
    }
    if (httpStatus >= 300)
        return tr("The server %1 answered with HTTP %2, which Tritium cannot use.").arg(host).arg(httpStatus);
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 could not be verified, so the download was stopped. Check the "
                  "computer's date and time, or your network's proxy.")
            .arg(host);
    case QNetworkReply::InsecureRedirectError:
        return tr("The server %1 tried to send the download over an insecure connection, so it was stopped.")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        *retryable = true;
        return tr("The server %1 could not be found. Are you connected to the internet?").arg(host);
    case QNetworkReply::ConnectionRefusedError:
        *retryable = true;
        return tr("The server %1 refused the connection.").arg(host);
    default:
        *retryable = true;
        return tr("The connection to %1 failed (%2).").arg(host, QString::number(int(code)));
    }
}

void DownloadTask::retryLater(const QString& reason) {
    if (receivedThisAttempt_ > 0)
        failedTries_ = 0; // progress was made: this is a new run of bad luck
    ++failedTries_;
    if (failedTries_ > options_.maxRetries) {
        fail(tr("%1 Tritium gave up after %2 tries; you can resume the download later.")
                 .arg(reason)
                 .arg(failedTries_),
             false);
        return;
    }
    const qint64 delay = std::min<qint64>(
        qint64(options_.firstRetryDelayMs) << std::min(failedTries_ - 1, 20), options_.maxRetryDelayMs);
    qCInfo(lcModels) << "retrying" << request_.fileName << "in" << delay << "ms:" << reason;
    error_ = reason;
    speed_ = 0;
    setState(DownloadState::Waiting);
    emit progressChanged();
    retryTimer_.start(int(delay));
}

void DownloadTask::restartFromZero() {
    dropReply();
    part_.close();
    QFile::remove(partPath());
    received_ = 0;
    newHasher();
    beginAttempt();
}

void DownloadTask::verify() {
    setState(DownloadState::Verifying);
    updateSpeed(true);
    QMetaObject::invokeMethod(hasher_, [h = hasher_] { h->finish(); });
}

void DownloadTask::onHashed(const QString& sha256Hex, qint64 bytesHashed, const QString& readError) {
    if (state_ != DownloadState::Verifying)
        return;
    const qint64 onDisk = QFileInfo(partPath()).size();
    if (!readError.isEmpty() || bytesHashed != onDisk) {
        fail(tr("The partial download could not be read back (%1). It was deleted; please download again.")
                 .arg(readError.isEmpty() ? tr("size changed") : readError),
             true);
        return;
    }
    if (request_.expectedSize >= 0 && onDisk != request_.expectedSize) {
        fail(tr("The downloaded file has %1 bytes instead of %2. It was deleted; please try again.")
                 .arg(onDisk)
                 .arg(request_.expectedSize),
             true);
        return;
    }
    if (!request_.sha256.isEmpty() && sha256Hex != request_.sha256) {
        fail(tr("The downloaded file is damaged or not the expected one: its SHA-256 is %1, but the catalog "
                "expects %2. It was deleted; please try again, or choose another mirror.")
                 .arg(sha256Hex, request_.sha256),
             true);
        return;
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(partPath().toStdWString()),
                            std::filesystem::path(finalPath().toStdWString()), ec);
    if (ec) {
        fail(tr("The download is complete but could not be moved into the models folder: %1.")
                 .arg(QString::fromStdString(ec.message())),
             false);
        return;
    }
    QFile::remove(sidecarPath());
    qCInfo(lcModels) << "downloaded" << request_.fileName << onDisk << "bytes, sha256" << sha256Hex;
    setState(DownloadState::Finished);
    emit progressChanged();
}

void DownloadTask::fail(const QString& message, bool deletePartial) {
    dropReply();
    retryTimer_.stop();
    part_.close();
    if (deletePartial) {
        removePartial();
        received_ = 0;
        if (hasher_)
            newHasher();
    }
    error_ = message;
    speed_ = 0;
    qCWarning(lcModels).noquote() << "download of" << request_.fileName << "failed:" << message;
    setState(DownloadState::Failed);
    emit progressChanged();
}

void DownloadTask::removePartial() {
    QFile::remove(partPath());
    QFile::remove(sidecarPath());
}

void DownloadTask::pause() {
    if (state_ != DownloadState::Running && state_ != DownloadState::Waiting &&
        state_ != DownloadState::Queued)
        return;
    retryTimer_.stop();
    dropReply();
    part_.close();
    speed_ = 0;
    setState(DownloadState::Paused);
    emit progressChanged();
}

void DownloadTask::cancel() {
    retryTimer_.stop();
    dropReply();
    part_.close();
    if (state_ != DownloadState::Finished)
        removePartial();
    received_ = 0;
    speed_ = 0;
    setState(DownloadState::Canceled);
}

} // namespace tritium
