#include "IncrementalHasher.h"

#include <QFile>

namespace tritium {

void IncrementalHasher::addFilePrefix(const QString& path, qint64 length) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        readError_ = file.errorString();
        return;
    }
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
        if (n <= 0) {
            readError_ = n < 0 ? file.errorString() : tr("the file is shorter than expected");
            return;
        }
        hash_.addData(QByteArrayView(buffer.constData(), n));
        bytes_ += n;
        left -= n;
    }
}

void IncrementalHasher::addData(const QByteArray& data) {
    hash_.addData(data);
    bytes_ += data.size();
}

void IncrementalHasher::finish() {
    emit finished(QString::fromLatin1(hash_.result().toHex()), bytes_, readError_);
}

} // namespace tritium
