#include "system/Settings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <trit/Cpu.h>

namespace tritium {

Settings::Settings(const QString& filePath, const QString& defaultModelsFolder, QObject* parent)
    : QObject(parent), defaultModelsFolder_(defaultModelsFolder) {
    settings_ = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
    if (settings_->status() == QSettings::FormatError) {
        // Keep the broken file for inspection, start from defaults, and let the UI tell the user.
        settings_.reset();
        const QString aside =
            filePath + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
        QFile::rename(filePath, aside);
        spdlog::warn("settings file was unreadable; set aside as {}", aside.toStdString());
        settings_ = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
        recovered_ = true;
    }
}

QVariant Settings::value(const char* key, const QVariant& fallback) const {
    return settings_->value(QLatin1String(key), fallback);
}

void Settings::store(const char* key, const QVariant& newValue) {
    if (settings_->value(QLatin1String(key)) == newValue)
        return;
    settings_->setValue(QLatin1String(key), newValue);
    settings_->sync();
    emit changed();
}

int Settings::physicalCores() const {
    return trit::physicalCoreCount();
}
QString Settings::filePath() const {
    return settings_->fileName();
}

int Settings::threads() const {
    return std::clamp(value("engine/threads", physicalCores()).toInt(), 1, 256);
}
void Settings::setThreads(int v) {
    store("engine/threads", std::clamp(v, 1, 256));
}
int Settings::contextLength() const {
    return std::clamp(value("engine/context", 4096).toInt(), 256, 131072);
}
void Settings::setContextLength(int v) {
    store("engine/context", std::clamp(v, 256, 131072));
}
bool Settings::kvCacheF32() const {
    return value("engine/kvF32", false).toBool();
}
void Settings::setKvCacheF32(bool v) {
    store("engine/kvF32", v);
}

double Settings::temperature() const {
    return std::clamp(value("sampling/temperature", 0.6).toDouble(), 0.0, 5.0);
}
void Settings::setTemperature(double v) {
    store("sampling/temperature", std::clamp(v, 0.0, 5.0));
}
double Settings::topP() const {
    return std::clamp(value("sampling/topP", 0.9).toDouble(), 0.0, 1.0);
}
void Settings::setTopP(double v) {
    store("sampling/topP", std::clamp(v, 0.0, 1.0));
}
int Settings::topK() const {
    return std::clamp(value("sampling/topK", 40).toInt(), 0, 100000);
}
void Settings::setTopK(int v) {
    store("sampling/topK", std::clamp(v, 0, 100000));
}
double Settings::minP() const {
    return std::clamp(value("sampling/minP", 0.05).toDouble(), 0.0, 1.0);
}
void Settings::setMinP(double v) {
    store("sampling/minP", std::clamp(v, 0.0, 1.0));
}
double Settings::repeatPenalty() const {
    return std::clamp(value("sampling/repeatPenalty", 1.1).toDouble(), 1.0, 3.0);
}
void Settings::setRepeatPenalty(double v) {
    store("sampling/repeatPenalty", std::clamp(v, 1.0, 3.0));
}
int Settings::maxTokens() const {
    return std::clamp(value("sampling/maxTokens", 1024).toInt(), 1, 131072);
}
void Settings::setMaxTokens(int v) {
    store("sampling/maxTokens", std::clamp(v, 1, 131072));
}
int Settings::seed() const {
    return value("sampling/seed", 0).toInt();
}
void Settings::setSeed(int v) {
    store("sampling/seed", v);
}

void Settings::resetSamplingDefaults() {
    settings_->remove(QStringLiteral("sampling"));
    settings_->sync();
    emit changed();
}

QString Settings::theme() const {
    const QString t = value("ui/theme", QStringLiteral("system")).toString();
    return (t == "light" || t == "dark") ? t : QStringLiteral("system");
}
void Settings::setTheme(const QString& v) {
    store("ui/theme", v);
}
QString Settings::language() const {
    return value("ui/language", QString()).toString();
}
void Settings::setLanguage(const QString& v) {
    store("ui/language", v);
}
QString Settings::modelsFolder() const {
    const QString f = value("models/folder", QString()).toString();
    return f.isEmpty() ? defaultModelsFolder_ : f;
}
void Settings::setModelsFolder(const QString& v) {
    store("models/folder", v);
}
QString Settings::defaultModel() const {
    return value("models/default", QString()).toString();
}
void Settings::setDefaultModel(const QString& v) {
    store("models/default", v);
}
QString Settings::mirrorBaseUrl() const {
    return value("models/mirror", QString()).toString();
}
void Settings::setMirrorBaseUrl(const QString& v) {
    store("models/mirror", v);
}
QString Settings::userCatalogPath() const {
    return value("models/userCatalog", QString()).toString();
}
void Settings::setUserCatalogPath(const QString& v) {
    store("models/userCatalog", v);
}
bool Settings::debugLogging() const {
    return value("debug/logging", false).toBool();
}
void Settings::setDebugLogging(bool v) {
    store("debug/logging", v);
}

} // namespace tritium
