#include "chat/ChatController.h"

#include "inference/InferenceClient.h"
#include "storage/ConversationStore.h"
#include "storage/StorageError.h"
#include "system/Settings.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <spdlog/spdlog.h>

namespace tritium {
namespace {
constexpr int kCheckpointMs = 500;
constexpr int kTitleLength = 48;

Message::Figures toStored(const GenerationFigures& f) {
    Message::Figures s;
    s.promptTokens = f.promptTokens;
    s.generatedTokens = f.generatedTokens;
    s.timeToFirstTokenMs = f.firstTokenMs;
    s.tokensPerSecond = f.decodeTokensPerSecond;
    s.prefillTokensPerSecond = f.prefillTokensPerSecond;
    return s;
}
} // namespace

ChatController::ChatController(ConversationStore& store, ConversationSearch& search,
                               InferenceClient& inference, Settings& settings, QObject* parent)
    : QObject(parent), store_(store), inference_(inference), settings_(settings),
      conversations_(store, search) {
    checkpointTimer_.setInterval(kCheckpointMs);
    connect(&checkpointTimer_, &QTimer::timeout, this, &ChatController::checkpoint);
    connect(&inference_, &InferenceClient::textDelta, this, &ChatController::onDelta);
    connect(&inference_, &InferenceClient::replyFinished, this, &ChatController::onFinished);
    connect(&inference_, &InferenceClient::contextTrimmed, this, [this](qint64 replyId, int dropped) {
        if (replyId != streamingId_)
            return;
        droppedTurns_ = dropped;
        emit droppedTurnsChanged();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ChatController::saveStreamingReply);
}

ChatController::~ChatController() {
    saveStreamingReply();
}

QString ChatController::titleFrom(const QString& firstMessage) {
    QString line = firstMessage.simplified();
    if (line.size() > kTitleLength) {
        line.truncate(kTitleLength);
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        if (space > kTitleLength / 2)
            line.truncate(space);
        line += QStringLiteral("…");
    }
    return line.isEmpty() ? tr("New chat") : line;
}

QString ChatController::currentTitle() const {
    if (currentId_ == 0)
        return tr("New chat");
    try {
        if (const auto c = store_.conversation(currentId_))
            return c->title;
    } catch (const StorageError&) {
    }
    return {};
}

QString ChatController::systemPrompt() const {
    try {
        if (currentId_ != 0)
            if (const auto c = store_.conversation(currentId_))
                return c->systemPrompt;
    } catch (const StorageError&) {
    }
    return {};
}

SamplingSettings ChatController::defaultSampling() const {
    SamplingSettings s;
    s.temperature = settings_.temperature();
    s.topP = settings_.topP();
    s.topK = settings_.topK();
    s.minP = settings_.minP();
    s.repeatPenalty = settings_.repeatPenalty();
    s.maxTokens = settings_.maxTokens();
    s.seed = settings_.seed() == 0 ? -1 : settings_.seed();
    return s;
}

QVariantMap ChatController::sampling() const {
    SamplingSettings s = defaultSampling();
    try {
        if (currentId_ != 0)
            if (const auto c = store_.conversation(currentId_))
                s = c->sampling;
    } catch (const StorageError&) {
    }
    return {
        {"temperature", s.temperature},     {"topP", s.topP},           {"topK", s.topK}, {"minP", s.minP},
        {"repeatPenalty", s.repeatPenalty}, {"maxTokens", s.maxTokens}, {"seed", s.seed}};
}

void ChatController::setError(const QString& text) {
    errorText_ = text;
    emit errorTextChanged();
}

void ChatController::clearError() {
    setError({});
}

void ChatController::newConversation() {
    currentId_ = 0;
    droppedTurns_ = 0;
    messages_.setRows({});
    emit droppedTurnsChanged();
    emit currentConversationChanged();
}

void ChatController::showBranch(const QList<Message>& branch) {
    QList<MessageModel::Row> rows;
    for (const Message& m : branch) {
        MessageModel::Row row{m, 0, 1};
        const QList<Message> versions = store_.siblings(m.id);
        row.siblingCount = int(versions.size());
        for (int i = 0; i < versions.size(); ++i)
            if (versions[i].id == m.id)
                row.siblingIndex = i;
        rows.append(row);
    }
    messages_.setRows(std::move(rows));
}

void ChatController::selectConversation(qint64 id) {
    try {
        if (!store_.conversation(id))
            return;
        currentId_ = id;
        droppedTurns_ = 0;
        showBranch(store_.activeBranch(id));
        emit droppedTurnsChanged();
        emit currentConversationChanged();
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

QList<ChatTurn> ChatController::turnsUpTo(qint64 messageId) const {
    QList<ChatTurn> turns;
    const QString system = systemPrompt();
    if (!system.trimmed().isEmpty())
        turns.append({QStringLiteral("system"), system});
    for (const Message& m : store_.branchThrough(messageId)) {
        if (m.role == Message::Role::System)
            continue;
        turns.append({Message::roleName(m.role), m.text});
        if (m.id == messageId)
            break;
    }
    return turns;
}

bool ChatController::startReply(qint64 conversationId, qint64 userMessageId, const QString& prefill,
                                qint64 existingReplyId) {
    const QString modelName = inference_.modelInfo().value("name").toString();
    qint64 replyId = existingReplyId;
    if (replyId == 0)
        replyId = store_.addMessage(conversationId, userMessageId, Message::Role::Assistant, QString(),
                                    Message::State::Streaming, modelName);
    showBranch(store_.branchThrough(replyId));
    conversations_.reload();

    GenerationRequest request;
    request.conversationId = conversationId;
    request.replyId = replyId;
    request.turns = turnsUpTo(userMessageId);
    request.prefill = prefill;
    if (const auto c = store_.conversation(conversationId))
        request.sampling = c->sampling;
    if (!inference_.generate(request)) {
        const QString why = inference_.state() == InferenceClient::State::Ready
                                ? tr("A reply is already being written.")
                                : tr("No model is loaded. Choose one on the Models page.");
        const Message reply = store_.message(replyId);
        store_.finishMessage(replyId, reply.text, existingReplyId ? reply.state : Message::State::Failed, {});
        messages_.updateMessage(store_.message(replyId));
        setError(why);
        return false;
    }
    streamingId_ = replyId;
    streamingConversation_ = conversationId;
    streamingText_ = prefill;
    checkpointedText_ = prefill;
    droppedTurns_ = 0;
    emit droppedTurnsChanged();
    checkpointTimer_.start();
    emit generatingChanged();
    return true;
}

bool ChatController::send(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || generating())
        return false;
    if (inference_.state() != InferenceClient::State::Ready) {
        // Nothing is saved: a message that cannot be answered would only leave a failed reply behind.
        setError(tr("No model is loaded. Choose one on the Models page."));
        return false;
    }
    try {
        if (currentId_ == 0) {
            const Conversation c =
                store_.createConversation(titleFrom(trimmed), QString(), QString(), defaultSampling());
            currentId_ = c.id;
            emit currentConversationChanged();
        }
        const QList<Message> branch = store_.activeBranch(currentId_);
        const qint64 parent = branch.isEmpty() ? 0 : branch.last().id;
        // Persist before you generate: the user's words are on disk before the engine sees them.
        const qint64 userId = store_.addMessage(currentId_, parent, Message::Role::User, text);
        return startReply(currentId_, userId, QString(), 0);
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

void ChatController::stop() {
    inference_.stop();
}

bool ChatController::regenerate(qint64 assistantMessageId) {
    if (generating())
        return false;
    try {
        const Message reply = store_.message(assistantMessageId);
        if (reply.role != Message::Role::Assistant || reply.parentId == 0)
            return false;
        return startReply(reply.conversationId, reply.parentId, QString(), 0);
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

bool ChatController::editAndResend(qint64 userMessageId, const QString& text) {
    if (generating() || text.trimmed().isEmpty())
        return false;
    try {
        const Message original = store_.message(userMessageId);
        if (original.role != Message::Role::User)
            return false;
        // The edit is a new version beside the original, which stays reachable.
        const qint64 editedId =
            store_.addMessage(original.conversationId, original.parentId, Message::Role::User, text);
        return startReply(original.conversationId, editedId, QString(), 0);
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

bool ChatController::continueReply(qint64 assistantMessageId) {
    if (generating())
        return false;
    try {
        const Message reply = store_.message(assistantMessageId);
        if (reply.role != Message::Role::Assistant)
            return false;
        return startReply(reply.conversationId, reply.parentId, reply.text, reply.id);
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

void ChatController::showSibling(qint64 messageId, int step) {
    try {
        const QList<Message> versions = store_.siblings(messageId);
        for (int i = 0; i < versions.size(); ++i) {
            if (versions[i].id != messageId)
                continue;
            const int target = i + step;
            if (target >= 0 && target < versions.size())
                showBranch(store_.branchThrough(versions[target].id));
            return;
        }
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

void ChatController::onDelta(qint64 replyId, const QString& delta) {
    if (replyId != streamingId_)
        return;
    streamingText_ += delta;
    messages_.appendText(replyId, delta);
}

void ChatController::checkpoint() {
    if (streamingId_ == 0 || streamingText_ == checkpointedText_)
        return;
    try {
        store_.checkpoint(streamingId_, streamingText_);
        checkpointedText_ = streamingText_;
    } catch (const StorageError& e) {
        // Keep generating: the text is still in memory and the next checkpoint or the finish retries.
        setError(e.message());
    }
}

void ChatController::onFinished(qint64 replyId, int end, const QString& text,
                                const GenerationFigures& figures, const QString& error) {
    if (replyId != streamingId_)
        return;
    checkpointTimer_.stop();
    const auto reason = static_cast<ReplyEnd>(end);
    const Message::State state = reason == ReplyEnd::Complete  ? Message::State::Complete
                                 : reason == ReplyEnd::Stopped ? Message::State::Stopped
                                                               : Message::State::Failed;
    streamingId_ = 0;
    try {
        store_.finishMessage(replyId, text, state, toStored(figures));
        messages_.updateMessage(store_.message(replyId));
        conversations_.reload();
    } catch (const StorageError& e) {
        setError(e.message());
    }
    if (!error.isEmpty())
        setError(error);
    emit generatingChanged();
}

void ChatController::saveStreamingReply() {
    if (streamingId_ == 0)
        return;
    inference_.stop();
    checkpointTimer_.stop();
    try {
        store_.finishMessage(streamingId_, streamingText_, Message::State::Stopped,
                             toStored(inference_.currentFigures()));
    } catch (const StorageError& e) {
        spdlog::error("could not save the reply being written: {}", e.message().toStdString());
    }
    streamingId_ = 0;
}

void ChatController::renameConversation(qint64 id, const QString& title) {
    const QString clean = title.simplified();
    if (clean.isEmpty())
        return;
    try {
        store_.renameConversation(id, clean);
        conversations_.titleChanged(id, clean);
        if (id == currentId_)
            emit currentConversationChanged();
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

void ChatController::setPinned(qint64 id, bool pinned) {
    try {
        store_.setPinned(id, pinned);
        conversations_.reload();
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

void ChatController::deleteConversation(qint64 id) {
    if (generating() && streamingConversation_ == id)
        stop();
    try {
        store_.deleteConversation(id);
        conversations_.reload();
        if (id == currentId_)
            newConversation();
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

void ChatController::setConversationSettings(const QString& systemPrompt, const QVariantMap& sampling) {
    if (currentId_ == 0)
        return;
    try {
        const auto c = store_.conversation(currentId_);
        if (!c)
            return;
        SamplingSettings s = c->sampling;
        s.temperature = sampling.value("temperature", s.temperature).toDouble();
        s.topP = sampling.value("topP", s.topP).toDouble();
        s.topK = sampling.value("topK", s.topK).toInt();
        s.minP = sampling.value("minP", s.minP).toDouble();
        s.repeatPenalty = sampling.value("repeatPenalty", s.repeatPenalty).toDouble();
        s.maxTokens = sampling.value("maxTokens", s.maxTokens).toInt();
        s.seed = sampling.value("seed", s.seed).toLongLong();
        store_.updateSettings(currentId_, c->model, systemPrompt, s);
        emit currentConversationChanged();
    } catch (const StorageError& e) {
        setError(e.message());
    }
}

bool ChatController::exportConversation(qint64 id, const QUrl& file, const QString& format) {
    try {
        QByteArray bytes;
        if (format == QLatin1String("json"))
            bytes = store_.exportJson(id == 0 ? QList<qint64>{} : QList<qint64>{id});
        else
            bytes = (id == 0 ? store_.exportAllMarkdown() : store_.exportMarkdown(id)).toUtf8();
        QSaveFile out(file.toLocalFile());
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            setError(tr("Could not write %1: %2").arg(file.toLocalFile(), out.errorString()));
            return false;
        }
        return true;
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

bool ChatController::importConversations(const QUrl& file) {
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("Could not read %1: %2").arg(file.toLocalFile(), in.errorString()));
        return false;
    }
    try {
        store_.importJson(in.readAll());
        conversations_.reload();
        return true;
    } catch (const StorageError& e) {
        setError(e.message());
        return false;
    }
}

void ChatController::copyToClipboard(const QString& text) {
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

} // namespace tritium
