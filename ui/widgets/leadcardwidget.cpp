#include "leadcardwidget.h"

#include "models/displaytext.h"
#include "models/leadlistmodel.h"
#include "theme/theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::Lead;

LeadCardWidget::LeadCardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leadDetails"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("leadDetailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("leadDetailsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_callBack = new QLabel(this);
    m_callBack->setObjectName(QStringLiteral("leadDetailsCallBack"));
    m_callBack->setTextFormat(Qt::PlainText);
    m_callBack->setWordWrap(true);
    QFont boldFont = m_callBack->font();
    boldFont.setBold(true);
    m_callBack->setFont(boldFont);
    m_hint = new QLabel(tr("Pick a card to see everything the caller said."), this);
    m_hint->setObjectName(QStringLiteral("leadDetailsHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_phone = addRow(QStringLiteral("leadDetailsPhone"));
    // Rich text only here, built from an E.164 number, so nothing a caller typed is ever markup.
    m_phone->setTextFormat(Qt::RichText);
    m_phone->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_phone, &QLabel::linkActivated, this, &LeadCardWidget::callRequested);
    m_job = addRow(QStringLiteral("leadDetailsJob"));
    m_urgency = addRow(QStringLiteral("leadDetailsUrgency"));
    m_address = addRow(QStringLiteral("leadDetailsAddress"));
    m_bestTime = addRow(QStringLiteral("leadDetailsBestTime"));
    m_questions = addRow(QStringLiteral("leadDetailsQuestions"));
    m_value = addRow(QStringLiteral("leadDetailsJobValue"));
    m_called = addRow(QStringLiteral("leadDetailsCalled"));

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_callBack);
    layout->addWidget(m_hint);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setLead(nullptr, {});
}

LeadCardWidget::~LeadCardWidget() = default;

QLabel *LeadCardWidget::addRow(const QString &objectName)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *label = new QLabel(m_fields);
    label->setBuddy(value);
    m_form->addRow(label, value);
    return value;
}

void LeadCardWidget::setLead(const Lead *lead, const QDateTime &nowUtc)
{
    m_hint->setVisible(!lead);
    m_title->setVisible(lead);
    m_summary->setVisible(lead);
    m_fields->setVisible(lead);
    m_callBack->setVisible(lead && !lead->callBackReason.isEmpty());
    if (!lead)
        return;
    if (!lead->callBackReason.isEmpty()) {
        m_callBack->setText(tr("Call them back: the text-back cannot reach this number. %1").arg(lead->callBackReason));
        QPalette alert = m_callBack->palette();
        alert.setColor(QPalette::WindowText, Theme::alertColor());
        m_callBack->setPalette(alert);
    }
    const QString notYet = tr("Not said yet");
    auto setRow = [this](QLabel *value, const QString &label, const QString &text) {
        if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(value)))
            labelWidget->setText(label);
        if (value != m_phone)
            value->setText(text);
        value->setAccessibleName(label);
        // Hiding the whole row (not just its widgets) leaves no gap where a field is empty.
        m_form->setRowVisible(value, !text.isEmpty());
    };

    m_title->setText(LeadListModel::title(*lead));
    QString summary =
        tr("%1 lead · %2").arg(LeadListModel::scoreText(lead->card.score), LeadListModel::statusText(lead->status));
    if (!LeadListModel::kindText(lead->card.kind).isEmpty())
        summary += QStringLiteral(" · ") + LeadListModel::kindText(lead->card.kind);
    m_summary->setText(summary);

    const QString phone = DisplayText::phoneNumber(lead->callerNumber);
    const bool callable = lead->callerNumber.startsWith(QLatin1Char('+'));
    m_phone->setText(
        callable
            ? QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(lead->callerNumber.toHtmlEscaped(), phone.toHtmlEscaped())
            : phone.toHtmlEscaped());
    setRow(m_phone, tr("Phone:"), phone);
    const QString job = LeadListModel::job(*lead);
    setRow(m_job, tr("Job:"), job.isEmpty() ? notYet : job);
    QString urgency = LeadListModel::urgencyText(lead->card.urgency);
    if (lead->urgent)
        urgency += QStringLiteral(" · ") + tr("called again after the text-back");
    setRow(m_urgency, tr("Urgency:"), urgency);
    setRow(m_address, tr("Address:"), lead->card.address.isEmpty() ? notYet : lead->card.address);
    setRow(m_bestTime, tr("Best time:"), lead->card.preferredTime);
    setRow(m_questions, tr("Their questions:"), lead->card.questions.join(QLatin1Char('\n')));
    setRow(m_value, tr("Job value:"),
           lead->jobValueCents ? LeadListModel::jobValueText(*lead->jobValueCents) : QString());
    setRow(m_called, tr("Called:"),
           tr("%1 (%2)").arg(LeadListModel::ageText(lead->createdAt, nowUtc),
                             QLocale().toString(lead->createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_called->setToolTip(DisplayText::fullWhen(lead->createdAt));
}

} // namespace Rebound::Ui
