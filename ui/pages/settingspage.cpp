#include "settingspage.h"

#include "wizard/setupstate.h"

#include "config/appsettings.h"
#include "domain/phonenumber.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::AppSettings;

namespace {
QString displayNumber(const QString &e164)
{
    const Core::PhoneNumber number = Core::PhoneNumber::fromE164(e164);
    return number.isValid() ? number.display() : e164;
}
} // namespace

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_demoNote = new QLabel(content);
    m_demoNote->setObjectName(QStringLiteral("settingsDemoNote"));
    m_demoNote->setWordWrap(true);
    column->addWidget(m_demoNote);

    QFormLayout *account = addGroup(content, QT_TR_NOOP("Account"));
    m_provider = addValue(account, QT_TR_NOOP("Service:"), "providerValue");
    m_accountSid = addValue(account, QT_TR_NOOP("Account SID:"), "accountSidValue");
    m_authMethod = addValue(account, QT_TR_NOOP("Signs in with:"), "authMethodValue");
    m_secretNote = addValue(account, QT_TR_NOOP("Secret:"), "secretValue");
    m_lines = addValue(account, QT_TR_NOOP("Numbers:"), "linesValue");
    m_webhooks = addValue(account, QT_TR_NOOP("Webhooks:"), "webhooksValue");
    m_runSetup = new QPushButton(content);
    m_runSetup->setObjectName(QStringLiteral("runSetupButton"));
    m_texts.append({m_runSetup, QT_TR_NOOP("&Run setup again…")});
    auto *runSetupRow = new QHBoxLayout;
    runSetupRow->addWidget(m_runSetup);
    runSetupRow->addStretch(1);
    account->addRow(QString(), runSetupRow);
    connect(m_runSetup, &QPushButton::clicked, this, &SettingsPage::setupWizardRequested);

    QFormLayout *business = addGroup(content, QT_TR_NOOP("Business"));
    m_businessName = addValue(business, QT_TR_NOOP("Name:"), "businessNameValue");
    m_trade = addValue(business, QT_TR_NOOP("Trade:"), "tradeValue");
    m_hours = addValue(business, QT_TR_NOOP("Hours:"), "hoursValue");
    m_timeZone = addValue(business, QT_TR_NOOP("Time zone:"), "timeZoneValue");
    m_serviceArea = addValue(business, QT_TR_NOOP("Service area:"), "serviceAreaValue");
    m_ownerName = addValue(business, QT_TR_NOOP("Owner:"), "ownerNameValue");
    m_answers = addValue(business, QT_TR_NOOP("Answers:"), "answersValue");

    QFormLayout *alerts = addGroup(content, QT_TR_NOOP("Alerts"));
    m_ownerCell = addValue(alerts, QT_TR_NOOP("Owner's cell:"), "ownerCellValue");

    QFormLayout *templates = addGroup(content, QT_TR_NOOP("Text-back messages"));
    m_businessHoursTemplate = addValue(templates, QT_TR_NOOP("Business hours:"), "businessHoursTemplateValue");
    m_afterHoursTemplate = addValue(templates, QT_TR_NOOP("After hours:"), "afterHoursTemplateValue");

    QFormLayout *options = addGroup(content, QT_TR_NOOP("Options"));
    options->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QStringLiteral("system"));
    // Each language is named in itself, so someone who can't read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    auto *languageLabel = new QLabel(content);
    languageLabel->setBuddy(m_language);
    m_texts.append({languageLabel, QT_TR_NOOP("&Language:")});
    options->addRow(languageLabel, m_language);
    m_pollInterval = new QSpinBox(content);
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_pollInterval->setRange(1, 3600); // the same bounds AppSettings keeps
    // Save once the person is done typing "30", not at "3".
    m_pollInterval->setKeyboardTracking(false);
    auto *pollLabel = new QLabel(content);
    pollLabel->setBuddy(m_pollInterval);
    m_texts.append({pollLabel, QT_TR_NOOP("Check for missed calls &every:")});
    options->addRow(pollLabel, m_pollInterval);
    m_assistant = new QPushButton(content);
    m_assistant->setObjectName(QStringLiteral("assistantButton"));
    m_texts.append({m_assistant, QT_TR_NOOP("Conversation &assistant…")});
    options->addRow(QString(), m_assistant);
    connect(m_assistant, &QPushButton::clicked, this, &SettingsPage::assistantSetupRequested);
    column->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code == m_settings.language())
            return;
        m_settings.setLanguage(code);
        m_settings.sync();
        Q_EMIT languageChanged(code);
    });
    connect(m_pollInterval, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (seconds == m_settings.pollIntervalSeconds())
            return;
        m_settings.setPollIntervalSeconds(seconds);
        m_settings.sync();
        Q_EMIT settingsChanged();
    });
    retranslate();
}

SettingsPage::~SettingsPage() = default;

QFormLayout *SettingsPage::addGroup(QWidget *parent, const char *title)
{
    auto *group = new QGroupBox(parent);
    m_texts.append({group, title});
    parent->layout()->addWidget(group);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QLabel *SettingsPage::addValue(QFormLayout *form, const char *label, const char *objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(form->parentWidget());
    name->setBuddy(value);
    m_texts.append({name, label});
    form->addRow(name, value);
    return value;
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    for (const auto &[widget, text] : std::as_const(m_texts)) {
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(tr(text));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            group->setTitle(tr(text));
        else if (auto *button = qobject_cast<QPushButton *>(widget))
            button->setText(tr(text));
    }
    m_runSetup->setAccessibleName(tr("Run setup again"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setAccessibleName(tr("Seconds between checks for missed calls"));
    reload();
}

void SettingsPage::reload()
{
    const QString notSet = tr("Not set");
    auto orNotSet = [&notSet](const QString &text) { return text.trimmed().isEmpty() ? notSet : text; };
    const bool configured = m_settings.isConfigured();
    m_demoNote->setText(tr("No account is connected yet, so Rebound is running its demo. Run the setup to "
                           "connect your Twilio account."));
    m_demoNote->setVisible(!configured);

    switch (m_settings.provider()) {
    case AppSettings::Provider::SignalWire:
        m_provider->setText(tr("SignalWire (%1)").arg(m_settings.baseUrl()));
        break;
    case AppSettings::Provider::Custom:
        m_provider->setText(tr("Twilio-compatible server at %1").arg(m_settings.customBaseUrl()));
        break;
    case AppSettings::Provider::Twilio:
        m_provider->setText(QStringLiteral("Twilio"));
        break;
    }
    m_accountSid->setText(orNotSet(m_settings.accountSid()));
    m_authMethod->setText(m_settings.apiKeySid().isEmpty() ? tr("Auth Token")
                                                           : tr("API key %1").arg(m_settings.apiKeySid()));
    // The secret itself is never read here: the page only says where it lives.
    m_secretNote->setText(m_settings.accountSid().isEmpty()
                              ? notSet
                              : tr("Kept in this computer's credential store, never in the settings file."));
    QStringList lines;
    for (const Core::ConfiguredLine &line : m_settings.lines())
        lines.append(tr("%1 — %2").arg(displayNumber(line.e164),
                                       line.wiring == Core::Wiring::Dial ? tr("rings your phone through Twilio (Dial)")
                                                                         : tr("forwarded when unanswered")));
    m_lines->setText(lines.isEmpty() ? notSet : lines.join(QLatin1Char('\n')));

    const Core::BusinessProfile b = m_settings.business();
    m_businessName->setText(orNotSet(b.name));
    m_trade->setText(orNotSet(SetupState::tradeName(b.trade)));
    m_hours->setText(orNotSet(b.hours));
    m_timeZone->setText(orNotSet(b.timeZone));
    m_serviceArea->setText(orNotSet(b.serviceArea));
    m_ownerName->setText(orNotSet(b.ownerFirstName));
    QStringList answers;
    if (!b.licensing.isEmpty())
        answers.append(tr("Licensing: %1").arg(b.licensing));
    if (!b.emergencyPolicy.isEmpty())
        answers.append(tr("Emergencies: %1").arg(b.emergencyPolicy));
    if (!b.pricingPolicy.isEmpty())
        answers.append(tr("Pricing: %1").arg(b.pricingPolicy));
    m_answers->setText(answers.isEmpty() ? notSet : answers.join(QLatin1Char('\n')));

    m_ownerCell->setText(m_settings.ownerCell().isEmpty()
                             ? tr("No text alerts (no cell number set)")
                             : tr("%1 gets a text about each hot lead").arg(displayNumber(m_settings.ownerCell())));
    m_businessHoursTemplate->setText(m_settings.businessHoursTemplate());
    m_afterHoursTemplate->setText(m_settings.afterHoursTemplate());
    m_webhooks->setText(
        m_settings.webhooksEnabled()
            ? tr("On: %1 (listening on %2)").arg(m_settings.webhookPublicUrl(), m_settings.webhookListen())
            : tr("Off: Rebound polls for calls and texts"));

    const QSignalBlocker languageBlocker(m_language);
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    const QSignalBlocker pollBlocker(m_pollInterval);
    m_pollInterval->setValue(m_settings.pollIntervalSeconds());
}

} // namespace Rebound::Ui
