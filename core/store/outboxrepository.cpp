#include "outboxrepository.h"

namespace Rebound::Core {

namespace {
const char *const kColumns = "id, dedupe_key, purpose, conversation_id, call_sid, to_number, from_number, body, state,"
                             " attempts, first_attempt_at, last_attempt_at, next_attempt_at, provider_sid, error,"
                             " created_at, sent_at";

OutboxItem::Purpose purposeFrom(QStringView s)
{
    if (s == QLatin1String("reply"))
        return OutboxItem::Purpose::Reply;
    if (s == QLatin1String("owner_alert"))
        return OutboxItem::Purpose::OwnerAlert;
    if (s == QLatin1String("manual_reply"))
        return OutboxItem::Purpose::Manual;
    return OutboxItem::Purpose::TextBack;
}

OutboxItem::State stateFrom(QStringView s)
{
    if (s == QLatin1String("sending"))
        return OutboxItem::State::Sending;
    if (s == QLatin1String("unknown"))
        return OutboxItem::State::Unknown;
    if (s == QLatin1String("sent"))
        return OutboxItem::State::Sent;
    if (s == QLatin1String("failed"))
        return OutboxItem::State::Failed;
    if (s == QLatin1String("cancelled"))
        return OutboxItem::State::Cancelled;
    return OutboxItem::State::Queued;
}
} // namespace

QString toString(OutboxItem::Purpose purpose)
{
    switch (purpose) {
    case OutboxItem::Purpose::TextBack:
        return QStringLiteral("text_back");
    case OutboxItem::Purpose::Reply:
        return QStringLiteral("reply");
    case OutboxItem::Purpose::OwnerAlert:
        return QStringLiteral("owner_alert");
    case OutboxItem::Purpose::Manual:
        return QStringLiteral("manual_reply");
    }
    return QStringLiteral("text_back");
}

QString toString(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        return QStringLiteral("queued");
    case OutboxItem::State::Sending:
        return QStringLiteral("sending");
    case OutboxItem::State::Unknown:
        return QStringLiteral("unknown");
    case OutboxItem::State::Sent:
        return QStringLiteral("sent");
    case OutboxItem::State::Failed:
        return QStringLiteral("failed");
    case OutboxItem::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

OutboxItem OutboxRepository::fromQuery(const QSqlQuery &q)
{
    OutboxItem i;
    i.id = q.value(0).toString();
    i.dedupeKey = q.value(1).toString();
    i.purpose = purposeFrom(q.value(2).toString());
    i.conversationId = q.value(3).toString();
    i.callSid = q.value(4).toString();
    i.to = q.value(5).toString();
    i.from = q.value(6).toString();
    i.body = q.value(7).toString();
    i.state = stateFrom(q.value(8).toString());
    i.attempts = q.value(9).toInt();
    i.firstAttemptAt = Database::fromText(q.value(10));
    i.lastAttemptAt = Database::fromText(q.value(11));
    i.nextAttemptAt = Database::fromText(q.value(12));
    i.providerSid = q.value(13).toString();
    i.error = q.value(14).toString();
    i.createdAt = Database::fromText(q.value(15));
    i.sentAt = Database::fromText(q.value(16));
    return i;
}

bool OutboxRepository::enqueue(OutboxItem item, bool *inserted)
{
    *inserted = false;
    if (item.id.isEmpty())
        item.id = Database::newId();
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO outbox (id, dedupe_key, purpose, conversation_id, call_sid, to_number,"
                                  " from_number, body, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)"
                                  " ON CONFLICT (dedupe_key) DO NOTHING"),
                   {item.id, item.dedupeKey, toString(item.purpose), Database::orNull(item.conversationId),
                    Database::orNull(item.callSid), item.to, item.from, item.body, Database::toText(item.createdAt)}))
        return false;
    *inserted = q.numRowsAffected() > 0;
    return true;
}

std::optional<OutboxItem> OutboxRepository::find(const QString &id)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)), {id})
        || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<OutboxItem> OutboxRepository::findByProviderSid(const QString &sid)
{
    QSqlQuery q(m_db.connection());
    if (sid.isEmpty()
        || !m_db.exec(q, QStringLiteral("SELECT %1 FROM outbox WHERE provider_sid = ?").arg(QLatin1String(kColumns)),
                      {sid})
        || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<OutboxItem> OutboxRepository::due(const QDateTime &now)
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('queued', 'sending', 'unknown')"
                                  " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id")
                       .arg(QLatin1String(kColumns)),
                   {Database::toText(now)}))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

bool OutboxRepository::claimAttempt(const OutboxItem &item, const QString &holder, const QDateTime &at)
{
    const QString t = Database::toText(at);
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = ?,"
                                  " first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?,"
                                  " next_attempt_at = NULL WHERE id = ? AND state = ? AND attempts = ?"
                                  " AND EXISTS (SELECT 1 FROM engine_lease WHERE name = 'engine' AND holder = ?"
                                  " AND expires_at > ?)"),
                   // The lease is judged by the database's clock, as it was granted.
                   {holder, t, t, item.id, toString(item.state), item.attempts, holder, Database::toText(m_db.now())}))
        return false;
    return q.numRowsAffected() == 1;
}

bool OutboxRepository::markSent(const QString &id, const QString &providerSid, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE outbox SET state = 'sent', provider_sid = ?, sent_at = ?, error = NULL"
                                  " WHERE id = ? AND state <> 'sent'"),
                   {providerSid, Database::toText(at), id}))
        return false;
    return q.numRowsAffected() == 1;
}

bool OutboxRepository::deferUnknown(const QString &id, const QDateTime &retryAt)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'unknown', next_attempt_at = ?"
                                    " WHERE id = ? AND state IN ('sending', 'unknown')"),
                     {Database::toText(retryAt), id});
}

bool OutboxRepository::markUnknown(const QString &id, const QString &error, const QDateTime &retryAt)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'unknown', error = ?, next_attempt_at = ? WHERE id = ?"),
                     {error, Database::toText(retryAt), id});
}

bool OutboxRepository::markRetry(const QString &id, const QString &error, const QDateTime &retryAt)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'queued', error = ?, next_attempt_at = ? WHERE id = ?"),
                     {error, Database::toText(retryAt), id});
}

bool OutboxRepository::markFinal(const QString &id, OutboxItem::State state, const QString &error)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = ?, error = ?, next_attempt_at = NULL WHERE id = ?"),
                     {toString(state), Database::orNull(error), id});
}

bool OutboxRepository::releaseBackoffs(const QDateTime &now)
{
    // Only rows that never reached the provider: an unknown outcome keeps its grace.
    return m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued' AND attempts > 0"
                                    " AND next_attempt_at > ?"),
                     {Database::toText(now), Database::toText(now)});
}

QSet<QString> OutboxRepository::knownSidsTo(const QString &to)
{
    QSet<QString> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT provider_sid FROM outbox WHERE to_number = ? AND provider_sid IS NOT NULL"),
                   {to}))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::optional<QDateTime> OutboxRepository::lastTextBack(const QString &to, const QString &from)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT MAX(created_at) FROM outbox WHERE purpose = 'text_back' AND to_number = ?"
                                  " AND from_number = ? AND state NOT IN ('failed', 'cancelled')"),
                   {to, from})
        || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return Database::fromText(q.value(0));
}

bool OutboxRepository::cancelPendingTo(const QString &to, const QString &reason)
{
    // Only items never attempted: one that may have reached the provider is left to reconcile.
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 'cancelled', error = ? WHERE to_number = ?"
                                    " AND state = 'queued' AND attempts = 0"),
                     {reason, to});
}

} // namespace Rebound::Core
