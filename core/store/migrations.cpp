#include "migrations.h"

namespace Rebound::Core {

namespace {
// Row-level, so a statement that changed nothing notifies nobody; PostgreSQL
// folds a transaction's identical notifications into one.
QString notifyTrigger(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1"
                          " FOR EACH ROW EXECUTE FUNCTION rebound_notify_change()")
        .arg(table);
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             // The business's own lines and how each is wired.
             QStringLiteral("CREATE TABLE numbers ("
                            " e164 TEXT PRIMARY KEY, sid TEXT, friendly_name TEXT,"
                            " wiring TEXT NOT NULL DEFAULT 'forwarded', added_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE contacts ("
                            " e164 TEXT PRIMARY KEY, name TEXT,"
                            " is_customer INTEGER NOT NULL DEFAULT 0, is_vendor INTEGER NOT NULL DEFAULT 0,"
                            " is_blocked INTEGER NOT NULL DEFAULT 0,"
                            " opted_out INTEGER NOT NULL DEFAULT 0, opted_out_at TEXT, opt_out_reason TEXT,"
                            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             // One row per call leg the provider reported; outcome is ours.
             QStringLiteral("CREATE TABLE calls ("
                            " sid TEXT PRIMARY KEY, parent_sid TEXT, business_number TEXT NOT NULL,"
                            " caller TEXT NOT NULL, direction TEXT NOT NULL, status TEXT NOT NULL,"
                            " answered_by TEXT, started_at TEXT, ended_at TEXT, duration INTEGER,"
                            " outcome TEXT NOT NULL DEFAULT 'pending',"
                            " first_seen_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX calls_outcome ON calls (outcome)"),
             QStringLiteral("CREATE INDEX calls_caller ON calls (caller, started_at)"),
             QStringLiteral("CREATE INDEX calls_parent ON calls (parent_sid)"),
             QStringLiteral("CREATE TABLE conversations ("
                            " id TEXT PRIMARY KEY, business_number TEXT NOT NULL, caller TEXT NOT NULL,"
                            " automation INTEGER NOT NULL DEFAULT 1, unread INTEGER NOT NULL DEFAULT 0,"
                            " last_message_at TEXT, created_at TEXT NOT NULL,"
                            " UNIQUE (business_number, caller))"),
             QStringLiteral("CREATE TABLE messages ("
                            " id TEXT PRIMARY KEY, sid TEXT UNIQUE,"
                            " conversation_id TEXT NOT NULL REFERENCES conversations (id),"
                            " direction TEXT NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL,"
                            " status TEXT NOT NULL, segments INTEGER NOT NULL DEFAULT 0, error_code INTEGER,"
                            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX messages_conversation ON messages (conversation_id, created_at)"),
             // Why each missed (or answered) call was or was not texted: one row per call, ever.
             QStringLiteral("CREATE TABLE decisions ("
                            " call_sid TEXT PRIMARY KEY REFERENCES calls (sid),"
                            " action TEXT NOT NULL, reason TEXT NOT NULL, template TEXT,"
                            " decided_at TEXT NOT NULL)"),
             // Every text the engine sends passes through here; dedupe_key makes
             // queueing the same text twice impossible.
             QStringLiteral("CREATE TABLE outbox ("
                            " id TEXT PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE, purpose TEXT NOT NULL,"
                            " conversation_id TEXT REFERENCES conversations (id), call_sid TEXT,"
                            " to_number TEXT NOT NULL, from_number TEXT NOT NULL, body TEXT NOT NULL,"
                            " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                            " first_attempt_at TEXT, last_attempt_at TEXT, next_attempt_at TEXT,"
                            " provider_sid TEXT UNIQUE, error TEXT, created_at TEXT NOT NULL, sent_at TEXT)"),
             QStringLiteral("CREATE INDEX outbox_state ON outbox (state, next_attempt_at)"),
             QStringLiteral("CREATE TABLE leads ("
                            " id TEXT PRIMARY KEY,"
                            " conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations (id),"
                            " call_sid TEXT, kind TEXT NOT NULL, name TEXT, service TEXT,"
                            " urgency TEXT NOT NULL, address TEXT, score TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'new', preferred_time TEXT, questions TEXT,"
                            " language TEXT NOT NULL DEFAULT 'en',"
                            " repeat_calls INTEGER NOT NULL DEFAULT 0, urgent INTEGER NOT NULL DEFAULT 0,"
                            " job_value_cents BIGINT, alerted_score TEXT,"
                            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
         }},
        {2,
         {},
         // Full-text search over messages for the inbox (FTS5 keeps itself in step through triggers).
         {
             QStringLiteral(
                 "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='rowid')"),
             QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                            " INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body); END"),
             QStringLiteral(
                 "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                 " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END"),
             QStringLiteral(
                 "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
                 " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body);"
                 " INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body); END"),
             QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"),
         }},
        {3,
         {
             // One engine polls and sends per database; the others stand by (see EngineLease).
             QStringLiteral("CREATE TABLE engine_lease ("
                            " name TEXT PRIMARY KEY, holder TEXT NOT NULL, holder_label TEXT,"
                            " holder_host TEXT, holder_pid BIGINT,"
                            " acquired_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
             // Which engine made the attempt a row is in (sending/unknown), for the crash rule across seats.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_by TEXT"),
         }},
        {4,
         {
             // The caller's own words for the job, beside the taxonomy label.
             QStringLiteral("ALTER TABLE leads ADD COLUMN job_words TEXT"),
         }},
        {5,
         {
             // The inbox's first page, newest first, without sorting every conversation.
             QStringLiteral("CREATE INDEX conversations_recent ON conversations (last_message_at, created_at)"),
             // Finding a contact's or a number's conversations (the search, a lead's card).
             QStringLiteral("CREATE INDEX conversations_caller ON conversations (caller)"),
             // Which seat (person's desk) took a thread over from the automation, and when.
             QStringLiteral("ALTER TABLE conversations ADD COLUMN taken_over_by TEXT"),
             QStringLiteral("ALTER TABLE conversations ADD COLUMN taken_over_at TEXT"),
         },
         {},
         {
             // Full-text search over messages: words, prefix-matched, as the SQLite side does with FTS5.
             // The words are stored, so a search that reads many messages need not split each again.
             QStringLiteral("ALTER TABLE messages ADD COLUMN search_words tsvector"
                            " GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED"),
             QStringLiteral("CREATE INDEX messages_search_words ON messages USING GIN (search_words)"),
             // Every seat hears of another seat's (or the service's) changes at once: LISTEN rebound_changes.
             QStringLiteral("CREATE FUNCTION rebound_notify_change() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN PERFORM pg_notify('rebound_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
             notifyTrigger(QStringLiteral("conversations")),
             notifyTrigger(QStringLiteral("messages")),
             notifyTrigger(QStringLiteral("leads")),
             notifyTrigger(QStringLiteral("calls")),
             notifyTrigger(QStringLiteral("contacts")),
             notifyTrigger(QStringLiteral("decisions")),
             notifyTrigger(QStringLiteral("outbox")),
         }},
        {6,
         {
             // A text-back that can never arrive: the card says why, and asks for a call back.
             QStringLiteral("ALTER TABLE leads ADD COLUMN call_back_reason TEXT"),
             QStringLiteral("ALTER TABLE leads ADD COLUMN call_back_code INTEGER"),
         }},
    };
    return all;
}

} // namespace Rebound::Core
