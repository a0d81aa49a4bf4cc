#include "call.h"

#include <array>
#include <utility>

namespace Rebound::Core {

namespace {
constexpr std::array<std::pair<CallStatus, const char *>, 8> kNames{{
    {CallStatus::Queued, "queued"},
    {CallStatus::Ringing, "ringing"},
    {CallStatus::InProgress, "in-progress"},
    {CallStatus::Completed, "completed"},
    {CallStatus::Busy, "busy"},
    {CallStatus::Failed, "failed"},
    {CallStatus::NoAnswer, "no-answer"},
    {CallStatus::Canceled, "canceled"},
}};
} // namespace

CallStatus callStatusFromString(QStringView text)
{
    for (const auto &[status, name] : kNames) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return status;
    }
    return CallStatus::Unknown;
}

QString toString(CallStatus status)
{
    for (const auto &[s, name] : kNames) {
        if (s == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool isTerminal(CallStatus status)
{
    switch (status) {
    case CallStatus::Completed:
    case CallStatus::Busy:
    case CallStatus::Failed:
    case CallStatus::NoAnswer:
    case CallStatus::Canceled:
        return true;
    default:
        return false;
    }
}

QDateTime Call::endedAt() const
{
    if (!isTerminal(status))
        return {};
    if (endTime.isValid())
        return endTime;
    if (startTime.isValid() && durationSeconds >= 0)
        return startTime.addSecs(durationSeconds);
    return dateUpdated;
}

} // namespace Rebound::Core
