#include "sandboxpaging.h"
#include "sandboxworld.h"

#include "../domain/smssegments.h"
#include "../provider/twiliojson.h"

#include <QTimer>

#include <algorithm>

namespace Rebound::Core {

using namespace Sandbox;

namespace {

bool isStopWord(const QString &word)
{
    static const QStringList words{QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
                                   QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
                                   QStringLiteral("REVOKE"), QStringLiteral("OPTOUT")};
    return words.contains(word);
}

bool isStartWord(const QString &word)
{
    static const QStringList words{QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES")};
    return words.contains(word);
}

QString optOutKey(const QString &sender, const QString &recipient)
{
    return sender + QLatin1Char('|') + recipient;
}

} // namespace

void SandboxServer::World::advanceMessage(const QString &accountSid, const QString &sid, MessageStatus status,
                                          int errorCode)
{
    AccountState *acc = account(accountSid);
    Message *m = acc ? message(*acc, sid) : nullptr;
    if (!m)
        return;
    m->status = status;
    if (errorCode != 0) {
        m->errorCode = errorCode;
        m->errorMessage = QStringLiteral("Message delivery failed (error %1).").arg(errorCode);
    }
    m->dateUpdated = now();
    if (status == MessageStatus::Sent && !m->dateSent.isValid())
        m->dateSent = m->dateUpdated;
    postMessageStatus(*acc, *m);
}

Reply SandboxServer::World::createMessage(AccountState &acc, const Params &form)
{
    const auto to = paramValue(form, QLatin1String("To"));
    const QString from = param(form, QLatin1String("From")).trimmed();
    const QString service = param(form, QLatin1String("MessagingServiceSid")).trimmed();
    const auto body = paramValue(form, QLatin1String("Body"));
    const QString statusCallback = param(form, QLatin1String("StatusCallback"));

    if (!to || to->trimmed().isEmpty())
        return twilioError(400, 21604, QStringLiteral("A 'To' phone number is required."));
    const QString recipient = to->trimmed();
    if (from.isEmpty() && service.isEmpty())
        return twilioError(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (!body || body->isEmpty())
        return twilioError(400, 21602, QStringLiteral("Message body is required."));
    if (!isE164(recipient))
        return twilioError(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(recipient));

    const IncomingNumber *sender = nullptr;
    if (!from.isEmpty()) {
        sender = number(acc, from);
        if (!sender || !sender->sms) {
            return twilioError(400, 21606,
                               QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone "
                                              "number or short code for your account.")
                                   .arg(from));
        }
    } else {
        // A Messaging Service picks a sender from its pool: here, the account's first SMS number.
        for (const IncomingNumber &n : acc.data.numbers) {
            if (n.sms) {
                sender = &n;
                break;
            }
        }
        if (!sender)
            return twilioError(400, 21606, QStringLiteral("The Messaging Service has no phone number to send from."));
    }
    if (sender->phoneNumber == recipient)
        return twilioError(400, 21266, QStringLiteral("'To' and 'From' number cannot be the same: %1").arg(recipient));
    if (body->size() > kMaxBodyLength)
        return twilioError(400, 21617,
                           QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (!statusCallback.isEmpty()) {
        const QUrl cb(statusCallback);
        if (!cb.isValid() || (cb.scheme() != QLatin1String("http") && cb.scheme() != QLatin1String("https")))
            return twilioError(400, 21609, QStringLiteral("Invalid StatusCallback URL: %1").arg(statusCallback));
    }
    // With a Messaging Service the opt-out covers every number of the service.
    bool optedOut = acc.optedOut.contains(optOutKey(sender->phoneNumber, recipient));
    if (!service.isEmpty() && from.isEmpty()) {
        for (const IncomingNumber &n : acc.data.numbers)
            optedOut = optedOut || acc.optedOut.contains(optOutKey(n.phoneNumber, recipient));
    }
    if (optedOut)
        return twilioError(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));
    const int handsetError = handsetErrors.value(recipient);
    if (handsetError == 21614)
        return twilioError(400, 21614, QStringLiteral("'To' number %1 is not a valid mobile number").arg(recipient));

    Message m;
    m.sid = newSid(QLatin1String("SM"));
    m.accountSid = acc.data.account.sid;
    m.messagingServiceSid = service;
    m.from = sender->phoneNumber;
    m.to = recipient;
    m.body = *body;
    m.status = MessageStatus::Queued;
    m.direction = MessageDirection::OutboundApi;
    m.numSegments = SmsSegments::measure(m.body).segments;
    m.dateCreated = now();
    m.dateUpdated = m.dateCreated;
    acc.messages.append(m);
    acc.createdAtMs.insert(m.sid, uptime.elapsed());
    if (!statusCallback.isEmpty())
        acc.messageCallbacks.insert(m.sid, statusCallback);

    const QString accountSid = m.accountSid;
    const QString sid = m.sid;
    QTimer::singleShot(sentAfterMs, q,
                       [this, accountSid, sid] { advanceMessage(accountSid, sid, MessageStatus::Sent); });
    // The carrier's answer: delivered, or undelivered with the handset's error.
    QTimer::singleShot(std::max(deliveredAfterMs, sentAfterMs), q, [this, accountSid, sid, handsetError] {
        if (handsetError != 0)
            advanceMessage(accountSid, sid, MessageStatus::Undelivered, handsetError);
        else
            advanceMessage(accountSid, sid, MessageStatus::Delivered);
    });
    Q_EMIT q->messageCreated(m);
    return jsonReply(201, TwilioJson::toJson(m));
}

Reply SandboxServer::World::listMessages(AccountState &acc, const RestRequest &r)
{
    QString error;
    QList<DayFilter> sentFilters;
    if (!readDayFilters(r.query, QStringLiteral("DateSent"), &sentFilters, &error))
        return twilioError(400, 20001, error);
    const auto to = paramValue(r.query, QLatin1String("To"));
    const auto from = paramValue(r.query, QLatin1String("From"));
    // Lists are not transactions: under a list_lag fault a message just
    // created is not in them yet, though fetching it by SID works.
    const int lagMs = q->listLagMs(r.method, r.target);
    const qint64 nowMs = uptime.elapsed();
    auto lagging = [&acc, lagMs, nowMs](const Message &m) {
        const auto created = acc.createdAtMs.constFind(m.sid);
        return lagMs > 0 && created != acc.createdAtMs.cend() && nowMs - *created < lagMs;
    };
    QList<Message> all = acc.messages;
    std::sort(all.begin(), all.end(), newerThan<Message>);
    QList<Message> items;
    for (const Message &m : std::as_const(all)) {
        if ((to && m.to != *to) || (from && m.from != *from) || !matchesAll(sentFilters, m.dateSent) || lagging(m))
            continue;
        items.append(m);
    }
    return listPage(items, all, r, QLatin1String("messages"), [](const Message &m) { return TwilioJson::toJson(m); });
}

QString SandboxServer::receiveText(const QString &from, const QString &to, const QString &body,
                                   const QString &accountSid)
{
    World::AccountState *acc = m_world->account(accountSid);
    if (!acc || from.isEmpty() || body.isEmpty())
        return {};
    const IncomingNumber *number = nullptr;
    for (const IncomingNumber &n : acc->data.numbers) {
        if ((to.isEmpty() && n.sms) || n.phoneNumber == to) {
            number = &n;
            break;
        }
    }
    if (!number)
        return {};

    Message m;
    m.sid = m_world->newSid(QLatin1String("SM"));
    m.accountSid = acc->data.account.sid;
    m.from = from;
    m.to = number->phoneNumber;
    m.body = body;
    m.status = MessageStatus::Received;
    m.direction = MessageDirection::Inbound;
    m.numSegments = SmsSegments::measure(body).segments;
    m.dateCreated = m_world->now();
    m.dateSent = m.dateCreated;
    m.dateUpdated = m.dateCreated;
    acc->messages.append(m);

    // Twilio's default opt-out handling: only a lone keyword counts.
    const QString word = body.trimmed().toUpper();
    const QString key = optOutKey(m.to, m.from);
    if (isStopWord(word))
        acc->optedOut.insert(key);
    else if (isStartWord(word))
        acc->optedOut.remove(key);

    Q_EMIT messageReceived(m);
    m_world->postIncomingSms(*acc, m);
    return m.sid;
}

void SandboxServer::setMessageTimings(int sentAfterMs, int deliveredAfterMs)
{
    m_world->sentAfterMs = std::max(0, sentAfterMs);
    m_world->deliveredAfterMs = std::max(m_world->sentAfterMs, deliveredAfterMs);
}

QList<Message> SandboxServer::messages(const QString &accountSid) const
{
    const World::AccountState *acc = m_world->account(accountSid);
    if (!acc)
        return {};
    QList<Message> out = acc->messages;
    std::sort(out.begin(), out.end(), newerThan<Message>);
    return out;
}

} // namespace Rebound::Core
