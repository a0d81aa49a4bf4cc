#pragma once

#include "conversationrepository.h"
#include "database.h"
#include "leadrepository.h"

#include <optional>

namespace Rebound::Core {

// One row of the inbox.
struct ConversationSummary
{
    QString id;
    QString businessNumber;
    QString caller;
    QString callerName;
    QString lastBody;
    QDateTime lastAt;
    bool lastInbound = true;
    int unread = 0;
    bool automation = true;
    QString takenOverBy; // the seat that took the thread over, when automation is off
    QString leadId;
    QString leadScore; // hot, warm, cold, or empty when no card yet
    bool optedOut = false;
    bool blocked = false;
    bool vendor = false;
    bool customer = false;
};

// One row of the call log: the call and what Rebound did about it.
struct CallLogRow
{
    QString sid;
    QString caller;
    QString callerName;
    QString businessNumber;
    QDateTime startedAt;
    QDateTime endedAt;
    int durationSeconds = -1;
    QString status; // the provider's
    QString outcome; // pending, missed, answered, ignored
    QString action; // text, skip, or empty while undecided
    QString reason; // why, e.g. opted_out
    QString textState; // queued, sent, failed… for a text-back
    QDateTime textSentAt;
};

// Lead cards by score, counted as the leads page shows them and as the
// insights dashboard counts them (DashboardStats).
struct LeadScoreCounts
{
    int hot = 0;
    int warm = 0;
    int cold = 0;
};

struct InboxCounts
{
    int unreadMessages = 0;
    int newLeads = 0;
    int hotLeads = 0;
};

// The queries the desktop app shows. Read-only; run them on a worker thread
// with its own connection.
class ReadModels
{
public:
    explicit ReadModels(Database &db)
        : m_db(db)
    { }

    // Newest first. `search` matches message text (full-text, word prefixes),
    // the caller's number or name; empty lists everything. The caller's name is
    // the contact's, else the one they gave on their lead card.
    QList<ConversationSummary> conversations(const QString &search = {}, int limit = 500);
    QList<StoredMessage> thread(const QString &conversationId);
    // Newest first; empty filters mean any.
    QList<Lead> leads(const QString &score = {}, const QString &status = {}, int limit = 1000);
    QList<CallLogRow> calls(int limit = 500);
    InboxCounts counts();
    // Every card by score, created in [from, to); invalid bounds mean unbounded. Every kind
    // counts (the leads page shows vendors and opt-outs as cards too) and a score is read
    // as a card reads it, so the dashboard's figures for a period are the same.
    LeadScoreCounts leadScoreCounts(const QDateTime &from = {}, const QDateTime &to = {});

    // Turns what a person types into an FTS5 query of quoted word prefixes.
    static QString ftsQuery(const QString &text);
    // The same for PostgreSQL's full-text search (to_tsquery('simple', ...)).
    static QString tsQuery(const QString &text);

private:
    static QString summarySql();
    static QList<ConversationSummary> readSummaries(QSqlQuery &q);

    Database &m_db;
};

} // namespace Rebound::Core
