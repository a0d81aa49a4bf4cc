#include "sandboxpaging.h"
#include "sandboxworld.h"

#include "../provider/twiliojson.h"

#include <QTimer>

#include <algorithm>

namespace Rebound::Core {

using namespace Sandbox;

namespace {

using Outcome = SandboxServer::PlacedCall::Outcome;

// What follows a <Dial> happens this long after its leg ends: Twilio fetches
// the action TwiML (a hang-up, a short voicemail prompt, or the next <Dial>).
constexpr int kTwimlTurnaroundMs = 300;
// A voicemail pickup that detection has classed stays up this much longer
// (the greeting plays on) before the sandbox ends it.
constexpr int kVoicemailAfterDetectionMs = 1000;
// A phone company's voicemail that answered a call: the greeting, the beep,
// silence recorded until it gives up, then it hangs up.
constexpr int kVoicemailMs = 6000;

// The app's own voicemail prompt on a call nobody answered.
int voicemailSeconds()
{
    return QRandomGenerator::global()->bounded(5, 21);
}

// A message left on the owner's cell voicemail.
int cellVoicemailSeconds()
{
    return 20 + QRandomGenerator::global()->bounded(-3, 4);
}

} // namespace

bool SandboxServer::World::updateCall(const QString &accountSid, const QString &sid,
                                      const std::function<void(Call &)> &change)
{
    AccountState *acc = account(accountSid);
    Call *c = acc ? call(*acc, sid) : nullptr;
    if (!c)
        return false;
    change(*c);
    c->dateUpdated = now();
    return true;
}

void SandboxServer::World::endCall(const QString &accountSid, const QString &sid, CallStatus status,
                                   int durationSeconds, const QString &answeredBy)
{
    const bool found = updateCall(accountSid, sid, [&](Call &c) {
        c.status = status;
        c.durationSeconds = durationSeconds;
        // Twilio's end_time is "empty if the call did not complete successfully".
        c.endTime = status == CallStatus::Completed ? now() : QDateTime();
        if (!answeredBy.isEmpty())
            c.answeredBy = answeredBy;
    });
    if (!found)
        return;
    AccountState &acc = *account(accountSid);
    const Call ended = *call(acc, sid);
    postCallStatus(acc, ended);
    Q_EMIT q->callEnded(ended);
    // The call placed through the API that reached this one hangs up with it.
    const QString outbound = bridgedTo.take(sid);
    if (!outbound.isEmpty())
        endCall(accountSid, outbound, CallStatus::Completed, std::max(0, ended.durationSeconds));
}

Call SandboxServer::World::newLeg(const AccountState &acc, const QString &from, const QString &to,
                                  const QString &direction, const QString &phoneNumberSid)
{
    Call c;
    c.sid = newSid(QLatin1String("CA"));
    c.accountSid = acc.data.account.sid;
    c.from = from;
    c.to = to;
    c.direction = direction;
    c.phoneNumberSid = phoneNumberSid;
    c.dateCreated = now();
    c.dateUpdated = c.dateCreated;
    c.startTime = c.dateCreated;
    return c;
}

QString SandboxServer::World::placeForwarded(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc)
{
    Call leg = newLeg(acc, pc.from, n.phoneNumber, QStringLiteral("inbound"), n.sid);
    leg.status = CallStatus::Ringing;
    acc.calls.append(leg);
    Q_EMIT q->callPlaced(leg);

    const QString accountSid = acc.data.account.sid;
    const QString sid = leg.sid;
    // Precise timers throughout: a call rings as long as it was placed to (a
    // coarse timer may end a 10 s ring half a second early).
    QTimer::singleShot(pc.ringMs, Qt::PreciseTimer, q, [this, accountSid, sid, pc] {
        // The carrier only forwards calls nobody answered, and Twilio
        // answers them itself (voicemail TwiML), so a missed call shows up
        // here as a short completed call.
        switch (pc.outcome) {
        case PlacedCall::Outcome::Missed:
        case PlacedCall::Outcome::Voicemail:
            endCall(accountSid, sid, CallStatus::Completed, voicemailSeconds());
            break;
        case PlacedCall::Outcome::Busy:
            endCall(accountSid, sid, CallStatus::Busy, -1);
            break;
        case PlacedCall::Outcome::Canceled:
            endCall(accountSid, sid, CallStatus::Canceled, -1);
            break;
        case PlacedCall::Outcome::Failed:
            endCall(accountSid, sid, CallStatus::Failed, -1);
            break;
        case PlacedCall::Outcome::Answered:
            if (updateCall(accountSid, sid, [](Call &c) { c.status = CallStatus::InProgress; })) {
                QTimer::singleShot(pc.talkSeconds * 1000, Qt::PreciseTimer, q, [this, accountSid, sid, pc] {
                    endCall(accountSid, sid, CallStatus::Completed, pc.talkSeconds);
                });
            }
            break;
        }
    });
    return sid;
}

QString SandboxServer::World::placeDial(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc)
{
    Call parent = newLeg(acc, pc.from, n.phoneNumber, QStringLiteral("inbound"), n.sid);
    // Twilio answers the inbound leg to run the TwiML that <Dial>s the owner.
    parent.status = CallStatus::InProgress;
    acc.calls.append(parent);
    Q_EMIT q->callPlaced(parent);

    Dial dial;
    dial.accountSid = acc.data.account.sid;
    dial.parentSid = parent.sid;
    dial.businessNumber = n.phoneNumber;
    dial.call = pc;
    dial.outcomes = pc.legs.isEmpty() ? QList<Outcome>{pc.outcome} : pc.legs;
    ringLeg(dial);
    return parent.sid;
}

void SandboxServer::World::ringLeg(const Dial &dial)
{
    AccountState *acc = account(dial.accountSid);
    if (!acc || !call(*acc, dial.parentSid))
        return;
    const QString to = QString::fromLatin1(dial.index == 0 ? demoOwnerCell : demoBackupCell);
    Call leg = newLeg(*acc, dial.businessNumber, to, QStringLiteral("outbound-dial"), {});
    leg.parentCallSid = dial.parentSid;
    leg.status = CallStatus::Ringing;
    acc->calls.append(leg);
    if (!dial.call.dialStatusCallback.isEmpty())
        acc->callCallbacks.insert(leg.sid, dial.call.dialStatusCallback);
    Q_EMIT q->callPlaced(leg);
    const QString legSid = leg.sid;
    QTimer::singleShot(dial.call.ringMs, Qt::PreciseTimer, q, [this, dial, legSid] { legRang(dial, legSid); });
}

void SandboxServer::World::legRang(const Dial &dial, const QString &legSid)
{
    Dial next = dial;
    next.seconds += (dial.call.ringMs + 999) / 1000;
    switch (dial.outcomes.at(dial.index)) {
    case Outcome::Missed:
        endLeg(next, legSid, CallStatus::NoAnswer, -1);
        break;
    case Outcome::Busy:
        endLeg(next, legSid, CallStatus::Busy, -1);
        break;
    case Outcome::Canceled:
        endLeg(next, legSid, CallStatus::Canceled, -1);
        break;
    case Outcome::Failed:
        endLeg(next, legSid, CallStatus::Failed, -1);
        break;
    case Outcome::Answered:
        answerLeg(next, legSid, QStringLiteral("human"), dial.call.talkSeconds, dial.call.talkSeconds * 1000);
        break;
    case Outcome::Voicemail:
        // The cell's own voicemail picked up: to Twilio an answered call like any
        // other. The sandbox does not wait out the message, only detection.
        answerLeg(next, legSid, QStringLiteral("machine_start"), cellVoicemailSeconds(),
                  dial.call.machineDetection ? dial.call.amdDelayMs + kVoicemailAfterDetectionMs : 0);
        break;
    }
}

void SandboxServer::World::answerLeg(const Dial &dial, const QString &legSid, const QString &answeredBy, int seconds,
                                     int lastsMs)
{
    if (!updateCall(dial.accountSid, legSid, [](Call &c) { c.status = CallStatus::InProgress; }))
        return;
    if (dial.call.machineDetection) {
        // Detection listens to the first seconds of audio; until it decides,
        // answered_by stays empty ("Empty otherwise" without detection at all).
        QTimer::singleShot(dial.call.amdDelayMs, Qt::PreciseTimer, q, [this, dial, legSid, answeredBy] {
            AccountState *acc = account(dial.accountSid);
            const Call *c = acc ? call(*acc, legSid) : nullptr;
            if (c && c->status == CallStatus::InProgress)
                updateCall(dial.accountSid, legSid, [&answeredBy](Call &leg) { leg.answeredBy = answeredBy; });
        });
    }
    if (lastsMs <= 0) {
        endLeg(dial, legSid, CallStatus::Completed, seconds);
        return;
    }
    QTimer::singleShot(lastsMs, Qt::PreciseTimer, q,
                       [this, dial, legSid, seconds] { endLeg(dial, legSid, CallStatus::Completed, seconds); });
}

void SandboxServer::World::endLeg(Dial dial, const QString &legSid, CallStatus status, int seconds)
{
    AccountState *acc = account(dial.accountSid);
    const Call *before = acc ? call(*acc, legSid) : nullptr;
    if (!before)
        return;
    // A leg that hangs up before detection has decided is "unknown" to Twilio.
    const bool undecided =
        dial.call.machineDetection && status == CallStatus::Completed && before->answeredBy.isEmpty();
    endCall(dial.accountSid, legSid, status, seconds, undecided ? QStringLiteral("unknown") : QString());

    acc = account(dial.accountSid);
    const Call *parent = acc ? call(*acc, dial.parentSid) : nullptr;
    const Call *leg = acc ? call(*acc, legSid) : nullptr;
    if (!parent || !leg)
        return;
    if (!dial.call.dialActionUrl.isEmpty())
        postDialAction(*acc, *parent, *leg, dial.call.dialActionUrl);

    dial.seconds += std::max(seconds, 0);
    const bool answered = status == CallStatus::Completed;
    if (!answered && dial.index + 1 < dial.outcomes.size()) {
        ++dial.index;
        QTimer::singleShot(kTwimlTurnaroundMs, Qt::PreciseTimer, q, [this, dial] { ringLeg(dial); });
        return;
    }
    // Nobody picked up: the caller then hears the app's own voicemail prompt.
    const int parentSeconds = dial.seconds + (status == CallStatus::NoAnswer ? voicemailSeconds() : 0);
    QTimer::singleShot(kTwimlTurnaroundMs, Qt::PreciseTimer, q, [this, dial, parentSeconds] {
        endCall(dial.accountSid, dial.parentSid, CallStatus::Completed, parentSeconds);
    });
}

Reply SandboxServer::World::listCalls(AccountState &acc, const RestRequest &r)
{
    QString error;
    QList<DayFilter> startFilters;
    QList<DayFilter> endFilters;
    if (!readDayFilters(r.query, QStringLiteral("StartTime"), &startFilters, &error)
        || !readDayFilters(r.query, QStringLiteral("EndTime"), &endFilters, &error))
        return twilioError(400, 20001, error);
    const auto to = paramValue(r.query, QLatin1String("To"));
    const auto from = paramValue(r.query, QLatin1String("From"));
    const auto parent = paramValue(r.query, QLatin1String("ParentCallSid"));
    const auto statusText = paramValue(r.query, QLatin1String("Status"));
    std::optional<CallStatus> status;
    if (statusText) {
        status = callStatusFromString(*statusText);
        if (*status == CallStatus::Unknown)
            return twilioError(400, 20001, QStringLiteral("Status is not a valid call status: '%1'").arg(*statusText));
    }
    QList<Call> all = acc.calls;
    std::sort(all.begin(), all.end(), newerThan<Call>);
    QList<Call> items;
    for (const Call &c : std::as_const(all)) {
        if ((to && c.to != *to) || (from && c.from != *from) || (parent && c.parentCallSid != *parent)
            || (status && c.status != *status) || !matchesAll(startFilters, c.startTime)
            || !matchesAll(endFilters, c.endTime))
            continue;
        items.append(c);
    }
    return listPage(items, all, r, QLatin1String("calls"), [](const Call &c) { return TwilioJson::toJson(c); });
}

Reply SandboxServer::World::createCall(AccountState &acc, const Params &form)
{
    const QString to = param(form, QLatin1String("To")).trimmed();
    const QString from = param(form, QLatin1String("From")).trimmed();
    const bool hasInstructions = !param(form, QLatin1String("Url")).isEmpty()
        || !param(form, QLatin1String("Twiml")).isEmpty() || !param(form, QLatin1String("ApplicationSid")).isEmpty();
    if (to.isEmpty())
        return twilioError(400, 21201, QStringLiteral("No 'To' number is specified"));
    if (from.isEmpty())
        return twilioError(400, 21213, QStringLiteral("No 'From' number is specified"));
    if (!hasInstructions)
        return twilioError(400, 21205, QStringLiteral("Url parameter is required."));
    if (!isE164(to))
        return twilioError(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(to));
    // Verified caller IDs are not modelled: a call goes out from a number of the account.
    if (!number(acc, from))
        return twilioError(400, 21210,
                           QStringLiteral("The source phone number provided, %1, is not yet verified for your "
                                          "account. You may only make calls from phone numbers that you've verified "
                                          "or purchased from Twilio.")
                               .arg(from));
    int timeoutSeconds = 60;
    const QString timeout = param(form, QLatin1String("Timeout"));
    if (!timeout.isEmpty()) {
        bool ok = false;
        timeoutSeconds = timeout.toInt(&ok);
        if (!ok || timeoutSeconds < 1)
            return twilioError(400, 21216, QStringLiteral("Invalid Timeout value: %1").arg(timeout));
        timeoutSeconds = std::min(timeoutSeconds, 600); // "a maximum of 600 seconds"
    }

    Call out = newLeg(acc, from, to, QStringLiteral("outbound-api"), {});
    out.status = CallStatus::Queued;
    acc.calls.append(out);
    Q_EMIT q->callPlaced(out);
    const QString accountSid = acc.data.account.sid;
    const QString sid = out.sid;
    QTimer::singleShot(200, Qt::PreciseTimer, q, [this, accountSid, sid, timeoutSeconds] {
        if (updateCall(accountSid, sid, [](Call &c) { c.status = CallStatus::Ringing; }))
            connectOutbound(accountSid, sid, timeoutSeconds * 1000);
    });
    return jsonReply(201, TwilioJson::toJson(out));
}

void SandboxServer::World::connectOutbound(const QString &accountSid, const QString &sid, int timeoutMs)
{
    AccountState *acc = account(accountSid);
    const Call *c = acc ? call(*acc, sid) : nullptr;
    if (!c)
        return;
    const QString to = c->to;
    // Another number of an account picks up at once (Twilio answers it).
    for (auto &[otherSid, other] : accounts) {
        if (other.data.account.status == QLatin1String("active") && number(other, to)) {
            arriveAt(accountSid, sid, to, {});
            return;
        }
    }
    const auto found = carrierLines.constFind(to);
    const CarrierLine line = found != carrierLines.cend() ? *found : CarrierLine{};
    if (line.busy) {
        endCall(accountSid, sid, CallStatus::Busy, 0);
        return;
    }
    const bool forwards = !line.forwardsTo.isEmpty() && line.forwardAfterMs < timeoutMs;
    const bool voicemailFirst = line.voicemailAfterMs >= 0 && line.voicemailAfterMs < timeoutMs
        && (!forwards || line.voicemailAfterMs <= line.forwardAfterMs);
    if (voicemailFirst) {
        QTimer::singleShot(line.voicemailAfterMs, Qt::PreciseTimer, q, [this, accountSid, sid] {
            if (!isRinging(accountSid, sid))
                return;
            updateCall(accountSid, sid, [](Call &answered) { answered.status = CallStatus::InProgress; });
            // The greeting, a beep, a few seconds of silence recorded, and it hangs up.
            QTimer::singleShot(kVoicemailMs, Qt::PreciseTimer, q, [this, accountSid, sid] {
                endCall(accountSid, sid, CallStatus::Completed, kVoicemailMs / 1000);
            });
        });
        return;
    }
    if (forwards) {
        QTimer::singleShot(line.forwardAfterMs, Qt::PreciseTimer, q,
                           [this, accountSid, sid, line] { arriveAt(accountSid, sid, line.forwardsTo, line.number); });
        return;
    }
    // Nobody answers, and nothing forwards it: it rings out.
    QTimer::singleShot(timeoutMs, Qt::PreciseTimer, q, [this, accountSid, sid] {
        if (isRinging(accountSid, sid))
            endCall(accountSid, sid, CallStatus::NoAnswer, 0);
    });
}

bool SandboxServer::World::isRinging(const QString &accountSid, const QString &sid)
{
    AccountState *acc = account(accountSid);
    const Call *c = acc ? call(*acc, sid) : nullptr;
    return c && c->status == CallStatus::Ringing;
}

void SandboxServer::World::arriveAt(const QString &accountSid, const QString &outboundSid, const QString &number,
                                    const QString &forwardedFrom)
{
    AccountState *caller = account(accountSid);
    const Call *out = caller ? call(*caller, outboundSid) : nullptr;
    if (!out || out->status != CallStatus::Ringing)
        return;
    const QString from = out->from;
    for (auto &[sid, acc] : accounts) {
        const IncomingNumber *n = World::number(acc, number);
        if (!n || acc.data.account.status != QLatin1String("active"))
            continue;
        PlacedCall pc;
        pc.from = from;
        pc.to = number;
        pc.outcome = PlacedCall::Outcome::Missed;
        pc.wiring = numberWirings.value(number, PlacedCall::Wiring::Forwarded);
        pc.ringMs = pc.wiring == PlacedCall::Wiring::Dial ? 6000 : 2000; // the owner's cell; the greeting
        const IncomingNumber copy = *n;
        const QString inbound =
            pc.wiring == PlacedCall::Wiring::Dial ? placeDial(acc, copy, pc) : placeForwarded(acc, copy, pc);
        if (!forwardedFrom.isEmpty())
            updateCall(acc.data.account.sid, inbound, [&](Call &c) { c.forwardedFrom = forwardedFrom; });
        bridgedTo.insert(inbound, outboundSid);
        // Twilio answered the number: to the caller the call is in progress.
        updateCall(accountSid, outboundSid, [](Call &c) { c.status = CallStatus::InProgress; });
        return;
    }
}

void SandboxServer::setCarrierLine(const CarrierLine &line)
{
    m_world->carrierLines.insert(line.number, line);
}

void SandboxServer::setHandsetError(const QString &e164, int errorCode)
{
    if (errorCode == 0)
        m_world->handsetErrors.remove(e164);
    else
        m_world->handsetErrors.insert(e164, errorCode);
}

void SandboxServer::setNumberWiring(const QString &e164, PlacedCall::Wiring wiring)
{
    m_world->numberWirings.insert(e164, wiring);
}

QString SandboxServer::placeCall(const PlacedCall &call, const QString &accountSid)
{
    World::AccountState *acc = m_world->account(accountSid);
    if (!acc || call.from.isEmpty() || call.ringMs < 0 || call.talkSeconds < 0 || call.amdDelayMs < 0)
        return {};
    const IncomingNumber *number = nullptr;
    for (const IncomingNumber &n : acc->data.numbers) {
        if ((call.to.isEmpty() && n.voice) || n.phoneNumber == call.to) {
            number = &n;
            break;
        }
    }
    if (!number)
        return {};
    const IncomingNumber copy = *number;
    return call.wiring == PlacedCall::Wiring::Dial ? m_world->placeDial(*acc, copy, call)
                                                   : m_world->placeForwarded(*acc, copy, call);
}

QList<Call> SandboxServer::calls(const QString &accountSid) const
{
    const World::AccountState *acc = m_world->account(accountSid);
    if (!acc)
        return {};
    QList<Call> out = acc->calls;
    std::sort(out.begin(), out.end(), newerThan<Call>);
    return out;
}

} // namespace Rebound::Core
