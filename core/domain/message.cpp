#include "message.h"

#include <array>
#include <utility>

namespace Rebound::Core {

namespace {
constexpr std::array<std::pair<MessageStatus, const char *>, 13> kStatusNames{{
    {MessageStatus::Queued, "queued"},
    {MessageStatus::Sending, "sending"},
    {MessageStatus::Sent, "sent"},
    {MessageStatus::Failed, "failed"},
    {MessageStatus::Delivered, "delivered"},
    {MessageStatus::Undelivered, "undelivered"},
    {MessageStatus::Receiving, "receiving"},
    {MessageStatus::Received, "received"},
    {MessageStatus::Accepted, "accepted"},
    {MessageStatus::Scheduled, "scheduled"},
    {MessageStatus::Read, "read"},
    {MessageStatus::PartiallyDelivered, "partially_delivered"},
    {MessageStatus::Canceled, "canceled"},
}};

constexpr std::array<std::pair<MessageDirection, const char *>, 4> kDirectionNames{{
    {MessageDirection::Inbound, "inbound"},
    {MessageDirection::OutboundApi, "outbound-api"},
    {MessageDirection::OutboundCall, "outbound-call"},
    {MessageDirection::OutboundReply, "outbound-reply"},
}};

template<typename Enum, std::size_t N>
Enum fromName(const std::array<std::pair<Enum, const char *>, N> &names, QStringView text, Enum fallback)
{
    for (const auto &[value, name] : names) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return fallback;
}

template<typename Enum, std::size_t N>
QString toName(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}
} // namespace

MessageStatus messageStatusFromString(QStringView text)
{
    return fromName(kStatusNames, text, MessageStatus::Unknown);
}

QString toString(MessageStatus status)
{
    return toName(kStatusNames, status);
}

int deliveryStage(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Accepted:
    case MessageStatus::Scheduled:
    case MessageStatus::Queued:
    case MessageStatus::Receiving:
        return 0;
    case MessageStatus::Sending:
        return 1;
    case MessageStatus::Sent:
        return 2;
    case MessageStatus::Delivered:
    case MessageStatus::Undelivered:
    case MessageStatus::Failed:
    case MessageStatus::PartiallyDelivered:
    case MessageStatus::Canceled:
    case MessageStatus::Received:
        return 3;
    case MessageStatus::Read:
        return 4;
    case MessageStatus::Unknown:
        break;
    }
    return -1;
}

MessageDirection messageDirectionFromString(QStringView text)
{
    return fromName(kDirectionNames, text, MessageDirection::Unknown);
}

QString toString(MessageDirection direction)
{
    return toName(kDirectionNames, direction);
}

} // namespace Rebound::Core
