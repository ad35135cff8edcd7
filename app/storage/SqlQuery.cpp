#include "SqlQuery.h"

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql, QString action)
    : m_query(db), m_action(std::move(action)) {
    // Large values (a pasted 1 MB text) must not be copied row by row into a cache we never scroll back in.
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError::fromSql(m_query.lastError(), m_action);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value) {
    // A null QString would bind as SQL NULL; our text columns hold "" for "nothing" and are NOT NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::exec() {
    if (!m_query.exec())
        throw StorageError::fromSql(m_query.lastError(), m_action);
    return *this;
}

QVariant SqlQuery::scalar() {
    if (!m_query.isActive())
        exec();
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            throw StorageError::fromSql(m_query.lastError(), m_action);
        return {};
    }
    return m_query.value(0);
}
