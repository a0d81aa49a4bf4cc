#pragma once

#include "config/appsettings.h"
#include "config/secretstore.h"
#include "engine/engineevent.h"
#include "qualify/llmresponder.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace Rebound::Core {
class Engine;
struct EngineConfig;
class Responder;
class SandboxServer;
class SandboxScenario;
} // namespace Rebound::Core

namespace Rebound::Ui {
class DataSource;
class MainWindow;
class Notifier;
class TrayIcon;
} // namespace Rebound::Ui

namespace Rebound::App {

// Wires the desktop app: the engine on its thread (against the account, or
// the built-in sandbox in demo mode), the window and its data source, the
// tray, notifications and the setup wizard. It never waits on those threads:
// starting, switching and stopping are messages, and the next step runs when
// the answer comes back.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(Core::AppSettings &settings, Core::SecretStore &secrets, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    Ui::MainWindow *window() const { return m_window.get(); }
    bool isDemo() const { return m_demo; }
    QString databasePath() const { return m_databasePath; }
    void showWindow();
    void openSetupWizard();
    // "Test my setup" for the account (or the demo) the engine runs on.
    void openSelfTest();
    // Stops the engine and the demo on their threads, then quits the app.
    void quit();
    // True while an engine or sandbox thread is still winding down.
    bool isStopping() const { return !m_stopping.isEmpty(); }
    Core::Engine *engine() const;
    Ui::Notifier *notifier() const { return m_notifier.get(); }

    // Desktop notifications in one demo run: enough to show them, not a stream.
    static constexpr int DemoNotificationLimit = 3;

Q_SIGNALS:
    void languageChangeRequested(const QString &language);
    // The engine has opened its database and started (after start() or a new account).
    void engineStarted();
    // Everything has stopped after quit(); the app's event loop ends next.
    void finished();

private:
    // `accountProblem`: why a saved account is not used, said in the status line.
    void startDemo(const QString &accountProblem = {});
    void launchDemo(int generation);
    void continueDemo(int generation, const QUrl &baseUrl);
    void startAccount(const QString &secret);
    void useSharedDatabase(const QString &location, const QString &password, const QString &seatName);
    void startAccountWithAssistant(const QString &secret);
    void startAccountWith(const QString &secret, const std::optional<Core::LlmResponder::Options> &assistant);
    void startAccountNow(const QString &secret, const std::optional<Core::LlmResponder::Options> &assistant);
    void launchAccount(const QString &secret, const std::optional<Core::LlmResponder::Options> &assistant);
    void startEngine(const Core::EngineConfig &config, std::unique_ptr<Core::Responder> responder);
    void onEngineOpened(int generation, Core::Engine *engine, const Core::EngineConfig &config, bool opened,
                        const QString &error);
    void onLeadAlert(const QString &leadId, const QString &summary);
    void showAccount(const QString &name, const QString &problem, const QString &line, int lines);
    void showConnection(const QString &account);
    void stopEngine();
    void stopSandbox();
    // Runs `next` once every stopping thread has finished (at once when none is).
    void whenStopped(std::function<void()> next);
    void onThreadFinished(QThread *thread);
    void onEvent(const Core::EngineEvent &event);
    void scheduleRefresh();

    Core::AppSettings &m_settings;
    Core::SecretStore &m_secrets;
    std::unique_ptr<Ui::DataSource> m_data;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::TrayIcon> m_tray;
    std::unique_ptr<Ui::Notifier> m_notifier;
    QThread *m_engineThread = nullptr;
    QThread *m_sandboxThread = nullptr;
    QSet<QThread *> m_stopping;
    QList<std::function<void()>> m_afterStopped;
    // Bumped by every start and stop: an answer from an engine or sandbox that has
    // since been replaced is ignored.
    int m_generation = 0;
    int m_demoNotifications = 0;
    QString m_demoReason; // why the demo runs instead of a saved account; empty: none saved
    QString m_accountText; // the status line's account part
    QString m_connectionNote; // and what is known about webhooks
    bool m_quitting = false;
    QPointer<Core::Engine> m_engine;
    Core::EngineConfig m_engineConfig; // the one the engine was last started with
    QPointer<Core::SandboxServer> m_sandbox;
    QPointer<Core::SandboxScenario> m_scenario;
    QTimer m_refresh;
    QString m_databasePath;
    // With an API key: the account auth token webhooks are signed with (empty: none stored).
    QString m_webhookSigningToken;
    bool m_demo = false;
    bool m_toldAboutSettings = false;
};

} // namespace Rebound::App
