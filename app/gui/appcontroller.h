#pragma once

#include "config/appsettings.h"
#include "config/secretstore.h"
#include "engine/engineevent.h"
#include "qualify/llmresponder.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

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
class TrayIcon;
} // namespace Rebound::Ui

namespace Rebound::App {

// Wires the desktop app: the engine on its thread (against the account, or
// the built-in sandbox in demo mode), the window and its data source, the
// tray, and the setup wizard.
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

Q_SIGNALS:
    void languageChangeRequested(const QString &language);

private:
    void startDemo();
    void startAccount(const QString &secret);
    void startAccountWithAssistant(const QString &secret);
    void startAccountWith(const QString &secret, const std::optional<Core::LlmResponder::Options> &assistant);
    void startEngine(const Core::EngineConfig &config, std::unique_ptr<Core::Responder> responder);
    void stopEngine();
    void stopSandbox();
    void onEvent(const Core::EngineEvent &event);
    void scheduleRefresh();

    Core::AppSettings &m_settings;
    Core::SecretStore &m_secrets;
    std::unique_ptr<Ui::DataSource> m_data;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::TrayIcon> m_tray;
    QThread m_engineThread;
    QThread m_sandboxThread;
    QPointer<Core::Engine> m_engine;
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
