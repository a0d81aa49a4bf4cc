#pragma once

#include <QWizard>

#include <memory>

namespace Rebound::Core {
class AppSettings;
class SecretStore;
} // namespace Rebound::Core

namespace Rebound::Ui {

class CredentialsPage;
class WebhooksPage;
struct SetupState;

// Connects a Twilio (or SignalWire) account: provider, credentials checked
// live, numbers, wiring, business profile, templates, optional webhooks.
// On finish it writes the settings and puts the secret in the credential
// store; without a credential store it says so and refuses to finish.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId {
        ProviderPageId,
        CredentialsPageId,
        NumbersPageId,
        WiringPageId,
        BusinessPageId,
        TemplatesPageId,
        WebhooksPageId
    };

    SetupWizard(Core::AppSettings &settings, Core::SecretStore &secrets, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // Saves (asynchronously: the credential store may ask the person first)
    // and closes only when the secret is safely stored.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Settings and secret are saved: the app should reconnect with them.
    void accountConnected();

private:
    void onSecretWritten(bool ok, const QString &error);

    Core::AppSettings &m_settings;
    Core::SecretStore &m_secrets;
    std::unique_ptr<SetupState> m_state;
    CredentialsPage *m_credentials = nullptr;
    WebhooksPage *m_webhooks = nullptr;
    bool m_saving = false;
};

} // namespace Rebound::Ui
