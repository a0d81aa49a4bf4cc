#include "outboxsender.h"

#include "../provider/sentmessagefinder.h"
#include "../store/callrepository.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "rebound.outbox", QtInfoMsg)

namespace Rebound::Core {

namespace {
// A text still undelivered after a day of provider trouble is not worth sending late.
constexpr qint64 kGiveUpAfterSeconds = 24 * 3600;
constexpr int kMaxSendsPerItem = 6;
} // namespace

OutboxSender::OutboxSender(Database &db, TwilioClient &client, EventSink sink)
    : m_db(db)
    , m_client(client)
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
    // 2 s, 4 s, 8 s … capped at five minutes.
    const qint64 seconds = std::min<qint64>(300, qint64(1) << std::clamp(attempts, 1, 9));
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

int OutboxSender::flush()
{
    int sent = 0;
    const QList<OutboxItem> due = m_outbox.due(QDateTime::currentDateTimeUtc());
    for (const OutboxItem &item : due) {
        process(item);
        if (const auto after = m_outbox.find(item.id); after && after->state == OutboxItem::State::Sent)
            ++sent;
    }
    return sent;
}

void OutboxSender::recordSent(const OutboxItem &item, const Message &sent, bool reconciled)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    m_outbox.markSent(item.id, sent.sid, now);
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
    tx.commit();

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
            fields.insert(QStringLiteral("latency_ms"), double(call->call.endTime.msecsTo(now)));
    }
    emitEvent(QStringLiteral("text_sent"), fields);
}

bool OutboxSender::reconcile(OutboxItem &item)
{
    OutgoingMessage message{item.to, item.from, {}, item.body, {}};
    const QDateTime since = item.firstAttemptAt.isValid() ? item.firstAttemptAt : item.createdAt;
    const auto found = SentMessageFinder::find(m_client, message, since, m_outbox.knownSidsTo(item.to));
    if (!found) {
        // Without the list nothing can be sent safely; look again later.
        m_outbox.markUnknown(item.id, found.error().describe(), retryAt(item.attempts));
        emitEvent(QStringLiteral("provider_error"),
                  {{QStringLiteral("operation"), QStringLiteral("reconcile")},
                   {QStringLiteral("kind"), ProviderError::kindName(found.error().kind)},
                   {QStringLiteral("code"), found.error().code},
                   {QStringLiteral("message"), found.error().describe()}});
        return true;
    }
    if (found.value()) {
        qCInfo(lcOutbox) << "reconciled" << item.id << "with" << found.value()->sid;
        recordSent(item, *found.value(), true);
        return true;
    }
    return false;
}

void OutboxSender::process(OutboxItem item)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An attempt was recorded but not its result: the provider may have the text.
    if (item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Unknown) {
        if (reconcile(item))
            return;
    }
    if (item.createdAt.isValid() && item.createdAt.secsTo(now) > kGiveUpAfterSeconds) {
        m_outbox.markFinal(item.id, OutboxItem::State::Failed, QStringLiteral("not sent within a day"));
        skipped(item, QStringLiteral("expired"));
        return;
    }
    if (item.purpose != OutboxItem::Purpose::OwnerAlert) {
        ContactRepository contacts(m_db);
        if (contacts.get(item.to).optedOut) {
            m_outbox.markFinal(item.id, OutboxItem::State::Cancelled, QStringLiteral("opted_out"));
            skipped(item, QStringLiteral("opted_out"));
            return;
        }
    }

    for (int send = 0; send < 2; ++send) {
        if (item.attempts >= kMaxSendsPerItem) {
            m_outbox.markFinal(item.id, OutboxItem::State::Failed, QStringLiteral("too many attempts"));
            return;
        }
        // Committed before the request: after a crash this row says "ask the provider first".
        if (!m_outbox.markAttempt(item.id, QDateTime::currentDateTimeUtc()))
            return;
        ++item.attempts;
        if (!item.firstAttemptAt.isValid())
            item.firstAttemptAt = QDateTime::currentDateTimeUtc();

        const auto result = m_client.createMessage(OutgoingMessage{item.to, item.from, {}, item.body, {}});
        if (result) {
            recordSent(item, result.value(), false);
            return;
        }
        const ProviderError &e = result.error();
        QJsonObject errorFields{{QStringLiteral("operation"), QStringLiteral("send")},
                                {QStringLiteral("to"), item.to},
                                {QStringLiteral("kind"), ProviderError::kindName(e.kind)},
                                {QStringLiteral("code"), e.code},
                                {QStringLiteral("message"), e.describe()}};
        switch (e.kind) {
        case ProviderError::Kind::OutcomeUnknown:
            m_outbox.markUnknown(item.id, e.describe(), QDateTime::currentDateTimeUtc());
            emitEvent(QStringLiteral("provider_error"), errorFields);
            item.state = OutboxItem::State::Unknown;
            // Look right away: most lost answers are for texts the provider did take.
            if (reconcile(item))
                return;
            continue;
        case ProviderError::Kind::Rejected:
            if (e.code == 21610) {
                // The carrier has them as opted out (they replied STOP): honour it everywhere.
                ContactRepository contacts(m_db);
                contacts.setOptedOut(item.to, true, QStringLiteral("error 21610"), QDateTime::currentDateTimeUtc());
                m_outbox.markFinal(item.id, OutboxItem::State::Cancelled, QStringLiteral("opted_out"));
                skipped(item, QStringLiteral("opted_out"));
                return;
            }
            m_outbox.markFinal(item.id, OutboxItem::State::Failed, e.describe());
            emitEvent(QStringLiteral("provider_error"), errorFields);
            return;
        case ProviderError::Kind::InvalidArgument:
        case ProviderError::Kind::NotFound:
            m_outbox.markFinal(item.id, OutboxItem::State::Failed, e.describe());
            emitEvent(QStringLiteral("provider_error"), errorFields);
            return;
        default:
            // Nothing reached the provider (or it refused before acting): safe to send later.
            m_outbox.markRetry(item.id, e.describe(), retryAt(item.attempts));
            emitEvent(QStringLiteral("provider_error"), errorFields);
            return;
        }
    }
}

} // namespace Rebound::Core
