#pragma once
// Creates and wires every long-lived object of the app in one place, and hands them to QML as properties
// (no global singletons). Tests build one on temporary folders.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class Database;
class ConversationStore;
class ConversationSearch;

namespace tritium {
class Catalog;
class ModelStore;
class Downloader;
} // namespace tritium

#include "chat/ChatController.h"
#include "inference/InferenceClient.h"
#include "models/ModelLibrary.h"
#include "system/ResourceMonitor.h"
#include "system/Settings.h"

namespace tritium {

struct AppPaths {
    QString dataDir;      // database, logs, settings
    QString modelsDir;    // default models folder
    QString bundledModel; // the demo model shipped with the app, or empty
};

class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(tritium::Settings* settings READ settings CONSTANT)
    Q_PROPERTY(tritium::InferenceClient* inference READ inference CONSTANT)
    Q_PROPERTY(tritium::ResourceMonitor* resources READ resources CONSTANT)
    Q_PROPERTY(tritium::ChatController* chat READ chat CONSTANT)
    Q_PROPERTY(tritium::ModelLibrary* models READ models CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString kernelPath READ kernelPath CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString logFile READ logFile CONSTANT)
    Q_PROPERTY(QString bundledModel READ bundledModel CONSTANT)
    Q_PROPERTY(QString storageProblem READ storageProblem CONSTANT)
    Q_PROPERTY(QString storageNotice READ storageNotice NOTIFY storageNoticeChanged)

public:
    explicit AppContext(const AppPaths& paths, QObject* parent = nullptr);
    ~AppContext() override;

    // Where the app keeps its files when run normally (QStandardPaths::AppDataLocation etc.).
    static AppPaths standardPaths();
    // The demo model shipped with the app (needs the application object), or empty.
    static QString bundledModelPath();

    Settings* settings() const { return settings_; }
    InferenceClient* inference() const { return inference_; }
    ResourceMonitor* resources() const { return resources_; }
    // Null when the database could not be opened (see storageProblem).
    ChatController* chat() const { return chat_; }
    ModelLibrary* models() const { return models_; }
    QString version() const;
    QString kernelPath() const;
    QString dataDir() const { return paths_.dataDir; }
    QString logFile() const;
    QString bundledModel() const { return paths_.bundledModel; }
    // Why conversations are unavailable (e.g. a database from a newer Tritium), or empty.
    QString storageProblem() const { return storageProblem_; }
    // Something the user should know about their conversations (e.g. a damaged file was set aside).
    QString storageNotice() const { return storageNotice_; }
    Q_INVOKABLE void dismissStorageNotice();

    // A model named on the command line, loaded instead of the default one.
    void setStartupModel(const QString& path) { startupModel_ = path; }
    // Loads the command line's model, else the default model, else the bundled demo model.
    void loadStartupModel();
    Q_INVOKABLE void loadModel(const QString& path);

signals:
    void storageNoticeChanged();

private:
    void openStorage();
    void createModels();

    AppPaths paths_;
    Settings* settings_ = nullptr;
    InferenceClient* inference_ = nullptr;
    ResourceMonitor* resources_ = nullptr;
    std::unique_ptr<Database> database_;
    std::unique_ptr<ConversationStore> store_;
    std::unique_ptr<ConversationSearch> search_;
    ChatController* chat_ = nullptr;
    Catalog* catalog_ = nullptr;
    ModelStore* modelStore_ = nullptr;
    Downloader* downloader_ = nullptr;
    ModelLibrary* models_ = nullptr;
    QString storageProblem_;
    QString storageNotice_;
    QString startupModel_;
};

} // namespace tritium
