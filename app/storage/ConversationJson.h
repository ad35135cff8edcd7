#pragma once

#include "ConversationArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The JSON export format ("tritium-conversations", version 1): every conversation with every branch, the
// settings and each reply's figures, so that importing it restores the same conversations.
// decode() treats its input as hostile (it comes from any file the user picks): every field is checked
// and a StorageError (InvalidInput) names the first problem; nothing partial is returned.
class ConversationJson {
    Q_DECLARE_TR_FUNCTIONS(ConversationJson)

public:
    static constexpr int FormatVersion = 1;

    static QByteArray encode(const QList<ConversationArchive>& archives);
    // Messages come back parent-first; a message left `streaming` becomes `interrupted` (nothing is
    // generating it any more).
    static QList<ConversationArchive> decode(const QByteArray& json);
};
