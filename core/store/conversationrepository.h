#pragma once

#include "../domain/message.h"
#include "../engine/responder.h"
#include "database.h"

#include <optional>

namespace Rebound::Core {

// One SMS of a thread as the store keeps it.
struct StoredMessage
{
    enum class Author { Caller, Automation, Person, System };
    QString id;
    QString sid; // the provider's SID
    QString conversationId;
    bool inbound = true;
    Author author = Author::Caller;
    QString body;
    QString status;
    int segments = 0;
    QDateTime createdAt;
};

struct Conversation
{
    QString id;
    QString businessNumber;
    QString caller;
    bool automation = true; // false once a person replied from the app
    int unread = 0;
    QDateTime lastMessageAt;
};

// Threads keyed by (business number, caller) and their messages, by SID.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &db)
        : m_db(db)
    { }

    // The thread's id, creating it when new; empty on a store error.
    QString ensure(const QString &businessNumber, const QString &caller, const QDateTime &at);
    std::optional<Conversation> find(const QString &id);
    // Inserts once per SID; returns true only when the message is new.
    bool addMessage(const StoredMessage &message, bool *inserted);
    // Off: a person (at `seat`, this desk's name) took the thread over; on: handed back.
    bool setAutomation(const QString &conversationId, bool on, const QString &seat = {});
    QList<ConversationTurn> history(const QString &conversationId);
    bool hasMessage(const QString &sid);
    // Records the provider's delivery status for a message we sent; false when
    // unknown here, or when the status held is as far along or further (a late
    // "sent" never replaces "delivered").
    bool updateStatus(const QString &sid, MessageStatus status, int segments);

    static QString toString(StoredMessage::Author author);

private:
    Database &m_db;
};

} // namespace Rebound::Core
