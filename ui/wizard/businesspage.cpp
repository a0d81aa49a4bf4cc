#include "businesspage.h"

#include "setupstate.h"

#include "widgets/openinghoursedit.h"

#include "config/openinghours.h"
#include "domain/phonenumber.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::PhoneNumber;

BusinessPage::BusinessPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("businessPage"));
    setTitle(tr("Your business"));
    setSubTitle(tr("Rebound uses this in its texts and to answer callers' common questions."));
    const Core::BusinessProfile &b = state.business;

    m_name = addLine("businessNameEdit", b.name, tr("e.g. Mike's Plumbing"));
    m_trade = new QComboBox(this);
    m_trade->setObjectName(QStringLiteral("tradeCombo"));
    for (const auto &[key, name] : SetupState::trades())
        m_trade->addItem(name, key);
    if (m_trade->findData(b.trade) < 0)
        m_trade->addItem(b.trade, b.trade); // a trade saved by a newer version stays selectable
    m_trade->setCurrentIndex(m_trade->findData(b.trade));
    m_hours = addLine("hoursEdit", b.hours, tr("e.g. Mon-Fri 7am-6pm, Sat 8am-noon"));
    m_hoursNote = new QLabel(this);
    m_hoursNote->setObjectName(QStringLiteral("hoursNote"));
    m_hoursNote->setWordWrap(true);
    m_hoursNote->setTextFormat(Qt::PlainText);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones) {
        // Region/City ids only: the bare abbreviations (EST, UTC+5) hide daylight saving.
        if (zone.contains('/') && !zone.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromLatin1(zone));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const int zoneIndex = m_timeZone->findText(b.timeZone);
    if (zoneIndex >= 0)
        m_timeZone->setCurrentIndex(zoneIndex);
    else
        m_timeZone->setCurrentText(b.timeZone);
    m_area = addLine("serviceAreaEdit", b.serviceArea, tr("e.g. Austin and Round Rock"));
    m_ownerName = addLine("ownerFirstNameEdit", b.ownerFirstName, tr("e.g. Mike"));
    m_ownerCell = addLine("ownerCellEdit", QString(), tr("e.g. (512) 555-0199"));
    const PhoneNumber cell = PhoneNumber::fromE164(state.ownerCell);
    m_ownerCell->setText(cell.isValid() ? cell.display(state.homeRegion()) : state.ownerCell);
    m_ownerCell->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ownerCellError = new QLabel(this);
    m_ownerCellError->setObjectName(QStringLiteral("ownerCellError"));
    m_ownerCellError->setWordWrap(true);
    m_licensing = addLine("licensingEdit", b.licensing, tr("e.g. Licensed and insured, TX M-12345"));
    m_emergency = addLine("emergencyPolicyEdit", b.emergencyPolicy, tr("e.g. 24/7 emergencies, $95 after-hours fee"));
    m_pricing = addLine("pricingPolicyEdit", b.pricingPolicy, tr("e.g. We quote on site after a look"));

    auto *form = new QFormLayout;
    form->addRow(tr("Business &name:"), m_name);
    form->addRow(tr("&Trade:"), m_trade);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(QString(), m_hoursNote);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Service &area:"), m_area);
    form->addRow(tr("Owner's &first name:"), m_ownerName);
    form->addRow(tr("Owner's &cell for alerts:"), m_ownerCell);
    form->addRow(QString(), m_ownerCellError);
    auto *answers = new QGroupBox(tr("Answers to common questions"), this);
    auto *answersForm = new QFormLayout(answers);
    answersForm->addRow(tr("&Licensing:"), m_licensing);
    answersForm->addRow(tr("&Emergencies:"), m_emergency);
    answersForm->addRow(tr("&Pricing:"), m_pricing);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(answers);
    layout->addStretch(1);

    m_name->setAccessibleName(tr("Business name"));
    m_trade->setAccessibleName(tr("Trade"));
    m_hours->setAccessibleName(tr("Opening hours"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_area->setAccessibleName(tr("Service area"));
    m_ownerName->setAccessibleName(tr("Owner's first name"));
    m_ownerCell->setAccessibleName(tr("Owner's cell phone for alerts"));
    m_ownerCell->setToolTip(tr("Rebound texts this number about hot leads. Leave it empty for no text alerts."));
    m_licensing->setAccessibleName(tr("Licensing"));
    m_emergency->setAccessibleName(tr("Emergency policy"));
    m_pricing->setAccessibleName(tr("Pricing policy"));

    for (QLineEdit *edit : {m_name, m_ownerCell})
        connect(edit, &QLineEdit::textChanged, this, &BusinessPage::updateErrors);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &BusinessPage::updateErrors);
    connect(m_hours, &QLineEdit::textChanged, this, &BusinessPage::updateHoursNote);
    updateErrors();
    updateHoursNote();
}

BusinessPage::~BusinessPage() = default;

QLineEdit *BusinessPage::addLine(const char *objectName, const QString &text, const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

void BusinessPage::initializePage()
{
    updateErrors();
}

QString BusinessPage::ownerCellE164(QString *error) const
{
    const QString text = m_ownerCell->text().trimmed();
    if (text.isEmpty())
        return {};
    PhoneNumber::Error why = PhoneNumber::Error::None;
    const PhoneNumber number = PhoneNumber::parse(text, m_state.homeRegion(), &why);
    if (number.isValid())
        return number.e164();
    if (error) {
        switch (why) {
        case PhoneNumber::Error::TooShort:
            *error = tr("That number is too short. Type the whole cell number, with the area code.");
            break;
        case PhoneNumber::Error::TooLong:
            *error = tr("That number is too long. Check for extra digits.");
            break;
        case PhoneNumber::Error::InvalidCountryCode:
            *error = tr("The country code isn't right. Start with + and the country code, e.g. +1 for the US.");
            break;
        default:
            *error = tr("That isn't a phone number Rebound can text. Type the cell number, e.g. (512) 555-0199.");
            break;
        }
    }
    return {};
}

void BusinessPage::updateErrors()
{
    QString error;
    ownerCellE164(&error);
    m_ownerCellError->setText(error);
    m_ownerCellError->setVisible(!error.isEmpty());
    Q_EMIT completeChanged();
}

void BusinessPage::updateHoursNote()
{
    // The hours choose between the business-hours and after-hours texts, so
    // the person sees how they were read, and is told plainly when they were not.
    const QString text = m_hours->text().trimmed();
    const QByteArray zone = m_timeZone->currentText().trimmed().toLatin1();
    const QString standard = OpeningHoursEdit::summary(Core::OpeningHours::standard(zone));
    if (text.isEmpty()) {
        m_hoursNote->setText(
            tr("No hours given: Rebound uses %1 until you set yours here or in Settings.").arg(standard));
    } else if (const auto parsed = Core::OpeningHours::parse(text, zone)) {
        m_hoursNote->setText(tr("Read as: %1").arg(OpeningHoursEdit::summary(*parsed)));
    } else {
        m_hoursNote->setText(tr("Rebound cannot read these hours, so it will use the standard hours (%1) to choose "
                                "between the business-hours and after-hours texts. Try e.g. “Mon-Fri 7am-6pm, Sat "
                                "8am-noon”, or set them in Settings later.")
                                 .arg(standard));
    }
}

bool BusinessPage::isComplete() const
{
    QString cellError;
    ownerCellE164(&cellError);
    const QByteArray zone = m_timeZone->currentText().trimmed().toLatin1();
    return !m_name->text().trimmed().isEmpty() && cellError.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone);
}

bool BusinessPage::validatePage()
{
    if (!isComplete())
        return false;
    Core::BusinessProfile &b = m_state.business;
    b.name = m_name->text().trimmed();
    b.trade = m_trade->currentData().toString();
    b.hours = m_hours->text().trimmed();
    b.timeZone = m_timeZone->currentText().trimmed();
    b.serviceArea = m_area->text().trimmed();
    b.ownerFirstName = m_ownerName->text().trimmed();
    b.licensing = m_licensing->text().trimmed();
    b.emergencyPolicy = m_emergency->text().trimmed();
    b.pricingPolicy = m_pricing->text().trimmed();
    m_state.ownerCell = ownerCellE164();
    return true;
}

} // namespace Rebound::Ui
