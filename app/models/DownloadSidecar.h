#pragma once
// The small JSON file kept next to a download's .part file (name.gguf.part.json): what is being
// downloaded, so that the next start of the app can offer to resume it with HTTP Range.
#include "DownloadRequest.h"

#include <QString>
#include <optional>

namespace tritium::DownloadSidecar {

bool write(const QString& sidecarPath, const DownloadRequest& request, QString* error);
// Returns nothing when the file is missing, unreadable or not a sidecar we wrote (e.g. an unsafe name).
std::optional<DownloadRequest> read(const QString& sidecarPath);

} // namespace tritium::DownloadSidecar
