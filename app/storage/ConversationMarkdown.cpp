#include "ConversationMarkdown.h"

#include <QLocale>
#include <QStringList>

namespace {
QString heading(Message::Role role) {
    switch (role) {
    case Message::Role::System:
        return ConversationMarkdown::tr("System");
    case Message::Role::User:
        return ConversationMarkdown::tr("You");
    case Message::Role::Assistant:
        return ConversationMarkdown::tr("Assistant");
    }
    return {};
}

QString stateNote(Message::State state) {
    switch (state) {
    case Message::State::Streaming:
        return ConversationMarkdown::tr("still being written");
    case Message::State::Stopped:
        return ConversationMarkdown::tr("stopped");
    case Message::State::Interrupted:
        return ConversationMarkdown::tr("interrupted");
    case Message::State::Failed:
        return ConversationMarkdown::tr("failed");
    case Message::State::Complete:
        break;
    }
    return {};
}

QString figuresLine(const Message& m) {
    const QLocale c = QLocale::c();
    QStringList parts;
    if (!m.model.isEmpty())
        parts << m.model;
    if (m.figures.generatedTokens > 0)
        parts << ConversationMarkdown::tr("%n token(s)", nullptr, m.figures.generatedTokens);
    if (m.figures.tokensPerSecond > 0)
        parts << ConversationMarkdown::tr("%1 tokens/s").arg(c.toString(m.figures.tokensPerSecond, 'f', 1));
    if (m.figures.timeToFirstTokenMs > 0)
        parts << ConversationMarkdown::tr("first token after %1 ms")
                     .arg(c.toString(m.figures.timeToFirstTokenMs, 'f', 0));
    if (const QString note = stateNote(m.state); !note.isEmpty())
        parts << note;
    return parts.isEmpty() ? QString() : QStringLiteral("*%1*\n\n").arg(parts.join(QStringLiteral(" · ")));
}
} // namespace

QString ConversationMarkdown::render(const Conversation& conversation, const QList<Message>& branch) {
    QString out;
    const QString title = conversation.title.isEmpty() ? tr("Untitled conversation") : conversation.title;
    out += QStringLiteral("# %1\n\n").arg(title);
    out +=
        QStringLiteral("*%1*\n\n")
            .arg(tr("Started %1")
                     .arg(conversation.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    if (!conversation.systemPrompt.isEmpty())
        out += QStringLiteral("**%1:** %2\n\n").arg(tr("System prompt"), conversation.systemPrompt);
    for (const Message& m : branch) {
        out += QStringLiteral("## %1\n\n").arg(heading(m.role));
        out += m.text;
        out += m.text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        if (m.role == Message::Role::Assistant)
            out += figuresLine(m);
    }
    return out;
}
