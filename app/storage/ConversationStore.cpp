#include "ConversationStore.h"

#include "ConversationJson.h"
#include "ConversationMarkdown.h"
#include "Database.h"
#include "SqlQuery.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QHash>

namespace {
const QString conversationColumns = QStringLiteral(
    "id, title, created_ms, updated_ms, pinned, model, system_prompt, temperature, top_p, top_k, "
    "min_p, repeat_penalty, max_tokens, seed");
const QString messageColumns =
    QStringLiteral("m.id, m.conversation_id, m.parent_id, m.role, m.text, m.state, m.created_ms, m.model, "
                   "m.prompt_tokens, m.generated_tokens, m.ttft_ms, m.tokens_per_second, "
                   "m.prefill_tokens_per_second");

QDateTime fromMs(const QVariant& value) {
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Conversation readConversation(const SqlQuery& q) {
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.created = fromMs(q.value(2));
    c.updated = fromMs(q.value(3));
    c.pinned = q.value(4).toBool();
    c.model = q.value(5).toString();
    c.systemPrompt = q.value(6).toString();
    c.sampling = {q.value(7).toDouble(),   q.value(8).toDouble(),  q.value(9).toInt(),
                  q.value(10).toDouble(),  q.value(11).toDouble(), q.value(12).toInt(),
                  q.value(13).toLongLong()};
    return c;
}

Message readMessage(const SqlQuery& q) {
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.parentId = q.value(2).toLongLong();
    // The CHECK constraints keep unknown names out of the table.
    m.role = Message::roleFromName(q.value(3).toString()).value_or(Message::Role::User);
    m.text = q.value(4).toString();
    m.state = Message::stateFromName(q.value(5).toString()).value_or(Message::State::Failed);
    m.created = fromMs(q.value(6));
    m.model = q.value(7).toString();
    m.figures = {q.value(8).toInt(), q.value(9).toInt(), q.value(10).toDouble(), q.value(11).toDouble(),
                 q.value(12).toDouble()};
    return m;
}

QList<Message> readMessages(SqlQuery& q) {
    QList<Message> messages;
    while (q.next())
        messages.append(readMessage(q));
    return messages;
}
} // namespace

ConversationStore::ConversationStore(Database& database) : m_database(database) {}

Conversation ConversationStore::createConversation(const QString& title, const QString& model,
                                                   const QString& systemPrompt,
                                                   const SamplingSettings& sampling) {
    Conversation c;
    c.title = title;
    c.created = c.updated = fromMs(nowMs());
    c.model = model;
    c.systemPrompt = systemPrompt;
    c.sampling = sampling;
    c.id = insertConversation(c);
    return c;
}

qint64 ConversationStore::insertConversation(const Conversation& c) {
    SqlQuery q(m_database.connection(),
               QStringLiteral(
                   "INSERT INTO conversations (title, created_ms, updated_ms, pinned, model, system_prompt, "
                   "temperature, top_p, top_k, min_p, repeat_penalty, max_tokens, seed) VALUES (:title, "
                   ":created, :updated, :pinned, :model, :prompt, :temperature, :top_p, :top_k, :min_p, "
                   ":repeat_penalty, :max_tokens, :seed)"),
               tr("creating the conversation"));
    q.bind(QStringLiteral(":title"), c.title)
        .bind(QStringLiteral(":created"), c.created.toMSecsSinceEpoch())
        .bind(QStringLiteral(":updated"), c.updated.toMSecsSinceEpoch())
        .bind(QStringLiteral(":pinned"), c.pinned)
        .bind(QStringLiteral(":model"), c.model)
        .bind(QStringLiteral(":prompt"), c.systemPrompt)
        .bind(QStringLiteral(":temperature"), c.sampling.temperature)
        .bind(QStringLiteral(":top_p"), c.sampling.topP)
        .bind(QStringLiteral(":top_k"), c.sampling.topK)
        .bind(QStringLiteral(":min_p"), c.sampling.minP)
        .bind(QStringLiteral(":repeat_penalty"), c.sampling.repeatPenalty)
        .bind(QStringLiteral(":max_tokens"), c.sampling.maxTokens)
        .bind(QStringLiteral(":seed"), c.sampling.seed)
        .exec();
    return q.lastInsertId();
}

std::optional<Conversation> ConversationStore::conversation(qint64 id) const {
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM conversations WHERE id = :id").arg(conversationColumns),
               tr("reading the conversation"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readConversation(q);
}

Conversation ConversationStore::requireConversation(qint64 id) const {
    if (auto c = conversation(id))
        return *c;
    throw StorageError(StorageError::Kind::NotFound,
                       tr("The conversation no longer exists (id %1).").arg(id));
}

QList<Conversation> ConversationStore::conversations() const {
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM conversations ORDER BY pinned DESC, updated_ms DESC, id DESC")
                   .arg(conversationColumns),
               tr("listing the conversations"));
    q.exec();
    QList<Conversation> list;
    while (q.next())
        list.append(readConversation(q));
    return list;
}

void ConversationStore::renameConversation(qint64 id, const QString& title) {
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE conversations SET title = :title WHERE id = :id"),
               tr("renaming the conversation"));
    if (q.bind(QStringLiteral(":title"), title).bind(QStringLiteral(":id"), id).exec().rowsAffected() == 0)
        requireConversation(id);
}

void ConversationStore::setPinned(qint64 id, bool pinned) {
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE conversations SET pinned = :pinned WHERE id = :id"),
               pinned ? tr("pinning the conversation") : tr("unpinning the conversation"));
    if (q.bind(QStringLiteral(":pinned"), pinned).bind(QStringLiteral(":id"), id).exec().rowsAffected() == 0)
        requireConversation(id);
}

void ConversationStore::updateSettings(qint64 id, const QString& model, const QString& systemPrompt,
                                       const SamplingSettings& s) {
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("UPDATE conversations SET model = :model, system_prompt = :prompt, temperature = :t, "
                       "top_p = :p, top_k = :k, min_p = :min_p, repeat_penalty = :r, max_tokens = :n, "
                       "seed = :seed WHERE id = :id"),
        tr("saving the conversation settings"));
    q.bind(QStringLiteral(":model"), model)
        .bind(QStringLiteral(":prompt"), systemPrompt)
        .bind(QStringLiteral(":t"), s.temperature)
        .bind(QStringLiteral(":p"), s.topP)
        .bind(QStringLiteral(":k"), s.topK)
        .bind(QStringLiteral(":min_p"), s.minP)
        .bind(QStringLiteral(":r"), s.repeatPenalty)
        .bind(QStringLiteral(":n"), s.maxTokens)
        .bind(QStringLiteral(":seed"), s.seed)
        .bind(QStringLiteral(":id"), id);
    if (q.exec().rowsAffected() == 0)
        requireConversation(id);
}

void ConversationStore::deleteConversation(qint64 id) {
    Transaction transaction(m_database.connection(), tr("deleting the conversation"));
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM conversations WHERE id = :id"),
             tr("deleting the conversation"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    transaction.commit();
}

void ConversationStore::touch(qint64 conversationId) {
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE conversations SET updated_ms = max(updated_ms, :now) WHERE id = :id"),
             tr("saving the message"))
        .bind(QStringLiteral(":now"), nowMs())
        .bind(QStringLiteral(":id"), conversationId)
        .exec();
}

SqlQuery ConversationStore::prepareMessageInsert() const {
    return SqlQuery(
        m_database.connection(),
        QStringLiteral("INSERT INTO messages (conversation_id, parent_id, role, text, state, created_ms, "
                       "model, prompt_tokens, generated_tokens, ttft_ms, tokens_per_second, "
                       "prefill_tokens_per_second) VALUES (:c, :parent, :role, :text, :state, :created, "
                       ":model, :pt, :gt, :ttft, :tps, :ptps)"),
        tr("saving the message"));
}

qint64 ConversationStore::insertMessage(SqlQuery& q, const Message& m) {
    q.bind(QStringLiteral(":c"), m.conversationId)
        .bind(QStringLiteral(":parent"), nullableId(m.parentId))
        .bind(QStringLiteral(":role"), Message::roleName(m.role))
        .bind(QStringLiteral(":text"), m.text)
        .bind(QStringLiteral(":state"), Message::stateName(m.state))
        .bind(QStringLiteral(":created"), m.created.toMSecsSinceEpoch())
        .bind(QStringLiteral(":model"), m.model)
        .bind(QStringLiteral(":pt"), m.figures.promptTokens)
        .bind(QStringLiteral(":gt"), m.figures.generatedTokens)
        .bind(QStringLiteral(":ttft"), m.figures.timeToFirstTokenMs)
        .bind(QStringLiteral(":tps"), m.figures.tokensPerSecond)
        .bind(QStringLiteral(":ptps"), m.figures.prefillTokensPerSecond)
        .exec();
    return q.lastInsertId();
}

qint64 ConversationStore::addMessage(qint64 conversationId, qint64 parentId, Message::Role role,
                                     const QString& text, Message::State state, const QString& model) {
    Transaction transaction(m_database.connection(), tr("saving the message"));
    requireConversation(conversationId);
    if (parentId > 0 && message(parentId).conversationId != conversationId)
        throw StorageError(StorageError::Kind::InvalidInput,
                           tr("A message can only answer a message of the same conversation."));
    Message m;
    m.conversationId = conversationId;
    m.parentId = parentId;
    m.role = role;
    m.text = text;
    m.state = state;
    m.created = fromMs(nowMs());
    m.model = model;
    SqlQuery insert = prepareMessageInsert();
    const qint64 id = insertMessage(insert, m);
    touch(conversationId);
    transaction.commit();
    return id;
}

Message ConversationStore::message(qint64 id) const {
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM messages m WHERE m.id = :id").arg(messageColumns),
               tr("reading the message"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The message no longer exists (id %1).").arg(id));
    return readMessage(q);
}

void ConversationStore::checkpoint(qint64 messageId, const QString& text) {
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE messages SET text = :text WHERE id = :id AND state = 'streaming'"),
               tr("saving the reply"));
    if (q.bind(QStringLiteral(":text"), text).bind(QStringLiteral(":id"), messageId).exec().rowsAffected() ==
        0)
        throw StorageError(
            StorageError::Kind::InvalidInput,
            tr("The reply (id %1) is no longer being written; its text was not saved.").arg(messageId));
}

void ConversationStore::finishMessage(qint64 messageId, const QString& text, Message::State state,
                                      const Message::Figures& f) {
    if (state == Message::State::Streaming)
        throw StorageError(StorageError::Kind::InvalidInput,
                           tr("A finished reply cannot still be streaming."));
    Transaction transaction(m_database.connection(), tr("saving the reply"));
    const qint64 conversationId = message(messageId).conversationId;
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE messages SET text = :text, state = :state, prompt_tokens = :pt, "
                            "generated_tokens = :gt, ttft_ms = :ttft, tokens_per_second = :tps, "
                            "prefill_tokens_per_second = :ptps WHERE id = :id"),
             tr("saving the reply"))
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":state"), Message::stateName(state))
        .bind(QStringLiteral(":pt"), f.promptTokens)
        .bind(QStringLiteral(":gt"), f.generatedTokens)
        .bind(QStringLiteral(":ttft"), f.timeToFirstTokenMs)
        .bind(QStringLiteral(":tps"), f.tokensPerSecond)
        .bind(QStringLiteral(":ptps"), f.prefillTokensPerSecond)
        .bind(QStringLiteral(":id"), messageId)
        .exec();
    touch(conversationId);
    transaction.commit();
}

QList<Message> ConversationStore::pathToRoot(qint64 leafId) const {
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("WITH RECURSIVE path (id, depth) AS (SELECT :leaf, 0 UNION ALL "
                       "SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id "
                       "WHERE m.parent_id IS NOT NULL) "
                       "SELECT %1 FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC")
            .arg(messageColumns),
        tr("reading the conversation"));
    q.bind(QStringLiteral(":leaf"), leafId).exec();
    return readMessages(q);
}

qint64 ConversationStore::newestLeafBelow(qint64 messageId) const {
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("WITH RECURSIVE below (id) AS (SELECT :id UNION ALL "
                       "SELECT m.id FROM messages m JOIN below ON m.parent_id = below.id) "
                       "SELECT b.id FROM below b WHERE NOT EXISTS "
                       "(SELECT 1 FROM messages k WHERE k.parent_id = b.id) ORDER BY b.id DESC LIMIT 1"),
        tr("reading the conversation"));
    return q.bind(QStringLiteral(":id"), messageId).scalar().toLongLong();
}

QList<Message> ConversationStore::activeBranch(qint64 conversationId) const {
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("SELECT m.id FROM messages m WHERE m.conversation_id = :c AND NOT EXISTS "
                       "(SELECT 1 FROM messages k WHERE k.parent_id = m.id) ORDER BY m.id DESC LIMIT 1"),
        tr("reading the conversation"));
    const qint64 leaf = q.bind(QStringLiteral(":c"), conversationId).scalar().toLongLong();
    return leaf > 0 ? pathToRoot(leaf) : QList<Message>{};
}

QList<Message> ConversationStore::branchThrough(qint64 messageId) const {
    message(messageId); // throws NotFound
    return pathToRoot(newestLeafBelow(messageId));
}

QList<Message> ConversationStore::siblings(qint64 messageId) const {
    const Message m = message(messageId);
    SqlQuery q(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM messages m WHERE m.conversation_id = :c AND m.parent_id IS :parent "
                       "ORDER BY m.id")
            .arg(messageColumns),
        tr("reading the conversation"));
    q.bind(QStringLiteral(":c"), m.conversationId)
        .bind(QStringLiteral(":parent"), nullableId(m.parentId))
        .exec();
    return readMessages(q);
}

QList<Message> ConversationStore::allMessages(qint64 conversationId) const {
    // Ids grow with time and a parent is always written before its children, so id order is parent-first.
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1 FROM messages m WHERE m.conversation_id = :c ORDER BY m.id")
                   .arg(messageColumns),
               tr("reading the conversation"));
    q.bind(QStringLiteral(":c"), conversationId).exec();
    return readMessages(q);
}

int ConversationStore::recoverInterrupted() {
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"),
               tr("recovering replies interrupted by a crash"));
    return q.exec().rowsAffected();
}

ConversationArchive ConversationStore::archive(qint64 conversationId) const {
    return {requireConversation(conversationId), allMessages(conversationId)};
}

QString ConversationStore::exportMarkdown(qint64 conversationId) const {
    return ConversationMarkdown::render(requireConversation(conversationId), activeBranch(conversationId));
}

QString ConversationStore::exportAllMarkdown() const {
    QStringList parts;
    for (const Conversation& c : conversations())
        parts << ConversationMarkdown::render(c, activeBranch(c.id));
    return parts.join(QStringLiteral("\n---\n\n"));
}

QByteArray ConversationStore::exportJson(const QList<qint64>& conversationIds) const {
    QList<ConversationArchive> archives;
    if (conversationIds.isEmpty()) {
        for (const Conversation& c : conversations())
            archives.append({c, allMessages(c.id)});
    } else {
        for (qint64 id : conversationIds)
            archives.append(archive(id));
    }
    return ConversationJson::encode(archives);
}

QList<qint64> ConversationStore::importJson(const QByteArray& json) {
    const QList<ConversationArchive> archives = ConversationJson::decode(json);
    Transaction transaction(m_database.connection(), tr("importing conversations"));
    QList<qint64> ids;
    SqlQuery insert = prepareMessageInsert(); // prepared once: an archive may hold thousands of messages
    for (const ConversationArchive& archived : archives) {
        const qint64 conversationId = insertConversation(archived.conversation);
        QHash<qint64, qint64> newIds; // id in the file -> id in the database
        for (Message m : archived.messages) {
            const qint64 fileId = m.id;
            m.conversationId = conversationId;
            m.parentId = m.parentId > 0 ? newIds.value(m.parentId) : 0;
            newIds.insert(fileId, insertMessage(insert, m));
        }
        ids.append(conversationId);
    }
    transaction.commit();
    return ids;
}
