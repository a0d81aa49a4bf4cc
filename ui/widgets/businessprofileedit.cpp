#include "businessprofileedit.h"

#include "wizard/setupstate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Rebound::Ui {

namespace {
bool sameFields(const Core::BusinessProfile &a, const Core::BusinessProfile &b)
{
    return a.name == b.name && a.trade == b.trade && a.serviceArea == b.serviceArea
        && a.ownerFirstName == b.ownerFirstName && a.licensing == b.licensing && a.emergencyPolicy == b.emergencyPolicy
        && a.pricingPolicy == b.pricingPolicy;
}
} // namespace

BusinessProfileEdit::BusinessProfileEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = addLine(form, QT_TR_NOOP("B&usiness name:"), "businessNameEdit");
    m_nameError = new QLabel(this);
    m_nameError->setObjectName(QStringLiteral("businessNameError"));
    m_nameError->setWordWrap(true);
    m_nameError->setTextFormat(Qt::PlainText);
    m_nameError->setProperty("role", QStringLiteral("error"));
    m_nameError->hide();
    form->addRow(QString(), m_nameError);
    m_trade = new QComboBox(this);
    m_trade->setObjectName(QStringLiteral("tradeCombo"));
    for (const auto &[key, name] : SetupState::trades())
        m_trade->addItem(name, key);
    addRow(form, QT_TR_NOOP("&Trade:"), m_trade);
    connect(m_trade, &QComboBox::currentIndexChanged, this, &BusinessProfileEdit::commit);
    m_area = addLine(form, QT_TR_NOOP("Ser&vice area:"), "serviceAreaEdit");
    m_ownerName = addLine(form, QT_TR_NOOP("O&wner's first name:"), "ownerFirstNameEdit");
    m_licensing = addLine(form, QT_TR_NOOP("L&icensing:"), "licensingEdit");
    m_emergency = addLine(form, QT_TR_NOOP("Emer&gencies:"), "emergencyPolicyEdit");
    m_pricing = addLine(form, QT_TR_NOOP("&Pricing:"), "pricingPolicyEdit");
    retranslate();
}

BusinessProfileEdit::~BusinessProfileEdit() = default;

QLineEdit *BusinessProfileEdit::addLine(QFormLayout *form, const char *label, const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    addRow(form, label, edit);
    connect(edit, &QLineEdit::editingFinished, this, &BusinessProfileEdit::commit);
    return edit;
}

void BusinessProfileEdit::addRow(QFormLayout *form, const char *label, QWidget *field)
{
    auto *name = new QLabel(this);
    name->setBuddy(field);
    m_labels.append({name, label});
    form->addRow(name, field);
}

void BusinessProfileEdit::setProfile(const Core::BusinessProfile &profile)
{
    m_loading = true;
    m_shown = profile;
    m_name->setText(profile.name);
    if (m_trade->findData(profile.trade) < 0)
        m_trade->addItem(profile.trade, profile.trade); // a trade saved by a newer version stays selectable
    m_trade->setCurrentIndex(m_trade->findData(profile.trade));
    m_area->setText(profile.serviceArea);
    m_ownerName->setText(profile.ownerFirstName);
    m_licensing->setText(profile.licensing);
    m_emergency->setText(profile.emergencyPolicy);
    m_pricing->setText(profile.pricingPolicy);
    m_nameError->hide();
    m_loading = false;
}

std::optional<QString> BusinessProfileEdit::validName(QString *error) const
{
    const QString text = m_name->text().trimmed();
    QString why;
    if (text.isEmpty())
        why = tr("Type the business name: every text-back says who is writing.");
    else if (text.size() > MaxNameLength)
        why = tr("Keep the name to %n characters or fewer; it goes into every text-back.", nullptr, MaxNameLength);
    if (error)
        *error = why;
    if (!why.isEmpty())
        return std::nullopt;
    return text;
}

void BusinessProfileEdit::applyTo(Core::BusinessProfile &profile) const
{
    if (const auto n = validName())
        profile.name = *n;
    profile.trade = m_trade->currentData().toString();
    profile.serviceArea = m_area->text().trimmed();
    profile.ownerFirstName = m_ownerName->text().trimmed();
    profile.licensing = m_licensing->text().trimmed();
    profile.emergencyPolicy = m_emergency->text().trimmed();
    profile.pricingPolicy = m_pricing->text().trimmed();
}

void BusinessProfileEdit::commit()
{
    if (m_loading)
        return;
    QString error;
    if (const auto n = validName(&error); n && *n != m_name->text())
        m_name->setText(*n);
    m_nameError->setText(error);
    m_nameError->setVisible(!error.isEmpty());
    Core::BusinessProfile next = m_shown;
    applyTo(next);
    if (sameFields(next, m_shown))
        return;
    m_shown = next;
    Q_EMIT profileEdited();
}

void BusinessProfileEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BusinessProfileEdit::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    for (int i = 0; i < m_trade->count(); ++i)
        m_trade->setItemText(i, SetupState::tradeName(m_trade->itemData(i).toString()));
    m_name->setPlaceholderText(tr("e.g. Mike's Plumbing"));
    m_area->setPlaceholderText(tr("e.g. Austin and Round Rock"));
    m_ownerName->setPlaceholderText(tr("e.g. Mike"));
    m_licensing->setPlaceholderText(tr("e.g. Licensed and insured, TX M-12345"));
    m_emergency->setPlaceholderText(tr("e.g. 24/7 emergencies, $95 after-hours fee"));
    m_pricing->setPlaceholderText(tr("e.g. We quote on site after a look"));
    m_name->setAccessibleName(tr("Business name"));
    m_name->setToolTip(tr("Callers see this in every text-back, where {business} appears."));
    m_trade->setAccessibleName(tr("Trade"));
    m_area->setAccessibleName(tr("Service area"));
    m_ownerName->setAccessibleName(tr("Owner's first name"));
    m_ownerName->setToolTip(tr("Callers are told this person will call them back."));
    m_licensing->setAccessibleName(tr("Licensing"));
    m_emergency->setAccessibleName(tr("Emergency policy"));
    m_pricing->setAccessibleName(tr("Pricing policy"));
    // A visible error is a sentence in the old language until the next edit: say it again.
    if (m_nameError->isVisibleTo(this)) {
        QString error;
        validName(&error);
        m_nameError->setText(error);
    }
}

} // namespace Rebound::Ui
