#include "providerpage.h"

#include "setupstate.h"

#include "provider/providerconfig.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace Rebound::Ui {

ProviderPage::ProviderPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("providerPage"));
    setTitle(tr("Your phone service"));
    setSubTitle(tr("Rebound works with the account that owns your business number."));

    m_twilio = new QRadioButton(tr("&Twilio"), this);
    m_twilio->setObjectName(QStringLiteral("twilioRadio"));
    auto *twilioHelp = new QLabel(tr("Most businesses use Twilio. You need the Account SID and Auth Token from the "
                                     "Twilio Console."),
                                  this);
    m_signalWire = new QRadioButton(tr("&SignalWire"), this);
    m_signalWire->setObjectName(QStringLiteral("signalWireRadio"));
    m_space = new QLineEdit(state.signalWireSpace, this);
    m_space->setObjectName(QStringLiteral("signalWireSpaceEdit"));
    m_space->setPlaceholderText(tr("yourcompany (from yourcompany.signalwire.com)"));
    m_space->setAccessibleName(tr("SignalWire Space name"));
    m_custom = new QRadioButton(tr("&Advanced: other Twilio-compatible server"), this);
    m_custom->setObjectName(QStringLiteral("customProviderRadio"));
    m_baseUrl = new QLineEdit(state.customBaseUrl, this);
    m_baseUrl->setObjectName(QStringLiteral("customBaseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("providerError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    twilioHelp->setWordWrap(true);

    auto *group = new QButtonGroup(this);
    group->addButton(m_twilio);
    group->addButton(m_signalWire);
    group->addButton(m_custom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_twilio);
    auto *twilioBox = new QVBoxLayout;
    twilioBox->setContentsMargins(m_twilio->iconSize().width() * 2, 0, 0, 0);
    twilioBox->addWidget(twilioHelp);
    layout->addLayout(twilioBox);
    layout->addWidget(m_signalWire);
    auto *spaceForm = new QFormLayout;
    spaceForm->setContentsMargins(m_twilio->iconSize().width() * 2, 0, 0, 0);
    spaceForm->addRow(tr("S&pace name:"), m_space);
    layout->addLayout(spaceForm);
    layout->addWidget(m_custom);
    auto *customForm = new QFormLayout;
    customForm->setContentsMargins(m_twilio->iconSize().width() * 2, 0, 0, 0);
    customForm->addRow(tr("Server &address:"), m_baseUrl);
    layout->addLayout(customForm);
    layout->addWidget(m_error);
    layout->addStretch(1);

    switch (state.provider) {
    case SetupState::Provider::SignalWire:
        m_signalWire->setChecked(true);
        break;
    case SetupState::Provider::Custom:
        m_custom->setChecked(true);
        break;
    case SetupState::Provider::Twilio:
        m_twilio->setChecked(true);
        break;
    }
    connect(group, &QButtonGroup::buttonToggled, this, &ProviderPage::updateState);
    connect(m_space, &QLineEdit::textChanged, this, &ProviderPage::updateState);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProviderPage::updateState);
    updateState();
}

ProviderPage::~ProviderPage() = default;

QString ProviderPage::normalizeSpace(const QString &text)
{
    QString host = text.trimmed().toLower();
    if (host.contains(QStringLiteral("://")))
        host = QUrl(host).host();
    host = host.section(QLatin1Char('/'), 0, 0);
    if (host.endsWith(QStringLiteral(".signalwire.com")))
        host.chop(int(qstrlen(".signalwire.com")));
    // A Space is one DNS label: letters, digits and inner hyphens.
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(host).hasMatch() ? host : QString();
}

QString ProviderPage::problem() const
{
    if (m_signalWire->isChecked()) {
        if (m_space->text().trimmed().isEmpty())
            return tr("Type your SignalWire Space name: the first part of the address you sign in at, e.g. "
                      "\"acme\" for acme.signalwire.com.");
        if (normalizeSpace(m_space->text()).isEmpty())
            return tr("\"%1\" is not a Space name. It is the first part of your SignalWire address, e.g. \"acme\" "
                      "for acme.signalwire.com.")
                .arg(m_space->text().trimmed());
    }
    if (m_custom->isChecked()) {
        if (m_baseUrl->text().trimmed().isEmpty())
            return tr("Type the server's address, e.g. https://api.example.com.");
        QString error;
        if (!Core::ProviderConfig::normalizeBaseUrl(m_baseUrl->text(), &error).isValid())
            return tr("\"%1\" is not a web address a server can be reached at.").arg(m_baseUrl->text().trimmed());
    }
    return {};
}

void ProviderPage::updateState()
{
    m_space->setEnabled(m_signalWire->isChecked());
    m_baseUrl->setEnabled(m_custom->isChecked());
    // Only complaints about a field the person has started on: an empty field just waits.
    const bool typed = (m_signalWire->isChecked() && !m_space->text().trimmed().isEmpty())
        || (m_custom->isChecked() && !m_baseUrl->text().trimmed().isEmpty());
    m_error->setText(typed ? problem() : QString());
    Q_EMIT completeChanged();
}

bool ProviderPage::isComplete() const
{
    return problem().isEmpty();
}

bool ProviderPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state.provider = m_signalWire->isChecked() ? SetupState::Provider::SignalWire
        : m_custom->isChecked()                  ? SetupState::Provider::Custom
                                                 : SetupState::Provider::Twilio;
    m_state.signalWireSpace = normalizeSpace(m_space->text());
    m_state.customBaseUrl = Core::ProviderConfig::normalizeBaseUrl(m_baseUrl->text()).toString();
    return true;
}

} // namespace Rebound::Ui
