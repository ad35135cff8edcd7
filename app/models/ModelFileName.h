#pragma once
// Rules for the names of files the app creates in the models folder. A name from a catalog, a sidecar or an
// imported file must never be able to write outside that folder, so anything that is not a plain file name
// is refused.
#include <QString>

namespace tritium::ModelFileName {

// True when `name` is a plain file name: not empty, at most 255 bytes of UTF-8, no '/' or '\\', no control
// characters, not "." or "..", no drive letter (':'), no leading dot (hidden files are ours) and no
// characters Windows forbids in names (<>"|?*).
bool isSafe(const QString& name);

// True when `name` is safe and ends with ".gguf" (any case).
bool isSafeModelFile(const QString& name);

} // namespace tritium::ModelFileName
