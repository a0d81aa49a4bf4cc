#include "webhookspage.h"

#include "setupstate.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Rebound::Ui {

WebhooksPage::WebhooksPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("webhooksPage"));
    setTitle(tr("Instant notice (optional)"));
    setSubTitle(tr("Rebound checks for missed calls every few seconds, which works behind any router. You can skip "
                   "this page."));
    auto *intro = new QLabel(tr("If this computer can be reached from the internet at a public https address (for "
                                "example through a tunnel), Twilio can tell Rebound about each call and text the "
                                "moment it happens. Rebound checks every request's signature, and keeps polling "
                                "slowly as a safety net."),
                             this);
    intro->setWordWrap(true);
    m_enabled = new QCheckBox(tr("&Use webhooks"), this);
    m_enabled->setObjectName(QStringLiteral("webhooksEnabledCheck"));
    m_enabled->setChecked(state.webhooksEnabled);
    m_url = new QLineEdit(state.webhookPublicUrl, this);
    m_url->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://rebound.example.com"));
    m_url->setAccessibleName(tr("Public address"));
    m_listen = new QLineEdit(state.webhookListen, this);
    m_listen->setObjectName(QStringLiteral("webhookListenEdit"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8787"));
    m_listen->setAccessibleName(tr("Listen on this computer at"));
    m_listen->setToolTip(tr("The local address and port your tunnel forwards to."));
    // Twilio signs webhooks with the account's auth token, never with an API
    // key's secret, so signing in with a key needs the token here too.
    m_authToken = new QLineEdit(this);
    m_authToken->setObjectName(QStringLiteral("webhookAuthTokenEdit"));
    m_authToken->setEchoMode(QLineEdit::Password);
    m_authToken->setAccessibleName(tr("Account auth token"));
    m_authToken->setToolTip(tr("Twilio signs each webhook with the account's auth token; Rebound checks every "
                               "signature with it. It is kept in this computer's credential store."));
    m_authTokenLabel = new QLabel(tr("Account auth &token:"), this);
    m_authTokenLabel->setBuddy(m_authToken);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("webhookError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("finishStatus"));
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    form->addRow(tr("Public &address:"), m_url);
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(m_authTokenLabel, m_authToken);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_saveStatus);

    connect(m_enabled, &QCheckBox::toggled, this, &WebhooksPage::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &WebhooksPage::updateState);
    connect(m_listen, &QLineEdit::textChanged, this, &WebhooksPage::updateState);
    connect(m_authToken, &QLineEdit::textChanged, this, &WebhooksPage::updateState);
    updateState();
}

void WebhooksPage::initializePage()
{
    updateState();
}

WebhooksPage::~WebhooksPage() = default;

QString WebhooksPage::problem() const
{
    if (!m_enabled->isChecked())
        return {};
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    // Twilio posts caller numbers and message text here: it must be encrypted.
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return tr("Type the public address, starting with https://.");
    const QString listen = m_listen->text().trimmed();
    const int colon = int(listen.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    const QString host = colon > 0 ? listen.left(colon) : QString();
    if (!portOk || port < 1 || port > 65535 || (host != QLatin1String("localhost") && QHostAddress(host).isNull()))
        return tr("\"Listen on\" is an address and port on this computer, e.g. 127.0.0.1:8787.");
    if (!m_state.apiKeySid.isEmpty() && m_authToken->text().trimmed().isEmpty())
        return tr("You sign in with an API key, but Twilio signs webhooks with the account's auth token: type "
                  "it too.");
    return {};
}

void WebhooksPage::updateState()
{
    m_url->setEnabled(m_enabled->isChecked());
    m_listen->setEnabled(m_enabled->isChecked());
    const bool needsToken = !m_state.apiKeySid.isEmpty();
    m_authToken->setVisible(needsToken);
    m_authTokenLabel->setVisible(needsToken);
    m_authToken->setEnabled(m_enabled->isChecked());
    m_error->setText(problem());
    Q_EMIT completeChanged();
}

bool WebhooksPage::isComplete() const
{
    return problem().isEmpty();
}

bool WebhooksPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state.webhooksEnabled = m_enabled->isChecked();
    m_state.webhookPublicUrl = m_url->text().trimmed();
    m_state.webhookListen = m_listen->text().trimmed();
    m_state.webhookAuthToken =
        m_enabled->isChecked() && !m_state.apiKeySid.isEmpty() ? m_authToken->text().trimmed() : QString();
    return true;
}

void WebhooksPage::setSaveStatus(const QString &text)
{
    m_saveStatus->setText(text);
}

} // namespace Rebound::Ui
