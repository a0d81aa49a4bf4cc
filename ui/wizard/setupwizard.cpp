#include "setupwizard.h"

#include "businesspage.h"
#include "credentialspage.h"
#include "numberspage.h"
#include "providerpage.h"
#include "setupstate.h"
#include "templatespage.h"
#include "webhookspage.h"
#include "wiringpage.h"

#include "dialogs/messagebox.h"

#include "config/appsettings.h"
#include "config/secretstore.h"

#include <QAbstractButton>
#include <QPointer>

namespace Rebound::Ui {

SetupWizard::SetupWizard(Core::AppSettings &settings, Core::SecretStore &secrets, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_state(std::make_unique<SetupState>(SetupState::fromSettings(settings)))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Connect your phone account"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Finish only on the last page: everything before it is needed to save.
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    m_credentials = new CredentialsPage(*m_state, this);
    m_webhooks = new WebhooksPage(*m_state, this);
    setPage(ProviderPageId, new ProviderPage(*m_state, this));
    setPage(CredentialsPageId, m_credentials);
    setPage(NumbersPageId, new NumbersPage(*m_state, this));
    setPage(WiringPageId, new WiringPage(*m_state, this));
    setPage(BusinessPageId, new BusinessPage(*m_state, this));
    setPage(TemplatesPageId, new TemplatesPage(*m_state, this));
    setPage(WebhooksPageId, m_webhooks);
    setStartId(ProviderPageId);
    const QFontMetrics fm = fontMetrics();
    setMinimumSize(fm.averageCharWidth() * 90, fm.lineSpacing() * 32);

    // Running the wizard again: offer the stored secret so only changes need typing.
    const QString sid = settings.accountSid();
    if (!sid.isEmpty()) {
        QPointer<SetupWizard> self(this);
        m_secrets.read(Core::SecretStore::providerSecretKey(sid), [self, sid](const Core::SecretStore::Result &r) {
            if (self && r.ok && !r.value.isEmpty())
                self->m_credentials->offerSavedSecret(sid, r.value);
        });
    }
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::accept()
{
    if (m_saving)
        return;
    if (currentId() != WebhooksPageId || !validateCurrentPage())
        return;
    m_saving = true;
    m_webhooks->setSaveStatus(tr("Saving the secret in this computer's credential store…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    // The secret goes first: with no safe place for it nothing is saved, so
    // the settings never point at an account the app can't sign in to.
    QPointer<SetupWizard> self(this);
    m_secrets.write(Core::SecretStore::providerSecretKey(m_state->accountSid), m_state->secret,
                    [self](const Core::SecretStore::Result &r) {
                        if (self)
                            self->onSecretWritten(r.ok, r.error);
                    });
}

void SetupWizard::onSecretWritten(bool ok, const QString &error)
{
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    if (!ok) {
        const QString message =
            tr("No credential store is available on this computer, so the token can't be saved safely. Rebound "
               "never writes it to its settings file. Install or unlock a credential store (the Windows "
               "Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux), then click Finish "
               "again.")
            + (error.isEmpty() ? QString() : QLatin1Char('\n') + tr("Details: %1").arg(error));
        m_webhooks->setSaveStatus(message);
        MessageBox::critical(this, tr("The token can't be saved"), message);
        return;
    }
    if (!m_state->webhookAuthToken.isEmpty()) {
        // Best effort after the main secret: without it the app says webhooks are off, and why.
        m_secrets.write(Core::SecretStore::webhookSigningKey(m_state->accountSid), m_state->webhookAuthToken,
                        [](const Core::SecretStore::Result &) {});
    }
    // A different account replaces the old one: its secrets leave the credential store too.
    const QString previousSid = m_settings.accountSid();
    if (!previousSid.isEmpty() && previousSid != m_state->accountSid) {
        m_secrets.remove(Core::SecretStore::providerSecretKey(previousSid), [](const Core::SecretStore::Result &) {});
        m_secrets.remove(Core::SecretStore::webhookSigningKey(previousSid), [](const Core::SecretStore::Result &) {});
    }
    m_state->writeTo(m_settings);
    m_webhooks->setSaveStatus(tr("Saved."));
    Q_EMIT accountConnected();
    QWizard::accept();
}

void SetupWizard::reject()
{
    // Closing mid-save would leave the credential store's answer with no one to hear it.
    if (m_saving)
        return;
    QWizard::reject();
}

} // namespace Rebound::Ui
