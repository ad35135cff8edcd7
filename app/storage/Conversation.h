#pragma once

#include "SamplingSettings.h"

#include <QDateTime>
#include <QString>

struct Conversation {
    qint64 id = 0;
    QString title;
    QDateTime created; // UTC, millisecond precision (what the database keeps)
    QDateTime updated; // bumped whenever a message is added or finished
    bool pinned = false;
    QString model; // file name of the model the conversation uses; empty: the default model
    QString systemPrompt;
    SamplingSettings sampling;

    bool operator==(const Conversation&) const = default;
};
