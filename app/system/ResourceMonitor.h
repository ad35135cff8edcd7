#pragma once
// The process's resident memory, read from the operating system (Linux /proc, macOS task_info, Windows
// GetProcessMemoryInfo), refreshed on a timer — fast while a reply streams, slow otherwise.
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tritium {

class ResourceMonitor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(qint64 residentBytes READ residentBytes NOTIFY updated)
    Q_PROPERTY(qint64 availableBytes READ availableBytes NOTIFY updated)
    Q_PROPERTY(bool fast READ fast WRITE setFast NOTIFY fastChanged)

public:
    explicit ResourceMonitor(QObject* parent = nullptr);

    qint64 residentBytes() const { return resident_; }
    qint64 availableBytes() const { return available_; }
    bool fast() const { return timer_.interval() == kFastMs; }
    void setFast(bool fast);

    static qint64 currentResidentBytes();
    static qint64 currentAvailableBytes(); // memory the system can still give (0 when unknown)

public slots:
    void refresh();

signals:
    void updated();
    void fastChanged();

private:
    static constexpr int kFastMs = 500;
    static constexpr int kSlowMs = 3000;
    QTimer timer_;
    qint64 resident_ = 0;
    qint64 available_ = 0;
};

} // namespace tritium
