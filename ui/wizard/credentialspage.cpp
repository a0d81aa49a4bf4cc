#include "credentialspage.h"

#include "credentialcheck.h"
#include "setupstate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
using Provider = SetupState::Provider;

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

constexpr auto kTwilioSid = "^AC[0-9a-fA-F]{32}$";
constexpr auto kKeySid = "^SK[0-9a-fA-F]{32}$";
// SignalWire's Project IDs (its "AccountSid") are UUIDs.
constexpr auto kUuid = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
} // namespace

CredentialsPage::CredentialsPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_check(new CredentialCheck(this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    setTitle(tr("Sign in to your account"));
    setSubTitle(tr("Rebound checks them with the provider before going on."));

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("credentialsHelp"));
    m_help->setWordWrap(true);
    m_sid = new QLineEdit(state.accountSid, this);
    m_sid->setObjectName(QStringLiteral("accountSidEdit"));
    m_sid->setPlaceholderText(QStringLiteral("AC…"));
    m_tokenMode = new QRadioButton(tr("Auth &Token"), this);
    m_tokenMode->setObjectName(QStringLiteral("authTokenModeRadio"));
    m_keyMode = new QRadioButton(tr("API &key (recommended by Twilio)"), this);
    m_keyMode->setObjectName(QStringLiteral("apiKeyModeRadio"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_tokenMode);
    modeGroup->addButton(m_keyMode);
    (state.useApiKey ? m_keyMode : m_tokenMode)->setChecked(true);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_tokenMode);
    modes->addWidget(m_keyMode);
    modes->addStretch(1);
    m_keySid = new QLineEdit(state.apiKeySid, this);
    m_keySid->setObjectName(QStringLiteral("apiKeySidEdit"));
    m_keySid->setPlaceholderText(QStringLiteral("SK…"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("authTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_showToken = new QCheckBox(tr("Sh&ow"), this);
    m_showToken->setObjectName(QStringLiteral("showTokenCheck"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);

    m_sidLabel = new QLabel(this);
    m_sidLabel->setBuddy(m_sid);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    m_form = new QFormLayout;
    m_form->addRow(m_sidLabel, m_sid);
    m_form->addRow(tr("Sign in with:"), modes);
    m_form->addRow(tr("API key S&ID:"), m_keySid);
    m_form->addRow(m_tokenLabel, tokenRow);

    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkCredentialsButton"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("credentialBusy"));
    m_busy->setRange(0, 0); // indeterminate: the provider gives no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_checkButton->sizeHint().width() * 2);
    m_busy->setAccessibleName(tr("Checking the credentials"));
    m_busy->hide();
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_busy);
    checkRow->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("credentialStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Check result"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(m_form);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_check, &CredentialCheck::finished, this, &CredentialsPage::onChecked);
    connect(m_checkButton, &QPushButton::clicked, this, &CredentialsPage::startCheck);
    connect(m_token, &QLineEdit::returnPressed, this, &CredentialsPage::startCheck);
    connect(m_showToken, &QCheckBox::toggled, this,
            [this](bool show) { m_token->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_sid, &QLineEdit::textChanged, this, &CredentialsPage::updateSecretHint);
    connect(m_token, &QLineEdit::textChanged, this, &CredentialsPage::updateSecretHint);
    updateSecretHint();
    for (QLineEdit *edit : {m_sid, m_keySid, m_token})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::onEdited);
    connect(modeGroup, &QButtonGroup::buttonToggled, this, [this] {
        applyProvider();
        onEdited();
    });
    setBusy(false);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    applyProvider();
    // A check against another provider or server proves nothing here.
    if (m_verified && m_verifiedBaseUrl != m_state.baseUrl().toString()) {
        m_verified = false;
        m_status->clear();
    }
    Q_EMIT completeChanged();
}

void CredentialsPage::applyProvider()
{
    const bool signalWire = m_state.provider == Provider::SignalWire;
    const bool key = !signalWire && m_keyMode->isChecked();
    if (signalWire) {
        m_help->setText(tr("In your SignalWire Space, open API: copy the Project ID and an API token (create one "
                           "with the Messaging and Voice scopes if you have none)."));
        m_sidLabel->setText(tr("Project &ID:"));
        m_sid->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
        m_sid->setAccessibleName(tr("Project ID"));
        m_token->setAccessibleName(tr("API token"));
    } else {
        m_help->setText(tr("In the Twilio Console, the dashboard's Account Info shows the Account SID and Auth "
                           "Token. An API key (Account → API keys) can be used instead of the Auth Token and can be "
                           "revoked on its own."));
        m_sidLabel->setText(tr("Account &SID:"));
        m_sid->setPlaceholderText(QStringLiteral("AC…"));
        m_sid->setAccessibleName(tr("Account SID"));
        m_token->setAccessibleName(key ? tr("API key secret") : tr("Auth Token"));
    }
    m_form->setRowVisible(1, !signalWire); // SignalWire signs in with the project's API token only
    m_form->setRowVisible(m_keySid, key);
    m_keySid->setAccessibleName(tr("API key SID"));
    m_tokenLabel->setText(signalWire ? tr("API &token:") : key ? tr("API key s&ecret:") : tr("&Auth Token:"));
    m_checkButton->setText(tr("&Check"));
    m_checkButton->setAccessibleName(tr("Check the credentials"));
}

QString CredentialsPage::formatProblem() const
{
    const QString sid = m_sid->text().trimmed();
    const QString token = secret();
    const bool signalWire = m_state.provider == Provider::SignalWire;
    const bool key = !signalWire && m_keyMode->isChecked();
    if (signalWire) {
        if (sid.isEmpty())
            return tr("Type the Project ID.");
        if (!matches(kUuid, sid))
            return tr("A Project ID looks like 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f (letters and digits in five "
                      "groups). Copy it from the API page of your SignalWire Space.");
    } else {
        if (sid.isEmpty())
            return tr("Type the Account SID.");
        if (sid.startsWith(QLatin1String("SK"), Qt::CaseInsensitive))
            return tr("That is an API key SID (it starts with SK). The Account SID starts with AC; to sign in with "
                      "a key, choose \"API key\" and put the key's SID in its own field.");
        // A custom server may be SignalWire-like, so it may use UUIDs too.
        const bool custom = m_state.provider == Provider::Custom;
        if (!matches(kTwilioSid, sid) && !(custom && matches(kUuid, sid)))
            return tr("An Account SID is AC followed by 32 letters and digits (0-9, a-f). Copy it from Account Info "
                      "in your Twilio Console.");
        if (key && m_keySid->text().trimmed().isEmpty())
            return tr("Type the API key SID.");
        if (key && !matches(kKeySid, m_keySid->text().trimmed()))
            return tr("An API key SID is SK followed by 32 letters and digits (0-9, a-f).");
    }
    if (token.isEmpty())
        return signalWire ? tr("Type the API token.")
            : key         ? tr("Type the API key secret.")
                          : tr("Type the Auth Token.");
    if (token.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The secret has a space in it. Copy it again, without spaces.");
    return {};
}

void CredentialsPage::onEdited()
{
    if (m_check->isRunning())
        m_check->cancel();
    setBusy(false);
    if (m_verified || !m_status->text().isEmpty()) {
        m_verified = false;
        m_status->clear();
    }
    Q_EMIT completeChanged();
}

void CredentialsPage::startCheck()
{
    const QString problem = formatProblem();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_state.useApiKey = m_state.provider != Provider::SignalWire && m_keyMode->isChecked();
    Core::ProviderConfig config;
    config.baseUrl = m_state.baseUrl();
    config.accountSid = m_sid->text().trimmed();
    config.apiKeySid = m_state.useApiKey ? m_keySid->text().trimmed() : QString();
    config.secret = secret();
    m_verified = false;
    m_status->setText(tr("Checking with %1…").arg(m_state.providerName()));
    setBusy(true);
    Q_EMIT completeChanged();
    m_check->start(config);
}

void CredentialsPage::onChecked(const CredentialCheckResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_status->setText(CredentialCheck::message(*result.error, m_state));
        Q_EMIT completeChanged();
        return;
    }
    m_verified = true;
    m_verifiedBaseUrl = m_state.baseUrl().toString();
    m_state.account = result.account;
    m_state.numbers = result.numbers;
    const QString name = result.account.friendlyName.isEmpty() ? result.account.sid : result.account.friendlyName;
    m_status->setText(
        result.numbers.isEmpty()
            ? tr("Connected to \"%1\", but the account has no phone numbers yet. Buy or port one in "
                 "%2, then check again.")
                  .arg(name, m_state.consoleName())
            : tr("Connected to \"%1\". Found %n phone number(s).", nullptr, int(result.numbers.size())).arg(name));
    Q_EMIT completeChanged();
}

void CredentialsPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_checkButton->setEnabled(!busy);
}

bool CredentialsPage::isComplete() const
{
    return m_verified && !m_state.numbers.isEmpty() && !m_check->isRunning();
}

bool CredentialsPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state.accountSid = m_sid->text().trimmed();
    m_state.useApiKey = m_state.provider != Provider::SignalWire && m_keyMode->isChecked();
    m_state.apiKeySid = m_state.useApiKey ? m_keySid->text().trimmed() : QString();
    m_state.secret = secret();
    return true;
}

void CredentialsPage::offerSavedSecret(const QString &accountSid, const QString &secret)
{
    m_savedSid = accountSid;
    m_savedSecret = secret;
    updateSecretHint();
    Q_EMIT completeChanged();
}

bool CredentialsPage::usesSavedSecret() const
{
    return m_token->text().trimmed().isEmpty() && !m_savedSecret.isEmpty() && m_sid->text().trimmed() == m_savedSid;
}

QString CredentialsPage::secret() const
{
    return usesSavedSecret() ? m_savedSecret : m_token->text().trimmed();
}

void CredentialsPage::updateSecretHint()
{
    // "Show" reveals only what was typed here; the saved secret stays in the credential store.
    const bool saved = !m_savedSecret.isEmpty() && m_sid->text().trimmed() == m_savedSid;
    m_token->setPlaceholderText(saved ? tr("Saved in this computer's credential store — leave empty to keep it")
                                      : QString());
    m_showToken->setEnabled(!m_token->text().isEmpty());
    if (m_token->text().isEmpty())
        m_showToken->setChecked(false);
}

} // namespace Rebound::Ui
