#pragma once
// What to download and how patiently: shared by the Downloader, its tasks and the sidecar files.
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace tritium {

struct DownloadRequest {
    QString fileName; // name in the models folder; also the download's id
    QUrl url;
    qint64 expectedSize = -1; // -1 = not known
    QString sha256;           // lower-case hex; empty = not known (the file is then not verified)
};

struct DownloadOptions {
    QString modelsDir;
    int maxConcurrent = 1;
    // A connection that delivers no bytes for this long is dropped and retried.
    int stallTimeoutMs = 30000;
    // Retries after a drop, stall or server error; the count starts again whenever bytes arrive.
    int maxRetries = 6;
    int firstRetryDelayMs = 2000; // doubled after each failed try
    int maxRetryDelayMs = 60000;
    // Free space that must remain after the download, so that the system does not run out.
    qint64 freeSpaceMargin = 256 * 1024 * 1024;
};

enum class DownloadState { Queued, Running, Waiting, Paused, Verifying, Finished, Failed, Canceled };

} // namespace tritium
