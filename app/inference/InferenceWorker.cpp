#include "inference/InferenceWorker.h"

#include "inference/ContextWindow.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <spdlog/spdlog.h>
#include <trit/trit.h>

namespace tritium {
namespace {

// The view needs no more than ~30 updates a second; more only costs the GUI thread.
constexpr qint64 kDeltaIntervalMs = 33;
// Room kept free in the context for the reply when old turns must be dropped.
constexpr int kMinReplyRoom = 256;

GenerationFigures toFigures(const trit::GenerationStats& s, const trit::Session& session) {
    GenerationFigures f;
    f.promptTokens = s.prompt_tokens;
    f.reusedTokens = s.reused_tokens;
    f.generatedTokens = s.generated_tokens;
    f.prefillMs = s.prefill_ms;
    f.firstTokenMs = s.first_token_ms;
    f.decodeMs = s.decode_ms;
    f.prefillTokensPerSecond = s.prefillTokensPerSecond();
    f.decodeTokensPerSecond = s.decodeTokensPerSecond();
    f.kvCacheBytes = static_cast<qint64>(session.kvCacheBytes());
    f.contextUsed = static_cast<int>(session.tokens().size());
    f.contextSize = static_cast<int>(session.contextSize());
    return f;
}

} // namespace

InferenceWorker::InferenceWorker(std::shared_ptr<std::atomic<bool>> cancel, QObject* parent)
    : QObject(parent), cancel_(std::move(cancel)) {}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::loadModel(const QString& path, int contextLength, int threads, bool kvCacheF32) {
    session_.reset();
    model_.reset();
    try {
        trit::LoadOptions options;
        options.progress = [this](float fraction) {
            emit loadProgress(fraction);
            return true;
        };
        model_ = trit::Model::load(path.toStdString(), options);
        trit::SessionOptions so;
        so.n_ctx = static_cast<uint32_t>(std::max(256, contextLength));
        so.n_threads = threads;
        so.kv_type = kvCacheF32 ? trit::KvCacheType::F32 : trit::KvCacheType::F16;
        session_ = std::make_unique<trit::Session>(model_, so);
        const trit::ModelInfo& info = model_->info();
        QVariantMap map;
        map["path"] = path;
        map["name"] = QString::fromStdString(info.name);
        map["architecture"] = QString::fromStdString(info.architecture);
        map["parameters"] = static_cast<qulonglong>(info.n_params);
        map["fileSize"] = static_cast<qulonglong>(info.file_size);
        map["contextSize"] = session_->contextSize();
        map["mappedBytes"] = static_cast<qulonglong>(model_->mappedBytes());
        map["kvCacheBytes"] = static_cast<qulonglong>(session_->kvCacheBytes());
        map["threads"] = session_->threads();
        map["kernelPath"] = QString::fromStdString(trit::activeKernelPath());
        spdlog::info("model loaded: {} ({}, {} parameters, context {})",
                     QFileInfo(path).fileName().toStdString(), info.architecture, info.n_params,
                     session_->contextSize());
        emit modelLoaded(map);
    } catch (const std::exception& e) {
        session_.reset();
        model_.reset();
        spdlog::warn("model load failed: {}", e.what());
        emit modelLoadFailed(path, QString::fromStdString(e.what()));
    }
}

void InferenceWorker::unloadModel() {
    session_.reset();
    model_.reset();
    emit modelUnloaded();
}

void InferenceWorker::flushDelta(qint64 replyId, bool force) {
    if (pendingDelta_.isEmpty() || (!force && sinceFlush_.elapsed() < kDeltaIntervalMs))
        return;
    emit textDelta(replyId, pendingDelta_);
    pendingDelta_.clear();
    sinceFlush_.restart();
}

void InferenceWorker::generate(const GenerationRequest& request) {
    if (!session_) {
        emit replyFinished(request.replyId, static_cast<int>(ReplyEnd::Failed), request.prefill, {},
                           tr("No model is loaded. Load a model on the Models page first."));
        return;
    }
    emit replyStarted(request.replyId);
    std::vector<trit::ChatMessage> messages;
    for (const ChatTurn& turn : request.turns)
        messages.push_back({turn.role.toStdString(), turn.text.toStdString()});
    if (!request.prefill.isEmpty())
        messages.push_back({"assistant", request.prefill.toStdString()});

    trit::GenerationParams params;
    params.sampling.temperature = static_cast<float>(request.sampling.temperature);
    params.sampling.top_p = static_cast<float>(request.sampling.topP);
    params.sampling.top_k = request.sampling.topK;
    params.sampling.min_p = static_cast<float>(request.sampling.minP);
    params.sampling.repeat_penalty = static_cast<float>(request.sampling.repeatPenalty);
    params.sampling.seed = request.sampling.seed >= 0 ? static_cast<uint64_t>(request.sampling.seed)
                                                      : QRandomGenerator::global()->generate64();
    params.max_tokens = request.sampling.maxTokens;

    const int contextSize = static_cast<int>(session_->contextSize());
    const int replyRoom = std::min(std::max(kMinReplyRoom, contextSize / 4), request.sampling.maxTokens);
    const trit::Tokenizer& tokenizer = model_->tokenizer();
    const std::string format = model_->info().chat_format;
    // A continued reply is rendered as the assistant's unfinished turn; fitting counts it like any other.
    auto count = [&](const std::vector<trit::ChatMessage>& candidate) {
        return static_cast<int>(trit::renderChat(tokenizer, format, candidate, true).size());
    };
    FittedConversation fitted;
    try {
        fitted = fitToContext(std::move(messages), contextSize - replyRoom, count);
    } catch (const std::exception& e) {
        emit replyFinished(request.replyId, static_cast<int>(ReplyEnd::Failed), request.prefill, {},
                           QString::fromStdString(e.what()));
        return;
    }
    if (fitted.droppedTurns > 0)
        emit contextTrimmed(request.replyId, fitted.droppedTurns);
    if (!request.prefill.isEmpty())
        fitted.messages.pop_back(); // generated below as a continuation, not as a finished turn

    pendingDelta_.clear();
    sinceFlush_.start();
    QString text = request.prefill;
    auto onText = [&](std::string_view delta, const trit::GenerationStats& stats) {
        const QString piece = QString::fromUtf8(delta.data(), static_cast<qsizetype>(delta.size()));
        text += piece;
        pendingDelta_ += piece;
        if (sinceFlush_.elapsed() >= kDeltaIntervalMs) {
            flushDelta(request.replyId, true);
            emit figures(request.replyId, toFigures(stats, *session_));
        }
        return true;
    };
    try {
        trit::Generator generator(*session_);
        trit::GenerationResult result;
        if (request.prefill.isEmpty()) {
            result = generator.chat(fitted.messages, params, onText, cancel_.get());
        } else {
            // Continue an interrupted reply: the prompt ends inside the assistant's turn.
            std::vector<int32_t> prompt = trit::renderChat(tokenizer, format, fitted.messages, true);
            const std::vector<int32_t> already =
                tokenizer.encode(request.prefill.toStdString(), false, false);
            prompt.insert(prompt.end(), already.begin(), already.end());
            result = generator.complete(prompt, params, onText, cancel_.get());
        }
        flushDelta(request.replyId, true);
        const GenerationFigures figures = toFigures(result.stats, *session_);
        const ReplyEnd end =
            result.reason == trit::StopReason::Cancelled ? ReplyEnd::Stopped : ReplyEnd::Complete;
        emit replyFinished(request.replyId, static_cast<int>(end), text, figures, QString());
    } catch (const std::exception& e) {
        flushDelta(request.replyId, true);
        spdlog::warn("generation failed: {}", e.what());
        // The cache may hold a half-processed turn: start the next request from scratch.
        session_->truncate(0);
        emit replyFinished(request.replyId, static_cast<int>(ReplyEnd::Failed), text, {},
                           QString::fromStdString(e.what()));
    }
}

} // namespace tritium
