#pragma once

#include "../domain/call.h"
#include "database.h"

#include <optional>

namespace Rebound::Core {

// What Rebound made of a call.
enum class CallOutcome { Pending, Missed, Answered, Ignored };
QString toString(CallOutcome outcome);
CallOutcome callOutcomeFromString(QStringView text);

struct StoredCall
{
    Call call;
    QString businessNumber;
    CallOutcome outcome = CallOutcome::Pending;
    QDateTime firstSeenAt;
};

// Calls by provider SID. Seeing the same call again only updates what changed.
class CallRepository
{
public:
    explicit CallRepository(Database &db)
        : m_db(db)
    { }

    // Inserts or updates; returns false on a store error.
    bool upsert(const Call &call, const QString &businessNumber, const QDateTime &seenAt);
    std::optional<StoredCall> find(const QString &sid);
    // Inbound parent legs not yet judged, oldest first.
    QList<StoredCall> pending(const QString &businessNumber);
    QList<Call> children(const QString &parentSid);
    bool setOutcome(const QString &sid, CallOutcome outcome);
    // Calls from `caller` to `businessNumber` that started since `since`, the given one excluded.
    int countFrom(const QString &caller, const QString &businessNumber, const QDateTime &since,
                  const QString &exceptSid);
    QList<StoredCall> recent(int limit);

private:
    static StoredCall fromQuery(const QSqlQuery &q);
    Database &m_db;
};

} // namespace Rebound::Core
