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
    // the caller's number or name; empty lists everything.
    QList<ConversationSummary> conversations(const QString &search = {}, int limit = 500);
    QList<StoredMessage> thread(const QString &conversationId);
    // Newest first; empty filters mean any.
    QList<Lead> leads(const QString &score = {}, const QString &status = {}, int limit = 1000);
    QList<CallLogRow> calls(int limit = 500);
    InboxCounts counts();

    // Turns what a person types into an FTS5 query of quoted word prefixes.
    static QString ftsQuery(const QString &text);

private:
    Database &m_db;
};

} // namespace Rebound::Core
