#include "ModelImporter.h"

#include "ModelFileName.h"
#include "ModelsLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>
#include <trit/Error.h>
#include <trit/Model.h>

namespace tritium {

namespace {
std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdWString());
}

ImportResult failure(const QString& message) {
    qCWarning(lcModels).noquote() << "import refused:" << message;
    return {QString(), message};
}

// Copies `source` to `target` in chunks; false with `error` on failure or cancel (target is then removed).
bool copyFile(const QString& source, const QString& target, const std::atomic<bool>& cancel,
              const std::function<void(double)>& progress, QString& error) {
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly)) {
        error = ModelImporter::tr("The file could not be read: %1.").arg(in.errorString());
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = ModelImporter::tr("The models folder cannot be written to: %1.").arg(out.errorString());
        return false;
    }
    const qint64 total = in.size();
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    while (!in.atEnd()) {
        if (cancel.load()) {
            error = ModelImporter::tr("The import was canceled.");
            break;
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            error = ModelImporter::tr("The file could not be read: %1.").arg(in.errorString());
            break;
        }
        if (out.write(buffer.constData(), n) != n) {
            error = ModelImporter::tr("The copy could not be written (is the disk full?): %1.")
                        .arg(out.errorString());
            break;
        }
        done += n;
        if (progress && total > 0)
            progress(double(done) / double(total));
    }
    if (error.isEmpty() && !out.flush())
        error = ModelImporter::tr("The copy could not be written (is the disk full?): %1.")
                    .arg(out.errorString());
    out.close();
    if (!error.isEmpty()) {
        QFile::remove(target);
        return false;
    }
    return true;
}
} // namespace

QString ModelImporter::validate(const QString& path) {
    try {
        trit::inspectModel(QFile::encodeName(path).toStdString());
        return {};
    } catch (const trit::Error& e) {
        return QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        return tr("The file could not be read (%1).").arg(QString::fromUtf8(e.what()));
    }
}

ImportResult ModelImporter::run(const QString& sourcePath, const QString& modelsDir, ImportMode mode,
                                const std::atomic<bool>& cancel,
                                const std::function<void(double)>& progress) {
    const QFileInfo source(sourcePath);
    if (!source.exists() || !source.isFile())
        return failure(tr("%1 is not a file.").arg(sourcePath));
    const QString name = source.fileName();
    if (!name.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive))
        return failure(tr("Only .gguf model files can be imported; %1 is not one.").arg(name));
    if (!ModelFileName::isSafeModelFile(name))
        return failure(
            tr("The name \"%1\" cannot be used in the models folder; rename the file and try again.")
                .arg(name));

    // The engine looks at the file before anything else touches it.
    if (const QString problem = validate(source.absoluteFilePath()); !problem.isEmpty())
        return failure(tr("Tritium cannot use this file: %1").arg(problem));

    const QDir dir(modelsDir);
    const QString target = dir.filePath(name);
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return failure(tr("A model named %1 is already in the models folder.").arg(name));
    if (!dir.mkpath(QStringLiteral(".downloads")))
        return failure(tr("The models folder %1 cannot be written to.").arg(modelsDir));

    std::error_code ec;
    if (mode == ImportMode::Link) {
        std::filesystem::create_symlink(fsPath(source.absoluteFilePath()), fsPath(target), ec);
        if (ec)
            return failure(tr("The link could not be made (%1). Choose Copy instead; on Windows, links need "
                              "Developer Mode.")
                               .arg(QString::fromStdString(ec.message())));
        if (progress)
            progress(1.0);
        return {name, QString()};
    }

    // Copy to a hidden temporary, validate the copy (the source may have changed meanwhile), then rename.
    const QString temporary = dir.filePath(QStringLiteral(".downloads/") + name + QStringLiteral(".import"));
    QString error;
    if (!copyFile(source.absoluteFilePath(), temporary, cancel, progress, error))
        return failure(error);
    if (const QString problem = validate(temporary); !problem.isEmpty()) {
        QFile::remove(temporary);
        return failure(tr("The copy is not usable: %1").arg(problem));
    }
    std::filesystem::rename(fsPath(temporary), fsPath(target), ec);
    if (ec) {
        QFile::remove(temporary);
        return failure(tr("The copy could not be moved into the models folder (%1).")
                           .arg(QString::fromStdString(ec.message())));
    }
    qCInfo(lcModels) << "imported" << name;
    return {name, QString()};
}

} // namespace tritium
