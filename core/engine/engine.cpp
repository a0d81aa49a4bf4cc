#include "engine.h"

#include "optoutwords.h"
#include "outboxsender.h"
#include "owneralert.h"

#include "../provider/twilioclient.h"
#include "../store/callrepository.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"
#include "../store/decisionrepository.h"
#include "../store/leadrepository.h"
#include "../store/outboxrepository.h"
#include "../store/settingsrepository.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEngine, "rebound.engine", QtInfoMsg)

namespace Rebound::Core {

namespace {
const auto kInstalledAtKey = QStringLiteral("engine.installed_at");

QString polledKey(const BusinessLine &line)
{
    return QStringLiteral("lines.%1.first_polled_at").arg(line.e164);
}

// Call legs as the webhook describes them (form fields, not the REST JSON).
Call callFromParams(const QHash<QString, QString> &p)
{
    Call c;
    c.sid = p.value(QStringLiteral("CallSid"));
    c.parentCallSid = p.value(QStringLiteral("ParentCallSid"));
    c.accountSid = p.value(QStringLiteral("AccountSid"));
    c.from = p.value(QStringLiteral("From"));
    c.to = p.value(QStringLiteral("To"));
    c.direction = p.value(QStringLiteral("Direction"));
    c.answeredBy = p.value(QStringLiteral("AnsweredBy"));
    c.status = callStatusFromString(p.value(QStringLiteral("CallStatus")));
    const QString duration = p.value(QStringLiteral("CallDuration"));
    c.durationSeconds = duration.isEmpty() ? -1 : duration.toInt();
    if (isTerminal(c.status)) {
        const QDateTime stamp = QDateTime::fromString(p.value(QStringLiteral("Timestamp")), Qt::RFC2822Date);
        c.endTime = stamp.isValid() ? stamp.toUTC() : QDateTime::currentDateTimeUtc();
    }
    return c;
}
} // namespace

Engine::Engine(EngineConfig config, std::unique_ptr<Responder> responder, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_responder(std::move(responder))
    , m_client(std::make_unique<TwilioClient>(m_config.provider))
{
    if (m_config.rules.businessName.isEmpty() || m_config.rules.businessName == QLatin1String("our office"))
        m_config.rules.businessName =
            m_config.business.name.isEmpty() ? QStringLiteral("our office") : m_config.business.name;
}

Engine::~Engine() = default;

bool Engine::open(QString *error)
{
    StoreError storeError;
    m_db = Database::open(m_config.databasePath, &storeError);
    if (!m_db.isOpen()) {
        if (error)
            *error = storeError.message;
        return false;
    }
    SettingsRepository settings(m_db);
    // The very first start: everything before it is history, never texted.
    m_installedAt = Database::fromText(settings.value(kInstalledAtKey));
    if (!m_installedAt.isValid()) {
        m_installedAt = QDateTime::currentDateTimeUtc();
        settings.setValue(kInstalledAtKey, Database::toText(m_installedAt));
    }
    m_sender = std::make_unique<OutboxSender>(m_db, *m_client, [this](EngineEvent e) { Q_EMIT event(e); });
    return true;
}

void Engine::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Engine::pollOnce);
    }
    m_timer->start(int(std::max<qint64>(200, m_config.pollInterval.count())));
    QJsonArray lines;
    for (const BusinessLine &line : m_config.lines)
        lines.append(
            QJsonObject{{QStringLiteral("number"), line.e164}, {QStringLiteral("wiring"), toString(line.wiring)}});
    emitEvent(QStringLiteral("engine_started"),
              {{QStringLiteral("lines"), lines},
               {QStringLiteral("poll_interval_ms"), double(m_config.pollInterval.count())},
               {QStringLiteral("installed_at"), Database::toText(m_installedAt)}});
    pollOnce();
}

void Engine::stop()
{
    if (m_timer)
        m_timer->stop();
    emitEvent(QStringLiteral("engine_stopped"), {});
}

void Engine::interrupt()
{
    m_client->cancel();
}

void Engine::emitEvent(const QString &type, QJsonObject fields)
{
    Q_EMIT event(EngineEvent{type, QDateTime::currentDateTimeUtc(), std::move(fields)});
    Q_EMIT storeChanged();
}

void Engine::sendManualReply(const QString &conversationId, const QString &body)
{
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.find(conversationId);
    if (!conversation || body.trimmed().isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    OutboxRepository outbox(m_db);
    OutboxItem item;
    item.dedupeKey = QStringLiteral("manual:") + Database::newId();
    item.purpose = OutboxItem::Purpose::Manual;
    item.conversationId = conversationId;
    item.to = conversation->caller;
    item.from = conversation->businessNumber;
    item.body = body.left(1600);
    item.createdAt = now;
    bool queued = false;
    if (!outbox.enqueue(item, &queued) || !conversations.setAutomation(conversationId, false) || !tx.commit())
        return;
    Q_EMIT storeChanged();
    flushOutbox();
}

void Engine::setAutomation(const QString &conversationId, bool on)
{
    ConversationRepository conversations(m_db);
    if (conversations.setAutomation(conversationId, on))
        Q_EMIT storeChanged();
}

void Engine::setContactFlags(const QString &e164, bool customer, bool vendor, bool blocked)
{
    ContactRepository contacts(m_db);
    Contact c = contacts.get(e164);
    c.isCustomer = customer;
    c.isVendor = vendor;
    c.isBlocked = blocked;
    if (contacts.save(c))
        Q_EMIT storeChanged();
}

void Engine::setLeadStatus(const QString &leadId, const QString &status, qint64 jobValueCents)
{
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("booked"),
                                      QStringLiteral("lost")};
    if (!statuses.contains(status))
        return;
    const bool booked = status == QLatin1String("booked");
    if (m_db.exec(QStringLiteral("UPDATE leads SET status = ?, job_value_cents = ?, updated_at = ? WHERE id = ?"),
                  {status, booked && jobValueCents >= 0 ? QVariant(jobValueCents) : QVariant(),
                   Database::toText(QDateTime::currentDateTimeUtc()), leadId}))
        Q_EMIT storeChanged();
}

void Engine::markRead(const QString &conversationId)
{
    if (m_db.exec(QStringLiteral("UPDATE conversations SET unread = 0 WHERE id = ? AND unread <> 0"), {conversationId}))
        Q_EMIT storeChanged();
}

void Engine::providerError(const QString &operation, const ProviderError &error)
{
    if (error.kind == ProviderError::Kind::Cancelled)
        return;
    emitEvent(QStringLiteral("provider_error"),
              {{QStringLiteral("operation"), operation},
               {QStringLiteral("kind"), ProviderError::kindName(error.kind)},
               {QStringLiteral("code"), error.code},
               {QStringLiteral("http_status"), error.httpStatus},
               {QStringLiteral("message"), error.describe()}});
}

const BusinessLine *Engine::lineFor(const QString &e164) const
{
    for (const BusinessLine &line : m_config.lines) {
        if (line.e164 == e164)
            return &line;
    }
    return nullptr;
}

bool Engine::isFirstPoll(const BusinessLine &line)
{
    SettingsRepository settings(m_db);
    return settings.value(polledKey(line)).isEmpty();
}

void Engine::pollOnce()
{
    // A webhook handled inside a slow poll must not start a second one.
    if (m_polling || !m_db.isOpen())
        return;
    m_polling = true;
    bool allRead = true;
    for (const BusinessLine &line : m_config.lines) {
        const bool first = isFirstPoll(line);
        m_importingHistory = first;
        if (first)
            Q_EMIT historyImportRunning(true);
        // Texts first: a STOP that came in before a call must be known when the call is judged.
        const bool messagesRead = pollMessages(line);
        const bool callsRead = pollCalls(line);
        m_importingHistory = false;
        if (first)
            Q_EMIT historyImportRunning(false);
        allRead = allRead && messagesRead && callsRead;
        // Until one full look succeeds, the next one is still the history import.
        if (first && messagesRead && callsRead) {
            SettingsRepository settings(m_db);
            settings.setValue(polledKey(line), Database::toText(QDateTime::currentDateTimeUtc()));
        }
    }
    flushOutbox();
    m_polling = false;
    Q_EMIT polled(QDateTime::currentDateTimeUtc(), allRead);
}

void Engine::flushOutbox()
{
    if (m_sender)
        m_sender->flush();
}

bool Engine::pollCalls(const BusinessLine &line)
{
    CallRepository calls(m_db);
    // pollOnce() has asked already: this pass is the line's history import or not.
    const bool first = m_importingHistory;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallFilter filter;
    filter.to = line.e164;
    // StartTime filters are whole UTC days: yesterday too, so calls across midnight are seen.
    filter.startedOnOrAfter = now.date().addDays(first ? -m_config.historyDays : -1);
    filter.pageSize = 50;
    filter.maxPages = first ? 40 : 20;
    QSet<QString> seen;
    const auto listed = m_client->listCalls(filter, [&](const QList<Call> &page) {
        bool news = false;
        for (const Call &call : page) {
            seen.insert(call.sid);
            const auto stored = calls.find(call.sid);
            if (!stored || stored->call.status != call.status || stored->call.answeredBy != call.answeredBy) {
                calls.upsert(call, line.e164, now);
                news = true;
            }
        }
        // Newest first: a page with nothing new or changed means the rest is known.
        return news;
    });
    if (!listed) {
        providerError(QStringLiteral("list_calls"), listed.error());
        return false;
    }
    for (const StoredCall &pending : calls.pending(line.e164))
        refreshAndJudge(line, pending, !seen.contains(pending.call.sid));
    return true;
}

void Engine::refreshAndJudge(const BusinessLine &line, const StoredCall &pending, bool fetch)
{
    CallRepository calls(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A call still ringing at an earlier poll may have dropped off the pages read
    // since; ask for it by SID so it cannot be lost.
    if (fetch && !isTerminal(pending.call.status)) {
        const auto fresh = m_client->fetchCall(pending.call.sid);
        if (fresh)
            calls.upsert(fresh.value(), line.e164, now);
        else if (fresh.error().kind != ProviderError::Kind::NotFound)
            providerError(QStringLiteral("fetch_call"), fresh.error());
    }
    if (line.wiring == Wiring::Dial) {
        CallFilter children;
        children.parentCallSid = pending.call.sid;
        children.maxPages = 2;
        const auto legs = m_client->listCalls(children);
        if (!legs) {
            providerError(QStringLiteral("list_child_calls"), legs.error());
            return;
        }
        for (const Call &leg : legs.value())
            calls.upsert(leg, line.e164, now);
    }
    judge(line, pending.call.sid);
}

void Engine::judge(const BusinessLine &line, const QString &parentSid)
{
    CallRepository calls(m_db);
    const auto parent = calls.find(parentSid);
    if (!parent || parent->outcome != CallOutcome::Pending)
        return;
    const CallVerdict verdict = judgeCall(parent->call, calls.children(parentSid), line.wiring);
    switch (verdict.kind) {
    case CallVerdict::Kind::NotYet:
        return;
    case CallVerdict::Kind::NotInbound:
        calls.setOutcome(parentSid, CallOutcome::Ignored);
        return;
    case CallVerdict::Kind::Answered: {
        Transaction tx(m_db);
        DecisionRepository decisions(m_db);
        bool inserted = false;
        decisions.record(
            Decision{
                parentSid, Decision::Action::Skip, QStringLiteral("answered"), {}, QDateTime::currentDateTimeUtc()},
            &inserted);
        calls.setOutcome(parentSid, CallOutcome::Answered);
        tx.commit();
        return;
    }
    case CallVerdict::Kind::Missed:
        actOnMissed(line, *parent, verdict.detail);
        return;
    }
}

void Engine::actOnMissed(const BusinessLine &line, const StoredCall &stored, const QString &detail)
{
    const Call &call = stored.call;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ContactRepository contacts(m_db);
    OutboxRepository outbox(m_db);
    TextBackInput input;
    input.callSid = call.sid;
    input.caller = call.from;
    input.endedAt = call.endTime.isValid() ? call.endTime : (call.dateUpdated.isValid() ? call.dateUpdated : now);
    input.contact = contacts.get(call.from);
    input.lastTextBack = outbox.lastTextBack(call.from, line.e164);
    input.installedAt = m_installedAt;
    input.historyImport = m_importingHistory;
    input.now = now;
    const TextBackDecision decision = decideTextBack(input, m_config.rules);

    Transaction tx(m_db);
    DecisionRepository decisions(m_db);
    CallRepository calls(m_db);
    bool inserted = false;
    if (!decisions.record(Decision{call.sid, decision.action, decision.reason, decision.templateName, now}, &inserted))
        return;
    calls.setOutcome(call.sid, CallOutcome::Missed);
    if (!inserted) {
        // Decided already (the webhook and the poll both saw it): one decision per call.
        tx.commit();
        return;
    }
    ConversationRepository conversations(m_db);
    std::optional<Lead> repeatLead;
    if (decision.action == Decision::Action::Text) {
        const QString conversation = conversations.ensure(line.e164, call.from, now);
        OutboxItem item;
        item.dedupeKey = QStringLiteral("textback:") + call.sid;
        item.purpose = OutboxItem::Purpose::TextBack;
        item.conversationId = conversation;
        item.callSid = call.sid;
        item.to = call.from;
        item.from = line.e164;
        item.body = decision.body;
        item.createdAt = now;
        bool queued = false;
        if (conversation.isEmpty() || !outbox.enqueue(item, &queued))
            return; // rolled back; the next poll decides again
    } else if (decision.repeatCaller) {
        LeadRepository leads(m_db);
        const QString conversation = conversations.ensure(line.e164, call.from, now);
        if (auto lead = leads.byConversation(conversation)) {
            leads.noteRepeatCall(lead->id, now);
            repeatLead = leads.find(lead->id);
        }
    }
    if (!tx.commit())
        return;

    emitEvent(QStringLiteral("call_missed"),
              {{QStringLiteral("call_sid"), call.sid},
               {QStringLiteral("from"), call.from},
               {QStringLiteral("to"), line.e164},
               {QStringLiteral("wiring"), toString(line.wiring)},
               {QStringLiteral("detail"), detail}});
    if (decision.action == Decision::Action::Skip) {
        emitEvent(QStringLiteral("text_skipped"),
                  {{QStringLiteral("call_sid"), call.sid},
                   {QStringLiteral("from"), call.from},
                   {QStringLiteral("to"), line.e164},
                   {QStringLiteral("reason"), decision.reason}});
    }
    if (repeatLead) {
        emitEvent(QStringLiteral("lead_updated"),
                  {{QStringLiteral("lead_id"), repeatLead->id},
                   {QStringLiteral("caller"), call.from},
                   {QStringLiteral("urgent"), true},
                   {QStringLiteral("repeat_calls"), repeatLead->repeatCalls},
                   {QStringLiteral("score"), toString(repeatLead->card.score)}});
    }
    flushOutbox();
}

bool Engine::pollMessages(const BusinessLine &line)
{
    ConversationRepository conversations(m_db);
    // pollOnce() has asked already: this pass is the line's history import or not.
    const bool first = m_importingHistory;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MessageFilter filter;
    filter.to = line.e164;
    filter.sentOnOrAfter = now.date().addDays(first ? -m_config.historyDays : -1);
    filter.maxPages = first ? 40 : 20;
    QList<Message> fresh;
    const auto listed = m_client->listMessages(filter, [&](const QList<Message> &page) {
        bool news = false;
        for (const Message &m : page) {
            if (m.isInbound() && !conversations.hasMessage(m.sid)) {
                fresh.append(m);
                news = true;
            }
        }
        return news;
    });
    if (!listed) {
        providerError(QStringLiteral("list_messages"), listed.error());
        return false;
    }
    // Oldest first, so the conversation is read in the order it was written.
    std::sort(fresh.begin(), fresh.end(), [](const Message &a, const Message &b) {
        const QDateTime ta = a.dateSent.isValid() ? a.dateSent : a.dateCreated;
        const QDateTime tb = b.dateSent.isValid() ? b.dateSent : b.dateCreated;
        return ta == tb ? a.sid < b.sid : ta < tb;
    });
    for (const Message &m : fresh)
        handleInbound(line, m);
    refreshDeliveryStatus(line);
    return true;
}

void Engine::refreshDeliveryStatus(const BusinessLine &line)
{
    // The newest page of what this line sent: delivered, undelivered, failed.
    ConversationRepository conversations(m_db);
    MessageFilter sent;
    sent.from = line.e164;
    sent.sentOnOrAfter = QDateTime::currentDateTimeUtc().date().addDays(-1);
    sent.maxPages = 1;
    const auto listed = m_client->listMessages(sent);
    if (!listed) {
        providerError(QStringLiteral("list_sent_messages"), listed.error());
        return;
    }
    bool changed = false;
    for (const Message &m : listed.value()) {
        if (!m.isInbound())
            changed = conversations.updateStatus(m.sid, toString(m.status), m.numSegments) || changed;
    }
    if (changed)
        Q_EMIT storeChanged();
}

void Engine::handleInbound(const BusinessLine &line, const Message &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime sentAt = message.dateSent.isValid() ? message.dateSent
        : message.dateCreated.isValid()                 ? message.dateCreated
                                                        : now;
    ConversationRepository conversations(m_db);
    ContactRepository contacts(m_db);
    LeadRepository leads(m_db);
    OutboxRepository outbox(m_db);

    Transaction tx(m_db);
    const QString conversationId = conversations.ensure(line.e164, message.from, sentAt);
    if (conversationId.isEmpty())
        return;
    const QList<ConversationTurn> history = conversations.history(conversationId);
    // A reply cannot come before what it answers: provider times have whole
    // seconds, ours milliseconds, so keep the thread's order as it was read.
    QDateTime storedAt = sentAt;
    if (const auto existing = conversations.find(conversationId);
        existing && existing->lastMessageAt.isValid() && storedAt <= existing->lastMessageAt)
        storedAt = existing->lastMessageAt.addMSecs(1);
    StoredMessage stored;
    stored.sid = message.sid;
    stored.conversationId = conversationId;
    stored.inbound = true;
    stored.author = StoredMessage::Author::Caller;
    stored.body = message.body;
    stored.status = toString(message.status);
    stored.segments = message.numSegments;
    stored.createdAt = storedAt;
    bool inserted = false;
    if (!conversations.addMessage(stored, &inserted) || !inserted)
        return;
    if (m_importingHistory || sentAt.addSecs(120) < m_installedAt) {
        tx.commit(); // history: kept, never answered
        return;
    }

    Contact contact = contacts.get(message.from);
    const ConsentSignal consent = consentSignal(message.body, contact.optedOut);
    QJsonObject received{{QStringLiteral("message_sid"), message.sid},
                         {QStringLiteral("from"), message.from},
                         {QStringLiteral("to"), line.e164},
                         {QStringLiteral("conversation_id"), conversationId},
                         {QStringLiteral("body"), message.body}};
    auto finish = [&](const QString &handling) {
        received.insert(QStringLiteral("handling"), handling);
        if (tx.commit())
            emitEvent(QStringLiteral("reply_received"), received);
    };

    std::optional<Lead> lead = leads.byConversation(conversationId);
    if (consent == ConsentSignal::OptOut) {
        // Honoured at once: nothing more goes to them, not even an answer
        // (the carrier sends its own confirmation).
        contacts.setOptedOut(message.from, true, message.body.left(160), now);
        outbox.cancelPendingTo(message.from, QStringLiteral("opted_out"));
        if (lead) {
            LeadCard card = lead->card;
            card.kind = LeadCard::Kind::OptOut;
            card.score = LeadCard::Score::Cold;
            leads.updateCard(lead->id, card, now);
        }
        finish(QStringLiteral("opted_out"));
        return;
    }
    if (consent == ConsentSignal::OptIn) {
        contacts.setOptedOut(message.from, false, {}, now);
        finish(QStringLiteral("opted_in"));
        return;
    }
    if (consent == ConsentSignal::Help) {
        finish(QStringLiteral("help")); // the carrier answers HELP itself
        return;
    }
    if (contact.optedOut || contact.isBlocked) {
        finish(contact.optedOut ? QStringLiteral("opted_out") : QStringLiteral("blocked"));
        return;
    }
    const auto conversation = conversations.find(conversationId);
    if (conversation && !conversation->automation) {
        finish(QStringLiteral("person")); // a person has taken the thread over
        return;
    }

    ResponderInput input;
    input.business = m_config.business;
    input.callerNumber = message.from;
    input.history = history;
    input.card = lead ? lead->card : LeadCard{};
    if (!lead && !contact.name.isEmpty())
        input.card.name = contact.name;
    input.reply = message.body;
    const ResponderOutput output = m_responder->respond(input);

    bool created = false;
    if (!lead) {
        Lead fresh;
        fresh.id = Database::newId();
        fresh.conversationId = conversationId;
        fresh.callerNumber = message.from;
        fresh.card = output.card;
        fresh.createdAt = now;
        fresh.updatedAt = now;
        CallRepository calls(m_db);
        for (const StoredCall &c : calls.recent(50)) {
            if (c.call.from == message.from && c.businessNumber == line.e164) {
                fresh.callSid = c.call.sid;
                break;
            }
        }
        if (!leads.insert(fresh))
            return;
        created = true;
    } else if (!(lead->card == output.card)) {
        leads.updateCard(lead->id, output.card, now);
    }
    lead = leads.byConversation(conversationId);
    if (!lead)
        return;
    // The name the caller gave becomes the contact's, unless someone already named them.
    if (contact.name.isEmpty() && !lead->card.name.isEmpty()
        && (lead->card.kind == LeadCard::Kind::Lead || lead->card.kind == LeadCard::Kind::ExistingCustomer))
        contacts.setName(message.from, lead->card.name);

    if (output.answer && !output.answer->trimmed().isEmpty()) {
        OutboxItem reply;
        reply.dedupeKey = QStringLiteral("reply:") + message.sid;
        reply.purpose = OutboxItem::Purpose::Reply;
        reply.conversationId = conversationId;
        reply.to = message.from;
        reply.from = line.e164;
        reply.body = *output.answer;
        reply.createdAt = now;
        bool queued = false;
        if (!outbox.enqueue(reply, &queued))
            return;
    }
    const bool alert = shouldAlertOwner(*lead, created)
        || (output.ownerShouldCall && lead->alertedScore != QLatin1String("hot")
            && lead->card.kind == LeadCard::Kind::Lead);
    QString alertText;
    if (alert) {
        alertText = ownerAlertText(*lead, m_config.business.name);
        const QString score = toString(lead->card.score);
        leads.setAlertedScore(lead->id, output.ownerShouldCall ? QStringLiteral("hot") : score);
        if (!m_config.ownerCell.isEmpty()) {
            OutboxItem item;
            item.dedupeKey =
                QStringLiteral("alert:%1:%2").arg(lead->id, output.ownerShouldCall ? QStringLiteral("hot") : score);
            item.purpose = OutboxItem::Purpose::OwnerAlert;
            item.to = m_config.ownerCell;
            item.from = line.e164;
            item.body = alertText;
            item.createdAt = now;
            bool queued = false;
            if (!outbox.enqueue(item, &queued))
                return;
        }
    }
    received.insert(QStringLiteral("answered"), bool(output.answer));
    finish(QStringLiteral("responder"));

    const LeadCard &c = lead->card;
    emitEvent(QStringLiteral("lead_updated"),
              {{QStringLiteral("lead_id"), lead->id},
               {QStringLiteral("conversation_id"), conversationId},
               {QStringLiteral("caller"), message.from},
               {QStringLiteral("created"), created},
               {QStringLiteral("kind"), toString(c.kind)},
               {QStringLiteral("name"), c.name},
               {QStringLiteral("service"), c.service},
               {QStringLiteral("urgency"), toString(c.urgency)},
               {QStringLiteral("address"), c.address},
               {QStringLiteral("score"), toString(c.score)},
               {QStringLiteral("asks"), output.asks},
               {QStringLiteral("owner_alerted"), alert}});
    if (alert)
        Q_EMIT leadAlert(lead->id, alertText);
    flushOutbox();
}

void Engine::handleCallWebhook(const QHash<QString, QString> &params)
{
    if (!m_db.isOpen())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallRepository calls(m_db);
    Call leg = callFromParams(params);
    if (leg.sid.isEmpty())
        return;
    if (!m_config.provider.accountSid.isEmpty() && !leg.accountSid.isEmpty()
        && leg.accountSid != m_config.provider.accountSid)
        return; // another account's callback sent here by mistake

    QString parentSid = leg.parentCallSid.isEmpty() ? leg.sid : leg.parentCallSid;
    std::optional<Call> child;
    const QString dialStatus = params.value(QStringLiteral("DialCallStatus"));
    if (!dialStatus.isEmpty() && leg.parentCallSid.isEmpty()) {
        // The <Dial> action callback: CallSid is the parent; the dialled leg's result rides along.
        Call c;
        c.sid = params.value(QStringLiteral("DialCallSid"));
        c.parentCallSid = leg.sid;
        c.direction = QStringLiteral("outbound-dial");
        c.to = QString();
        c.from = leg.to;
        c.status = dialStatus == QLatin1String("answered") ? CallStatus::Completed : callStatusFromString(dialStatus);
        c.answeredBy = params.value(QStringLiteral("AnsweredBy"));
        c.endTime = now;
        if (!c.sid.isEmpty())
            child = c;
        // The action request itself says nothing final about the parent.
        leg.status = CallStatus::InProgress;
        leg.endTime = QDateTime();
    } else if (!leg.parentCallSid.isEmpty()) {
        child = leg;
    }

    const std::optional<StoredCall> parent = calls.find(parentSid);
    // A parent leg (or the <Dial> action, which names the parent) was made to one of our lines.
    const BusinessLine *line = leg.parentCallSid.isEmpty() ? lineFor(leg.to) : nullptr;
    if (!line && parent)
        line = lineFor(parent->businessNumber);
    if (!line) {
        // A child leg whose parent we have not seen yet: ask the provider for it.
        const auto fetched = m_client->fetchCall(parentSid);
        if (!fetched) {
            providerError(QStringLiteral("fetch_call"), fetched.error());
            return;
        }
        line = lineFor(fetched.value().to);
        if (!line)
            return;
        calls.upsert(fetched.value(), line->e164, now);
    }
    if (leg.parentCallSid.isEmpty())
        calls.upsert(leg, line->e164, now);
    if (child)
        calls.upsert(*child, line->e164, now);
    judge(*line, parentSid);
}

void Engine::handleSmsWebhook(const QHash<QString, QString> &params)
{
    if (!m_db.isOpen())
        return;
    const BusinessLine *line = lineFor(params.value(QStringLiteral("To")));
    if (!line)
        return;
    Message m;
    m.sid = params.value(QStringLiteral("MessageSid"), params.value(QStringLiteral("SmsSid")));
    m.from = params.value(QStringLiteral("From"));
    m.to = line->e164;
    m.body = params.value(QStringLiteral("Body"));
    m.direction = MessageDirection::Inbound;
    m.status = MessageStatus::Received;
    m.numSegments = params.value(QStringLiteral("NumSegments")).toInt();
    m.dateSent = QDateTime::currentDateTimeUtc();
    if (m.sid.isEmpty() || m.from.isEmpty())
        return;
    handleInbound(*line, m);
}

void Engine::configureWebhooks(const QUrl &voiceStatusUrl, const QUrl &smsUrl)
{
    const auto numbers = m_client->listIncomingNumbers();
    if (!numbers) {
        providerError(QStringLiteral("list_numbers"), numbers.error());
        return;
    }
    for (const BusinessLine &line : m_config.lines) {
        const auto it = std::find_if(numbers.value().begin(), numbers.value().end(),
                                     [&](const IncomingNumber &n) { return n.phoneNumber == line.e164; });
        if (it == numbers.value().end()) {
            emitEvent(QStringLiteral("provider_error"),
                      {{QStringLiteral("operation"), QStringLiteral("configure_webhooks")},
                       {QStringLiteral("kind"), QStringLiteral("not_found")},
                       {QStringLiteral("message"),
                        QStringLiteral("The account has no number %1; its calls cannot be watched.").arg(line.e164)}});
            continue;
        }
        const QString voice = voiceStatusUrl.toString(QUrl::FullyEncoded);
        const QString sms = smsUrl.toString(QUrl::FullyEncoded);
        if (it->statusCallback == voice && it->smsUrl == sms)
            continue;
        const auto updated = m_client->updateIncomingNumberWebhooks(it->sid, voice, sms);
        if (!updated)
            providerError(QStringLiteral("configure_webhooks"), updated.error());
        else
            emitEvent(QStringLiteral("webhooks_configured"),
                      {{QStringLiteral("number"), line.e164},
                       {QStringLiteral("status_callback"), voice},
                       {QStringLiteral("sms_url"), sms}});
    }
}

} // namespace Rebound::Core
