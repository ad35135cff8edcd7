#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

QString TsMessage::describe() const {
    return QStringLiteral("[%1] \"%2\"").arg(context, source);
}

TsFile::TsFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error_ = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            language_ = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                // Plural forms are child elements; read them until </translation>.
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages_ << message;
        }
    }
    if (xml.hasError()) {
        error_ = QStringLiteral("%1 is not valid XML: %2 (line %3)")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
        messages_.clear();
    }
}
