#pragma once

#include "Conversation.h"
#include "Message.h"

#include <QList>

// A conversation with every message of every branch, ordered so that a parent always comes before its
// children: the unit of export and import. Message ids and parent ids are only meaningful inside it.
struct ConversationArchive {
    Conversation conversation;
    QList<Message> messages;

    bool operator==(const ConversationArchive&) const = default;
};
