#include "system/CommandLine.h"

#include <QCoreApplication>
#include <trit/Cpu.h>
#include <trit/Version.h>

namespace tritium {

CommandLine CommandLine::parse(int argc, char** argv) {
    CommandLine cl;
    auto needValue = [&](int& i, const char* name, QString& target) {
        if (i + 1 >= argc) {
            cl.error = QStringLiteral("tritium: %1 needs a value (see --help)").arg(QLatin1String(name));
            return;
        }
        target = QString::fromLocal8Bit(argv[++i]);
    };
    for (int i = 1; i < argc && cl.error.isEmpty(); ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QString number;
        if (arg == "--version" || arg == "-v") {
            cl.showVersion = true;
        } else if (arg == "--help" || arg == "-h") {
            cl.showHelp = true;
        } else if (arg == "--debug") {
            cl.debug = true;
        } else if (arg == "--data-dir") {
            needValue(i, "--data-dir", cl.dataDir);
        } else if (arg == "--model") {
            needValue(i, "--model", cl.modelPath);
        } else if (arg == "--screenshot") {
            needValue(i, "--screenshot", cl.screenshotPath);
        } else if (arg == "--screenshot-delay" || arg == "--quit-after") {
            needValue(i, arg == "--quit-after" ? "--quit-after" : "--screenshot-delay", number);
            bool ok = false;
            const int ms = number.toInt(&ok);
            if (!ok || ms < 0)
                cl.error = QStringLiteral("tritium: %1 takes milliseconds, not \"%2\"").arg(arg, number);
            (arg == "--quit-after" ? cl.quitAfterMs : cl.screenshotDelayMs) = ms;
        } else if (arg.startsWith(QLatin1String("-platform")) || arg.startsWith(QLatin1String("-style")) ||
                   arg == "-qmljsdebugger" || arg == "-reverse") {
            // Qt's own options: QGuiApplication reads them.
            if (!arg.contains('=') && arg != "-reverse")
                ++i;
        } else {
            cl.error = QStringLiteral("tritium: unknown option \"%1\" (see --help)").arg(arg);
        }
    }
    return cl;
}

QString CommandLine::outputText() const {
    if (showVersion) {
        return QStringLiteral("Tritium %1 (trit engine %2, kernels: %3)\n")
            .arg(QStringLiteral(TRITIUM_VERSION),
                 QString::fromUtf8(trit::version().data(), qsizetype(trit::version().size())),
                 QString::fromStdString(trit::activeKernelPath()));
    }
    return QStringLiteral(
        "Usage: tritium [options]\n"
        "Chat offline with ternary (1.58-bit) language models.\n\n"
        "Options:\n"
        "  -h, --help               Show this help and exit.\n"
        "  -v, --version            Show the version and exit.\n"
        "  --data-dir DIR           Keep conversations, settings, logs and models in DIR.\n"
        "  --model FILE             Load this GGUF model at start.\n"
        "  --debug                  Debug logging (may include message text).\n"
        "  --screenshot FILE        Save a PNG of the window after --screenshot-delay ms (default 3000).\n"
        "  --quit-after MS          Quit after MS milliseconds.\n");
}

} // namespace tritium
