#pragma once
// Plain values that cross the thread boundary between the GUI and the inference worker (queued signals).
#include "storage/SamplingSettings.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace tritium {

struct ChatTurn {
    QString role; // "system", "user", "assistant"
    QString text;
};

struct GenerationRequest {
    qint64 conversationId = 0;
    qint64 replyId = 0;    // the assistant message being written
    QList<ChatTurn> turns; // system prompt (optional) first, then the conversation, ending with the user's
    QString prefill;       // text the reply already has (continuing an interrupted reply)
    ::SamplingSettings sampling; // seed < 0: a fresh random seed
};

// Numbers only: QML formats them.
struct GenerationFigures {
    int promptTokens = 0;
    int reusedTokens = 0;
    int generatedTokens = 0;
    double prefillMs = 0;
    double firstTokenMs = 0;
    double decodeMs = 0;
    double prefillTokensPerSecond = 0;
    double decodeTokensPerSecond = 0;
    qint64 kvCacheBytes = 0;
    int contextUsed = 0;
    int contextSize = 0;
};

enum class ReplyEnd { Complete, Stopped, Failed };

} // namespace tritium

Q_DECLARE_METATYPE(tritium::GenerationRequest)
Q_DECLARE_METATYPE(tritium::GenerationFigures)
