#include "callrepository.h"

namespace Rebound::Core {

namespace {
const char *const kColumns = "sid, parent_sid, business_number, caller, direction, status, answered_by, started_at, "
                             "ended_at, duration, outcome, first_seen_at, updated_at";
}

QString toString(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Pending:
        return QStringLiteral("pending");
    case CallOutcome::Missed:
        return QStringLiteral("missed");
    case CallOutcome::Answered:
        return QStringLiteral("answered");
    case CallOutcome::Ignored:
        return QStringLiteral("ignored");
    }
    return QStringLiteral("pending");
}

CallOutcome callOutcomeFromString(QStringView text)
{
    if (text == QLatin1String("missed"))
        return CallOutcome::Missed;
    if (text == QLatin1String("answered"))
        return CallOutcome::Answered;
    if (text == QLatin1String("ignored"))
        return CallOutcome::Ignored;
    return CallOutcome::Pending;
}

bool CallRepository::upsert(const Call &call, const QString &businessNumber, const QDateTime &seenAt)
{
    const QString caller = call.isInbound() ? call.from : call.to;
    return m_db.exec(
        QStringLiteral("INSERT INTO calls (sid, parent_sid, business_number, caller, direction, status, answered_by,"
                       " started_at, ended_at, duration, first_seen_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       // A late or out-of-order report never turns an ended call back into a live one.
                       " ON CONFLICT (sid) DO UPDATE SET status = CASE WHEN calls.status IN"
                       " ('completed', 'busy', 'failed', 'no-answer', 'canceled') THEN calls.status"
                       " ELSE excluded.status END,"
                       " answered_by = COALESCE(excluded.answered_by, calls.answered_by),"
                       " started_at = COALESCE(excluded.started_at, calls.started_at),"
                       " ended_at = COALESCE(excluded.ended_at, calls.ended_at),"
                       " duration = COALESCE(excluded.duration, calls.duration), updated_at = excluded.updated_at"),
        {call.sid, Database::orNull(call.parentCallSid), businessNumber, caller, call.direction, toString(call.status),
         Database::orNull(call.answeredBy), Database::orNull(call.startTime), Database::orNull(call.endedAt()),
         call.durationSeconds >= 0 ? QVariant(call.durationSeconds) : QVariant(), Database::toText(seenAt),
         Database::toText(seenAt)});
}

StoredCall CallRepository::fromQuery(const QSqlQuery &q)
{
    StoredCall s;
    s.call.sid = q.value(0).toString();
    s.call.parentCallSid = q.value(1).toString();
    s.businessNumber = q.value(2).toString();
    s.call.direction = q.value(4).toString();
    if (s.call.isInbound()) {
        s.call.from = q.value(3).toString();
        s.call.to = s.businessNumber;
    } else {
        s.call.from = s.businessNumber;
        s.call.to = q.value(3).toString();
    }
    s.call.status = callStatusFromString(q.value(5).toString());
    s.call.answeredBy = q.value(6).toString();
    s.call.startTime = Database::fromText(q.value(7));
    s.call.endTime = Database::fromText(q.value(8));
    s.call.durationSeconds = q.value(9).isNull() ? -1 : q.value(9).toInt();
    s.outcome = callOutcomeFromString(q.value(10).toString());
    s.firstSeenAt = Database::fromText(q.value(11));
    s.call.dateUpdated = Database::fromText(q.value(12));
    return s;
}

std::optional<StoredCall> CallRepository::find(const QString &sid)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM calls WHERE sid = ?").arg(QLatin1String(kColumns)), {sid})
        || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<StoredCall> CallRepository::pending(const QString &businessNumber)
{
    QList<StoredCall> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT %1 FROM calls WHERE outcome = 'pending' AND direction = 'inbound'"
                                  " AND business_number = ? ORDER BY first_seen_at")
                       .arg(QLatin1String(kColumns)),
                   {businessNumber}))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

QList<Call> CallRepository::children(const QString &parentSid)
{
    QList<Call> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM calls WHERE parent_sid = ?").arg(QLatin1String(kColumns)),
                   {parentSid}))
        return out;
    while (q.next())
        out.append(fromQuery(q).call);
    return out;
}

bool CallRepository::setOutcome(const QString &sid, CallOutcome outcome)
{
    return m_db.exec(QStringLiteral("UPDATE calls SET outcome = ? WHERE sid = ?"), {toString(outcome), sid});
}

int CallRepository::countFrom(const QString &caller, const QString &businessNumber, const QDateTime &since,
                              const QString &exceptSid)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COUNT(*) FROM calls WHERE caller = ? AND business_number = ?"
                                  " AND direction = 'inbound' AND first_seen_at >= ? AND sid <> ?"),
                   {caller, businessNumber, Database::toText(since), exceptSid})
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<StoredCall> CallRepository::recent(int limit)
{
    QList<StoredCall> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT %1 FROM calls WHERE direction = 'inbound' ORDER BY first_seen_at DESC LIMIT ?")
                .arg(QLatin1String(kColumns)),
            {limit}))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace Rebound::Core
