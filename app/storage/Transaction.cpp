#include "Transaction.h"

#include "SqlQuery.h"

#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db, QString action) : m_db(std::move(db)), m_action(std::move(action)) {
    SqlQuery(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_action).exec();
    m_open = true;
}

Transaction::~Transaction() {
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit() {
    SqlQuery(m_db, QStringLiteral("COMMIT"), m_action).exec();
    m_open = false;
}
