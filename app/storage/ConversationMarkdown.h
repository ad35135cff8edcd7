#pragma once

#include "Conversation.h"
#include "Message.h"

#include <QCoreApplication>
#include <QList>

// A conversation as Markdown for people to read or share: the title, the settings that shaped the replies,
// then each message of one branch under a heading with who wrote it, and each reply's figures.
class ConversationMarkdown {
    Q_DECLARE_TR_FUNCTIONS(ConversationMarkdown)

public:
    static QString render(const Conversation& conversation, const QList<Message>& branch);
};
