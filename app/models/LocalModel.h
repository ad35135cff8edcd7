#pragma once
// A model file in the models folder, with what the engine read from its header.
#include <QDateTime>
#include <QString>
#include <trit/Model.h>

namespace tritium {

struct LocalModel {
    QString fileName;
    QString path;
    qint64 fileSize = 0;
    QDateTime modified;
    bool isLink = false;    // imported as a link to a file elsewhere
    bool inspected = false; // the header has been read (successfully or not)
    QString inspectError;   // why the engine cannot use it, in the engine's words
    trit::ModelInfo info;   // valid when inspected and inspectError is empty

    bool usable() const { return inspected && inspectError.isEmpty(); }
};

} // namespace tritium
