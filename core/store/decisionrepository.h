#pragma once

#include "database.h"

#include <optional>

namespace Rebound::Core {

// Whether a call was texted back, and why: one per call, never changed.
struct Decision
{
    enum class Action { Text, Skip };
    QString callSid;
    Action action = Action::Skip;
    QString reason; // missed, history, late, opted_out, blocked, vendor, repeat_caller, answered, no_caller_id...
    QString templateName; // business_hours, after_hours
    QDateTime decidedAt;
};

class DecisionRepository
{
public:
    explicit DecisionRepository(Database &db)
        : m_db(db)
    { }

    // Records the first decision for a call; *inserted is false if one existed.
    bool record(const Decision &decision, bool *inserted);
    std::optional<Decision> find(const QString &callSid);

private:
    Database &m_db;
};

} // namespace Rebound::Core
