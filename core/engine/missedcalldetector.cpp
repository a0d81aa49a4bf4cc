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
    if (leg.status != CallStatus::Completed && leg.status != CallStatus::InProgress)
        return false;
    // Twilio's AMD answers: human, machine_start, machine_end_beep, machine_end_silence,
    // machine_end_other, fax, unknown. Only a machine or a fax means nobody picked up.
    const QString by = leg.answeredBy.toLower();
    return !(by.startsWith(QLatin1String("machine")) || by == QLatin1String("fax"));
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
    bool allChildrenEnded = !children.isEmpty();
    QString detail;
    for (const Call &child : children) {
        if (!isTerminal(child.status))
            allChildrenEnded = false;
        else
            detail = child.answeredBy.isEmpty() ? toString(child.status) : QStringLiteral("voicemail");
    }
    // Once every <Dial> leg has ended unanswered the caller is at voicemail or
    // gone: text now rather than wait for the parent to hang up.
    if (allChildrenEnded)
        return {CallVerdict::Kind::Missed, detail};
    if (isTerminal(parent.status) && children.isEmpty())
        return {CallVerdict::Kind::Missed, QStringLiteral("hung-up-before-dial")};
    if (isTerminal(parent.status)) {
        // The parent ended while a child still shows as ringing: the provider
        // has not caught up yet; judge on the next look.
        return {CallVerdict::Kind::NotYet, toString(parent.status)};
    }
    return {CallVerdict::Kind::NotYet, toString(parent.status)};
}

} // namespace Rebound::Core
