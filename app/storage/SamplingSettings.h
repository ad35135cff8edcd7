#pragma once

#include <QtGlobal>

// Per-conversation sampling settings, stored with the conversation. The defaults are the app's defaults
// until the Settings page overrides them for new conversations.
struct SamplingSettings {
    double temperature = 0.8;
    double topP = 0.95;
    int topK = 40;
    double minP = 0.05;
    double repeatPenalty = 1.1;
    int maxTokens = 1024;
    qint64 seed = -1; // -1: a fresh random seed for every reply

    bool operator==(const SamplingSettings&) const = default;
};
