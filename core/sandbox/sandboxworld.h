#pragma once

#include "sandboxhttp.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <map>

// The sandbox's state and the handlers that change it. Private to the
// sandbox: each part (calls, messages, numbers, callbacks) defines its own
// members in its own file.
namespace Rebound::Core {

namespace Sandbox {
// Twilio's limit on a message body, for both directions.
inline constexpr int kMaxBodyLength = 1600;
} // namespace Sandbox

struct SandboxServer::World
{
    // The world: accounts, their numbers, calls, messages and opt-outs.
    struct AccountState
    {
        SandboxAccount data;
        QList<Call> calls; // in creation order
        QList<Message> messages; // in creation order
        QHash<QString, int> sequence; // next SequenceNumber of each call's status callbacks
        QHash<QString, QString> messageCallbacks; // message sid -> StatusCallback URL
        QHash<QString, QString> callCallbacks; // dialled leg sid -> its <Number statusCallback>
        QHash<QString, qint64> createdAtMs; // sid of a message created through the API -> uptime then
        QSet<QString> optedOut; // optOutKey(business number, customer)
    };

    // One sequence of <Dial>s on a parent call, carried from leg to leg.
    struct Dial
    {
        QString accountSid;
        QString parentSid;
        QString businessNumber;
        PlacedCall call;
        QList<PlacedCall::Outcome> outcomes; // one per leg
        int index = 0; // the leg ringing now
        int seconds = 0; // the parent's length so far
    };

    explicit World(SandboxServer *server)
        : q(server)
    {
        uptime.start();
    }

    SandboxServer *q;
    std::map<QString, AccountState> accounts;
    QHash<QString, CarrierLine> carrierLines; // by number
    QHash<QString, PlacedCall::Wiring> numberWirings; // numbers of the accounts, by E.164
    QHash<QString, int> handsetErrors; // customers' numbers that cannot take texts -> error code
    // A call placed through the API, and the inbound call it became at the
    // number it reached: the first ends when the second does.
    QHash<QString, QString> bridgedTo; // inbound sid -> outbound-api sid
    quint32 counter = QRandomGenerator::global()->bounded(0x10000000u, 0x7fffffffu);
    int sentAfterMs = 400;
    int deliveredAfterMs = 1500;
    int malformedCount = 0;
    QElapsedTimer uptime; // this machine's monotonic clock, for lags and delays

    // The sandbox's clock: every timestamp it writes comes from here, so a
    // clock_offset fault moves them all.
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(q->clockOffsetMs()); }

    // SIDs grow within a run so that items created in the same millisecond
    // still list in creation order; the random tail keeps them unique across runs.
    QString newSid(QLatin1String prefix)
    {
        return prefix + QString::number(++counter, 16).rightJustified(8, QLatin1Char('0')) + Sandbox::randomHex(24);
    }

    AccountState *account(const QString &sid)
    {
        const auto it = accounts.find(sid);
        return it == accounts.end() ? nullptr : &it->second;
    }

    static const IncomingNumber *number(const AccountState &acc, const QString &e164)
    {
        for (const IncomingNumber &n : acc.data.numbers) {
            if (n.phoneNumber == e164)
                return &n;
        }
        return nullptr;
    }

    static Call *call(AccountState &acc, const QString &sid)
    {
        for (Call &c : acc.calls) {
            if (c.sid == sid)
                return &c;
        }
        return nullptr;
    }

    static Message *message(AccountState &acc, const QString &sid)
    {
        for (Message &m : acc.messages) {
            if (m.sid == sid)
                return &m;
        }
        return nullptr;
    }

    // sandboxserver.cpp: who is asking, and which handler answers.
    AccountState *authenticate(const QByteArray &authorization);
    Sandbox::Reply rest(const Sandbox::RestRequest &r);

    // sandboxcallbacks.cpp: the webhooks Twilio would request.
    void postWebhook(const QString &url, const Sandbox::Params &params, const QString &token);
    void postCallStatus(AccountState &acc, const Call &c);
    void postDialAction(AccountState &acc, const Call &parent, const Call &leg, const QString &url);
    void postIncomingSms(AccountState &acc, const Message &m);
    void postMessageStatus(AccountState &acc, const Message &m);

    // sandboxcalls.cpp
    // Applies `change` to a call that may since have been wiped by resetWorld().
    bool updateCall(const QString &accountSid, const QString &sid, const std::function<void(Call &)> &change);
    void endCall(const QString &accountSid, const QString &sid, CallStatus status, int durationSeconds,
                 const QString &answeredBy = {});
    Call newLeg(const AccountState &acc, const QString &from, const QString &to, const QString &direction,
                const QString &phoneNumberSid);
    QString placeForwarded(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc);
    QString placeDial(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc);
    void ringLeg(const Dial &dial);
    void legRang(const Dial &dial, const QString &legSid);
    void answerLeg(const Dial &dial, const QString &legSid, const QString &answeredBy, int seconds, int lastsMs);
    void endLeg(Dial dial, const QString &legSid, CallStatus status, int seconds);
    Sandbox::Reply listCalls(AccountState &acc, const Sandbox::RestRequest &r);
    Sandbox::Reply createCall(AccountState &acc, const Sandbox::Params &form);
    // The outbound-api call `sid`, ringing, reaches what its number leads to.
    void connectOutbound(const QString &accountSid, const QString &sid, int timeoutMs);
    // An outbound-api call answered by a number of the account: the inbound call there.
    void arriveAt(const QString &accountSid, const QString &outboundSid, const QString &number,
                  const QString &forwardedFrom);
    bool isRinging(const QString &accountSid, const QString &sid);

    // sandboxmessages.cpp
    void advanceMessage(const QString &accountSid, const QString &sid, MessageStatus status, int errorCode = 0);
    Sandbox::Reply createMessage(AccountState &acc, const Sandbox::Params &form);
    Sandbox::Reply listMessages(AccountState &acc, const Sandbox::RestRequest &r);

    // sandboxnumbers.cpp
    Sandbox::Reply listNumbers(AccountState &acc, const Sandbox::RestRequest &r);
    Sandbox::Reply updateNumber(AccountState &acc, IncomingNumber &n, const Sandbox::Params &form);
};

} // namespace Rebound::Core
