// Qt Quick Test entry: every test gets a real AppContext on a temporary data folder, exposed to QML as
// the context property `appContext`.
#include "AppContext.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(TritiumPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        dataDir_ = std::make_unique<QTemporaryDir>();
        tritium::AppPaths paths;
        paths.dataDir = dataDir_->filePath("data");
        paths.modelsDir = dataDir_->filePath("data/models");
        context_ = std::make_unique<tritium::AppContext>(paths);
        engine->rootContext()->setContextProperty(QStringLiteral("appContext"), context_.get());
    }
    void cleanupTestCase() {
        context_.reset();
        dataDir_.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> dataDir_;
    std::unique_ptr<tritium::AppContext> context_;
};

QUICK_TEST_MAIN_WITH_SETUP(tritium_qml, Setup)
#include "tst_qml.moc"
