#pragma once
// The lupdate project that `update_translations` uses (qt_add_translations writes it as a CMake script at
// configure time), re-targeted at other .ts files so a check can run lupdate without touching the real ones.
#include <QString>
#include <QStringList>

class LUpdateProject {
public:
    // Reads the `set(lupdate_... "...")` lines of `cmakeFile`; on failure `error()` says why.
    explicit LUpdateProject(const QString& cmakeFile);

    const QString& error() const { return error_; }
    const QStringList& sources() const { return sources_; }
    const QStringList& translations() const { return translations_; }

    // Writes an lupdate -project JSON file listing the same sources but `tsFiles` as translations.
    bool writeJson(const QString& jsonPath, const QStringList& tsFiles, QString* error) const;

private:
    QString projectFile_;
    QStringList includePaths_;
    QStringList sources_;
    QStringList translations_;
    QString error_;
};
