#include "chat/ConversationListModel.h"

#include "storage/ConversationSearch.h"
#include "storage/ConversationStore.h"
#include "storage/StorageError.h"

#include <QSet>
#include <spdlog/spdlog.h>

namespace tritium {

ConversationListModel::ConversationListModel(ConversationStore& store, ConversationSearch& search,
                                             QObject* parent)
    : QAbstractListModel(parent), store_(store), search_(search) {
    reload();
}

int ConversationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    return {{IdRole, "conversationId"}, {TitleRole, "title"},     {UpdatedRole, "updated"},
            {PinnedRole, "pinned"},     {SectionRole, "section"}, {SnippetRole, "snippet"}};
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case IdRole:
        return row.conversation.id;
    case TitleRole:
        return row.conversation.title;
    case UpdatedRole:
        return row.conversation.updated;
    case PinnedRole:
        return row.conversation.pinned;
    case SectionRole:
        return sectionFor(row.conversation.updated, row.conversation.pinned, QDateTime::currentDateTime());
    case SnippetRole:
        return row.snippet;
    default:
        return {};
    }
}

QString ConversationListModel::sectionFor(const QDateTime& updated, bool pinned, const QDateTime& now) {
    if (pinned)
        return QStringLiteral("pinned");
    const qint64 days = updated.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return QStringLiteral("today");
    if (days == 1)
        return QStringLiteral("yesterday");
    if (days < 7)
        return QStringLiteral("week");
    if (days < 31)
        return QStringLiteral("month");
    return QStringLiteral("older");
}

void ConversationListModel::setSearchText(const QString& text) {
    if (text == searchText_)
        return;
    searchText_ = text;
    emit searchTextChanged();
    reload();
}

void ConversationListModel::reload() {
    QList<Row> rows;
    try {
        const QList<Conversation> all = store_.conversations();
        const QString query = searchText_.trimmed();
        if (query.isEmpty()) {
            for (const Conversation& c : all)
                rows.append({c, {}});
        } else {
            // Keep the list's order (pinned, then recent) and show the first matching text of each.
            QHash<qint64, QString> snippets;
            for (const SearchHit& hit : search_.search(query, 200))
                if (!snippets.contains(hit.conversationId))
                    snippets.insert(hit.conversationId, hit.snippet);
            for (const Conversation& c : all)
                if (snippets.contains(c.id))
                    rows.append({c, snippets.value(c.id)});
        }
    } catch (const StorageError& e) {
        spdlog::warn("conversation list: {}", e.message().toStdString());
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

void ConversationListModel::titleChanged(qint64 id, const QString& title) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    rows_[row].conversation.title = title;
    emit dataChanged(index(row), index(row), {TitleRole});
}

int ConversationListModel::rowOf(qint64 id) const {
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).conversation.id == id)
            return i;
    return -1;
}

} // namespace tritium
