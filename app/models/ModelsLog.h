#pragma once
// The log category of everything under app/models/ ("tritium.models"), so that download and catalog
// problems can be found in the log file and filtered with QT_LOGGING_RULES.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModels)
