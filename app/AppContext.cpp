#include "AppContext.h"

#include "chat/ChatController.h"
#include "inference/InferenceClient.h"
#include "models/Catalog.h"
#include "models/Downloader.h"
#include "models/ModelLibrary.h"
#include "models/ModelStore.h"
#include "storage/ConversationSearch.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "system/Logging.h"
#include "system/ResourceMonitor.h"
#include "system/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <spdlog/spdlog.h>
#include <trit/Cpu.h>

namespace tritium {
namespace {

// The demo model ships next to the binary (installed: <prefix>/share/tritium/models) or, in a build tree,
// in the source folder.
QString findBundledModel() {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/../share/tritium/models/tritium-demo.gguf"),
        appDir + QStringLiteral("/models/tritium-demo.gguf"),
        QStringLiteral(TRITIUM_SOURCE_RESOURCES "/demo-model/tritium-demo.gguf"),
    };
    for (const QString& c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    return {};
}

} // namespace

AppContext::AppContext(const AppPaths& paths, QObject* parent) : QObject(parent), paths_(paths) {
    QDir().mkpath(paths_.dataDir);
    QDir().mkpath(paths_.modelsDir);
    settings_ =
        new Settings(QDir(paths_.dataDir).filePath(QStringLiteral("settings.ini")), paths_.modelsDir, this);
    inference_ = new InferenceClient(this);
    resources_ = new ResourceMonitor(this);
    connect(inference_, &InferenceClient::generatingChanged, resources_,
            [this] { resources_->setFast(inference_->generating()); });
    openStorage();
    createModels();
}

AppContext::~AppContext() {
    // The controller saves a reply still being written before the store and the worker go away.
    delete chat_;
    chat_ = nullptr;
}

void AppContext::openStorage() {
    database_ = std::make_unique<Database>(QDir(paths_.dataDir).filePath(QStringLiteral("tritium.sqlite3")));
    try {
        const Database::OpenReport report = database_->open();
        if (report.recreatedAfterCorruption) {
            storageNotice_ =
                tr("Your conversation database was damaged and could not be read. It was set aside "
                   "as %1 and a new one was started.")
                    .arg(QDir::toNativeSeparators(report.setAsidePath));
            spdlog::error("database damaged ({}); set aside as {}", report.corruptionDetail.toStdString(),
                          report.setAsidePath.toStdString());
        }
        store_ = std::make_unique<ConversationStore>(*database_);
        search_ = std::make_unique<ConversationSearch>(*database_);
        const int recovered = store_->recoverInterrupted();
        if (recovered > 0)
            spdlog::info("{} reply(ies) interrupted by the last exit marked as interrupted", recovered);
        chat_ = new ChatController(*store_, *search_, *inference_, *settings_, this);
    } catch (const StorageError& e) {
        storageProblem_ = e.message();
        spdlog::error("conversations unavailable: {}", e.message().toStdString());
        database_.reset();
    }
}

void AppContext::createModels() {
    CatalogOptions catalogOptions;
    catalogOptions.mirrorBaseUrl = settings_->mirrorBaseUrl();
    catalogOptions.userCatalogPath = settings_->userCatalogPath();
    catalog_ = new Catalog(catalogOptions, this);
    modelStore_ = new ModelStore(settings_->modelsFolder(), this);
    DownloadOptions downloadOptions;
    downloadOptions.modelsDir = settings_->modelsFolder();
    downloader_ = new Downloader(downloadOptions, nullptr, this);
    models_ = new ModelLibrary(catalog_, modelStore_, downloader_, paths_.bundledModel, this);
    models_->setContextLength(settings_->contextLength());
    models_->setDefault(settings_->defaultModel());
    connect(models_, &ModelLibrary::defaultModelChanged, this,
            [this] { settings_->setDefaultModel(models_->defaultModel()); });
    connect(settings_, &Settings::changed, this, [this] {
        models_->setContextLength(settings_->contextLength());
        CatalogOptions options = catalog_->options();
        if (options.mirrorBaseUrl != settings_->mirrorBaseUrl() ||
            options.userCatalogPath != settings_->userCatalogPath()) {
            options.mirrorBaseUrl = settings_->mirrorBaseUrl();
            options.userCatalogPath = settings_->userCatalogPath();
            catalog_->setOptions(options);
        }
        if (modelStore_->modelsDir() != settings_->modelsFolder()) {
            modelStore_->setModelsDir(settings_->modelsFolder());
            downloader_->setModelsDir(settings_->modelsFolder());
            models_->refresh();
        }
    });
    connect(inference_, &InferenceClient::stateChanged, this, [this] {
        models_->setLoadedModelPath(
            inference_->state() == InferenceClient::State::Ready ? inference_->modelPath() : QString());
    });
}

void AppContext::dismissStorageNotice() {
    storageNotice_.clear();
    emit storageNoticeChanged();
}

QString AppContext::bundledModelPath() {
    return findBundledModel();
}

AppPaths AppContext::standardPaths() {
    AppPaths p;
    p.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    p.modelsDir = QDir(p.dataDir).filePath(QStringLiteral("models"));
    return p;
}

void AppContext::loadStartupModel() {
    QString path = startupModel_;
    if (path.isEmpty()) {
        const QString chosen = settings_->defaultModel();
        if (!chosen.isEmpty()) {
            const QString inFolder = QDir(settings_->modelsFolder()).filePath(chosen);
            path = QFileInfo::exists(chosen) ? chosen : (QFileInfo::exists(inFolder) ? inFolder : QString());
        }
    }
    if (path.isEmpty())
        path = paths_.bundledModel;
    if (!path.isEmpty())
        loadModel(path);
}

void AppContext::loadModel(const QString& path) {
    if (chat_)
        chat_->saveStreamingReply();
    inference_->loadModel(path, settings_->contextLength(), settings_->threads(), settings_->kvCacheF32());
}

QString AppContext::version() const {
    return QStringLiteral(TRITIUM_VERSION);
}
QString AppContext::kernelPath() const {
    return QString::fromStdString(trit::activeKernelPath());
}
QString AppContext::logFile() const {
    return logFilePath();
}

} // namespace tritium
