#include "DownloadSidecar.h"

#include "ModelFileName.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace tritium::DownloadSidecar {

bool write(const QString& sidecarPath, const DownloadRequest& request, QString* error) {
    QJsonObject object;
    object.insert(QStringLiteral("fileName"), request.fileName);
    object.insert(QStringLiteral("url"), request.url.toString());
    object.insert(QStringLiteral("expectedSize"), double(request.expectedSize));
    object.insert(QStringLiteral("sha256"), request.sha256);
    QSaveFile file(sidecarPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<DownloadRequest> read(const QString& sidecarPath) {
    static const QRegularExpression shaPattern(QStringLiteral("^([0-9a-f]{64})?$"));
    QFile file(sidecarPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    DownloadRequest request;
    request.fileName = object.value(QStringLiteral("fileName")).toString();
    request.url = QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const double size = object.value(QStringLiteral("expectedSize")).toDouble(-1);
    request.expectedSize = size >= 0 && size < 9.0e15 ? qint64(size) : -1;
    request.sha256 = object.value(QStringLiteral("sha256")).toString();
    const bool schemeOk =
        request.url.scheme() == QLatin1String("https") || request.url.scheme() == QLatin1String("http");
    if (!ModelFileName::isSafeModelFile(request.fileName) || !request.url.isValid() || !schemeOk ||
        !shaPattern.match(request.sha256).hasMatch())
        return std::nullopt;
    return request;
}

} // namespace tritium::DownloadSidecar
