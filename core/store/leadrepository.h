#pragma once

#include "../domain/leadcard.h"
#include "database.h"

#include <optional>

namespace Rebound::Core {

// A lead card as the owner works it: new → contacted → booked / lost.
struct Lead
{
    QString id;
    QString conversationId;
    QString callSid;
    QString callerNumber;
    LeadCard card;
    QString status = QStringLiteral("new");
    int repeatCalls = 0;
    bool urgent = false; // called again inside the text-back window
    std::optional<qint64> jobValueCents;
    QString alertedScore; // the score the owner was last alerted about
    // Set when the text-back can never arrive: why, in words, and the provider's code.
    QString callBackReason;
    int callBackCode = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class LeadRepository
{
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    { }

    std::optional<Lead> byConversation(const QString &conversationId);
    std::optional<Lead> find(const QString &id);
    bool insert(const Lead &lead);
    bool updateCard(const QString &id, const LeadCard &card, const QDateTime &at);
    bool noteRepeatCall(const QString &id, const QDateTime &at);
    bool setAlertedScore(const QString &id, const QString &score);
    // The text-back cannot reach the caller: the owner must call them back.
    bool setCallBack(const QString &id, const QString &reason, int code, const QDateTime &at);

private:
    std::optional<Lead> findWhere(const QString &column, const QString &value);
    Database &m_db;
};

} // namespace Rebound::Core
