#include "wiringpage.h"

#include "setupstate.h"
#include "wiringdiagram.h"

#include "domain/phonenumber.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::Wiring;

WiringPage::WiringPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("wiringPage"));
    setTitle(tr("How the line is wired"));
    setSubTitle(tr("Rebound needs to know how calls reach you to tell a missed call from an answered one."));
    m_rows = new QWidget(this);
    m_rows->setObjectName(QStringLiteral("wiringRows"));
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("wiringExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_diagram = new WiringDiagram(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows);
    layout->addSpacing(fontMetrics().lineSpacing() / 2);
    layout->addWidget(m_diagram);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

WiringPage::~WiringPage() = default;

void WiringPage::initializePage()
{
    // Rebuilt each time: the chosen numbers may have changed on the previous page.
    m_combos.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_state.lines.size(); ++i) {
        const Core::ConfiguredLine &line = m_state.lines.at(i);
        const Core::PhoneNumber number = Core::PhoneNumber::fromE164(line.e164);
        auto *label = new QLabel(number.isValid() ? number.display() : line.e164, m_rows);
        auto *combo = new QComboBox(m_rows);
        combo->setObjectName(QStringLiteral("wiringCombo%1").arg(i));
        combo->addItem(tr("My phone company forwards unanswered calls to it"), toString(Wiring::Forwarded));
        combo->addItem(tr("Customers call it and it rings my phone (Dial)"), toString(Wiring::Dial));
        combo->setCurrentIndex(line.wiring == Wiring::Dial ? 1 : 0);
        combo->setAccessibleName(tr("How %1 is wired").arg(label->text()));
        combo->installEventFilter(this);
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { showWiringOf(combo); });
        m_grid->addWidget(label, i, 0);
        m_grid->addWidget(combo, i, 1);
        m_combos.append(combo);
    }
    m_grid->setColumnStretch(1, 1);
    showWiringOf(m_combos.isEmpty() ? nullptr : m_combos.constFirst());
}

bool WiringPage::eventFilter(QObject *watched, QEvent *event)
{
    // The diagram follows the number being looked at.
    if (event->type() == QEvent::FocusIn) {
        if (auto *combo = qobject_cast<QComboBox *>(watched))
            showWiringOf(combo);
    }
    return QWizardPage::eventFilter(watched, event);
}

void WiringPage::showWiringOf(QComboBox *combo)
{
    const Wiring wiring =
        combo ? Core::wiringFromString(combo->currentData().toString()).value_or(Wiring::Forwarded) : Wiring::Forwarded;
    m_diagram->setWiring(wiring);
    QString text = m_diagram->steps().join(QLatin1Char(' '));
    if (wiring == Wiring::Forwarded)
        text += QLatin1Char(' ')
            + tr("Set it up with your phone company: ask for \"call forwarding when unanswered\" (also called "
                 "conditional or no-answer forwarding) to your Twilio number.");
    else
        text += QLatin1Char(' ')
            + tr("Your Twilio number needs a voice setup that dials your phone (for example a TwiML Bin with "
                 "<Dial>); a call your voicemail picks up counts as missed.");
    m_explanation->setText(text);
}

bool WiringPage::validatePage()
{
    for (int i = 0; i < m_combos.size() && i < m_state.lines.size(); ++i)
        m_state.lines[i].wiring =
            Core::wiringFromString(m_combos.at(i)->currentData().toString()).value_or(Wiring::Forwarded);
    return true;
}

} // namespace Rebound::Ui
