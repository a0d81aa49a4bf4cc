#include "outboxsender.h"

#include "../provider/sentmessagefinder.h"
#include "../store/callrepository.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOutbox, "rebound.outbox", QtInfoMsg)

namespace Rebound::Core {

namespace {
constexpr qint64 kFirstBackoffMs = 2000;
// When the message list cannot be read, look again this soon.
constexpr qint64 kListRetryMs = 5000;
} // namespace

OutboxSender::OutboxSender(Database &db, TwilioClient &client, Options options, EventSink sink)
    : m_db(db)
    , m_client(client)
    , m_options(std::move(options))
    , m_outbox(db)
    , m_sink(std::move(sink))
{ }

void OutboxSender::emitEvent(const QString &type, QJsonObject fields)
{
    if (m_sink)
        m_sink(EngineEvent{type, QDateTime::currentDateTimeUtc(), std::move(fields)});
}

void OutboxSender::skipped(const OutboxItem &item, const QString &reason)
{
    emitEvent(QStringLiteral("text_skipped"),
              {{QStringLiteral("call_sid"), item.callSid},
               {QStringLiteral("from"), item.to},
               {QStringLiteral("to"), item.from},
               {QStringLiteral("reason"), reason}});
}

QDateTime OutboxSender::retryAt(int attempts) const
{
    // 2 s, 4 s, 8 s … capped; "equal jitter" keeps at least half the wait so a
    // queue of texts does not come back as one burst, yet never waits longer.
    const qint64 cap = std::max<qint64>(kFirstBackoffMs, m_options.maxBackoff.count());
    const qint64 exp = std::min<qint64>(cap, kFirstBackoffMs << std::clamp(attempts - 1, 0, 20));
    const qint64 wait = exp / 2 + qint64(QRandomGenerator::global()->bounded(double(exp / 2 + 1)));
    return QDateTime::currentDateTimeUtc().addMSecs(wait);
}

int OutboxSender::flush()
{
    int sent = 0;
    // A send that succeeds after failures means the provider is back: what
    // waits out a backoff goes now, in the same pass (at most twice over).
    for (int round = 0; round < 3; ++round) {
        const QList<OutboxItem> due = m_outbox.due(QDateTime::currentDateTimeUtc());
        int sentThisRound = 0;
        bool unwell = false;
        for (const OutboxItem &item : due) {
            const Outcome outcome = process(item);
            if (const auto after = m_outbox.find(item.id); after && after->state == OutboxItem::State::Sent)
                ++sentThisRound;
            if (outcome == Outcome::ProviderUnwell) {
                unwell = true;
                break;
            }
        }
        sent += sentThisRound;
        if (unwell || sentThisRound == 0 || !m_outbox.releaseBackoffs(QDateTime::currentDateTimeUtc()))
            break;
    }
    return sent;
}

void OutboxSender::recordSent(const OutboxItem &item, const Message &sent, bool reconciled)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (!m_outbox.markSent(item.id, sent.sid, now))
        return; // another engine recorded it (it found the same message)
    if (!item.conversationId.isEmpty()) {
        ConversationRepository conversations(m_db);
        StoredMessage m;
        m.sid = sent.sid;
        m.conversationId = item.conversationId;
        m.inbound = false;
        m.author = item.purpose == OutboxItem::Purpose::Manual ? StoredMessage::Author::Person
                                                               : StoredMessage::Author::Automation;
        m.body = item.body;
        m.status = toString(sent.status);
        m.segments = sent.numSegments;
        m.createdAt = now;
        bool inserted = false;
        conversations.addMessage(m, &inserted);
    }
    if (!tx.commit())
        return;

    QJsonObject fields{{QStringLiteral("purpose"), toString(item.purpose)},
                       {QStringLiteral("to"), item.to},
                       {QStringLiteral("from"), item.from},
                       {QStringLiteral("message_sid"), sent.sid},
                       {QStringLiteral("attempts"), item.attempts},
                       {QStringLiteral("reconciled"), reconciled}};
    if (!item.callSid.isEmpty()) {
        fields.insert(QStringLiteral("call_sid"), item.callSid);
        CallRepository calls(m_db);
        if (const auto call = calls.find(item.callSid); call && call->call.endTime.isValid())
            fields.insert(QStringLiteral("latency_ms"),
                          double(call->call.endTime.msecsTo(now.addMSecs(m_client.clockOffsetMs()))));
    }
    emitEvent(QStringLiteral("text_sent"), fields);
}

void OutboxSender::giveUp(const OutboxItem &item, OutboxItem::State state, const QString &reason,
                          const QString &eventReason, int errorCode)
{
    m_outbox.markFinal(item.id, state, reason);
    if (state == OutboxItem::State::Cancelled) {
        skipped(item, eventReason);
        return;
    }
    emitEvent(QStringLiteral("text_failed"),
              {{QStringLiteral("purpose"), toString(item.purpose)},
               {QStringLiteral("call_sid"), item.callSid},
               {QStringLiteral("to"), item.to},
               {QStringLiteral("from"), item.from},
               {QStringLiteral("attempts"), item.attempts},
               {QStringLiteral("reason"), eventReason},
               {QStringLiteral("message"), reason},
               {QStringLiteral("error_code"), errorCode}});
    if (m_options.onGaveUp)
        m_options.onGaveUp(item, reason, errorCode);
}

OutboxSender::Lookup OutboxSender::reconcile(OutboxItem &item)
{
    OutgoingMessage message{item.to, item.from, {}, item.body, {}};
    const QDateTime since = item.firstAttemptAt.isValid() ? item.firstAttemptAt : item.createdAt;
    const auto found = SentMessageFinder::find(m_client, message, since.addMSecs(m_client.clockOffsetMs()),
                                               m_outbox.knownSidsTo(item.to));
    if (!found) {
        emitEvent(QStringLiteral("provider_error"),
                  {{QStringLiteral("operation"), QStringLiteral("reconcile")},
                   {QStringLiteral("kind"), ProviderError::kindName(found.error().kind)},
                   {QStringLiteral("code"), found.error().code},
                   {QStringLiteral("message"), found.error().describe()}});
        return Lookup::Unreadable;
    }
    if (found.value()) {
        qCInfo(lcOutbox) << "reconciled" << item.id << "with" << found.value()->sid;
        recordSent(item, *found.value(), true);
        return Lookup::Found;
    }
    // Not listed. A list may lag the sends it reports: only once the grace
    // after the last attempt has passed does "not listed" mean "not sent".
    const QDateTime last = item.lastAttemptAt.isValid() ? item.lastAttemptAt : item.firstAttemptAt;
    if (last.isValid() && last.msecsTo(QDateTime::currentDateTimeUtc()) < m_options.reconcileGrace.count())
        return Lookup::NotYet;
    return Lookup::NotThere;
}

OutboxSender::Outcome OutboxSender::process(OutboxItem item)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An attempt was recorded but not its result: the provider may have the text.
    if (item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Unknown) {
        switch (reconcile(item)) {
        case Lookup::Found:
            return Outcome::Settled;
        case Lookup::Unreadable:
            m_outbox.deferUnknown(item.id, now.addMSecs(kListRetryMs));
            return Outcome::ProviderUnwell;
        case Lookup::NotYet: {
            const QDateTime last = item.lastAttemptAt.isValid() ? item.lastAttemptAt : now;
            m_outbox.deferUnknown(item.id, last.addMSecs(m_options.reconcileGrace.count()));
            return Outcome::Waiting;
        }
        case Lookup::NotThere:
            break; // searched just now: safe to send again
        }
    }
    if (item.createdAt.isValid() && item.createdAt.secsTo(now) > m_options.giveUpAfter.count()) {
        giveUp(item, OutboxItem::State::Failed,
               item.error.isEmpty() ? QStringLiteral("Not sent within a day.")
                                    : QStringLiteral("Not sent within a day: %1").arg(item.error),
               QStringLiteral("expired"));
        return Outcome::Settled;
    }
    if (item.purpose != OutboxItem::Purpose::OwnerAlert) {
        ContactRepository contacts(m_db);
        if (contacts.get(item.to).optedOut) {
            giveUp(item, OutboxItem::State::Cancelled, QStringLiteral("opted_out"), QStringLiteral("opted_out"));
            return Outcome::Settled;
        }
    }

    // Committed before the request: after a crash this row says "ask the provider first".
    if (m_options.keepLease && !m_options.keepLease())
        return Outcome::ProviderUnwell; // another engine runs now: stop this flush
    if (!m_outbox.claimAttempt(item, m_options.holderId, now))
        return Outcome::Settled; // another engine has it, or this one no longer holds the lease
    ++item.attempts;
    item.state = OutboxItem::State::Sending;
    item.lastAttemptAt = now;
    if (!item.firstAttemptAt.isValid())
        item.firstAttemptAt = now;

    const auto result = m_client.createMessage(OutgoingMessage{item.to, item.from, {}, item.body, m_statusCallback});
    if (result) {
        recordSent(item, result.value(), false);
        return Outcome::Settled;
    }
    const ProviderError &e = result.error();
    if (e.kind == ProviderError::Kind::Cancelled)
        return Outcome::ProviderUnwell; // shutting down: the row stays "sending" and is reconciled next time
    QJsonObject errorFields{{QStringLiteral("operation"), QStringLiteral("send")},
                            {QStringLiteral("to"), item.to},
                            {QStringLiteral("kind"), ProviderError::kindName(e.kind)},
                            {QStringLiteral("code"), e.code},
                            {QStringLiteral("http_status"), e.httpStatus},
                            {QStringLiteral("message"), e.describe()}};
    emitEvent(QStringLiteral("provider_error"), errorFields);
    switch (e.kind) {
    case ProviderError::Kind::OutcomeUnknown:
        m_outbox.markUnknown(item.id, e.describe(), now.addMSecs(m_options.reconcileGrace.count()));
        item.state = OutboxItem::State::Unknown;
        // Look once right away: most lost answers are for texts the provider
        // took. Not finding it proves nothing until the grace has passed.
        if (reconcile(item) == Lookup::Found)
            return Outcome::Settled;
        return Outcome::ProviderUnwell;
    case ProviderError::Kind::Rejected:
        if (e.code == 21610) {
            // The carrier has them as opted out (they replied STOP): honour it everywhere.
            ContactRepository contacts(m_db);
            contacts.setOptedOut(item.to, true, QStringLiteral("error 21610"), QDateTime::currentDateTimeUtc());
            giveUp(item, OutboxItem::State::Cancelled, QStringLiteral("opted_out"), QStringLiteral("opted_out"));
            return Outcome::Settled;
        }
        giveUp(item, OutboxItem::State::Failed, e.describe(), QStringLiteral("rejected"), e.code);
        return Outcome::Settled;
    case ProviderError::Kind::InvalidArgument:
    case ProviderError::Kind::NotFound:
        giveUp(item, OutboxItem::State::Failed, e.describe(), QStringLiteral("rejected"));
        return Outcome::Settled;
    default:
        // Nothing reached the provider, or it refused before acting (429,
        // credentials, a suspended account): safe to send later, until a day old.
        m_outbox.markRetry(item.id, e.describe(), retryAt(item.attempts));
        return Outcome::ProviderUnwell;
    }
}

} // namespace Rebound::Core
