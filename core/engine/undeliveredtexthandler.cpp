#include "undeliveredtexthandler.h"

#include "../domain/deliveryfailure.h"
#include "../domain/phonenumber.h"
#include "../store/leadrepository.h"
#include "../store/outboxrepository.h"
#include "../store/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Rebound::Core {

QString UndeliveredTextHandler::registrationProblemKey()
{
    return QStringLiteral("sender.registration_problem");
}

bool UndeliveredTextHandler::handle(const OutboxItem &item, int errorCode)
{
    const auto failure = deliveryFailure(errorCode);
    if (!failure || item.purpose != OutboxItem::Purpose::TextBack)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString caller = PhoneNumber::fromE164(item.to).display();

    Transaction tx(m_ctx.db);
    LeadRepository leads(m_ctx.db);
    std::optional<Lead> lead = leads.byConversation(item.conversationId);
    if (lead && !lead->callBackReason.isEmpty())
        return true; // handled already (the poll and the callback both saw it)
    if (!lead && !item.conversationId.isEmpty()) {
        Lead fresh;
        fresh.id = Database::newId();
        fresh.conversationId = item.conversationId;
        fresh.callSid = item.callSid;
        fresh.createdAt = now;
        fresh.updatedAt = now;
        if (!leads.insert(fresh))
            return true;
        lead = fresh;
    }
    if (lead && !leads.setCallBack(lead->id, failure->reason, errorCode, now))
        return true;
    if (!m_ctx.config.ownerCell.isEmpty()) {
        OutboxRepository outbox(m_ctx.db);
        OutboxItem alert;
        alert.dedupeKey = QStringLiteral("unreachable:") + item.id;
        alert.purpose = OutboxItem::Purpose::OwnerAlert;
        alert.to = m_ctx.config.ownerCell;
        alert.from = item.from;
        alert.body = QCoreApplication::translate("UndeliveredTextHandler",
                                                 "Rebound's text to %1 cannot arrive: %2 Please call them back.")
                         .arg(caller, failure->reason);
        alert.createdAt = now;
        bool queued = false;
        outbox.enqueue(alert, &queued);
    }
    if (failure->registrationProblem) {
        SettingsRepository settings(m_ctx.db);
        const QJsonObject problem{{QStringLiteral("code"), errorCode},
                                  {QStringLiteral("number"), item.from},
                                  {QStringLiteral("at"), Database::toText(now)}};
        settings.setValue(registrationProblemKey(),
                          QString::fromUtf8(QJsonDocument(problem).toJson(QJsonDocument::Compact)));
    }
    if (!tx.commit())
        return true;

    m_ctx.emitEvent(QStringLiteral("text_undeliverable"),
                    {{QStringLiteral("to"), item.to},
                     {QStringLiteral("from"), item.from},
                     {QStringLiteral("call_sid"), item.callSid},
                     {QStringLiteral("message_sid"), item.providerSid},
                     {QStringLiteral("error_code"), errorCode},
                     {QStringLiteral("reason"), failure->reason},
                     {QStringLiteral("lead_id"), lead ? lead->id : QString()}});
    if (failure->registrationProblem)
        m_ctx.emitEvent(QStringLiteral("registration_needed"),
                        {{QStringLiteral("number"), item.from},
                         {QStringLiteral("error_code"), errorCode},
                         {QStringLiteral("url"), QString::fromLatin1(a2pRegistrationUrl)}});
    m_ctx.flushOutbox();
    return true;
}

} // namespace Rebound::Core
