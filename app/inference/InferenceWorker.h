#pragma once
// Lives on its own QThread. Owns the loaded trit::Model and trit::Session (and so the KV cache of the
// conversation last generated, which the next request reuses up to the common prefix), loads models,
// generates, and reports token deltas and numbers through queued signals. Never touches GUI objects.
#include "inference/GenerationTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <atomic>
#include <memory>

namespace trit {
class Model;
class Session;
} // namespace trit

namespace tritium {

struct LoadRequest {
    QString path;
    int contextLength = 4096;
    int threads = 0;
    bool kvCacheF32 = false;
};

class InferenceWorker : public QObject {
    Q_OBJECT
public:
    // `cancel` is owned by the client and set from the GUI thread to stop a generation within one token.
    explicit InferenceWorker(std::shared_ptr<std::atomic<bool>> cancel, QObject* parent = nullptr);
    ~InferenceWorker() override;

public slots:
    void loadModel(const QString& path, int contextLength, int threads, bool kvCacheF32);
    void unloadModel();
    void generate(const tritium::GenerationRequest& request);

signals:
    void loadProgress(double fraction);
    // info: name, path, architecture, parameters, fileSize, contextSize, mappedBytes, kvCacheBytes,
    // kernelPath
    void modelLoaded(const QVariantMap& info);
    void modelLoadFailed(const QString& path, const QString& message);
    void modelUnloaded();
    void replyStarted(qint64 replyId);
    void contextTrimmed(qint64 replyId, int droppedTurns);
    void textDelta(qint64 replyId, const QString& delta);
    void figures(qint64 replyId, const tritium::GenerationFigures& figures);
    void replyFinished(qint64 replyId, int end, const QString& text,
                       const tritium::GenerationFigures& figures, const QString& error);

private:
    void flushDelta(qint64 replyId, bool force);

    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<const trit::Model> model_;
    std::unique_ptr<trit::Session> session_;
    QString pendingDelta_;
    QElapsedTimer sinceFlush_;
};

} // namespace tritium
