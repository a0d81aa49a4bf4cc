#include "contactflagbar.h"

#include "dialogs/messagebox.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
// Long enough to notice a slip and reach the button; short enough not to linger.
constexpr int kUndoMs = 15000;
} // namespace

ContactFlagBar::ContactFlagBar(QWidget *parent)
    : QWidget(parent)
    , m_undoTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contactFlagBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    const auto flagButton = [&](const char *name, const QString &text, Flag flag) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, flag](bool on) { toggle(flag, on); });
        buttons->addWidget(button);
        return button;
    };
    m_block = flagButton("blockButton", tr("Block"), Flag::Blocked);
    m_vendor = flagButton("vendorButton", tr("Mark as vendor"), Flag::Vendor);
    m_customer = flagButton("customerButton", tr("Mark as customer"), Flag::Customer);
    layout->addLayout(buttons);

    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(QStringLiteral("flagUndoBar"));
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 2, 2, 2);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(QStringLiteral("flagUndoText"));
    m_undoText->setTextFormat(Qt::PlainText);
    m_undo = new QPushButton(tr("Undo"), m_undoBar);
    m_undo->setObjectName(QStringLiteral("undoFlagButton"));
    m_undo->setToolTip(tr("Put this caller's flags back as they were"));
    connect(m_undo, &QPushButton::clicked, this, &ContactFlagBar::undo);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    layout->addWidget(m_undoBar);
    m_undoBar->hide();

    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);
    connect(m_undoTimer, &QTimer::timeout, this, &ContactFlagBar::clearUndo);
    updateButtons();
}

ContactFlagBar::~ContactFlagBar() = default;

void ContactFlagBar::setContact(const QString &e164, const QString &displayName, const ContactFlags &flags,
                                bool enabled)
{
    if (e164 != m_number)
        clearUndo();
    m_number = e164;
    m_name = displayName;
    m_flags = flags;
    m_enabled = enabled;
    updateButtons();
}

void ContactFlagBar::clearUndo()
{
    m_undoTimer->stop();
    m_undoNumber.clear();
    m_undoBar->hide();
}

void ContactFlagBar::toggle(Flag flag, bool on)
{
    if (!m_enabled || m_number.isEmpty()) {
        updateButtons();
        return;
    }
    if (flag == Flag::Blocked && on) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Block %1?").arg(m_name),
            tr("Rebound will never text %1 back and their calls make no lead. You can unblock them later.").arg(m_name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            updateButtons(); // the click checked the button; nothing changed
            return;
        }
    }
    const ContactFlags before = m_flags;
    ContactFlags after = m_flags;
    QString done;
    switch (flag) {
    case Flag::Blocked:
        after.blocked = on;
        done = on ? tr("Blocked %1.") : tr("Unblocked %1.");
        break;
    case Flag::Vendor:
        // A supplier is not a customer and the other way round.
        after.vendor = on;
        after.customer = after.customer && !on;
        done = on ? tr("Marked %1 as a vendor.") : tr("%1 is no longer marked as a vendor.");
        break;
    case Flag::Customer:
        after.customer = on;
        after.vendor = after.vendor && !on;
        done = on ? tr("Marked %1 as a customer.") : tr("%1 is no longer marked as a customer.");
        break;
    }
    m_flags = after;
    m_undoNumber = m_number;
    m_undoFlags = before;
    m_undoText->setText(done.arg(m_name));
    m_undoBar->show();
    m_undoTimer->start();
    updateButtons();
    Q_EMIT flagsRequested(m_number, after);
}

void ContactFlagBar::undo()
{
    if (m_undoNumber.isEmpty())
        return;
    const QString number = m_undoNumber;
    const ContactFlags previous = m_undoFlags;
    clearUndo();
    if (number == m_number) {
        m_flags = previous;
        updateButtons();
    }
    Q_EMIT flagsRequested(number, previous);
}

void ContactFlagBar::updateButtons()
{
    const QString offline = tr("Not available until Rebound is connected to your phone line.");
    const auto set = [&](QPushButton *button, bool on, const QString &whenOn, const QString &whenOff) {
        const QSignalBlocker blocker(button);
        button->setChecked(on);
        button->setEnabled(m_enabled);
        button->setToolTip(m_enabled ? (on ? whenOn : whenOff) : offline);
    };
    set(m_block, m_flags.blocked, tr("Blocked: Rebound never texts this number back. Click to unblock."),
        tr("Block this number: Rebound will never text it back. Asks first."));
    set(m_vendor, m_flags.vendor, tr("Marked as a vendor: their calls are not texted back. Click to undo."),
        tr("A supplier or partner: their calls are not texted back and make no lead."));
    set(m_customer, m_flags.customer, tr("Marked as an existing customer. Click to undo."),
        tr("An existing customer: their leads are marked as such."));
    m_undo->setEnabled(m_enabled);
}

} // namespace Rebound::Ui
