#include "owneralert.h"

#include "../domain/phonenumber.h"
#include "../domain/smssegments.h"

namespace Rebound::Core {

bool shouldAlertOwner(const Lead &lead, bool created)
{
    if (lead.card.kind != LeadCard::Kind::Lead && lead.card.kind != LeadCard::Kind::ExistingCustomer)
        return false;
    const QString score = toString(lead.card.score);
    if (lead.alertedScore == score)
        return false;
    return created || lead.card.score == LeadCard::Score::Hot;
}

QString ownerAlertText(const Lead &lead, const QString &businessName)
{
    const LeadCard &c = lead.card;
    QStringList parts;
    parts << (c.name.isEmpty() ? QStringLiteral("unknown name") : c.name);
    if (!c.service.isEmpty())
        parts << QString(c.service).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (c.urgency != LeadCard::Urgency::Unknown)
        parts << toString(c.urgency);
    if (lead.urgent)
        parts << QStringLiteral("called again");
    const PhoneNumber caller = PhoneNumber::fromE164(lead.callerNumber);
    const QString callBack =
        QStringLiteral(" Call back: %1").arg(caller.isValid() ? caller.display() : lead.callerNumber);
    const QString head =
        QStringLiteral("%1: %2 lead - ")
            .arg(businessName.isEmpty() ? QStringLiteral("Rebound") : businessName, toString(c.score).toUpper());
    QString address = c.address.isEmpty() ? QString() : QStringLiteral(". ") + c.address;
    QString text = head + parts.join(QStringLiteral(", ")) + address + QLatin1Char('.') + callBack;
    // Stay within two segments: shorten the address first, then the details.
    while (SmsSegments::measure(text).segments > 2 && !address.isEmpty()) {
        address.chop(qMax(1, int(address.size() / 4)));
        text = head + parts.join(QStringLiteral(", ")) + address + QLatin1Char('.') + callBack;
    }
    while (SmsSegments::measure(text).segments > 2 && parts.size() > 1) {
        parts.removeLast();
        text = head + parts.join(QStringLiteral(", ")) + QLatin1Char('.') + callBack;
    }
    return text;
}

} // namespace Rebound::Core
