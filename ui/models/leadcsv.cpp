#include "leadcsv.h"

#include <QStringList>

namespace Rebound::Ui {

QString LeadCsv::field(const QString &text, bool freeText)
{
    QString out = text;
    // Names and addresses come from strangers' texts: a cell starting with
    // "=" would be a formula in Excel (CSV injection).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (freeText && !out.isEmpty() && formulaStarts.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r')) || out.startsWith(QLatin1Char(' '))
        || out.endsWith(QLatin1Char(' '));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray LeadCsv::write(const QList<Core::Lead> &leads)
{
    const QStringList header{tr("Created"), tr("Name"),  tr("Phone"),  tr("Service"),  tr("Urgency"),
                             tr("Address"), tr("Score"), tr("Status"), tr("Job value")};
    QStringList lines;
    QStringList cells;
    for (const QString &h : header)
        cells.append(field(h));
    lines.append(cells.join(QLatin1Char(',')));
    for (const Core::Lead &lead : leads) {
        cells.clear();
        // Machine-readable values (ISO time, E.164, keys, a plain decimal) so
        // the file sorts and sums the same in any spreadsheet and locale.
        cells << field(lead.createdAt.toUTC().toString(Qt::ISODate), false) << field(lead.card.name)
              << field(lead.callerNumber, false)
              << field(QString(lead.card.service).replace(QLatin1Char('_'), QLatin1Char(' ')))
              << field(Core::toString(lead.card.urgency), false) << field(lead.card.address)
              << field(Core::toString(lead.card.score), false) << field(lead.status, false)
              << (lead.jobValueCents ? QStringLiteral("%1.%2")
                                           .arg(*lead.jobValueCents / 100)
                                           .arg(*lead.jobValueCents % 100, 2, 10, QLatin1Char('0'))
                                     : QString());
        lines.append(cells.join(QLatin1Char(',')));
    }
    // The byte-order mark makes Excel on Windows read the file as UTF-8
    // (accents in Spanish names) instead of the ANSI code page.
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace Rebound::Ui
