#include "CatalogParser.h"

#include "ModelFileName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace tritium {

namespace {

const QString kHuggingFace = QStringLiteral("https://huggingface.co");

// Reads typed fields from one entry; the first problem is kept in `why` and later reads are no-ops.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    FieldReader(const QJsonObject& object, QString& why) : object_(object), why_(why) {}

    bool ok() const { return why_.isEmpty(); }

    QString string(const char* key, bool required, int maxLength) {
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!ok())
            return {};
        if (value.isUndefined() || value.isNull()) {
            if (required)
                why_ = tr("the field \"%1\" is missing").arg(QLatin1String(key));
            return {};
        }
        if (!value.isString()) {
            why_ = tr("the field \"%1\" is not text").arg(QLatin1String(key));
            return {};
        }
        const QString text = value.toString();
        if (text.size() > maxLength) {
            why_ = tr("the field \"%1\" is longer than %2 characters").arg(QLatin1String(key)).arg(maxLength);
            return {};
        }
        if (required && text.trimmed().isEmpty())
            why_ = tr("the field \"%1\" is empty").arg(QLatin1String(key));
        return text;
    }

    bool boolean(const char* key, bool fallback) {
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!ok() || value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            why_ = tr("the field \"%1\" is not true or false").arg(QLatin1String(key));
            return fallback;
        }
        return value.toBool();
    }

    // A number in [min, max]; `integer` also requires a whole number. Missing or null gives nullopt.
    std::optional<double> number(const char* key, double min, double max, bool integer) {
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!ok() || value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            why_ = tr("the field \"%1\" is not a number").arg(QLatin1String(key));
            return std::nullopt;
        }
        const double n = value.toDouble();
        if (!std::isfinite(n) || n < min || n > max || (integer && std::floor(n) != n)) {
            why_ = tr("the field \"%1\" is out of range (%2 to %3%4)")
                       .arg(QLatin1String(key))
                       .arg(min, 0, 'g', 15)
                       .arg(max, 0, 'g', 15)
                       .arg(integer ? tr(", whole numbers") : QString());
            return std::nullopt;
        }
        return n;
    }

private:
    const QJsonObject& object_;
    QString& why_;
};

bool matches(const QString& text, const QRegularExpression& pattern) {
    return pattern.match(text).hasMatch();
}

} // namespace

CatalogParser::CatalogParser(const QString& mirrorBaseUrl, QStringList* problems) : problems_(problems) {
    const QString trimmed = mirrorBaseUrl.trimmed();
    if (trimmed.isEmpty())
        return;
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool usable =
        url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
    if (!usable) {
        problem(tr("The mirror address \"%1\" is not an http or https address; using %2 instead.")
                    .arg(trimmed, kHuggingFace));
        return;
    }
    mirror_ = url;
    QString path = mirror_.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    mirror_.setPath(path);
}

void CatalogParser::problem(const QString& text) {
    if (problems_)
        problems_->append(text);
}

QList<CatalogEntry> CatalogParser::parse(const QByteArray& json) {
    QList<CatalogEntry> entries;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problem(
            tr("The catalog is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
        return entries;
    }
    if (!document.isObject()) {
        problem(tr("The catalog is not a JSON object."));
        return entries;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble() || format.toDouble() != kFormatVersion) {
        problem(tr("The catalog has format %1; this version of Tritium reads format %2.")
                    .arg(format.isDouble() ? QString::number(format.toDouble()) : tr("(none)"))
                    .arg(kFormatVersion));
        return entries;
    }
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!models.isArray()) {
        problem(tr("The catalog has no \"models\" list."));
        return entries;
    }
    const QJsonArray array = models.toArray();
    if (array.size() > kMaxEntries)
        problem(
            tr("The catalog has %1 entries; only the first %2 are read.").arg(array.size()).arg(kMaxEntries));

    QSet<QString> ids, fileNames;
    for (qsizetype i = 0; i < array.size() && i < kMaxEntries; ++i) {
        QString why;
        std::optional<CatalogEntry> entry;
        if (!array.at(i).isObject())
            why = tr("it is not a JSON object");
        else
            entry = parseEntry(array.at(i).toObject(), why);
        if (entry && ids.contains(entry->id))
            why = tr("the id \"%1\" is used twice").arg(entry->id);
        else if (entry && fileNames.contains(entry->fileName.toLower()))
            why = tr("the file name \"%1\" is used twice").arg(entry->fileName);
        if (!why.isEmpty()) {
            problem(tr("Catalog entry %1 was skipped: %2.").arg(i + 1).arg(why));
            continue;
        }
        ids.insert(entry->id);
        fileNames.insert(entry->fileName.toLower());
        entries.append(*entry);
    }
    return entries;
}

std::optional<CatalogEntry> CatalogParser::parseEntry(const QJsonObject& object, QString& why) const {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    static const QRegularExpression shaPattern(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression typePattern(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));

    FieldReader read(object, why);
    CatalogEntry entry;
    entry.id = read.string("id", true, 64);
    if (read.ok() && !matches(entry.id, idPattern))
        why = tr("the id \"%1\" may only hold a-z, 0-9, '.', '_' and '-'").arg(entry.id);
    entry.name = read.string("name", true, 200).trimmed();
    entry.description = read.string("description", false, 4000).trimmed();
    entry.license = read.string("license", false, 200).trimmed();
    entry.architecture = read.string("architecture", false, 64).trimmed();
    entry.tensorType = read.string("tensorType", false, 16).trimmed();
    if (read.ok() && !entry.tensorType.isEmpty() && !matches(entry.tensorType, typePattern))
        why = tr("the tensor type \"%1\" is not a type name").arg(entry.tensorType);
    entry.figuresSource = read.string("figuresSource", false, 500).trimmed();
    entry.demo = read.boolean("demo", false);
    entry.instruct = read.boolean("instruct", true);
    entry.recommended = read.boolean("recommended", false);

    entry.fileName = read.string("file", true, 255);
    if (read.ok() && !ModelFileName::isSafeModelFile(entry.fileName))
        why = tr("the file name \"%1\" is not a plain .gguf file name (it could point outside the models "
                 "folder)")
                  .arg(entry.fileName);

    // 2^53: the largest whole number a JSON double holds exactly (far above any real file or model).
    constexpr double kMaxExact = 9007199254740992.0;
    if (const auto n = read.number("parameters", 0, 1e13, true))
        entry.parameters = static_cast<quint64>(*n);
    if (const auto n = read.number("size", 1, kMaxExact, true))
        entry.sizeBytes = static_cast<qint64>(*n);
    entry.sha256 = read.string("sha256", false, 64).toLower();
    if (read.ok() && !entry.sha256.isEmpty() && !matches(entry.sha256, shaPattern))
        why = tr("the SHA-256 is not 64 hexadecimal digits");
    if (const auto n = read.number("context", 128, 1 << 20, true))
        entry.recommendedContext = static_cast<int>(*n);

    const QJsonValue sampling = object.value(QLatin1String("sampling"));
    if (read.ok() && !sampling.isUndefined() && !sampling.isNull()) {
        if (!sampling.isObject()) {
            why = tr("\"sampling\" is not a JSON object");
        } else {
            const QJsonObject samplingObject = sampling.toObject();
            FieldReader s(samplingObject, why);
            if (const auto n = s.number("temperature", 0, 5, false))
                entry.sampling.temperature = *n;
            if (const auto n = s.number("topP", 0, 1, false))
                entry.sampling.topP = *n;
            if (const auto n = s.number("topK", 0, 100000, true))
                entry.sampling.topK = static_cast<int>(*n);
            if (const auto n = s.number("minP", 0, 1, false))
                entry.sampling.minP = *n;
            if (const auto n = s.number("repeatPenalty", 0.5, 5, false))
                entry.sampling.repeatPenalty = *n;
        }
    }
    if (!read.ok())
        return std::nullopt;
    if (entry.demo)
        return entry; // shipped inside the app: no URL; size and hash may be filled in later
    if (const auto url = downloadUrl(object, entry, why)) {
        entry.url = *url;
        return entry;
    }
    return std::nullopt;
}

std::optional<QUrl> CatalogParser::downloadUrl(const QJsonObject& object, CatalogEntry& e,
                                               QString& why) const {
    static const QRegularExpression repoPattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$"));
    static const QRegularExpression revisionPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));

    FieldReader read(object, why);
    const QString explicitUrl = read.string("url", false, 2000).trimmed();
    e.repo = read.string("repo", false, 200).trimmed();
    e.revision = read.string("revision", false, 64).trimmed();
    e.remoteFileName = read.string("remoteFile", false, 255);
    if (!read.ok())
        return std::nullopt;
    if (e.remoteFileName.isEmpty())
        e.remoteFileName = e.fileName;
    if (e.revision.isEmpty())
        e.revision = QStringLiteral("main");

    QUrl url;
    if (!explicitUrl.isEmpty()) {
        url = QUrl(explicitUrl, QUrl::StrictMode);
        if (!mirror_.isEmpty() && explicitUrl.startsWith(kHuggingFace + QLatin1Char('/')))
            url = QUrl(mirror_.toString() + explicitUrl.mid(kHuggingFace.size()), QUrl::StrictMode);
    } else if (!e.repo.isEmpty()) {
        if (!matches(e.repo, repoPattern) || e.repo.contains(QLatin1String(".."))) {
            why = tr("the repository \"%1\" is not of the form owner/name").arg(e.repo);
            return std::nullopt;
        }
        if (!matches(e.revision, revisionPattern) || e.revision.contains(QLatin1String(".."))) {
            why = tr("the revision \"%1\" is not a commit or branch name").arg(e.revision);
            return std::nullopt;
        }
        if (!ModelFileName::isSafe(e.remoteFileName)) {
            why = tr("the remote file name \"%1\" is not a plain file name").arg(e.remoteFileName);
            return std::nullopt;
        }
        const QString base = mirror_.isEmpty() ? kHuggingFace : mirror_.toString();
        url = QUrl(base + QLatin1Char('/') + e.repo + QStringLiteral("/resolve/") + e.revision +
                       QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(e.remoteFileName)),
                   QUrl::StrictMode);
    } else {
        why = tr("it has neither a \"url\" nor a \"repo\"");
        return std::nullopt;
    }
    if (!urlAllowed(url)) {
        why = tr("the download address \"%1\" is not https (http is only used for a mirror you set "
                 "yourself)")
                  .arg(url.toString());
        return std::nullopt;
    }
    return url;
}

bool CatalogParser::urlAllowed(const QUrl& url) const {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http") || mirror_.scheme() != QLatin1String("http"))
        return false;
    return url.host() == mirror_.host() && url.port(80) == mirror_.port(80) &&
           (url.path() + QLatin1Char('/')).startsWith(mirror_.path() + QLatin1Char('/'));
}

} // namespace tritium
