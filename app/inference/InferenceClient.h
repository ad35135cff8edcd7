#pragma once
// The GUI thread's side of inference: owns the worker thread, forwards requests to it as queued calls, and
// turns its signals into properties for QML (model state, live figures, a short tokens/s history).
#include "inference/GenerationTypes.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace tritium {

class InferenceWorker;

class InferenceClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(double loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString modelPath READ modelPath NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap modelInfo READ modelInfo NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(bool generating READ generating NOTIFY generatingChanged)
    Q_PROPERTY(double decodeTokensPerSecond READ decodeTokensPerSecond NOTIFY figuresChanged)
    Q_PROPERTY(double prefillTokensPerSecond READ prefillTokensPerSecond NOTIFY figuresChanged)
    Q_PROPERTY(double firstTokenMs READ firstTokenMs NOTIFY figuresChanged)
    Q_PROPERTY(int generatedTokens READ generatedTokens NOTIFY figuresChanged)
    Q_PROPERTY(int promptTokens READ promptTokens NOTIFY figuresChanged)
    Q_PROPERTY(qint64 kvCacheBytes READ kvCacheBytes NOTIFY figuresChanged)
    Q_PROPERTY(int contextUsed READ contextUsed NOTIFY figuresChanged)
    Q_PROPERTY(int contextSize READ contextSize NOTIFY figuresChanged)
    Q_PROPERTY(QList<qreal> rateHistory READ rateHistory NOTIFY figuresChanged)

public:
    enum class State { NoModel, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit InferenceClient(QObject* parent = nullptr);
    ~InferenceClient() override;

    State state() const { return state_; }
    double loadProgress() const { return loadProgress_; }
    QString modelPath() const { return modelPath_; }
    QVariantMap modelInfo() const { return modelInfo_; }
    QString errorText() const { return errorText_; }
    bool generating() const { return activeReply_ != 0; }
    double decodeTokensPerSecond() const { return figures_.decodeTokensPerSecond; }
    double prefillTokensPerSecond() const { return figures_.prefillTokensPerSecond; }
    double firstTokenMs() const { return figures_.firstTokenMs; }
    int generatedTokens() const { return figures_.generatedTokens; }
    int promptTokens() const { return figures_.promptTokens; }
    qint64 kvCacheBytes() const { return figures_.kvCacheBytes; }
    int contextUsed() const { return figures_.contextUsed; }
    int contextSize() const { return figures_.contextSize; }
    QList<qreal> rateHistory() const { return rateHistory_; }

    // Loading a model while a reply streams stops the reply first (it is saved as "stopped").
    void loadModel(const QString& path, int contextLength, int threads, bool kvCacheF32);
    Q_INVOKABLE void unloadModel();
    // Starts a reply; returns false (and does nothing) while another reply is being generated or no model
    // is ready.
    bool generate(const GenerationRequest& request);
    // Stops the current reply within one token.
    Q_INVOKABLE void stop();
    qint64 activeReply() const { return activeReply_; }
    const GenerationFigures& currentFigures() const { return figures_; }

signals:
    void stateChanged();
    void loadProgressChanged();
    void generatingChanged();
    void figuresChanged();
    void modelLoaded(const QVariantMap& info);
    void modelLoadFailed(const QString& path, const QString& message);
    void contextTrimmed(qint64 replyId, int droppedTurns);
    void textDelta(qint64 replyId, const QString& delta);
    void replyFinished(qint64 replyId, int end, const QString& text,
                       const tritium::GenerationFigures& figures, const QString& error);

private:
    void setState(State state);
    void onFigures(qint64 replyId, const GenerationFigures& figures);

    QThread thread_;
    InferenceWorker* worker_ = nullptr; // lives on thread_, deleted when it finishes
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    State state_ = State::NoModel;
    double loadProgress_ = 0;
    QString modelPath_;
    QVariantMap modelInfo_;
    QString errorText_;
    qint64 activeReply_ = 0;
    GenerationFigures figures_;
    QList<qreal> rateHistory_;
};

} // namespace tritium
