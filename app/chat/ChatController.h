#pragma once
// What the chat page asks for — send, stop, regenerate, edit, continue, switch conversation — carried out
// in the order that never loses a word: the user's message is committed before generation starts, the reply
// is checkpointed about twice a second while it streams, and finished with its state and figures.
#include "chat/ConversationListModel.h"
#include "chat/MessageModel.h"
#include "inference/GenerationTypes.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ConversationStore;
class ConversationSearch;

namespace tritium {

class InferenceClient;
class Settings;

class ChatController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(qint64 currentConversationId READ currentConversationId NOTIFY currentConversationChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentConversationChanged)
    Q_PROPERTY(QString systemPrompt READ systemPrompt NOTIFY currentConversationChanged)
    Q_PROPERTY(QVariantMap sampling READ sampling NOTIFY currentConversationChanged)
    Q_PROPERTY(tritium::ConversationListModel* conversations READ conversations CONSTANT)
    Q_PROPERTY(tritium::MessageModel* messages READ messages CONSTANT)
    Q_PROPERTY(bool generating READ generating NOTIFY generatingChanged)
    Q_PROPERTY(qint64 streamingMessageId READ streamingMessageId NOTIFY generatingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int droppedTurns READ droppedTurns NOTIFY droppedTurnsChanged)

public:
    ChatController(ConversationStore& store, ConversationSearch& search, InferenceClient& inference,
                   Settings& settings, QObject* parent = nullptr);
    ~ChatController() override;

    qint64 currentConversationId() const { return currentId_; }
    QString currentTitle() const;
    QString systemPrompt() const;
    QVariantMap sampling() const;
    ConversationListModel* conversations() { return &conversations_; }
    MessageModel* messages() { return &messages_; }
    bool generating() const { return streamingId_ != 0; }
    qint64 streamingMessageId() const { return streamingId_; }
    QString errorText() const { return errorText_; }
    int droppedTurns() const { return droppedTurns_; }

    Q_INVOKABLE void newConversation();
    Q_INVOKABLE void selectConversation(qint64 id);
    // Sends a message in the open conversation (creating one if none is open). False: nothing was sent.
    Q_INVOKABLE bool send(const QString& text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE bool regenerate(qint64 assistantMessageId);
    Q_INVOKABLE bool editAndResend(qint64 userMessageId, const QString& text);
    Q_INVOKABLE bool continueReply(qint64 assistantMessageId);
    // Shows another version (sibling) of a message: step -1 or +1.
    Q_INVOKABLE void showSibling(qint64 messageId, int step);
    Q_INVOKABLE void renameConversation(qint64 id, const QString& title);
    Q_INVOKABLE void setPinned(qint64 id, bool pinned);
    Q_INVOKABLE void deleteConversation(qint64 id);
    Q_INVOKABLE void setConversationSettings(const QString& systemPrompt, const QVariantMap& sampling);
    // format: "markdown" or "json"; id 0 exports every conversation. Returns false and sets errorText on
    // failure.
    Q_INVOKABLE bool exportConversation(qint64 id, const QUrl& file, const QString& format);
    Q_INVOKABLE bool importConversations(const QUrl& file);
    Q_INVOKABLE void copyToClipboard(const QString& text);
    Q_INVOKABLE void clearError();

    // Saves a reply still streaming as "stopped" (quit, model switch): called before the app goes away.
    void saveStreamingReply();
    // Title for a new conversation from its first message.
    static QString titleFrom(const QString& firstMessage);

signals:
    void currentConversationChanged();
    void generatingChanged();
    void errorTextChanged();
    void droppedTurnsChanged();

private:
    bool startReply(qint64 conversationId, qint64 userMessageId, const QString& prefill,
                    qint64 existingReplyId);
    void showBranch(const QList<Message>& branch);
    void checkpoint();
    void onDelta(qint64 replyId, const QString& delta);
    void onFinished(qint64 replyId, int end, const QString& text, const GenerationFigures& figures,
                    const QString& error);
    void setError(const QString& text);
    QList<ChatTurn> turnsUpTo(qint64 messageId) const;
    SamplingSettings defaultSampling() const;

    ConversationStore& store_;
    InferenceClient& inference_;
    Settings& settings_;
    ConversationListModel conversations_;
    MessageModel messages_;
    qint64 currentId_ = 0;
    qint64 streamingId_ = 0;
    qint64 streamingConversation_ = 0;
    QString streamingText_;
    QString checkpointedText_;
    QTimer checkpointTimer_;
    QString errorText_;
    int droppedTurns_ = 0;
};

} // namespace tritium
