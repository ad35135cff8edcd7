#pragma once

#include <QSqlDatabase>
#include <QString>

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless commit() succeeded. IMMEDIATE takes the
// write lock up front, so a busy database is waited for (busy timeout) at the start instead of failing
// half-way through.
class Transaction {
public:
    Transaction(QSqlDatabase db, QString action);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    QString m_action;
    bool m_open = false;
};
