#pragma once

#include "../domain/call.h"

#include <QList>

namespace Rebound::Core {

// How a business line reaches the owner, which decides what "missed" means.
enum class Wiring {
    // The carrier forwards unanswered calls to the Twilio number: every
    // inbound call that reaches it was missed.
    Forwarded,
    // The Twilio number <Dial>s the owner's phone: the call was missed when
    // no child leg was answered by a person.
    Dial,
};

QString toString(Wiring wiring);
std::optional<Wiring> wiringFromString(QStringView text);

struct CallVerdict
{
    enum class Kind { NotYet, Missed, Answered, NotInbound };
    Kind kind = Kind::NotYet;
    QString detail; // no-answer, busy, failed, canceled, voicemail, completed...
};

// Judges an inbound parent leg (and, for Dial, its child legs). Pure.
CallVerdict judgeCall(const Call &parent, const QList<Call> &children, Wiring wiring);

// True when a child leg was picked up by a person: completed and not answered
// by a machine (the cell's own voicemail or a fax), or in progress with
// machine detection's answer "human".
bool answeredByPerson(const Call &leg);

} // namespace Rebound::Core
