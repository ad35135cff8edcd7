#include "ConversationJson.h"

#include "StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace {
const QString formatName = QStringLiteral("tritium-conversations");

QString isoTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject encodeMessage(const Message& m) {
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("parent"), m.parentId > 0 ? QJsonValue(m.parentId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("role"), Message::roleName(m.role)},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("state"), Message::stateName(m.state)},
        {QStringLiteral("created"), isoTime(m.created)},
        {QStringLiteral("model"), m.model},
        {QStringLiteral("figures"),
         QJsonObject{{QStringLiteral("promptTokens"), m.figures.promptTokens},
                     {QStringLiteral("generatedTokens"), m.figures.generatedTokens},
                     {QStringLiteral("timeToFirstTokenMs"), m.figures.timeToFirstTokenMs},
                     {QStringLiteral("tokensPerSecond"), m.figures.tokensPerSecond},
                     {QStringLiteral("prefillTokensPerSecond"), m.figures.prefillTokensPerSecond}}}};
}

QJsonObject encodeConversation(const ConversationArchive& a) {
    const Conversation& c = a.conversation;
    const SamplingSettings& s = c.sampling;
    QJsonArray messages;
    for (const Message& m : a.messages)
        messages.append(encodeMessage(m));
    return QJsonObject{
        {QStringLiteral("title"), c.title},
        {QStringLiteral("created"), isoTime(c.created)},
        {QStringLiteral("updated"), isoTime(c.updated)},
        {QStringLiteral("pinned"), c.pinned},
        {QStringLiteral("model"), c.model},
        {QStringLiteral("systemPrompt"), c.systemPrompt},
        {QStringLiteral("sampling"), QJsonObject{{QStringLiteral("temperature"), s.temperature},
                                                 {QStringLiteral("topP"), s.topP},
                                                 {QStringLiteral("topK"), s.topK},
                                                 {QStringLiteral("minP"), s.minP},
                                                 {QStringLiteral("repeatPenalty"), s.repeatPenalty},
                                                 {QStringLiteral("maxTokens"), s.maxTokens},
                                                 {QStringLiteral("seed"), s.seed}}},
        {QStringLiteral("messages"), messages}};
}

// Reads fields of one JSON object and names the object in its errors ("conversation 2, message 7").
class Reader {
public:
    Reader(QJsonObject object, QString where) : m_object(std::move(object)), m_where(std::move(where)) {}

    [[noreturn]] void fail(const QString& problem) const {
        throw StorageError(
            StorageError::Kind::InvalidInput,
            ConversationJson::tr("The file is not a valid Tritium export: %1 (%2).").arg(problem, m_where));
    }
    QJsonValue field(const QString& key) const {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            fail(ConversationJson::tr("\"%1\" is missing").arg(key));
        return value;
    }
    QString string(const QString& key) const {
        const QJsonValue value = field(key);
        if (!value.isString())
            fail(ConversationJson::tr("\"%1\" is not text").arg(key));
        return value.toString();
    }
    double number(const QString& key) const {
        const QJsonValue value = field(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            fail(ConversationJson::tr("\"%1\" is not a number").arg(key));
        return value.toDouble();
    }
    qint64 integer(const QString& key, double low, double high) const {
        const double value = number(key);
        if (value != std::floor(value) || value < low || value > high)
            fail(ConversationJson::tr("\"%1\" is not a whole number from %2 to %3")
                     .arg(key)
                     .arg(low)
                     .arg(high));
        return qint64(value);
    }
    bool boolean(const QString& key) const {
        const QJsonValue value = field(key);
        if (!value.isBool())
            fail(ConversationJson::tr("\"%1\" is not true or false").arg(key));
        return value.toBool();
    }
    QDateTime time(const QString& key) const {
        const QDateTime value = QDateTime::fromString(string(key), Qt::ISODateWithMs);
        if (!value.isValid())
            fail(ConversationJson::tr("\"%1\" is not a date and time").arg(key));
        return value.toUTC();
    }
    QJsonArray array(const QString& key) const {
        const QJsonValue value = field(key);
        if (!value.isArray())
            fail(ConversationJson::tr("\"%1\" is not a list").arg(key));
        return value.toArray();
    }
    Reader object(const QString& key) const {
        const QJsonValue value = field(key);
        if (!value.isObject())
            fail(ConversationJson::tr("\"%1\" is not an object").arg(key));
        return Reader(value.toObject(), m_where);
    }

private:
    QJsonObject m_object;
    QString m_where;
};

constexpr double maxInt = 2147483647.0;
constexpr double maxId = 9007199254740991.0; // the largest integer a JSON number (a double) holds exactly

Reader elementReader(const QJsonValue& value, const QString& where) {
    if (!value.isObject())
        Reader(QJsonObject(), where).fail(ConversationJson::tr("an entry is not an object"));
    return Reader(value.toObject(), where);
}

Message decodeMessage(const Reader& r, const QSet<qint64>& earlierIds) {
    Message m;
    m.id = r.integer(QStringLiteral("id"), 1, maxId);
    if (earlierIds.contains(m.id))
        r.fail(ConversationJson::tr("message id %1 appears twice").arg(m.id));
    const QJsonValue parent = r.field(QStringLiteral("parent"));
    if (!parent.isNull()) {
        m.parentId = r.integer(QStringLiteral("parent"), 1, maxId);
        if (!earlierIds.contains(m.parentId))
            r.fail(
                ConversationJson::tr("the parent message %1 does not come before its reply").arg(m.parentId));
    }
    const auto role = Message::roleFromName(r.string(QStringLiteral("role")));
    if (!role)
        r.fail(ConversationJson::tr("\"role\" is not system, user or assistant"));
    m.role = *role;
    m.text = r.string(QStringLiteral("text"));
    const auto state = Message::stateFromName(r.string(QStringLiteral("state")));
    if (!state)
        r.fail(ConversationJson::tr("\"state\" is not a known message state"));
    m.state = *state == Message::State::Streaming ? Message::State::Interrupted : *state;
    m.created = r.time(QStringLiteral("created"));
    m.model = r.string(QStringLiteral("model"));
    const Reader f = r.object(QStringLiteral("figures"));
    m.figures = {int(f.integer(QStringLiteral("promptTokens"), 0, maxInt)),
                 int(f.integer(QStringLiteral("generatedTokens"), 0, maxInt)),
                 f.number(QStringLiteral("timeToFirstTokenMs")), f.number(QStringLiteral("tokensPerSecond")),
                 f.number(QStringLiteral("prefillTokensPerSecond"))};
    return m;
}

ConversationArchive decodeConversation(const Reader& r, int index) {
    ConversationArchive a;
    Conversation& c = a.conversation;
    c.title = r.string(QStringLiteral("title"));
    c.created = r.time(QStringLiteral("created"));
    c.updated = r.time(QStringLiteral("updated"));
    c.pinned = r.boolean(QStringLiteral("pinned"));
    c.model = r.string(QStringLiteral("model"));
    c.systemPrompt = r.string(QStringLiteral("systemPrompt"));
    const Reader s = r.object(QStringLiteral("sampling"));
    c.sampling = {s.number(QStringLiteral("temperature")),
                  s.number(QStringLiteral("topP")),
                  int(s.integer(QStringLiteral("topK"), 0, maxInt)),
                  s.number(QStringLiteral("minP")),
                  s.number(QStringLiteral("repeatPenalty")),
                  int(s.integer(QStringLiteral("maxTokens"), 0, maxInt)),
                  s.integer(QStringLiteral("seed"), -1, maxId)};
    QSet<qint64> ids;
    const QJsonArray messages = r.array(QStringLiteral("messages"));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString where = ConversationJson::tr("conversation %1, message %2").arg(index + 1).arg(i + 1);
        a.messages.append(decodeMessage(elementReader(messages.at(i), where), ids));
        ids.insert(a.messages.last().id);
    }
    return a;
}
} // namespace

QByteArray ConversationJson::encode(const QList<ConversationArchive>& archives) {
    QJsonArray conversations;
    for (const ConversationArchive& a : archives)
        conversations.append(encodeConversation(a));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("exported"), isoTime(QDateTime::currentDateTimeUtc())},
                           {QStringLiteral("conversations"), conversations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ConversationArchive> ConversationJson::decode(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString file = tr("the file");
    if (parseError.error != QJsonParseError::NoError)
        Reader(QJsonObject(), tr("at byte %1").arg(parseError.offset))
            .fail(tr("it is not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        Reader(QJsonObject(), file).fail(tr("it is not a JSON object"));
    const Reader root(document.object(), file);
    if (root.string(QStringLiteral("format")) != formatName)
        root.fail(tr("\"format\" is not \"%1\"").arg(formatName));
    const qint64 version = root.integer(QStringLiteral("version"), 1, maxInt);
    if (version > FormatVersion)
        throw StorageError(
            StorageError::Kind::NewerVersion,
            tr("The file was exported by a newer version of Tritium (format %1; this version reads "
               "format %2). Update Tritium to import it.")
                .arg(version)
                .arg(FormatVersion));
    QList<ConversationArchive> archives;
    const QJsonArray conversations = root.array(QStringLiteral("conversations"));
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        const QString where = tr("conversation %1").arg(i + 1);
        archives.append(decodeConversation(elementReader(conversations.at(i), where), int(i)));
    }
    return archives;
}
