#pragma once

#include "../domain/leadcard.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rebound::Core {

// What a business tells callers about itself; answers to common questions.
struct BusinessProfile
{
    QString name; // "Mike's Plumbing"
    QString trade = QStringLiteral("plumbing"); // a key of the service taxonomy
    QString timeZone = QStringLiteral("America/Chicago"); // IANA id
    QString hours; // "Mon–Fri 7am–6pm, Sat 8am–noon"
    QString serviceArea; // "Austin and Round Rock"
    QString licensing; // "Licensed and insured, TX M-12345"
    QString emergencyPolicy; // "24/7 emergency service, $95 after-hours trip fee"
    QString pricingPolicy; // "We give prices on site after a look"
    QString ownerFirstName; // who will call back
};

// One message of a thread, oldest first.
struct ConversationTurn
{
    enum class From { Business, Caller };
    From from = From::Caller;
    QString body;
    QDateTime at;
};

// Everything a responder may look at to answer one inbound reply.
struct ResponderInput
{
    BusinessProfile business;
    QString callerNumber; // E.164
    QList<ConversationTurn> history; // before this reply, oldest first
    LeadCard card; // the card so far
    QString reply; // the caller's new message
};

struct ResponderOutput
{
    LeadCard card; // the updated card
    std::optional<QString> answer; // at most one text back; none to stay silent
    QString asks = QStringLiteral("none"); // the slot the answer asks for: name, service, urgency, address, none
    bool ownerShouldCall = false; // an emergency: alert the owner at once
};

// Answers a caller's reply after the text-back. Implementations are pure:
// same input, same output; no I/O, safe to call from the engine thread.
class Responder
{
public:
    virtual ~Responder() = default;
    virtual ResponderOutput respond(const ResponderInput &input) = 0;
};

} // namespace Rebound::Core
