#pragma once

#include "Conversation.h"
#include "ConversationArchive.h"
#include "Message.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;
class SqlQuery;

// Conversations and their messages in the database. Every write is committed before the call returns
// ("persist before you generate"); every failure throws StorageError, nothing is dropped silently.
class ConversationStore {
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    explicit ConversationStore(Database& database);

    Conversation createConversation(const QString& title, const QString& model = {},
                                    const QString& systemPrompt = {}, const SamplingSettings& sampling = {});
    std::optional<Conversation> conversation(qint64 id) const;
    // Pinned first, then the most recently updated.
    QList<Conversation> conversations() const;
    void renameConversation(qint64 id, const QString& title);
    void setPinned(qint64 id, bool pinned);
    void updateSettings(qint64 id, const QString& model, const QString& systemPrompt,
                        const SamplingSettings& sampling);
    // Deletes the conversation and all its messages.
    void deleteConversation(qint64 id);

    // Adds a message under parentId (0: a root). Adding a second child to the same parent is how an edit
    // or a regeneration branches. Returns the new message's id.
    qint64 addMessage(qint64 conversationId, qint64 parentId, Message::Role role, const QString& text,
                      Message::State state = Message::State::Complete, const QString& model = {});
    Message message(qint64 id) const;
    // The reply's text so far, while it streams; cheap enough for twice a second.
    void checkpoint(qint64 messageId, const QString& text);
    // The final text, state (not Streaming) and figures of a reply.
    void finishMessage(qint64 messageId, const QString& text, Message::State state,
                       const Message::Figures& figures);

    // The path from the root to the newest leaf: what the chat shows by default.
    QList<Message> activeBranch(qint64 conversationId) const;
    // The path from the root through messageId down to the newest leaf below it: what the chat shows
    // after the user switches to another version of a message.
    QList<Message> branchThrough(qint64 messageId) const;
    // The versions of a message: every message with the same parent, oldest first (itself included).
    QList<Message> siblings(qint64 messageId) const;
    // Every message of every branch, parents before children.
    QList<Message> allMessages(qint64 conversationId) const;

    // Replies left `streaming` by a crash become `interrupted`; returns how many. Call once at start-up.
    int recoverInterrupted();

    ConversationArchive archive(qint64 conversationId) const;
    // Markdown of the active branch, for people to read.
    QString exportMarkdown(qint64 conversationId) const;
    QString exportAllMarkdown() const;
    // JSON of every branch, for import; an empty list exports all conversations.
    QByteArray exportJson(const QList<qint64>& conversationIds = {}) const;
    // Adds the conversations of an exported JSON file as new conversations, all or none; returns their ids.
    QList<qint64> importJson(const QByteArray& json);

private:
    Conversation requireConversation(qint64 id) const;
    qint64 newestLeafBelow(qint64 messageId) const;
    QList<Message> pathToRoot(qint64 leafId) const;
    void touch(qint64 conversationId);
    qint64 insertConversation(const Conversation& conversation);
    SqlQuery prepareMessageInsert() const;
    qint64 insertMessage(SqlQuery& insert, const Message& message);

    Database& m_database;
};
