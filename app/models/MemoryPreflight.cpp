#include "MemoryPreflight.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach/mach.h>
#include <mach/mach_host.h>
#endif

namespace tritium {

qint64 MemoryPreflight::parseMemAvailable(const QByteArray& meminfo) {
    for (const QByteArray& line : meminfo.split('\n')) {
        if (!line.startsWith("MemAvailable:"))
            continue;
        const QList<QByteArray> fields = line.mid(13).simplified().split(' ');
        bool ok = false;
        const qint64 kib = fields.value(0).toLongLong(&ok);
        if (!ok || kib < 0 || kib > (Q_INT64_C(1) << 52))
            return -1;
        return kib * 1024;
    }
    return -1;
}

qint64 MemoryPreflight::availableBytes() {
#if defined(Q_OS_LINUX)
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    return parseMemAvailable(meminfo.readAll());
#elif defined(Q_OS_WIN)
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof(status);
    if (!GlobalMemoryStatusEx(&status))
        return -1;
    return qint64(status.ullAvailPhys);
#elif defined(Q_OS_MACOS)
    vm_statistics64_data_t stats{};
    mach_msg_type_number_t count = HOST_VM_INFO64_COUNT;
    if (host_statistics64(mach_host_self(), HOST_VM_INFO64, reinterpret_cast<host_info64_t>(&stats),
                          &count) != KERN_SUCCESS)
        return -1;
    vm_size_t pageSize = 0;
    host_page_size(mach_host_self(), &pageSize);
    // Free, inactive and purgeable pages are what macOS hands out without swapping.
    return qint64(stats.free_count + stats.inactive_count + stats.purgeable_count) * qint64(pageSize);
#else
    return -1;
#endif
}

QString MemoryPreflight::warning(qint64 expectedBytes, qint64 availableBytes, int contextLength) {
    if (expectedBytes <= 0 || availableBytes <= 0)
        return {};
    const QLocale locale;
    const QString need = locale.formattedDataSize(expectedBytes);
    const QString free = locale.formattedDataSize(availableBytes);
    if (expectedBytes > availableBytes)
        return QCoreApplication::translate(
                   "MemoryPreflight", "This model needs about %1 of memory with a context of %2 tokens, but "
                                      "only %3 is free. Close other programs, or choose a smaller context "
                                      "length in Settings.")
            .arg(need, locale.toString(contextLength), free);
    if (double(expectedBytes) > kTightShare * double(availableBytes))
        return QCoreApplication::translate(
                   "MemoryPreflight", "This model needs about %1 of the %2 of memory that is free (context "
                                      "of %3 tokens); the computer may slow down. A smaller context length "
                                      "needs less.")
            .arg(need, free, locale.toString(contextLength));
    return {};
}

} // namespace tritium
