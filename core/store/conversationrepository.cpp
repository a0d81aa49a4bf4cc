#include "conversationrepository.h"

namespace Rebound::Core {

QString ConversationRepository::toString(StoredMessage::Author author)
{
    switch (author) {
    case StoredMessage::Author::Caller:
        return QStringLiteral("caller");
    case StoredMessage::Author::Automation:
        return QStringLiteral("automation");
    case StoredMessage::Author::Person:
        return QStringLiteral("person");
    case StoredMessage::Author::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

QString ConversationRepository::ensure(const QString &businessNumber, const QString &caller, const QDateTime &at)
{
    if (!m_db.exec(QStringLiteral("INSERT INTO conversations (id, business_number, caller, created_at)"
                                  " VALUES (?, ?, ?, ?) ON CONFLICT (business_number, caller) DO NOTHING"),
                   {Database::newId(), businessNumber, caller,
                    Database::toText(at.isValid() ? at : QDateTime::currentDateTimeUtc())}))
        return {};
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM conversations WHERE business_number = ? AND caller = ?"),
                   {businessNumber, caller})
        || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<Conversation> ConversationRepository::find(const QString &id)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, business_number, caller, automation, unread, last_message_at"
                                  " FROM conversations WHERE id = ?"),
                   {id})
        || !q.next())
        return std::nullopt;
    return Conversation{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toInt() != 0, q.value(4).toInt(),    Database::fromText(q.value(5))};
}

bool ConversationRepository::addMessage(const StoredMessage &m, bool *inserted)
{
    *inserted = false;
    QSqlQuery q(m_db.connection());
    const QString created = Database::toText(m.createdAt);
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO messages (id, sid, conversation_id, direction, author, body, status,"
                                  " segments, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (sid) DO NOTHING"),
                   {m.id.isEmpty() ? Database::newId() : m.id, Database::orNull(m.sid), m.conversationId,
                    m.inbound ? QStringLiteral("in") : QStringLiteral("out"), toString(m.author), m.body, m.status,
                    m.segments, created, created}))
        return false;
    *inserted = q.numRowsAffected() > 0;
    if (*inserted) {
        return m_db.exec(
            QStringLiteral("UPDATE conversations SET last_message_at = ?, unread = unread + ? WHERE id = ?"),
            {created, m.inbound ? 1 : 0, m.conversationId});
    }
    return true;
}

bool ConversationRepository::setAutomation(const QString &conversationId, bool on, const QString &seat)
{
    if (on)
        return m_db.exec(QStringLiteral("UPDATE conversations SET automation = 1, taken_over_by = NULL,"
                                        " taken_over_at = NULL WHERE id = ?"),
                         {conversationId});
    // The first seat to take the thread over keeps it until it is handed back.
    return m_db.exec(QStringLiteral("UPDATE conversations SET taken_over_by = CASE WHEN automation = 0 THEN"
                                    " taken_over_by ELSE ? END, taken_over_at = CASE WHEN automation = 0 THEN"
                                    " taken_over_at ELSE ? END, automation = 0 WHERE id = ?"),
                     {Database::orNull(seat), Database::toText(QDateTime::currentDateTimeUtc()), conversationId});
}

QList<ConversationTurn> ConversationRepository::history(const QString &conversationId)
{
    QList<ConversationTurn> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT direction, body, created_at FROM messages WHERE conversation_id = ?"
                                  " ORDER BY created_at, id"),
                   {conversationId}))
        return out;
    while (q.next()) {
        out.append(ConversationTurn{q.value(0).toString() == QLatin1String("in") ? ConversationTurn::From::Caller
                                                                                 : ConversationTurn::From::Business,
                                    q.value(1).toString(), Database::fromText(q.value(2))});
    }
    return out;
}

bool ConversationRepository::updateStatus(const QString &sid, MessageStatus status, int segments)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q, QStringLiteral("SELECT status FROM messages WHERE sid = ?"), {sid}) || !q.next())
        return false;
    const QString held = q.value(0).toString();
    const QString next = Core::toString(status);
    const MessageStatus heldStatus = messageStatusFromString(held);
    if (held == next || (heldStatus != MessageStatus::Unknown && deliveryStage(heldStatus) >= deliveryStage(status)))
        return false;
    // Only over the status just read: a newer one written meanwhile stays.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE messages SET status = ?, segments = CASE WHEN ? > 0 THEN ? ELSE segments END,"
                                  " updated_at = ? WHERE sid = ? AND status = ?"),
                   {next, segments, segments, Database::toText(QDateTime::currentDateTimeUtc()), sid, held}))
        return false;
    return q.numRowsAffected() > 0;
}

bool ConversationRepository::hasMessage(const QString &sid)
{
    QSqlQuery q(m_db.connection());
    return m_db.exec(q, QStringLiteral("SELECT 1 FROM messages WHERE sid = ?"), {sid}) && q.next();
}

} // namespace Rebound::Core
