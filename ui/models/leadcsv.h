#pragma once

#include "store/leadrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rebound::Ui {

// Lead cards as a CSV file a spreadsheet opens as-is (RFC 4180 quoting,
// UTF-8 with a byte-order mark, CRLF line ends).
class LeadCsv
{
    Q_DECLARE_TR_FUNCTIONS(LeadCsv)

public:
    // Columns: created, name, phone, service, urgency, address, score, status, job value.
    static QByteArray write(const QList<Core::Lead> &leads);
    // One field, quoted when it must be; text a spreadsheet would run as a
    // formula (=, +, -, @ first) is prefixed with an apostrophe.
    static QString field(const QString &text, bool freeText = true);
};

} // namespace Rebound::Ui
