#pragma once
// The app's command line, parsed before any GUI object exists so that --version and --help work headless.
#include <QString>

namespace tritium {

struct CommandLine {
    bool showVersion = false;
    bool showHelp = false;
    bool debug = false;
    QString dataDir;        // --data-dir: keep database, settings, logs and models here
    QString modelPath;      // --model: load this model at start
    QString screenshotPath; // --screenshot: save the window to this PNG after --screenshot-delay ms
    int screenshotDelayMs = 3000;
    int quitAfterMs = 0; // --quit-after: quit after this many ms (tests, screenshots)
    QString error;       // non-empty: the command line was wrong; this says how

    static CommandLine parse(int argc, char** argv);
    QString outputText() const; // what --version or --help prints
};

} // namespace tritium
