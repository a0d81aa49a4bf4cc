#include "replycomposer.h"

#include "domain/smssegments.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace Rebound::Ui {

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replyComposer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("replyDisabledReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("replyBox"));
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setPlaceholderText(tr("Type a reply… (Ctrl+Enter sends)"));
    m_edit->setToolTip(tr("Ctrl+Enter sends. Replying takes this conversation over from Rebound's automatic answers."));
    m_edit->setTabChangesFocus(true); // Tab reaches the Send button
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 5 + 16);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyComposer::onTextChanged);

    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::requestSend);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("segmentCounter"));
    m_counter->setAccessibleName(tr("Reply length"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addWidget(m_reason);
    layout->addLayout(row);
    layout->addWidget(m_counter);
    updateCounter();
}

ReplyComposer::~ReplyComposer() = default;

QString ReplyComposer::text() const
{
    return m_edit->toPlainText();
}

void ReplyComposer::setText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(text.left(maxCharacters));
        m_edit->moveCursor(QTextCursor::End);
    }
    updateCounter();
}

void ReplyComposer::setDisabledReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_edit->setEnabled(reason.isEmpty());
    // The reason shows once, above the box; a counter for a box that cannot send is noise.
    m_edit->setPlaceholderText(reason.isEmpty() ? tr("Type a reply… (Ctrl+Enter sends)") : QString());
    m_counter->setVisible(reason.isEmpty());
    updateCounter();
}

void ReplyComposer::onTextChanged()
{
    const QString text = m_edit->toPlainText();
    if (text.size() > maxCharacters) {
        // Cut what went past the cap (usually the end of a paste), keeping the undo history.
        int cut = maxCharacters;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        QTextCursor cursor(m_edit->document());
        cursor.setPosition(cut);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return; // removing the text reports the change again
    }
    updateCounter();
    Q_EMIT draftChanged(text);
}

void ReplyComposer::updateCounter()
{
    const QString text = m_edit->toPlainText();
    const Core::SmsSegments measure = Core::SmsSegments::measure(text);
    const int left = measure.unitsLeftInSegment;
    const QString leftText = left == 1 ? tr("1 character left") : tr("%1 characters left").arg(left);
    const bool warn = measure.segments > comfortableSegments;
    QString counter = warn
        ? tr("%1 segments — long texts cost more and may arrive split · %2").arg(measure.segments).arg(leftText)
        : tr("%1 of %2 segments · %3").arg(measure.segments).arg(comfortableSegments).arg(leftText);
    if (text.size() >= maxCharacters)
        counter += tr(" · the limit of %1 characters is reached").arg(QLocale().toString(maxCharacters));
    m_counter->setText(counter);
    m_counter->setToolTip(measure.encoding == Core::SmsSegments::Encoding::Ucs2
                              ? tr("This reply has characters outside the basic SMS alphabet (such as emoji or "
                                   "curly quotes), so each segment holds 70 characters instead of 160.")
                              : tr("A segment holds 160 plain characters; longer texts are sent as several."));
    if (m_counter->property("warning").toBool() != warn) {
        // A dynamic property only restyles once the style sheet is applied again.
        m_counter->setProperty("warning", warn);
        m_counter->style()->unpolish(m_counter);
        m_counter->style()->polish(m_counter);
    }
    m_send->setEnabled(m_edit->isEnabled() && !text.trimmed().isEmpty());
}

void ReplyComposer::requestSend()
{
    if (!m_edit->isEnabled())
        return;
    const QString body = m_edit->toPlainText().trimmed();
    if (body.isEmpty()) {
        m_counter->setText(tr("Type a message first."));
        return;
    }
    Q_EMIT sendRequested(body);
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rebound::Ui
