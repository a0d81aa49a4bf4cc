#include "engine.h"

#include "callwatcher.h"
#include "conversationhandler.h"
#include "enginecontext.h"
#include "missedcallhandler.h"
#include "outboxsender.h"
#include "undeliveredtexthandler.h"

#include "../domain/deliveryfailure.h"
#include "../domain/phonenumber.h"
#include "../provider/twilioclient.h"
#include "../store/changelistener.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"
#include "../store/enginelease.h"
#include "../store/outboxrepository.h"
#include "../store/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEngine, "rebound.engine", QtInfoMsg)

namespace Rebound::Core {

namespace {
const auto kInstalledAtKey = QStringLiteral("engine.installed_at");

QString polledKey(const BusinessLine &line)
{
    return QStringLiteral("lines.%1.first_polled_at").arg(line.e164);
}

QString defaultHolderLabel()
{
    return QStringLiteral("%1 on %2 (pid %3)")
        .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("Rebound")
                                                           : QCoreApplication::applicationName(),
             QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
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
    if (m_config.holderLabel.isEmpty())
        m_config.holderLabel = defaultHolderLabel();
}

Engine::~Engine()
{
    // Going away on purpose: a standby need not wait for the lease to expire.
    if (m_holding && m_lease)
        m_lease->release();
}

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
    QDateTime installedAt = Database::fromText(settings.value(kInstalledAtKey));
    if (!installedAt.isValid()) {
        installedAt = QDateTime::currentDateTimeUtc();
        settings.setValue(kInstalledAtKey, Database::toText(installedAt));
    }
    // On a shared database, a seat's reply, flag or takeover reaches every
    // other seat's window, and the holder sends a queued reply, at once.
    if (m_db.isPostgres()) {
        m_changes = std::make_unique<ChangeListener>();
        connect(m_changes.get(), &ChangeListener::changed, this, &Engine::onStoreChangedElsewhere);
        QString listenError;
        if (!m_changes->start(m_config.databasePath, &listenError))
            qCWarning(lcEngine) << "other seats' changes show on the next refresh only:" << listenError;
    }
    m_ctx.reset(new EngineContext{m_db, *m_client, m_config, installedAt, false, {}, {}, {}, {}});
    m_ctx->emitEvent = [this](const QString &type, QJsonObject fields) { emitEvent(type, std::move(fields)); };
    m_ctx->storeChanged = [this] { Q_EMIT storeChanged(); };
    m_ctx->flushOutbox = [this] { flushOutbox(); };
    m_ctx->leadAlert = [this](const QString &leadId, const QString &summary) {
        if (m_config.desktopAlerts)
            Q_EMIT leadAlert(leadId, summary);
    };

    m_lease = std::make_unique<EngineLease>(m_db, Database::newId(), m_config.holderLabel);
    OutboxSender::Options options;
    options.holderId = m_lease->id();
    options.reconcileGrace = m_config.provider.requestTimeout + m_config.listLag;
    // A long flush (slow answers, many texts) renews the lease as it goes.
    options.keepLease = [this] { return checkLease(); };
    options.onGaveUp = [this](const OutboxItem &item, const QString &reason, int errorCode) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The inbox shows the text that never went, where it would have stood.
        if (!item.conversationId.isEmpty()) {
            ConversationRepository conversations(m_db);
            StoredMessage m;
            m.conversationId = item.conversationId;
            m.inbound = false;
            m.author = item.purpose == OutboxItem::Purpose::Manual ? StoredMessage::Author::Person
                                                                   : StoredMessage::Author::Automation;
            m.body = item.body;
            m.status = QStringLiteral("failed");
            m.createdAt = now;
            bool inserted = false;
            conversations.addMessage(m, &inserted);
        }
        // A number that cannot take texts: a "call them back" card, and the owner told why.
        if (UndeliveredTextHandler(*m_ctx).handle(item, errorCode)) {
            Q_EMIT storeChanged();
            return;
        }
        // A caller nobody could text back is a lead the owner must call.
        if (item.purpose == OutboxItem::Purpose::TextBack && !m_config.ownerCell.isEmpty()) {
            OutboxRepository outbox(m_db);
            OutboxItem alert;
            alert.dedupeKey = QStringLiteral("failed:") + item.id;
            alert.purpose = OutboxItem::Purpose::OwnerAlert;
            alert.to = m_config.ownerCell;
            alert.from = item.from;
            alert.body = QStringLiteral("Rebound could not text back %1 (%2). Please call them.")
                             .arg(PhoneNumber::fromE164(item.to).display(), reason.left(80));
            alert.createdAt = now;
            bool queued = false;
            outbox.enqueue(alert, &queued);
        }
        Q_EMIT storeChanged();
    };
    m_sender = std::make_unique<OutboxSender>(m_db, *m_client, std::move(options),
                                              [this](EngineEvent e) { Q_EMIT eventOccurred(e); });
    m_sender->setStatusCallback(m_smsStatusUrl);
    m_missed = std::make_unique<MissedCallHandler>(*m_ctx);
    m_calls = std::make_unique<CallWatcher>(*m_ctx, *m_missed);
    m_conversations = std::make_unique<ConversationHandler>(*m_ctx, *m_responder);
    return true;
}

void Engine::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Engine::pollOnce);
        m_leaseTimer = new QTimer(this);
        connect(m_leaseTimer, &QTimer::timeout, this, &Engine::onLeaseTimer);
        m_followTimer = new QTimer(this);
        m_followTimer->setTimerType(Qt::PreciseTimer);
        m_followTimer->setSingleShot(true);
        connect(m_followTimer, &QTimer::timeout, this, &Engine::followCalls);
    }
    m_started = true;
    m_leaseTimer->start(int(std::max<qint64>(100, m_config.leaseTtl.count() / 3)));
    QJsonArray lines;
    for (const BusinessLine &line : m_config.lines)
        lines.append(
            QJsonObject{{QStringLiteral("number"), line.e164}, {QStringLiteral("wiring"), toString(line.wiring)}});
    emitEvent(QStringLiteral("engine_started"),
              {{QStringLiteral("lines"), lines},
               {QStringLiteral("poll_interval_ms"), double(m_config.pollInterval.count())},
               {QStringLiteral("follow_interval_ms"), double(m_config.followInterval.count())},
               {QStringLiteral("installed_at"), m_ctx ? Database::toText(m_ctx->installedAt) : QString()},
               {QStringLiteral("holder"), m_config.holderLabel}});
    // Carriers still block the business's texts until a text gets through again.
    if (m_db.isOpen()) {
        SettingsRepository settings(m_db);
        const QJsonObject problem =
            QJsonDocument::fromJson(settings.value(UndeliveredTextHandler::registrationProblemKey()).toUtf8()).object();
        if (!problem.isEmpty())
            emitEvent(QStringLiteral("registration_needed"),
                      {{QStringLiteral("number"), problem.value(QStringLiteral("number"))},
                       {QStringLiteral("error_code"), problem.value(QStringLiteral("code"))},
                       {QStringLiteral("url"), QString::fromLatin1(a2pRegistrationUrl)}});
    }
    onLeaseTimer();
}

void Engine::stop()
{
    if (m_timer) {
        m_timer->stop();
        m_leaseTimer->stop();
        m_followTimer->stop();
    }
    m_started = false;
    if (m_holding && m_lease) {
        m_lease->release();
        m_holding = false;
    }
    emitEvent(QStringLiteral("engine_stopped"), {});
}

void Engine::interrupt()
{
    m_client->cancel();
}

bool Engine::checkLease()
{
    if (!m_lease)
        return false;
    const QDateTime now = m_db.now();
    if (m_holding) {
        if (m_lease->renew(now, m_config.leaseTtl))
            return true;
        // Another engine took over (this one stalled past the lease): stand by.
        m_holding = false;
        if (m_timer) {
            m_timer->stop();
            m_followTimer->stop();
        }
        const auto holder = m_lease->current();
        m_standbyHolder = holder ? holder->label : QString();
        emitEvent(QStringLiteral("lease_lost"), {{QStringLiteral("holder"), m_standbyHolder}});
        Q_EMIT leaseChanged(false, m_standbyHolder);
        return false;
    }
    if (!m_lease->acquire(now, m_config.leaseTtl)) {
        const auto holder = m_lease->current();
        const QString label = holder ? holder->label : QString();
        if (label != m_standbyHolder || !m_started) {
            m_standbyHolder = label;
            emitEvent(QStringLiteral("engine_standby"), {{QStringLiteral("holder"), label}});
            Q_EMIT leaseChanged(false, label);
        }
        return false;
    }
    m_holding = true;
    m_standbyHolder.clear();
    emitEvent(QStringLiteral("lease_acquired"), {{QStringLiteral("holder"), m_config.holderLabel}});
    Q_EMIT leaseChanged(true, m_config.holderLabel);
    if (m_voiceStatusUrl.isValid())
        configureWebhooks(m_voiceStatusUrl, m_smsUrl);
    return true;
}

void Engine::onLeaseTimer()
{
    if (!m_db.isOpen() || m_polling)
        return;
    const bool wasHolding = m_holding;
    if (!checkLease())
        return;
    if (m_started && m_timer && !m_timer->isActive())
        m_timer->start(int(std::max<qint64>(200, m_config.pollInterval.count())));
    if (!wasHolding)
        pollOnce(); // taking over: look at once
}

void Engine::applySettings(const EngineSettings &settings)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_polling) {
        // The pass in progress reads the config by reference: change it between passes.
        m_pendingSettings = settings;
        return;
    }
    const bool intervalChanged = settings.pollInterval != m_config.pollInterval;
    m_config.pollInterval = settings.pollInterval;
    m_config.ownerCell = settings.ownerCell;
    m_config.desktopAlerts = settings.desktopAlerts;
    m_config.rules = settings.rules;
    if (settings.business)
        m_config.business = *settings.business;
    if (m_config.rules.businessName.isEmpty())
        m_config.rules.businessName =
            m_config.business.name.isEmpty() ? QStringLiteral("our office") : m_config.business.name;
    if (intervalChanged)
        restartPollTimer();
    emitEvent(QStringLiteral("settings_applied"),
              {{QStringLiteral("poll_interval_ms"), double(m_config.pollInterval.count())}});
}

void Engine::restartPollTimer()
{
    // A running timer keeps its old interval until restarted; a stopped one
    // (standing by) picks the new one up when it starts.
    if (m_timer && m_timer->isActive())
        m_timer->start(int(std::max<qint64>(200, m_config.pollInterval.count())));
}

void Engine::setWebhookUrls(const QUrl &voiceStatusUrl, const QUrl &smsUrl, const QUrl &smsStatusUrl)
{
    m_voiceStatusUrl = voiceStatusUrl;
    m_smsUrl = smsUrl;
    m_smsStatusUrl = smsStatusUrl.isValid() ? smsStatusUrl.toString(QUrl::FullyEncoded) : QString();
    if (m_sender)
        m_sender->setStatusCallback(m_smsStatusUrl);
    if (m_holding)
        configureWebhooks(voiceStatusUrl, smsUrl);
}

void Engine::emitEvent(const QString &type, QJsonObject fields)
{
    Q_EMIT eventOccurred(EngineEvent{type, QDateTime::currentDateTimeUtc(), std::move(fields)});
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
    if (!outbox.enqueue(item, &queued) || !conversations.setAutomation(conversationId, false, m_config.seatName)
        || !tx.commit())
        return;
    Q_EMIT storeChanged();
    flushOutbox();
}

void Engine::setAutomation(const QString &conversationId, bool on)
{
    ConversationRepository conversations(m_db);
    if (conversations.setAutomation(conversationId, on, m_config.seatName))
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

bool Engine::isFirstPoll(const BusinessLine &line)
{
    SettingsRepository settings(m_db);
    return settings.value(polledKey(line)).isEmpty();
}

void Engine::pollOnce()
{
    // A webhook handled inside a slow poll must not start a second one.
    if (m_polling || !m_db.isOpen() || !m_ctx)
        return;
    // Renewed before every pass, so a standby cannot take over from an
    // engine that is merely busy, and a stalled one learns it was replaced.
    const bool wasHolding = m_holding;
    if (!checkLease())
        return;
    if (!wasHolding && m_started && m_timer && !m_timer->isActive())
        m_timer->start(int(std::max<qint64>(200, m_config.pollInterval.count())));
    m_polling = true;
    bool allRead = true;
    for (const BusinessLine &line : m_config.lines) {
        const bool first = isFirstPoll(line);
        m_ctx->importingHistory = first;
        if (first)
            Q_EMIT historyImportRunning(true);
        // Texts first: a STOP that came in before a call must be known when the call is judged.
        const bool messagesRead = m_conversations->poll(line);
        const bool callsRead = m_calls->poll(line);
        m_ctx->importingHistory = false;
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
    scheduleFollow(anyCallsToFollow());
    Q_EMIT polled(QDateTime::currentDateTimeUtc(), allRead);
    if (m_pendingSettings) {
        const EngineSettings settings = *std::exchange(m_pendingSettings, std::nullopt);
        applySettings(settings);
    }
}

void Engine::followCalls()
{
    if (m_polling || !m_holding || !m_ctx)
        return;
    m_polling = true;
    bool going = false;
    for (const BusinessLine &line : m_config.lines)
        going = m_calls->follow(line) || going;
    flushOutbox();
    m_polling = false;
    scheduleFollow(going);
}

bool Engine::anyCallsToFollow() const
{
    return m_calls && m_config.followInterval.count() > 0
        && std::any_of(m_config.lines.begin(), m_config.lines.end(),
                       [this](const BusinessLine &line) { return m_calls->hasCallsToFollow(line); });
}

void Engine::scheduleFollow(bool going)
{
    if (!m_followTimer || !m_started || !m_holding || m_config.followInterval.count() <= 0)
        return;
    if (!going)
        m_followTimer->stop();
    else if (!m_followTimer->isActive())
        m_followTimer->start(int(m_config.followInterval.count()));
}

void Engine::onStoreChangedElsewhere(const QSet<QString> &tables)
{
    Q_EMIT storeChanged();
    // A reply queued by another seat goes out now, not at the next poll. The
    // holder's own sends notify it too: a flush with nothing due does nothing.
    if (!m_holding || m_flushQueued || (!tables.isEmpty() && !tables.contains(QStringLiteral("outbox"))))
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_flushQueued = false;
        if (!m_polling)
            flushOutbox();
    });
}

void Engine::flushOutbox()
{
    if (m_sender && m_holding)
        m_sender->flush();
}

void Engine::handleCallWebhook(const QHash<QString, QString> &params)
{
    // A standby leaves the call to the holder, which polls it anyway.
    if (!m_db.isOpen() || !m_calls || !m_holding)
        return;
    m_calls->handleWebhook(params);
    scheduleFollow(anyCallsToFollow());
}

void Engine::handleSmsWebhook(const QHash<QString, QString> &params)
{
    if (!m_db.isOpen() || !m_conversations || !m_holding)
        return;
    m_conversations->handleWebhook(params);
}

void Engine::handleMessageStatusWebhook(const QHash<QString, QString> &params)
{
    if (!m_db.isOpen() || !m_conversations || !m_holding)
        return;
    m_conversations->handleStatusWebhook(params);
    // An owner alert the status called for goes out now.
    flushOutbox();
}

void Engine::configureWebhooks(const QUrl &voiceStatusUrl, const QUrl &smsUrl)
{
    const auto numbers = m_client->listIncomingNumbers();
    if (!numbers) {
        m_ctx->providerError(QStringLiteral("list_numbers"), numbers.error());
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
            m_ctx->providerError(QStringLiteral("configure_webhooks"), updated.error());
        else
            emitEvent(QStringLiteral("webhooks_configured"),
                      {{QStringLiteral("number"), line.e164},
                       {QStringLiteral("status_callback"), voice},
                       {QStringLiteral("sms_url"), sms}});
    }
}

} // namespace Rebound::Core
