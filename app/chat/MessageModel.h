#pragma once
// The messages of the open conversation's active branch, for the chat view. A streaming reply grows by
// appended deltas (dataChanged on its text only), never by re-setting the whole list.
#include "storage/Message.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace tritium {

class MessageModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the chat controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RoleRole,
        TextRole,
        StateRole,
        ModelRole,
        CreatedRole,
        PromptTokensRole,
        GeneratedTokensRole,
        FirstTokenMsRole,
        TokensPerSecondRole,
        PrefillTokensPerSecondRole,
        SiblingIndexRole,
        SiblingCountRole
    };

    struct Row {
        Message message;
        int siblingIndex = 0; // which version of this message (0-based) among its siblings
        int siblingCount = 1;
    };

    explicit MessageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<Row> rows);
    void append(const Row& row);
    // Appends streamed text to a message; returns false if it is not in the view.
    bool appendText(qint64 messageId, const QString& delta);
    void updateMessage(const Message& message);
    const Message* find(qint64 messageId) const;
    const QList<Row>& rows() const { return rows_; }

signals:
    void countChanged();

private:
    int rowOf(qint64 messageId) const;
    QList<Row> rows_;
};

} // namespace tritium
