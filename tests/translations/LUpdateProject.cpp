#include "LUpdateProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Relative paths are relative to the CMakeLists.txt that called qt_add_translations, as in Qt's own
// GenerateLUpdateProject.cmake; generated sources that do not exist yet are left out the same way.
QStringList absolutePaths(const QString& cmakeList, const QString& base, bool existingOnly) {
    QStringList result;
    for (const QString& entry : cmakeList.split(u';', Qt::SkipEmptyParts)) {
        const QString path = QDir::isAbsolutePath(entry) ? entry : QDir(base).absoluteFilePath(entry);
        if (!existingOnly || QFileInfo::exists(path))
            result << path;
    }
    return result;
}

} // namespace

LUpdateProject::LUpdateProject(const QString& cmakeFile) {
    QFile file(cmakeFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error_ = QStringLiteral("cannot open the lupdate project %1 (%2); configure the build first")
                     .arg(cmakeFile, file.errorString());
        return;
    }
    static const QRegularExpression setLine(QStringLiteral(R"re(^set\((\w+) "(.*)"\)\s*$)re"),
                                            QRegularExpression::MultilineOption);
    QHash<QString, QString> values;
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = setLine.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        values.insert(match.captured(1), match.captured(2));
    }
    projectFile_ = values.value(QStringLiteral("lupdate_project_file"));
    if (projectFile_.isEmpty()) {
        error_ =
            QStringLiteral("%1 names no lupdate_project_file; has Qt changed its format?").arg(cmakeFile);
        return;
    }
    const QString base = QFileInfo(projectFile_).absolutePath();
    includePaths_ = absolutePaths(values.value(QStringLiteral("lupdate_include_paths")), base, false);
    sources_ = absolutePaths(values.value(QStringLiteral("lupdate_sources")), base, true);
    translations_ = absolutePaths(values.value(QStringLiteral("lupdate_translations")), base, false);
    if (sources_.isEmpty())
        error_ = QStringLiteral("%1 lists no existing source files").arg(cmakeFile);
}

bool LUpdateProject::writeJson(const QString& jsonPath, const QStringList& tsFiles, QString* error) const {
    const QJsonObject project{{QStringLiteral("projectFile"), projectFile_},
                              {QStringLiteral("includePaths"), QJsonArray::fromStringList(includePaths_)},
                              {QStringLiteral("sources"), QJsonArray::fromStringList(sources_)},
                              {QStringLiteral("translations"), QJsonArray::fromStringList(tsFiles)}};
    QFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(project).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(jsonPath, out.errorString());
        return false;
    }
    return true;
}
