#include "decisionrepository.h"

namespace Rebound::Core {

bool DecisionRepository::record(const Decision &d, bool *inserted)
{
    *inserted = false;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO decisions (call_sid, action, reason, template, decided_at)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (call_sid) DO NOTHING"),
                   {d.callSid, d.action == Decision::Action::Text ? QStringLiteral("text") : QStringLiteral("skip"),
                    d.reason, Database::orNull(d.templateName), Database::toText(d.decidedAt)}))
        return false;
    *inserted = q.numRowsAffected() > 0;
    return true;
}

std::optional<Decision> DecisionRepository::find(const QString &callSid)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT action, reason, template, decided_at FROM decisions WHERE call_sid = ?"),
                   {callSid})
        || !q.next())
        return std::nullopt;
    return Decision{callSid,
                    q.value(0).toString() == QLatin1String("text") ? Decision::Action::Text : Decision::Action::Skip,
                    q.value(1).toString(), q.value(2).toString(), Database::fromText(q.value(3))};
}

} // namespace Rebound::Core
