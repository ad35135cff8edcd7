#include "system/Translations.h"

#include "system/Settings.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <spdlog/spdlog.h>

namespace tritium {

Translations::Translations(Settings* settings, QObject* parent) : QObject(parent), settings_(settings) {
    connect(settings_, &Settings::changed, this, &Translations::apply);
    apply();
}

void Translations::attach(QQmlEngine* engine) {
    engine_ = engine;
    apply();
}

QStringList Translations::available() {
    QStringList names{QStringLiteral("en")};
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tritium_*.qm")}))
        names << file.mid(8, file.size() - 8 - 3);
    return names;
}

void Translations::apply() {
    const QString chosen = settings_->language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.name() == current_)
        return;
    current_ = locale.name();
    if (installed_) {
        QCoreApplication::removeTranslator(&translator_);
        installed_ = false;
    }
    if (translator_.load(locale, QStringLiteral("tritium"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator_);
        installed_ = true;
    }
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    spdlog::info("interface language {} ({})", locale.name().toStdString(),
                 installed_ ? "translated" : "English");
    if (engine_)
        engine_->retranslate();
}

} // namespace tritium
