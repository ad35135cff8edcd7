#pragma once
// Before a model is loaded: does it fit in the memory the machine has free? Gives a warning in plain words
// (empty when it fits comfortably).
#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tritium {

class MemoryPreflight {
public:
    // Memory the system can give a new program without swapping, in bytes; -1 when unknown.
    static qint64 availableBytes();
    // Empty when `expectedBytes` fits comfortably in `availableBytes` (or either is unknown).
    static QString warning(qint64 expectedBytes, qint64 availableBytes, int contextLength);
    // The MemAvailable line of Linux's /proc/meminfo, in bytes; -1 when absent.
    static qint64 parseMemAvailable(const QByteArray& meminfo);

    // Above this share of the free memory, the computer is likely to slow down.
    static constexpr double kTightShare = 0.8;
};

} // namespace tritium
