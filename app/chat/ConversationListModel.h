#pragma once
// The sidebar's conversations: pinned first, then by last activity, each with a date group for section
// headers ("pinned", "today", "yesterday", "week", "month", "older" — QML translates them). With a search
// text, only conversations whose title or messages match.
#include "storage/Conversation.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

class ConversationStore;
class ConversationSearch;

namespace tritium {

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the chat controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, UpdatedRole, PinnedRole, SectionRole, SnippetRole };

    ConversationListModel(ConversationStore& store, ConversationSearch& search, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString searchText() const { return searchText_; }
    void setSearchText(const QString& text);
    // Re-reads the list from the store (after add, delete, pin, or a new message).
    void reload();
    // A title changed: update that row only.
    void titleChanged(qint64 id, const QString& title);
    Q_INVOKABLE int rowOf(qint64 id) const;
    // The date group of a conversation updated at `updated`, seen at `now` (local days).
    static QString sectionFor(const QDateTime& updated, bool pinned, const QDateTime& now);

signals:
    void countChanged();
    void searchTextChanged();

private:
    struct Row {
        Conversation conversation;
        QString snippet;
    };
    ConversationStore& store_;
    ConversationSearch& search_;
    QString searchText_;
    QList<Row> rows_;
};

} // namespace tritium
