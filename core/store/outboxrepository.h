#pragma once

#include "database.h"

#include <QSet>

#include <optional>

namespace Rebound::Core {

// A text the engine has decided to send.
struct OutboxItem
{
    enum class Purpose { TextBack, Reply, OwnerAlert, Manual };
    // Queued: not tried yet or safe to retry. Sending: an attempt was recorded
    // and its result is not (the process may have died mid-request). Unknown:
    // the provider may have it. Sent, Failed, Cancelled: final.
    enum class State { Queued, Sending, Unknown, Sent, Failed, Cancelled };

    QString id;
    QString dedupeKey; // "textback:CA…", "reply:SM…", "alert:<lead>:<score>"
    Purpose purpose = Purpose::TextBack;
    QString conversationId;
    QString callSid;
    QString to;
    QString from;
    QString body;
    State state = State::Queued;
    int attempts = 0;
    QDateTime firstAttemptAt;
    QDateTime lastAttemptAt;
    QDateTime nextAttemptAt;
    QString providerSid;
    QString error;
    QDateTime createdAt;
    QDateTime sentAt;
};

QString toString(OutboxItem::Purpose purpose);
QString toString(OutboxItem::State state);

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    { }

    // Queues once per dedupe key; *inserted is false when it was already there.
    bool enqueue(OutboxItem item, bool *inserted);
    std::optional<OutboxItem> find(const QString &id);
    // The item the provider knows as message `sid`.
    std::optional<OutboxItem> findByProviderSid(const QString &sid);
    // Items not final whose next attempt is due, oldest first.
    QList<OutboxItem> due(const QDateTime &now);
    // Claims `item` for one send attempt by `holder`: one statement that
    // succeeds only while the row is as it was read (same state and attempt
    // count) and `holder` holds a live engine lease, so two engines can never
    // both send it. Committed before the request.
    bool claimAttempt(const OutboxItem &item, const QString &holder, const QDateTime &at);
    // False when another engine recorded it first.
    bool markSent(const QString &id, const QString &providerSid, const QDateTime &at);
    // An attempt whose outcome is not known yet: look again at `retryAt`.
    bool deferUnknown(const QString &id, const QDateTime &retryAt);
    bool markUnknown(const QString &id, const QString &error, const QDateTime &retryAt);
    bool markRetry(const QString &id, const QString &error, const QDateTime &retryAt);
    bool markFinal(const QString &id, OutboxItem::State state, const QString &error);
    // The provider answered again: what waits out a backoff goes at once.
    bool releaseBackoffs(const QDateTime &now);
    // Provider SIDs already matched to an item, so reconciliation cannot claim one twice.
    QSet<QString> knownSidsTo(const QString &to);
    // When the business last texted `to` back after a missed call (not counting failures).
    std::optional<QDateTime> lastTextBack(const QString &to, const QString &from);
    // Opt-outs stop whatever was still waiting to go to them.
    bool cancelPendingTo(const QString &to, const QString &reason);

private:
    static OutboxItem fromQuery(const QSqlQuery &q);
    Database &m_db;
};

} // namespace Rebound::Core
