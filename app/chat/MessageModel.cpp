#include "chat/MessageModel.h"

namespace tritium {

MessageModel::MessageModel(QObject* parent) : QAbstractListModel(parent) {}

int MessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

QHash<int, QByteArray> MessageModel::roleNames() const {
    return {{IdRole, "messageId"},
            {RoleRole, "role"},
            {TextRole, "text"},
            {StateRole, "messageState"},
            {ModelRole, "model"},
            {CreatedRole, "created"},
            {PromptTokensRole, "promptTokens"},
            {GeneratedTokensRole, "generatedTokens"},
            {FirstTokenMsRole, "firstTokenMs"},
            {TokensPerSecondRole, "tokensPerSecond"},
            {PrefillTokensPerSecondRole, "prefillTokensPerSecond"},
            {SiblingIndexRole, "siblingIndex"},
            {SiblingCountRole, "siblingCount"}};
}

QVariant MessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& row = rows_.at(index.row());
    const Message& m = row.message;
    switch (role) {
    case IdRole:
        return m.id;
    case RoleRole:
        return Message::roleName(m.role);
    case TextRole:
        return m.text;
    case StateRole:
        return Message::stateName(m.state);
    case ModelRole:
        return m.model;
    case CreatedRole:
        return m.created;
    case PromptTokensRole:
        return m.figures.promptTokens;
    case GeneratedTokensRole:
        return m.figures.generatedTokens;
    case FirstTokenMsRole:
        return m.figures.timeToFirstTokenMs;
    case TokensPerSecondRole:
        return m.figures.tokensPerSecond;
    case PrefillTokensPerSecondRole:
        return m.figures.prefillTokensPerSecond;
    case SiblingIndexRole:
        return row.siblingIndex;
    case SiblingCountRole:
        return row.siblingCount;
    default:
        return {};
    }
}

void MessageModel::setRows(QList<Row> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

void MessageModel::append(const Row& row) {
    beginInsertRows({}, int(rows_.size()), int(rows_.size()));
    rows_.append(row);
    endInsertRows();
    emit countChanged();
}

int MessageModel::rowOf(qint64 messageId) const {
    for (int i = int(rows_.size()) - 1; i >= 0; --i)
        if (rows_.at(i).message.id == messageId)
            return i;
    return -1;
}

bool MessageModel::appendText(qint64 messageId, const QString& delta) {
    const int row = rowOf(messageId);
    if (row < 0)
        return false;
    rows_[row].message.text += delta;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {TextRole});
    return true;
}

void MessageModel::updateMessage(const Message& message) {
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    rows_[row].message = message;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

const Message* MessageModel::find(qint64 messageId) const {
    const int row = rowOf(messageId);
    return row < 0 ? nullptr : &rows_.at(row).message;
}

} // namespace tritium
