#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Rebound::Core {

// Twilio's message_enum_status.
enum class MessageStatus {
    Queued,
    Sending,
    Sent,
    Failed,
    Delivered,
    Undelivered,
    Receiving,
    Received,
    Accepted,
    Scheduled,
    Read,
    PartiallyDelivered,
    Canceled,
    Unknown
};

enum class MessageDirection { Inbound, OutboundApi, OutboundCall, OutboundReply, Unknown };

MessageStatus messageStatusFromString(QStringView text);
QString toString(MessageStatus status);
// How far along its way a text is: queued 0, sending 1, sent 2, an end
// (delivered, undelivered, failed...) 3, read 4; -1 when not known. Status
// callbacks may arrive out of order, so a status never replaces a later one.
int deliveryStage(MessageStatus status);
MessageDirection messageDirectionFromString(QStringView text);
QString toString(MessageDirection direction);

// One SMS as the provider reports it.
struct Message
{
    QString sid;
    QString accountSid;
    QString messagingServiceSid;
    QString from;
    QString to;
    QString body;
    MessageStatus status = MessageStatus::Unknown;
    MessageDirection direction = MessageDirection::Unknown;
    int numSegments = 0;
    int numMedia = 0;
    std::optional<int> errorCode;
    QString errorMessage;
    QDateTime dateCreated;
    QDateTime dateSent;
    QDateTime dateUpdated;

    bool isInbound() const { return direction == MessageDirection::Inbound; }
};

// What the client asks the provider to send.
struct OutgoingMessage
{
    QString to;
    QString from; // a number of the account, or empty when messagingServiceSid is set
    QString messagingServiceSid;
    QString body;
    QString statusCallback; // optional URL
};

} // namespace Rebound::Core
