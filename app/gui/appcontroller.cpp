#include "appcontroller.h"

#include "data/datasource.h"
#include "dialogs/assistantdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/selftestdialog.h"
#include "mainwindow.h"
#include "pages/settingspage.h"
#include "tray/notifier.h"
#include "tray/trayicon.h"
#include "wizard/setupwizard.h"

#include "config/privatefiles.h"
#include "domain/phonenumber.h"
#include "engine/engine.h"
#include "provider/twilioclient.h"
#include "provider/webhooklistener.h"
#include "qualify/llmresponder.h"
#include "qualify/qualifier.h"
#include "sandbox/sandboxscenario.h"
#include "sandbox/sandboxserver.h"
#include "store/database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcApp, "rebound.app", QtInfoMsg)

namespace Rebound::App {

using namespace Rebound::Core;

namespace {
QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    PrivateFiles::makeFolder(dir);
    return dir;
}

// The built-in rules, behind the conversation assistant when one is set up.
std::unique_ptr<Responder> makeResponder(const std::optional<LlmResponder::Options> &assistant)
{
    std::unique_ptr<Responder> rules = std::make_unique<Qualifier>();
    if (!assistant)
        return rules;
    return std::make_unique<LlmResponder>(*assistant, std::move(rules));
}
} // namespace

AppController::AppController(AppSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_data(std::make_unique<Ui::DataSource>())
{
    m_window = std::make_unique<Ui::MainWindow>(m_settings, m_data.get());
    // Many engine changes arrive in bursts; the window reloads at most a few times a second.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, m_data.get(), &Ui::DataSource::refreshAll);
    connect(m_data.get(), &Ui::DataSource::countsLoaded, this, [this](const InboxCounts &counts) {
        if (m_tray)
            m_tray->setBadge(counts.unreadMessages + counts.newLeads);
    });
    connect(m_window.get(), &Ui::MainWindow::connectAccountRequested, this, &AppController::openSetupWizard);
    connect(m_window->settingsPage(), &Ui::SettingsPage::setupWizardRequested, this, &AppController::openSetupWizard);
    connect(m_window->settingsPage(), &Ui::SettingsPage::selfTestRequested, this, &AppController::openSelfTest);
    connect(m_window->settingsPage(), &Ui::SettingsPage::assistantSetupRequested, this, [this] {
        auto *dialog = new Ui::AssistantDialog(m_settings, m_secrets, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &Ui::AssistantDialog::assistantChanged, this, [this] {
            if (!m_demo)
                start(); // reads the secrets again and restarts the engine with the new responder
        });
        dialog->open();
    });
    connect(m_window->settingsPage(), &Ui::SettingsPage::sharedDatabaseChosen, this, &AppController::useSharedDatabase);
    connect(m_window->settingsPage(), &Ui::SettingsPage::seatNameChanged, this, [this] {
        if (!m_demo && m_settings.isConfigured())
            start(); // the engine names this desk's takeovers and its lease by it
    });
    connect(m_window->settingsPage(), &Ui::SettingsPage::languageChanged, this,
            &AppController::languageChangeRequested);
    // Edits on the settings page reach the running engine at once, on its own thread.
    connect(m_window->settingsPage(), &Ui::SettingsPage::settingsChanged, this, [this] {
        if (!m_engine)
            return;
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, next = m_settings.engineSettings(), demo = m_demo]() mutable {
                if (!engine)
                    return;
                // The demo keeps its own business and owner; it takes the rest to show them working.
                if (demo) {
                    next.ownerCell = engine->config().ownerCell;
                    next.rules.businessName = engine->config().rules.businessName;
                    next.business.reset();
                }
                engine->applySettings(next);
            },
            Qt::QueuedConnection);
    });

    if (Ui::TrayIcon::isAvailable()) {
        m_tray = std::make_unique<Ui::TrayIcon>();
        connect(m_tray.get(), &Ui::TrayIcon::openRequested, this, &AppController::showWindow);
        connect(m_tray.get(), &Ui::TrayIcon::quitRequested, this, &AppController::quit);
        m_window->setCloseHidesToTray(true);
        connect(m_window.get(), &Ui::MainWindow::hiddenToTray, this, [this] {
            if (m_settings.trayHintShown())
                return;
            m_settings.setTrayHintShown(true);
            m_notifier->notify(tr("Rebound is still running"),
                               tr("Missed calls are still texted back while the window is closed. Quit from this "
                                  "icon's menu."));
        });
        m_tray->show();
    }
    // Without a tray (stock GNOME) closing the window quits, once the person has read that texting stops.
    connect(m_window.get(), &Ui::MainWindow::quitRequested, this, &AppController::quit);
    m_notifier = std::make_unique<Ui::Notifier>(m_tray.get());
    connect(m_notifier.get(), &Ui::Notifier::leadRequested, this, [this](const QString &id) {
        showWindow();
        m_window->openLead(id);
    });
    connect(m_notifier.get(), &Ui::Notifier::openRequested, this, &AppController::showWindow);
}

AppController::~AppController()
{
    // The last resort when the app ends without quit(): the threads must not outlive their objects.
    stopEngine();
    stopSandbox();
    for (QThread *thread : std::as_const(m_stopping))
        thread->wait();
}

void AppController::start()
{
    if (m_settings.recoveredFromCorruption() && !m_toldAboutSettings) {
        m_toldAboutSettings = true;
        QMessageBox::warning(m_window.get(), tr("Settings reset"),
                             tr("Rebound's settings file could not be read, so it started with the defaults. The "
                                "damaged file was kept as %1.")
                                 .arg(QDir::toNativeSeparators(m_settings.corruptBackupPath())));
    }
    if (!m_settings.isConfigured()) {
        startDemo();
        return;
    }
    m_window->setConnectionText(tr("Reading the saved credentials…"));
    m_secrets.read(SecretStore::providerSecretKey(m_settings.accountSid()), [this](const SecretStore::Result &r) {
        if (r.ok && !r.value.isEmpty()) {
            startAccount(r.value);
            return;
        }
        qCWarning(lcApp) << "no saved credentials:" << r.error;
        startDemo(r.error);
    });
}

void AppController::useSharedDatabase(const QString &location, const QString &password, const QString &seatName)
{
    auto apply = [this, location, seatName] {
        m_settings.setSharedDatabase(location);
        m_settings.setSeatName(seatName);
        m_settings.sync();
        m_window->settingsPage()->reload();
        if (m_settings.isConfigured())
            start(); // the engine and the windows move to the new database
    };
    if (password.isEmpty() || location.isEmpty()) {
        apply();
        return;
    }
    m_secrets.write(AppSettings::databaseSecretKey(), password, [this, apply](const SecretStore::Result &r) {
        if (!r.ok) {
            QMessageBox::warning(
                m_window.get(), tr("Rebound"),
                tr("The database password could not be saved in the credential store: %1").arg(r.error));
            return;
        }
        apply();
    });
}

Engine *AppController::engine() const
{
    return m_engine;
}

void AppController::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::startDemo(const QString &accountProblem)
{
    m_demoReason = accountProblem;
    stopEngine();
    stopSandbox();
    const int generation = ++m_generation;
    m_window->setDemoMode(true);
    m_window->setConnectionText(tr("Starting the demo…"));
    whenStopped([this, generation] {
        if (generation == m_generation)
            launchDemo(generation);
    });
}

void AppController::launchDemo(int generation)
{
    m_demo = true;
    m_demoNotifications = 0;
    // The sandbox and its scenario run on their own thread, like the account's server would be elsewhere.
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("sandbox"));
    auto *sandbox = new SandboxServer;
    auto *scenario = new SandboxScenario(sandbox, SandboxScenario::Kind::Demo, SandboxScenario::Options{});
    sandbox->moveToThread(thread);
    scenario->moveToThread(thread);
    connect(thread, &QThread::finished, scenario, &QObject::deleteLater);
    connect(thread, &QThread::finished, sandbox, &QObject::deleteLater);
    m_sandbox = sandbox;
    m_scenario = scenario;
    m_sandboxThread = thread;
    thread->start();
    QMetaObject::invokeMethod(sandbox, [this, sandbox, generation] {
        sandbox->resetWorld();
        sandbox->start();
        const QUrl baseUrl = sandbox->baseUrl();
        QMetaObject::invokeMethod(
            this, [this, generation, baseUrl] { continueDemo(generation, baseUrl); }, Qt::QueuedConnection);
    });
}

void AppController::continueDemo(int generation, const QUrl &baseUrl)
{
    if (generation != m_generation)
        return;
    // A fresh demo each time: its own database, never the account's.
    m_databasePath = QDir(dataDir()).filePath(QStringLiteral("demo.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_databasePath + suffix);

    EngineConfig config;
    config.provider.baseUrl = baseUrl;
    config.provider.accountSid = QString::fromLatin1(SandboxServer::demoAccountSid);
    config.provider.secret = QString::fromLatin1(SandboxServer::demoAuthToken);
    config.lines = {BusinessLine{QString::fromLatin1(SandboxServer::demoBusinessNumber), Wiring::Forwarded}};
    config.databasePath = m_databasePath;
    config.pollInterval = std::chrono::milliseconds(2000);
    config.ownerCell = QString::fromLatin1(SandboxServer::demoOwnerCell);
    config.business.name = QStringLiteral("Demo Plumbing");
    config.business.trade = QStringLiteral("plumbing");
    config.rules.businessName = config.business.name;
    startEngine(config, makeResponder(std::nullopt));
}

void AppController::startAccount(const QString &secret)
{
    m_webhookSigningToken.clear();
    if (!m_settings.webhooksEnabled() || m_settings.apiKeySid().isEmpty()) {
        startAccountWithAssistant(secret);
        return;
    }
    // Twilio signs webhooks with the account's auth token, not the API key's secret.
    m_secrets.read(SecretStore::webhookSigningKey(m_settings.accountSid()),
                   [this, secret](const SecretStore::Result &r) {
                       m_webhookSigningToken = r.ok ? r.value : QString();
                       startAccountWithAssistant(secret);
                   });
}

void AppController::startAccountWithAssistant(const QString &secret)
{
    if (m_settings.assistantUrl().isEmpty()) {
        startAccountWith(secret, std::nullopt);
        return;
    }
    m_secrets.read(AppSettings::assistantSecretKey(), [this, secret](const SecretStore::Result &r) {
        LlmResponder::Options assistant;
        assistant.url = QUrl(m_settings.assistantUrl());
        assistant.model = m_settings.assistantModel();
        assistant.apiKey = r.ok ? r.value : QString();
        startAccountWith(secret, assistant);
    });
}

void AppController::startAccountWith(const QString &secret, const std::optional<LlmResponder::Options> &assistant)
{
    if (m_settings.sharedDatabase().isEmpty()) {
        startAccountNow(secret, assistant);
        return;
    }
    // A shared database's password is in the credential store, never in the settings file.
    m_secrets.read(AppSettings::databaseSecretKey(), [this, secret, assistant](const SecretStore::Result &r) {
        Database::setPostgresPassword(r.ok ? r.value : QString());
        startAccountNow(secret, assistant);
    });
}

void AppController::startAccountNow(const QString &secret, const std::optional<LlmResponder::Options> &assistant)
{
    stopEngine();
    stopSandbox();
    const int generation = ++m_generation;
    m_window->setConnectionText(tr("Connecting…"));
    whenStopped([this, generation, secret, assistant] {
        if (generation == m_generation)
            launchAccount(secret, assistant);
    });
}

void AppController::launchAccount(const QString &secret, const std::optional<LlmResponder::Options> &assistant)
{
    m_demo = false;
    m_accountText.clear();
    m_connectionNote.clear();
    // Every desk of a business with a shared database is a seat on it; otherwise this computer's own file.
    m_databasePath =
        m_settings.sharedDatabase().isEmpty() ? Database::defaultSqlitePath() : m_settings.sharedDatabase();
    EngineConfig config;
    config.seatName = m_settings.seatName();
    config.holderLabel = tr("%1 (Rebound on %2)").arg(config.seatName, QSysInfo::machineHostName());
    QString error;
    config.provider.baseUrl = ProviderConfig::normalizeBaseUrl(m_settings.baseUrl(), &error);
    config.provider.accountSid = m_settings.accountSid();
    config.provider.apiKeySid = m_settings.apiKeySid();
    config.provider.secret = secret;
    for (const ConfiguredLine &line : m_settings.lines())
        config.lines.append(BusinessLine{line.e164, line.wiring});
    config.databasePath = m_databasePath;
    config.pollInterval = std::chrono::seconds(m_settings.pollIntervalSeconds());
    config.ownerCell = m_settings.ownerCell();
    config.business = m_settings.business();
    config.rules.businessName = config.business.name;
    // The hours typed in the wizard or set in Settings choose the template.
    config.rules.hours = m_settings.openingHours();
    config.desktopAlerts = m_settings.desktopNotifications();
    config.rules.businessHoursTemplate = m_settings.businessHoursTemplate();
    config.rules.afterHoursTemplate = m_settings.afterHoursTemplate();
    if (m_settings.webhooksEnabled())
        config.webhookPublicUrl = QUrl(m_settings.webhookPublicUrl());
    m_window->setDemoMode(false);
    startEngine(config, makeResponder(assistant));
}

void AppController::openSelfTest()
{
    if (m_engineConfig.lines.isEmpty()) {
        Ui::MessageBox::information(m_window.get(), tr("Test my setup"),
                                    tr("Connect an account and choose its number first."));
        return;
    }
    SelfTestOptions options;
    options.line = m_engineConfig.lines.constFirst();
    options.ownerCell = m_engineConfig.ownerCell;
    options.rules = m_engineConfig.rules;
    // The demo business's customers dial its office line, which forwards to the demo number.
    if (m_demo)
        options.callNumber = QString::fromLatin1(SandboxServer::demoOfficeNumber);
    auto *dialog = new Ui::SelfTestDialog(m_engineConfig.provider, options, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppController::startEngine(const EngineConfig &config, std::unique_ptr<Core::Responder> responder)
{
    m_engineConfig = config;
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("engine"));
    auto *engine = new Engine(config, std::move(responder));
    engine->moveToThread(thread);
    connect(thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &Engine::eventOccurred, this, &AppController::onEvent);
    connect(engine, &Engine::eventOccurred, m_window.get(), &Ui::MainWindow::onEngineEvent);
    connect(engine, &Engine::polled, m_window.get(), &Ui::MainWindow::onPolled);
    connect(engine, &Engine::historyImportRunning, m_window.get(), &Ui::MainWindow::onHistoryImport);
    connect(engine, &Engine::leaseChanged, m_window.get(), &Ui::MainWindow::onLeaseChanged);
    connect(engine, &Engine::storeChanged, this, &AppController::scheduleRefresh);
    connect(engine, &Engine::leadAlert, this, &AppController::onLeadAlert);
    m_engine = engine;
    m_engineThread = thread;
    thread->start();
    // Opening the database runs the migrations: on the engine's thread, answered by a message.
    const int generation = m_generation;
    QMetaObject::invokeMethod(engine, [this, engine, config, generation] {
        QString error;
        const bool opened = engine->open(&error);
        QMetaObject::invokeMethod(
            this, [=, this] { onEngineOpened(generation, engine, config, opened, error); }, Qt::QueuedConnection);
    });
}

void AppController::onEngineOpened(int generation, Engine *engine, const EngineConfig &config, bool opened,
                                   const QString &error)
{
    if (generation != m_generation || engine != m_engine)
        return; // replaced or stopped while it opened
    if (!opened) {
        QMessageBox::critical(m_window.get(), tr("Rebound"), tr("The database could not be opened: %1").arg(error));
        return;
    }
    m_data->setDatabasePath(m_databasePath);
    m_window->setDatabasePath(m_databasePath);
    m_window->setEngine(engine);
    const QString listen = m_settings.webhookListen();
    const QString signingToken = config.provider.apiKeySid.isEmpty() ? config.provider.secret : m_webhookSigningToken;
    m_connectionNote.clear();
    if (!config.webhookPublicUrl.isEmpty() && signingToken.isEmpty()) {
        m_connectionNote = tr("webhooks are off: with an API key they need the account's auth token (run the setup "
                              "again)");
        showConnection(tr("Connected"));
    } else if (!config.webhookPublicUrl.isEmpty()) {
        // The listener lives with the engine, so a webhook is handled on the engine's thread.
        const QUrl publicUrl = config.webhookPublicUrl;
        const QString secret = signingToken;
        QMetaObject::invokeMethod(engine, [engine, publicUrl, secret, listen] {
            auto *listener = new WebhookListener(publicUrl, secret, engine);
            const QString host = listen.section(QLatin1Char(':'), 0, 0);
            const quint16 port = quint16(listen.section(QLatin1Char(':'), 1, 1).toUInt());
            // "localhost" is not an address QHostAddress reads: it means loopback.
            const QHostAddress address =
                host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host.isEmpty()
                ? QHostAddress(QHostAddress::LocalHost)
                : QHostAddress(host);
            if (address.isNull() || listener->start(address, port) == 0) {
                qCWarning(lcApp) << "cannot listen for webhooks on" << listen;
                return;
            }
            QObject::connect(listener, &WebhookListener::callStatusReceived, engine, &Engine::handleCallWebhook);
            QObject::connect(listener, &WebhookListener::messageReceived, engine, &Engine::handleSmsWebhook);
            QObject::connect(listener, &WebhookListener::messageStatusReceived, engine,
                             &Engine::handleMessageStatusWebhook);
            engine->setWebhookUrls(listener->voiceStatusUrl(), listener->smsUrl(), listener->smsStatusUrl());
        });
    }
    if (!m_demo) {
        // The account by the name its owner gave it, with the line it watches: an SID says nothing.
        // Asked on the engine's thread, once, before its first poll.
        const ProviderConfig provider = config.provider;
        const QString line = config.lines.isEmpty() ? QString() : config.lines.constFirst().e164;
        const int lines = int(config.lines.size());
        QMetaObject::invokeMethod(engine, [this, engine, provider, line, lines, generation] {
            ProviderConfig quick = provider;
            quick.requestTimeout = std::chrono::seconds(10);
            TwilioClient client(quick);
            const auto account = client.fetchAccount();
            const QString name = account ? account.value().friendlyName : QString();
            const QString problem = account ? QString() : account.error().describe();
            QMetaObject::invokeMethod(
                this,
                [this, engine, name, problem, line, lines, generation] {
                    if (generation == m_generation && engine == m_engine)
                        showAccount(name, problem, line, lines);
                },
                Qt::QueuedConnection);
        });
    }
    QMetaObject::invokeMethod(engine, &Engine::start);
    if (m_demo) {
        m_window->setConnectionText(m_demoReason.isEmpty()
                                        ? tr("Demo mode: built-in sandbox")
                                        : tr("Demo mode — the saved account could not be used: %1").arg(m_demoReason));
        // The scenario's callers ring once the engine is there to see them.
        if (m_scenario)
            QMetaObject::invokeMethod(m_scenario, [s = m_scenario] { s->start(); });
    }
    m_data->refreshAll();
    Q_EMIT engineStarted();
}

void AppController::showAccount(const QString &name, const QString &problem, const QString &line, int lines)
{
    const PhoneNumber number = PhoneNumber::fromE164(line);
    const QString shown = number.isValid() ? number.display() : line;
    const QString numbers = lines > 1 ? tr("%1 and %n other number(s)", nullptr, lines - 1).arg(shown) : shown;
    if (!problem.isEmpty()) {
        showConnection(tr("Watching %1 — the account could not be read: %2").arg(numbers, problem));
        return;
    }
    showConnection(name.isEmpty() ? tr("Connected · %1").arg(numbers)
                                  : tr("Connected to “%1” · %2").arg(name, numbers));
}

void AppController::showConnection(const QString &account)
{
    // The account line and what is known about webhooks arrive apart; each keeps the other.
    m_accountText = account;
    m_window->setConnectionText(m_connectionNote.isEmpty() ? m_accountText
                                                           : tr("%1; %2").arg(m_accountText, m_connectionNote));
}

void AppController::onLeadAlert(const QString &leadId, const QString &summary)
{
    if (m_demo && ++m_demoNotifications > DemoNotificationLimit)
        return; // the demo's later leads arrive quietly, on the leads page
    m_notifier->notifyLead(leadId, summary);
}

void AppController::stopEngine()
{
    if (!m_engineThread)
        return;
    QThread *thread = std::exchange(m_engineThread, nullptr);
    Engine *engine = m_engine;
    m_engine = nullptr;
    m_window->setEngine(nullptr);
    m_stopping.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread] { onThreadFinished(thread); });
    if (!engine) {
        thread->quit();
        return;
    }
    // Cut any request in flight short; the outbox finds out later what became of a send.
    engine->interrupt();
    QMetaObject::invokeMethod(engine, [engine, thread] {
        engine->stop();
        thread->quit();
    });
}

void AppController::stopSandbox()
{
    if (!m_sandboxThread)
        return;
    QThread *thread = std::exchange(m_sandboxThread, nullptr);
    QPointer<SandboxScenario> scenario = m_scenario;
    m_stopping.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread] { onThreadFinished(thread); });
    QMetaObject::invokeMethod(m_sandbox ? static_cast<QObject *>(m_sandbox.data()) : thread, [scenario, thread] {
        if (scenario)
            scenario->stop();
        thread->quit();
    });
}

void AppController::whenStopped(std::function<void()> next)
{
    if (m_stopping.isEmpty()) {
        next();
        return;
    }
    m_afterStopped.append(std::move(next));
}

void AppController::onThreadFinished(QThread *thread)
{
    if (!m_stopping.remove(thread))
        return;
    thread->deleteLater();
    if (!m_stopping.isEmpty())
        return;
    const QList<std::function<void()>> next = std::exchange(m_afterStopped, {});
    for (const auto &step : next)
        step();
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    ++m_generation;
    m_window->hide();
    stopEngine();
    stopSandbox();
    whenStopped([this] {
        Q_EMIT finished();
        QCoreApplication::quit();
    });
}

void AppController::onEvent(const EngineEvent &event)
{
    if (event.type == QLatin1String("webhooks_configured")) {
        m_connectionNote = tr("with webhooks");
        showConnection(m_accountText.isEmpty() ? tr("Connected") : m_accountText);
    }
}

void AppController::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void AppController::openSetupWizard()
{
    auto *wizard = new Ui::SetupWizard(m_settings, m_secrets, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &Ui::SetupWizard::accountConnected, this, [this] {
        m_window->settingsPage()->reload();
        m_secrets.read(SecretStore::providerSecretKey(m_settings.accountSid()), [this](const SecretStore::Result &r) {
            if (r.ok)
                startAccount(r.value);
        });
    });
    wizard->open();
}

} // namespace Rebound::App
