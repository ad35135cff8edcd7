#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// One message of a conversation. Messages form a tree through parentId: editing a user message or
// regenerating a reply adds a sibling (same parent) instead of overwriting, so no text is ever lost.
struct Message {
    enum class Role { System, User, Assistant };
    enum class State { Streaming, Complete, Stopped, Interrupted, Failed };

    // What the engine reported for a generated reply (all zero for user messages).
    struct Figures {
        int promptTokens = 0;
        int generatedTokens = 0;
        double timeToFirstTokenMs = 0;
        double tokensPerSecond = 0;        // decode
        double prefillTokensPerSecond = 0; // prompt processing
        bool operator==(const Figures&) const = default;
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0; // 0: the first message of a branch root
    Role role = Role::User;
    QString text;
    State state = State::Complete;
    QDateTime created; // UTC, millisecond precision
    QString model;     // the model that wrote a reply; empty for user messages
    Figures figures;

    bool operator==(const Message&) const = default;

    // The names stored in the database and in exported JSON; stable, never translated.
    static QString roleName(Role role);
    static QString stateName(State state);
    static std::optional<Role> roleFromName(const QString& name);
    static std::optional<State> stateFromName(const QString& name);
};
