#include "missedcalldetector.h"

#include <optional>

namespace Rebound::Core {

QString toString(Wiring wiring)
{
    return wiring == Wiring::Dial ? QStringLiteral("dial") : QStringLiteral("forwarded");
}

std::optional<Wiring> wiringFromString(QStringView text)
{
    if (text.compare(QLatin1String("forwarded"), Qt::CaseInsensitive) == 0)
        return Wiring::Forwarded;
    if (text.compare(QLatin1String("dial"), Qt::CaseInsensitive) == 0)
        return Wiring::Dial;
    return std::nullopt;
}

bool answeredByPerson(const Call &leg)
{
    // Twilio's AMD answers: human, machine_start, machine_end_beep, machine_end_silence,
    // machine_end_other, fax, unknown. Only a machine or a fax means nobody picked up.
    const QString by = leg.answeredBy.toLower();
    const bool machine = by.startsWith(QLatin1String("machine")) || by == QLatin1String("fax");
    if (leg.status == CallStatus::Completed)
        return !machine;
    // While a leg is in progress, machine detection may still be listening:
    // only its "human" settles it before the leg ends.
    return leg.status == CallStatus::InProgress && by == QLatin1String("human");
}

CallVerdict judgeCall(const Call &parent, const QList<Call> &children, Wiring wiring)
{
    if (!parent.isInbound())
        return {CallVerdict::Kind::NotInbound, parent.direction};

    if (wiring == Wiring::Forwarded) {
        // Only unanswered calls reach the number, so any ended call is a missed one.
        if (!isTerminal(parent.status))
            return {CallVerdict::Kind::NotYet, toString(parent.status)};
        return {CallVerdict::Kind::Missed, toString(parent.status)};
    }

    for (const Call &child : children) {
        if (answeredByPerson(child))
            return {CallVerdict::Kind::Answered, toString(child.status)};
    }
    // While the parent leg goes on, its TwiML may still <Dial> another phone
    // (a sequential dial rings a second one after the first): nobody can be
    // said to have missed the call until no leg can be answered any more.
    if (!isTerminal(parent.status))
        return {CallVerdict::Kind::NotYet, toString(parent.status)};
    QString detail = QStringLiteral("hung-up-before-dial");
    for (const Call &child : children) {
        // The provider has not caught up with a leg yet: judge on the next look.
        if (!isTerminal(child.status))
            return {CallVerdict::Kind::NotYet, toString(child.status)};
        detail = child.answeredBy.isEmpty() ? toString(child.status) : QStringLiteral("voicemail");
    }
    return {CallVerdict::Kind::Missed, detail};
}

} // namespace Rebound::Core
