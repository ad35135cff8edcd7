#pragma once
// Turns SIGTERM, SIGINT and SIGHUP into a normal Qt quit, so that a replying conversation is saved as
// "stopped" and the log says the app ended, instead of the process vanishing mid-write.
#include <QObject>

class QSocketNotifier;

namespace tritium {

class QuitOnSignal : public QObject {
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier* notifier_ = nullptr;
};

} // namespace tritium
