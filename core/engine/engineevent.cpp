#include "engineevent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rebound::Core {

QJsonObject EngineEvent::toJson() const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("event"), type);
    o.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

QString EngineEvent::toText() const
{
    QString line = at.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + type;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QString value;
        if (it->isString())
            value = it->toString();
        else if (it->isArray())
            value = QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact));
        else if (it->isDouble())
            value = QString::number(it->toDouble(), 'g', 12);
        else if (it->isBool())
            value = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it->isNull() || it->isUndefined())
            continue;
        else
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        if (value.isEmpty())
            continue; // unknown fields are left out of the text form
        // Values with spaces are quoted so the line stays one record.
        if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('"')))
            value =
                QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
        line += QLatin1Char(' ') + it.key() + QLatin1Char('=') + value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return line;
}

} // namespace Rebound::Core
