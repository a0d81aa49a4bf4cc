#include "settingspage.h"

#include "dialogs/aboutdialog.h"
#include "platform/autostart.h"
#include "widgets/businessprofileedit.h"
#include "widgets/openinghoursedit.h"
#include "widgets/shareddatabaseedit.h"
#include "wizard/setupstate.h"

#include "config/appsettings.h"
#include "domain/phonenumber.h"
#include "engine/textbackpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::AppSettings;

namespace {
// The same bounds AppSettings keeps: at least a second apart, at least once an hour.
constexpr int kMinPollSeconds = 1;
constexpr int kMaxPollSeconds = 3600;

QString displayNumber(const QString &e164)
{
    const Core::PhoneNumber number = Core::PhoneNumber::fromE164(e164);
    return number.isValid() ? number.display() : e164;
}
} // namespace

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : SettingsPage(settings, std::make_unique<Autostart>(), parent)
{ }

SettingsPage::SettingsPage(AppSettings &settings, std::unique_ptr<Autostart> autostart, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_autostart(std::move(autostart))
{
    // Sections as tabs, so each fits the window without scrolling (each still scrolls on a
    // small screen).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_demoNote = new QLabel(this);
    m_demoNote->setObjectName(QStringLiteral("settingsDemoNote"));
    m_demoNote->setWordWrap(true);
    outer->addWidget(m_demoNote);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    outer->addWidget(m_tabs, 1);

    QWidget *content = addTab(QT_TR_NOOP("Account and business"));
    QFormLayout *account = addGroup(content, QT_TR_NOOP("Account"));
    m_provider = addValue(account, QT_TR_NOOP("Service:"), "providerValue");
    m_accountSid = addValue(account, QT_TR_NOOP("Account SID:"), "accountSidValue");
    m_authMethod = addValue(account, QT_TR_NOOP("Signs in with:"), "authMethodValue");
    m_secretNote = addValue(account, QT_TR_NOOP("Secret:"), "secretValue");
    m_lines = addValue(account, QT_TR_NOOP("Numbers:"), "linesValue");
    m_webhooks = addValue(account, QT_TR_NOOP("Webhooks:"), "webhooksValue");
    m_runSetup = new QPushButton(content);
    m_runSetup->setObjectName(QStringLiteral("runSetupButton"));
    m_texts.append({m_runSetup, QT_TR_NOOP("&Connect an account…")});
    auto *selfTest = new QPushButton(content);
    selfTest->setObjectName(QStringLiteral("selfTestButton"));
    m_texts.append({selfTest, QT_TR_NOOP("&Test my setup…")});
    auto *runSetupRow = new QHBoxLayout;
    runSetupRow->addWidget(m_runSetup);
    runSetupRow->addWidget(selfTest);
    runSetupRow->addStretch(1);
    account->addRow(QString(), runSetupRow);
    connect(m_runSetup, &QPushButton::clicked, this, &SettingsPage::setupWizardRequested);
    connect(selfTest, &QPushButton::clicked, this, &SettingsPage::selfTestRequested);

    QFormLayout *business = addGroup(content, QT_TR_NOOP("Business"));
    m_business = new BusinessProfileEdit(content);
    m_business->setObjectName(QStringLiteral("businessProfileEdit"));
    business->addRow(m_business);
    connect(m_business, &BusinessProfileEdit::profileEdited, this, [this] {
        // Only the fields edited here: the hours and time zone are the hours editor's.
        Core::BusinessProfile profile = m_settings.business();
        m_business->applyTo(profile);
        m_settings.setBusiness(profile);
        showPreviews(); // they name the business
        saved();
    });

    buildEditors();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *scroll = static_cast<QScrollArea *>(m_tabs->widget(i));
        static_cast<QVBoxLayout *>(scroll->widget()->layout())->addStretch(1);
    }
    retranslate();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::sampleCallerName()
{
    return QStringLiteral("Dana");
}

QWidget *SettingsPage::addTab(const char *title)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    new QVBoxLayout(content);
    scroll->setWidget(content);
    m_tabs->addTab(scroll, QString());
    m_tabTitles.append(title);
    return content;
}

void SettingsPage::buildEditors()
{
    QWidget *content = addTab(QT_TR_NOOP("Opening hours"));
    QFormLayout *hours = addGroup(content, QT_TR_NOOP("Opening hours"));
    m_hoursNote = new QLabel(content);
    m_hoursNote->setObjectName(QStringLiteral("hoursNote"));
    m_hoursNote->setWordWrap(true);
    m_hoursNote->setTextFormat(Qt::PlainText);
    hours->addRow(m_hoursNote);
    m_hours = new OpeningHoursEdit(content);
    m_hours->setObjectName(QStringLiteral("openingHoursEdit"));
    hours->addRow(m_hours);
    connect(m_hours, &OpeningHoursEdit::hoursEdited, this, [this](const Core::OpeningHours &edited) {
        m_settings.setOpeningHours(edited);
        m_hoursNote->hide(); // the person has set them now
        saved();
    });

    content = addTab(QT_TR_NOOP("Text-back messages"));
    QFormLayout *alerts = addGroup(content, QT_TR_NOOP("Alerts"));
    m_ownerCell = new QLineEdit(content);
    m_ownerCell->setObjectName(QStringLiteral("ownerCellEdit"));
    m_ownerCell->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(alerts, QT_TR_NOOP("Owner's &cell:"), m_ownerCell);
    m_ownerCellError = addError(alerts, "ownerCellError");
    connect(m_ownerCell, &QLineEdit::editingFinished, this, &SettingsPage::saveOwnerCell);
    m_notifications = new QCheckBox(content);
    m_notifications->setObjectName(QStringLiteral("desktopNotificationsCheck"));
    m_texts.append({m_notifications, QT_TR_NOOP("Show a desktop &notification for each new or hot lead")});
    alerts->addRow(m_notifications);
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setDesktopNotifications(on);
        saved();
    });

    QFormLayout *templates = addGroup(content, QT_TR_NOOP("Text-back messages"));
    auto makeTemplate = [this, content, templates](const char *objectName, const char *label, const char *previewName) {
        auto *editor = new QPlainTextEdit(content);
        editor->setObjectName(QString::fromLatin1(objectName));
        editor->setTabChangesFocus(true);
        editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 5);
        addRow(templates, label, editor);
        auto *preview = new QLabel(content);
        preview->setObjectName(QString::fromLatin1(previewName));
        preview->setTextFormat(Qt::PlainText);
        preview->setWordWrap(true);
        preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        templates->addRow(QString(), preview);
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            showPreviews();
            m_templateSave->start();
        });
        return std::pair{editor, preview};
    };
    std::tie(m_businessHoursTemplate, m_businessHoursPreview) =
        makeTemplate("businessHoursTemplateEdit", QT_TR_NOOP("&Business hours:"), "businessHoursPreview");
    std::tie(m_afterHoursTemplate, m_afterHoursPreview) =
        makeTemplate("afterHoursTemplateEdit", QT_TR_NOOP("A&fter hours:"), "afterHoursPreview");
    m_templateError = addError(templates, "templateError");
    // Saved once typing pauses, so the engine is not handed every keystroke.
    m_templateSave = new QTimer(this);
    m_templateSave->setSingleShot(true);
    m_templateSave->setInterval(500);
    connect(m_templateSave, &QTimer::timeout, this, &SettingsPage::saveTemplates);

    content = addTab(QT_TR_NOOP("Options"));
    QFormLayout *options = addGroup(content, QT_TR_NOOP("Options"));
    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QStringLiteral("system"));
    // Each language is named in itself, so someone who can't read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    addRow(options, QT_TR_NOOP("&Language:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code == m_settings.language())
            return;
        m_settings.setLanguage(code);
        m_settings.sync();
        Q_EMIT languageChanged(code);
    });
    m_pollInterval = new QSpinBox(content);
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalSpin"));
    // Wider than what is allowed, so a wrong number is explained rather than silently clamped.
    m_pollInterval->setRange(0, 24 * 3600);
    // Save once the person is done typing "30", not at "3".
    m_pollInterval->setKeyboardTracking(false);
    addRow(options, QT_TR_NOOP("Check for missed calls &every:"), m_pollInterval);
    m_pollIntervalError = addError(options, "pollIntervalError");
    connect(m_pollInterval, &QSpinBox::valueChanged, this, &SettingsPage::savePollInterval);
    m_startAtLogin = new QCheckBox(content);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_texts.append({m_startAtLogin, QT_TR_NOOP("&Start Rebound when I log in")});
    options->addRow(m_startAtLogin);
    m_startAtLoginError = addError(options, "startAtLoginError");
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsPage::saveStartAtLogin);
    m_assistant = new QPushButton(content);
    m_assistant->setObjectName(QStringLiteral("assistantButton"));
    m_texts.append({m_assistant, QT_TR_NOOP("Conversation &assistant…")});
    options->addRow(QString(), m_assistant);
    connect(m_assistant, &QPushButton::clicked, this, &SettingsPage::assistantSetupRequested);
    m_about = new QPushButton(content);
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_texts.append({m_about, QT_TR_NOOP("A&bout Rebound…")});
    options->addRow(QString(), m_about);
    connect(m_about, &QPushButton::clicked, this, [this] {
        AboutDialog about(this);
        about.exec();
    });

    QFormLayout *shared = addGroup(content, QT_TR_NOOP("Several desks"));
    m_sharedDatabase = new SharedDatabaseEdit(content);
    shared->addRow(m_sharedDatabase);
    connect(m_sharedDatabase, &SharedDatabaseEdit::chosen, this, &SettingsPage::sharedDatabaseChosen);
    connect(m_sharedDatabase, &SharedDatabaseEdit::seatNameChanged, this, [this](const QString &name) {
        m_settings.setSeatName(name);
        m_settings.sync();
        Q_EMIT seatNameChanged(name);
    });
}

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
    addRow(form, label, value);
    return value;
}

QLabel *SettingsPage::addError(QFormLayout *form, const char *objectName)
{
    auto *error = new QLabel(form->parentWidget());
    error->setObjectName(QString::fromLatin1(objectName));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setProperty("role", QStringLiteral("error"));
    error->hide();
    form->addRow(QString(), error);
    return error;
}

void SettingsPage::addRow(QFormLayout *form, const char *label, QWidget *field)
{
    auto *name = new QLabel(form->parentWidget());
    name->setBuddy(field);
    m_texts.append({name, label});
    form->addRow(name, field);
}

void SettingsPage::showError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

void SettingsPage::saved()
{
    m_settings.sync();
    Q_EMIT settingsChanged();
}

void SettingsPage::saveOwnerCell()
{
    const QString text = m_ownerCell->text().trimmed();
    QString e164;
    if (!text.isEmpty()) {
        Core::PhoneNumber::Error why = Core::PhoneNumber::Error::None;
        const Core::PhoneNumber number =
            Core::PhoneNumber::parse(text, SetupState::fromSettings(m_settings).homeRegion(), &why);
        if (!number.isValid()) {
            showError(m_ownerCellError,
                      why == Core::PhoneNumber::Error::TooShort
                          ? tr("That number is too short. Type the whole cell number, with the area code.")
                          : why == Core::PhoneNumber::Error::TooLong
                          ? tr("That number is too long. Check for extra digits.")
                          : tr("That isn't a phone number Rebound can text. Type the cell number, e.g. "
                               "(512) 555-0199."));
            return;
        }
        e164 = number.e164();
        m_ownerCell->setText(number.display());
    }
    showError(m_ownerCellError, {});
    if (e164 == m_settings.ownerCell())
        return;
    m_settings.setOwnerCell(e164);
    saved();
}

void SettingsPage::saveTemplates()
{
    m_templateSave->stop();
    const QString business = m_businessHoursTemplate->toPlainText().trimmed();
    const QString after = m_afterHoursTemplate->toPlainText().trimmed();
    QString error;
    static const QRegularExpression unknownPlaceholder(QStringLiteral("\\{[^}]*\\}"));
    for (const QString &text : {business, after}) {
        const QString rendered = Core::renderTemplate(text, QStringLiteral("B"), QStringLiteral("C"));
        if (text.isEmpty())
            error = tr("A text-back message cannot be empty; callers would get a blank text.");
        else if (const auto match = unknownPlaceholder.match(rendered); match.hasMatch())
            error = tr("Rebound does not know %1. Use {first_name} or {business}.").arg(match.captured());
        if (!error.isEmpty())
            break;
    }
    showError(m_templateError, error);
    if (!error.isEmpty()
        || (business == m_settings.businessHoursTemplate() && after == m_settings.afterHoursTemplate()))
        return;
    m_settings.setBusinessHoursTemplate(business);
    m_settings.setAfterHoursTemplate(after);
    saved();
}

void SettingsPage::showPreviews()
{
    // Real names, as a caller would read it: never the raw {placeholders}.
    const QString name = m_settings.business().name;
    const QString business = name.isEmpty() ? tr("your business") : name;
    auto preview = [&](QPlainTextEdit *editor, QLabel *label, const QString &when) {
        const QString rendered = Core::renderTemplate(editor->toPlainText(), business, sampleCallerName());
        label->setText(tr("%1, to a caller named %2: “%3”").arg(when, sampleCallerName(), rendered));
    };
    preview(m_businessHoursTemplate, m_businessHoursPreview, tr("Preview during business hours"));
    preview(m_afterHoursTemplate, m_afterHoursPreview, tr("Preview after hours"));
}

void SettingsPage::savePollInterval(int seconds)
{
    if (seconds < kMinPollSeconds) {
        showError(m_pollIntervalError,
                  tr("Rebound needs at least %n second(s) between checks.", nullptr, kMinPollSeconds));
        return;
    }
    if (seconds > kMaxPollSeconds) {
        showError(m_pollIntervalError,
                  tr("Check at least once an hour (%n seconds); a missed caller would wait too long.", nullptr,
                     kMaxPollSeconds));
        return;
    }
    showError(m_pollIntervalError, {});
    if (seconds == m_settings.pollIntervalSeconds())
        return;
    m_settings.setPollIntervalSeconds(seconds);
    saved();
}

void SettingsPage::saveStartAtLogin(bool on)
{
    QString error;
    if (!m_autostart->setEnabled(on, &error)) {
        showError(m_startAtLoginError, error);
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(!on);
        return;
    }
    showError(m_startAtLoginError, {});
    m_settings.setStartAtLogin(on);
    m_settings.sync();
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
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setText(tr(text));
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, tr(m_tabTitles.at(i)));
    m_runSetup->setAccessibleName(tr("Connect an account with the setup wizard"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setAccessibleName(tr("Seconds between checks for missed calls"));
    m_ownerCell->setPlaceholderText(tr("e.g. (512) 555-0199; empty for no text alerts"));
    m_ownerCell->setAccessibleName(tr("Owner's cell phone for alerts"));
    m_ownerCell->setToolTip(tr("Rebound texts this number about hot leads. Leave it empty for no text alerts."));
    m_businessHoursTemplate->setAccessibleName(tr("Business hours message"));
    m_afterHoursTemplate->setAccessibleName(tr("After hours message"));
    m_businessHoursTemplate->setToolTip(
        tr("{business} becomes your business name and {first_name} the caller's first name when Rebound knows it."));
    m_afterHoursTemplate->setToolTip(m_businessHoursTemplate->toolTip());
    reload();
}

void SettingsPage::reload()
{
    const QString notSet = tr("Not set");
    auto orNotSet = [&notSet](const QString &text) { return text.trimmed().isEmpty() ? notSet : text; };
    const bool configured = m_settings.isConfigured();
    m_demoNote->setText(tr("No account is connected yet, so Rebound is running its demo. Use “Connect an "
                           "account” to connect your Twilio account."));
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
                              ? tr("None yet: connecting an account stores it in the system keychain")
                              : tr("Stored in the system keychain, never in the settings file"));
    QStringList lines;
    for (const Core::ConfiguredLine &line : m_settings.lines())
        lines.append(tr("%1 — %2").arg(displayNumber(line.e164),
                                       line.wiring == Core::Wiring::Dial ? tr("rings your phone through Twilio (Dial)")
                                                                         : tr("forwarded when unanswered")));
    m_lines->setText(lines.isEmpty() ? notSet : lines.join(QLatin1Char('\n')));
    m_webhooks->setText(
        m_settings.webhooksEnabled()
            ? tr("On: %1 (listening on %2)").arg(m_settings.webhookPublicUrl(), m_settings.webhookListen())
            : tr("Off: Rebound polls for calls and texts"));

    m_business->setProfile(m_settings.business());

    const QString unread = m_settings.unreadHoursText();
    m_hoursNote->setText(tr("Rebound could not read the hours typed in the setup (“%1”), so it uses the standard "
                            "hours below. Set your hours here.")
                             .arg(unread));
    m_hoursNote->setVisible(!unread.isEmpty());
    m_hours->setHours(m_settings.openingHours());

    m_ownerCell->setText(m_settings.ownerCell().isEmpty() ? QString() : displayNumber(m_settings.ownerCell()));
    showError(m_ownerCellError, {});
    const QSignalBlocker notificationsBlocker(m_notifications);
    m_notifications->setChecked(m_settings.desktopNotifications());

    {
        const QSignalBlocker businessBlocker(m_businessHoursTemplate);
        const QSignalBlocker afterBlocker(m_afterHoursTemplate);
        m_businessHoursTemplate->setPlainText(m_settings.businessHoursTemplate());
        m_afterHoursTemplate->setPlainText(m_settings.afterHoursTemplate());
    }
    m_templateSave->stop();
    showError(m_templateError, {});
    showPreviews();

    const QSignalBlocker languageBlocker(m_language);
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    const QSignalBlocker pollBlocker(m_pollInterval);
    m_pollInterval->setValue(m_settings.pollIntervalSeconds());
    showError(m_pollIntervalError, {});
    const QSignalBlocker startBlocker(m_startAtLogin);
    m_startAtLogin->setChecked(m_autostart->isEnabled());
    m_sharedDatabase->setCurrent(m_settings.sharedDatabase(), m_settings.seatName());
}

} // namespace Rebound::Ui
