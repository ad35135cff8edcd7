#include "system/ResourceMonitor.h"

#include <QFile>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#elif defined(Q_OS_MACOS)
#include <mach/mach.h>
#include <sys/sysctl.h>
#elif defined(Q_OS_WIN)
#include <psapi.h>
#include <windows.h>
#endif

namespace tritium {

ResourceMonitor::ResourceMonitor(QObject* parent) : QObject(parent) {
    timer_.setInterval(kSlowMs);
    connect(&timer_, &QTimer::timeout, this, &ResourceMonitor::refresh);
    timer_.start();
    refresh();
}

void ResourceMonitor::setFast(bool fast) {
    if (fast == this->fast())
        return;
    timer_.setInterval(fast ? kFastMs : kSlowMs);
    refresh();
    emit fastChanged();
}

void ResourceMonitor::refresh() {
    resident_ = currentResidentBytes();
    available_ = currentAvailableBytes();
    emit updated();
}

qint64 ResourceMonitor::currentResidentBytes() {
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
#elif defined(Q_OS_MACOS)
    mach_task_basic_info info{};
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, reinterpret_cast<task_info_t>(&info), &count) !=
        KERN_SUCCESS)
        return 0;
    return static_cast<qint64>(info.resident_size);
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return 0;
    return static_cast<qint64>(counters.WorkingSetSize);
#else
    return 0;
#endif
}

qint64 ResourceMonitor::currentAvailableBytes() {
#if defined(Q_OS_LINUX)
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    while (!meminfo.atEnd()) {
        const QByteArray line = meminfo.readLine();
        if (line.startsWith("MemAvailable:"))
            return line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
#elif defined(Q_OS_MACOS)
    vm_statistics64_data_t stats{};
    mach_msg_type_number_t count = HOST_VM_INFO64_COUNT;
    if (host_statistics64(mach_host_self(), HOST_VM_INFO64, reinterpret_cast<host_info64_t>(&stats),
                          &count) != KERN_SUCCESS)
        return 0;
    return static_cast<qint64>(stats.free_count + stats.inactive_count) * static_cast<qint64>(vm_page_size);
#elif defined(Q_OS_WIN)
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof(status);
    return GlobalMemoryStatusEx(&status) ? static_cast<qint64>(status.ullAvailPhys) : 0;
#else
    return 0;
#endif
}

} // namespace tritium
