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
        // Never cut an emoji (a surrogate pair) in half at the cap.
        int keep = std::min<int>(int(text.size()), maxCharacters);
        if (keep < text.size() && keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep;
        m_edit->setPlainText(text.left(keep));
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

QString ReplyComposer::counterText(const QString &text)
{
    const Core::SmsSegments measure = Core::SmsSegments::measure(text);
    if (measure.segments == 0)
        return {};
    QString counter = measure.segments == 1 ? tr("Fits in one text")
        : measure.segments > comfortableSegments
        ? tr("%n texts — long replies cost more and may arrive split", nullptr, measure.segments)
        : tr("%n text(s)", nullptr, measure.segments);
    // The count of characters matters only close to a limit: the end of a single text, or the cap.
    const qsizetype toCap = maxCharacters - text.size();
    if (toCap <= 0)
        counter +=
            QStringLiteral(" · ") + tr("the limit of %1 characters is reached").arg(QLocale().toString(maxCharacters));
    else if (toCap <= nearLimit)
        counter += QStringLiteral(" · ") + tr("%n character(s) left", nullptr, int(toCap));
    else if (measure.segments == 1 && measure.unitsLeftInSegment <= nearLimit)
        counter += QStringLiteral(" · ") + tr("%n character(s) left", nullptr, measure.unitsLeftInSegment);
    return counter;
}

void ReplyComposer::updateCounter()
{
    const QString text = m_edit->toPlainText();
    const Core::SmsSegments measure = Core::SmsSegments::measure(text);
    const bool warn = measure.segments > comfortableSegments;
    m_counter->setText(counterText(text));
    m_counter->setToolTip(measure.encoding == Core::SmsSegments::Encoding::Ucs2
                              ? tr("This reply has characters outside the basic SMS alphabet (such as emoji or "
                                   "curly quotes), so each text holds 70 characters instead of 160.")
                              : tr("One text holds 160 plain characters; longer replies are sent as several."));
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
