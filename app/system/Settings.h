#pragma once
// The user's settings, typed, stored in an INI file (QSettings). A corrupt file is set aside and defaults are
// used; `recoveredFromCorruption()` tells the UI so it can say so.
#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace tritium {

class Settings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Settings are created by the application")
    Q_PROPERTY(int threads READ threads WRITE setThreads NOTIFY changed)
    Q_PROPERTY(int contextLength READ contextLength WRITE setContextLength NOTIFY changed)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY changed)
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY changed)
    Q_PROPERTY(int topK READ topK WRITE setTopK NOTIFY changed)
    Q_PROPERTY(double minP READ minP WRITE setMinP NOTIFY changed)
    Q_PROPERTY(double repeatPenalty READ repeatPenalty WRITE setRepeatPenalty NOTIFY changed)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY changed)
    Q_PROPERTY(int seed READ seed WRITE setSeed NOTIFY changed)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QString modelsFolder READ modelsFolder WRITE setModelsFolder NOTIFY changed)
    Q_PROPERTY(QString defaultModel READ defaultModel WRITE setDefaultModel NOTIFY changed)
    Q_PROPERTY(QString mirrorBaseUrl READ mirrorBaseUrl WRITE setMirrorBaseUrl NOTIFY changed)
    Q_PROPERTY(QString userCatalogPath READ userCatalogPath WRITE setUserCatalogPath NOTIFY changed)
    Q_PROPERTY(bool kvCacheF32 READ kvCacheF32 WRITE setKvCacheF32 NOTIFY changed)
    Q_PROPERTY(bool debugLogging READ debugLogging WRITE setDebugLogging NOTIFY changed)
    Q_PROPERTY(bool recoveredFromCorruption READ recoveredFromCorruption CONSTANT)
    Q_PROPERTY(int physicalCores READ physicalCores CONSTANT)

public:
    // `filePath`: the INI file; `defaultModelsFolder`: used until the user picks another.
    Settings(const QString& filePath, const QString& defaultModelsFolder, QObject* parent = nullptr);

    int threads() const;
    void setThreads(int value);
    int contextLength() const;
    void setContextLength(int value);
    double temperature() const;
    void setTemperature(double value);
    double topP() const;
    void setTopP(double value);
    int topK() const;
    void setTopK(int value);
    double minP() const;
    void setMinP(double value);
    double repeatPenalty() const;
    void setRepeatPenalty(double value);
    int maxTokens() const;
    void setMaxTokens(int value);
    int seed() const;
    void setSeed(int value);
    QString theme() const;
    void setTheme(const QString& value);
    QString language() const;
    void setLanguage(const QString& value);
    QString modelsFolder() const;
    void setModelsFolder(const QString& value);
    QString defaultModel() const;
    void setDefaultModel(const QString& value);
    QString mirrorBaseUrl() const;
    void setMirrorBaseUrl(const QString& value);
    QString userCatalogPath() const;
    void setUserCatalogPath(const QString& value);
    bool kvCacheF32() const;
    void setKvCacheF32(bool value);
    bool debugLogging() const;
    void setDebugLogging(bool value);

    bool recoveredFromCorruption() const { return recovered_; }
    int physicalCores() const;
    QString filePath() const;

    Q_INVOKABLE void resetSamplingDefaults();

signals:
    void changed();

private:
    QVariant value(const char* key, const QVariant& fallback) const;
    void store(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> settings_;
    QString defaultModelsFolder_;
    bool recovered_ = false;
};

} // namespace tritium
