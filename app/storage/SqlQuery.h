#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

// A prepared QSqlQuery that throws StorageError instead of returning false, so that no failed write can
// go unnoticed. `action` names what the statement is for in the user's words ("saving the message").
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql, QString action);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    // The first column of the first row; for "SELECT count(*)" and PRAGMAs.
    QVariant scalar();

private:
    QSqlQuery m_query;
    QString m_action;
};
