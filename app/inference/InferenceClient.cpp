#include "inference/InferenceClient.h"

#include "inference/InferenceWorker.h"

#include <QMetaObject>

namespace tritium {
namespace {
constexpr int kRateHistoryLength = 60; // samples of ~33 ms: the last two seconds
}

InferenceClient::InferenceClient(QObject* parent) : QObject(parent) {
    qRegisterMetaType<GenerationRequest>();
    qRegisterMetaType<GenerationFigures>();
    thread_.setObjectName(QStringLiteral("inference"));
    worker_ = new InferenceWorker(cancel_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);

    connect(worker_, &InferenceWorker::loadProgress, this, [this](double fraction) {
        loadProgress_ = fraction;
        emit loadProgressChanged();
    });
    connect(worker_, &InferenceWorker::modelLoaded, this, [this](const QVariantMap& info) {
        modelInfo_ = info;
        errorText_.clear();
        figures_ = {};
        figures_.contextSize = info.value("contextSize").toInt();
        figures_.kvCacheBytes = info.value("kvCacheBytes").toLongLong();
        setState(State::Ready);
        emit figuresChanged();
        emit modelLoaded(info);
    });
    connect(worker_, &InferenceWorker::modelLoadFailed, this,
            [this](const QString& path, const QString& message) {
                modelInfo_.clear();
                errorText_ = message;
                setState(State::Failed);
                emit modelLoadFailed(path, message);
            });
    connect(worker_, &InferenceWorker::modelUnloaded, this, [this] {
        modelInfo_.clear();
        modelPath_.clear();
        setState(State::NoModel);
    });
    connect(worker_, &InferenceWorker::contextTrimmed, this, &InferenceClient::contextTrimmed);
    connect(worker_, &InferenceWorker::textDelta, this, &InferenceClient::textDelta);
    connect(worker_, &InferenceWorker::figures, this, &InferenceClient::onFigures);
    connect(worker_, &InferenceWorker::replyFinished, this,
            [this](qint64 replyId, int end, const QString& text, const GenerationFigures& figures,
                   const QString& error) {
                if (end != static_cast<int>(ReplyEnd::Failed))
                    onFigures(replyId, figures);
                if (activeReply_ == replyId) {
                    activeReply_ = 0;
                    emit generatingChanged();
                }
                emit replyFinished(replyId, end, text, figures, error);
            });
    thread_.start();
}

InferenceClient::~InferenceClient() {
    // Quitting mid-reply: stop it (the worker returns within one token), then let the thread end.
    cancel_->store(true);
    thread_.quit();
    thread_.wait();
}

void InferenceClient::setState(State state) {
    state_ = state;
    emit stateChanged();
}

void InferenceClient::loadModel(const QString& path, int contextLength, int threads, bool kvCacheF32) {
    stop();
    modelPath_ = path;
    loadProgress_ = 0;
    errorText_.clear();
    setState(State::Loading);
    emit loadProgressChanged();
    QMetaObject::invokeMethod(worker_, "loadModel", Qt::QueuedConnection, Q_ARG(QString, path),
                              Q_ARG(int, contextLength), Q_ARG(int, threads), Q_ARG(bool, kvCacheF32));
}

void InferenceClient::unloadModel() {
    stop();
    QMetaObject::invokeMethod(worker_, "unloadModel", Qt::QueuedConnection);
}

bool InferenceClient::generate(const GenerationRequest& request) {
    if (state_ != State::Ready || activeReply_ != 0)
        return false;
    activeReply_ = request.replyId;
    cancel_->store(false);
    rateHistory_.clear();
    figures_.generatedTokens = 0;
    figures_.decodeTokensPerSecond = 0;
    emit generatingChanged();
    emit figuresChanged();
    QMetaObject::invokeMethod(worker_, "generate", Qt::QueuedConnection,
                              Q_ARG(tritium::GenerationRequest, request));
    return true;
}

void InferenceClient::stop() {
    if (activeReply_ != 0)
        cancel_->store(true);
}

void InferenceClient::onFigures(qint64 replyId, const GenerationFigures& figures) {
    if (replyId != activeReply_ && activeReply_ != 0)
        return;
    figures_ = figures;
    rateHistory_.append(figures.decodeTokensPerSecond);
    while (rateHistory_.size() > kRateHistoryLength)
        rateHistory_.removeFirst();
    emit figuresChanged();
}

} // namespace tritium
