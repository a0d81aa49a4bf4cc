#include "numberspage.h"

#include "setupstate.h"

#include "domain/phonenumber.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Rebound::Ui {

NumbersPage::NumbersPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("numbersPage"));
    setTitle(tr("Your business numbers"));
    setSubTitle(tr("Tick the numbers customers call. Rebound watches these for missed calls and texts back from "
                   "the same number."));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("numbersList"));
    m_list->setAccessibleName(tr("Phone numbers of the account"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("numbersEmpty"));
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::itemChanged, this, &NumbersPage::completeChanged);
}

NumbersPage::~NumbersPage() = default;

void NumbersPage::initializePage()
{
    QStringList chosen;
    for (const Core::ConfiguredLine &line : std::as_const(m_state.lines))
        chosen.append(line.e164);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Core::IncomingNumber &number : std::as_const(m_state.numbers)) {
        const Core::PhoneNumber parsed = Core::PhoneNumber::fromE164(number.phoneNumber);
        QString text = parsed.isValid() ? parsed.display() : number.phoneNumber;
        if (!number.friendlyName.isEmpty() && number.friendlyName != number.phoneNumber)
            text += QStringLiteral(" — ") + number.friendlyName;
        // Twilio lists capabilities per number; one without SMS can't text back.
        if (!number.sms)
            text += QStringLiteral(" ") + tr("(this number can't send texts)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, number.phoneNumber);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // One number: nothing to choose. Otherwise keep what was chosen last time.
        const bool check = m_state.numbers.size() == 1 || chosen.contains(number.phoneNumber);
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setText(
        m_state.numbers.isEmpty()
            ? tr("This account has no phone numbers. Buy or port one in %1, then come back.").arg(m_state.consoleName())
            : QString());
    m_empty->setVisible(m_state.numbers.isEmpty());
    Q_EMIT completeChanged();
}

QStringList NumbersPage::checkedNumbers() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

bool NumbersPage::isComplete() const
{
    return !checkedNumbers().isEmpty();
}

bool NumbersPage::validatePage()
{
    const QStringList numbers = checkedNumbers();
    if (numbers.isEmpty())
        return false;
    // Keep the wiring already chosen for numbers that stay.
    QList<Core::ConfiguredLine> lines;
    for (const QString &e164 : numbers) {
        Core::ConfiguredLine line;
        line.e164 = e164;
        for (const Core::ConfiguredLine &old : std::as_const(m_state.lines)) {
            if (old.e164 == e164)
                line.wiring = old.wiring;
        }
        lines.append(line);
    }
    m_state.lines = lines;
    return true;
}

} // namespace Rebound::Ui
