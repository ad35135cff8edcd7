#pragma once
// Loads the interface language (the system's by default, or the one chosen in Settings) and switches it at
// run time without a restart.
#include <QObject>
#include <QTranslator>

class QQmlEngine;

namespace tritium {

class Settings;

class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(Settings* settings, QObject* parent = nullptr);
    void attach(QQmlEngine* engine);
    // Languages with a translation, as locale names ("de", "ar", ...), plus "en".
    static QStringList available();

private:
    void apply();

    Settings* settings_;
    QQmlEngine* engine_ = nullptr;
    QTranslator translator_;
    bool installed_ = false;
    QString current_;
};

} // namespace tritium
