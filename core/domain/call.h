#pragma once

#include <QDateTime>
#include <QString>

namespace Rebound::Core {

// A call's state as the provider reports it (Twilio's call_enum_status).
enum class CallStatus { Queued, Ringing, InProgress, Completed, Busy, Failed, NoAnswer, Canceled, Unknown };

CallStatus callStatusFromString(QStringView text);
QString toString(CallStatus status);
// No further change is expected once a call reaches one of these.
bool isTerminal(CallStatus status);

// One leg of a voice call, as listed by the provider.
struct Call
{
    QString sid;
    QString parentCallSid;
    QString accountSid;
    QString from;
    QString to;
    QString direction; // inbound, outbound-api, outbound-dial, trunking-*
    QString answeredBy; // human, machine, or empty
    QString forwardedFrom;
    QString callerName;
    QString phoneNumberSid;
    CallStatus status = CallStatus::Unknown;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime startTime;
    QDateTime endTime;
    int durationSeconds = -1; // -1: the provider gave none (busy, unanswered, ongoing)

    bool isInbound() const { return direction == QLatin1String("inbound"); }
    // When the call ended, by the provider's clock; invalid while it goes on.
    // Twilio leaves end_time empty for calls that did not complete (busy,
    // no-answer, failed, canceled): then start_time + duration, else the
    // moment the provider last changed it (date_updated) stands in.
    QDateTime endedAt() const;
};

// A call the client asks the provider to place.
struct OutgoingCall
{
    QString to;
    QString from; // a number of the account (or a caller ID verified on it)
    QString twiml; // what the call does once answered
    int timeoutSeconds = 60; // how long it rings unanswered (5 to 600)
    int timeLimitSeconds = 0; // the longest it may last once answered; 0: the provider's limit
};

} // namespace Rebound::Core
