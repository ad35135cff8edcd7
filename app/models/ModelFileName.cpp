#include "ModelFileName.h"

namespace tritium::ModelFileName {

bool isSafe(const QString& name) {
    if (name.isEmpty() || name.toUtf8().size() > 255 || name == QLatin1String(".") ||
        name == QLatin1String("..") || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return false;
        if (QStringLiteral("/\\:<>\"|?*").contains(c))
            return false;
    }
    // Windows silently strips trailing dots and spaces, which would make two names point at one file.
    return !name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' '));
}

bool isSafeModelFile(const QString& name) {
    return isSafe(name) && name.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive) && name.size() > 5;
}

} // namespace tritium::ModelFileName
