#include "leadrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rebound::Core {

namespace {
QString questionsJson(const QStringList &questions)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(questions)).toJson(QJsonDocument::Compact));
}

QStringList questionsFrom(const QVariant &v)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &q : array)
        out.append(q.toString());
    return out;
}
} // namespace

std::optional<Lead> LeadRepository::findWhere(const QString &column, const QString &value)
{
    QSqlQuery q(m_db.connection());
    const QString sql =
        QStringLiteral("SELECT l.id, l.conversation_id, l.call_sid, c.caller, l.kind, l.name, l.service, l.urgency,"
                       " l.address, l.score, l.status, l.preferred_time, l.questions, l.language,"
                       " l.repeat_calls, l.urgent, l.job_value_cents, l.alerted_score, l.created_at, l.updated_at,"
                       " l.job_words, l.call_back_reason, l.call_back_code"
                       " FROM leads l JOIN conversations c ON c.id = l.conversation_id WHERE l.%1 = ?")
            .arg(column);
    if (!m_db.exec(q, sql, {value}) || !q.next())
        return std::nullopt;
    Lead l;
    l.id = q.value(0).toString();
    l.conversationId = q.value(1).toString();
    l.callSid = q.value(2).toString();
    l.callerNumber = q.value(3).toString();
    l.card.kind = leadKindFromString(q.value(4).toString());
    l.card.name = q.value(5).toString();
    l.card.service = q.value(6).toString();
    l.card.urgency = urgencyFromString(q.value(7).toString());
    l.card.address = q.value(8).toString();
    l.card.score = scoreFromString(q.value(9).toString());
    l.status = q.value(10).toString();
    l.card.preferredTime = q.value(11).toString();
    l.card.questions = questionsFrom(q.value(12));
    l.card.language = q.value(13).toString();
    l.repeatCalls = q.value(14).toInt();
    l.urgent = q.value(15).toInt() != 0;
    if (!q.value(16).isNull())
        l.jobValueCents = q.value(16).toLongLong();
    l.alertedScore = q.value(17).toString();
    l.createdAt = Database::fromText(q.value(18));
    l.updatedAt = Database::fromText(q.value(19));
    l.card.jobWords = q.value(20).toString();
    l.callBackReason = q.value(21).toString();
    l.callBackCode = q.value(22).toInt();
    return l;
}

std::optional<Lead> LeadRepository::byConversation(const QString &conversationId)
{
    return findWhere(QStringLiteral("conversation_id"), conversationId);
}

std::optional<Lead> LeadRepository::find(const QString &id)
{
    return findWhere(QStringLiteral("id"), id);
}

bool LeadRepository::insert(const Lead &l)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO leads (id, conversation_id, call_sid, kind, name, service, urgency, address, score,"
                       " status, preferred_time, questions, language, repeat_calls, urgent, created_at, updated_at,"
                       " job_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {l.id, l.conversationId, Database::orNull(l.callSid), toString(l.card.kind), Database::orNull(l.card.name),
         Database::orNull(l.card.service), toString(l.card.urgency), Database::orNull(l.card.address),
         toString(l.card.score), l.status, Database::orNull(l.card.preferredTime), questionsJson(l.card.questions),
         l.card.language, l.repeatCalls, int(l.urgent), Database::toText(l.createdAt), Database::toText(l.updatedAt),
         Database::orNull(l.card.jobWords)});
}

bool LeadRepository::updateCard(const QString &id, const LeadCard &c, const QDateTime &at)
{
    return m_db.exec(QStringLiteral("UPDATE leads SET kind = ?, name = ?, service = ?, urgency = ?, address = ?,"
                                    " score = ?, preferred_time = ?, questions = ?, language = ?, updated_at = ?,"
                                    " job_words = ? WHERE id = ?"),
                     {toString(c.kind), Database::orNull(c.name), Database::orNull(c.service), toString(c.urgency),
                      Database::orNull(c.address), toString(c.score), Database::orNull(c.preferredTime),
                      questionsJson(c.questions), c.language, Database::toText(at), Database::orNull(c.jobWords), id});
}

bool LeadRepository::noteRepeatCall(const QString &id, const QDateTime &at)
{
    return m_db.exec(QStringLiteral("UPDATE leads SET repeat_calls = repeat_calls + 1, urgent = 1, updated_at = ?"
                                    " WHERE id = ?"),
                     {Database::toText(at), id});
}

bool LeadRepository::setCallBack(const QString &id, const QString &reason, int code, const QDateTime &at)
{
    return m_db.exec(QStringLiteral("UPDATE leads SET call_back_reason = ?, call_back_code = ?, updated_at = ?"
                                    " WHERE id = ?"),
                     {reason, code, Database::toText(at), id});
}

bool LeadRepository::setAlertedScore(const QString &id, const QString &score)
{
    return m_db.exec(QStringLiteral("UPDATE leads SET alerted_score = ? WHERE id = ?"), {score, id});
}

} // namespace Rebound::Core
