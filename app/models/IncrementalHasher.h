#pragma once
// SHA-256 of a download, computed while it arrives, on a worker thread (the GUI thread never hashes).
// Lives on the Downloader's hashing thread; every call reaches it as a queued call, in order.
#include <QByteArray>
#include <QCryptographicHash>
#include <QObject>
#include <QString>

namespace tritium {

class IncrementalHasher : public QObject {
    Q_OBJECT

public:
    IncrementalHasher() : hash_(QCryptographicHash::Sha256) {}

    // Hashes the first `length` bytes of `path` (the part already on disk when a download resumes).
    void addFilePrefix(const QString& path, qint64 length);
    void addData(const QByteArray& data);
    // Emits finished() with the hash of everything added so far.
    void finish();

signals:
    void finished(const QString& sha256Hex, qint64 bytesHashed, const QString& readError);

private:
    QCryptographicHash hash_;
    qint64 bytes_ = 0;
    QString readError_;
};

} // namespace tritium
