#include "wiringdiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace Rebound::Ui {

WiringDiagram::WiringDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wiringDiagram"));
    setAccessibleName(tr("How calls reach Rebound"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setWiring(Core::Wiring::Forwarded);
}

WiringDiagram::~WiringDiagram() = default;

void WiringDiagram::setWiring(Core::Wiring wiring)
{
    m_wiring = wiring;
    setAccessibleDescription(steps().join(QLatin1Char(' ')));
    update();
}

QStringList WiringDiagram::nodes() const
{
    if (m_wiring == Core::Wiring::Dial)
        return {tr("Caller"), tr("Your Twilio number"), tr("Your phone"), tr("Rebound texts back")};
    return {tr("Caller"), tr("Your business phone"), tr("Your Twilio number"), tr("Rebound texts back")};
}

QStringList WiringDiagram::arrows() const
{
    if (m_wiring == Core::Wiring::Dial)
        return {tr("dials"), tr("rings"), tr("no answer")};
    return {tr("dials"), tr("no answer"), tr("missed")};
}

QStringList WiringDiagram::steps() const
{
    if (m_wiring == Core::Wiring::Dial)
        return {tr("The caller dials your Twilio number."), tr("Twilio rings your phone."),
                tr("If nobody picks up (or voicemail does), Rebound texts the caller back.")};
    return {tr("The caller dials your usual business number."),
            tr("If nobody answers, your phone company forwards the call to your Twilio number."),
            tr("Every call that reaches the Twilio number was missed, so Rebound texts the caller back.")};
}

int WiringDiagram::boxWidth() const
{
    return fontMetrics().averageCharWidth() * 13;
}

QSize WiringDiagram::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int gap = fm.averageCharWidth() * 11;
    return {boxWidth() * 4 + gap * 3 + 2, fm.lineSpacing() * 5};
}

QSize WiringDiagram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 5};
}

void WiringDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleDescription(steps().join(QLatin1Char(' ')));
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void WiringDiagram::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QStringList boxes = nodes();
    const QStringList labels = arrows();
    const int count = int(boxes.size());
    // Boxes share the width; the gaps between them hold the arrows.
    const int boxW = std::min(boxWidth(), width() / (count + (count - 1) / 2 + 1));
    const int gap = count > 1 ? (width() - 1 - boxW * count) / (count - 1) : 0;
    const int boxH = fm.lineSpacing() * 3;
    const int top = (height() - boxH) / 2;
    const QPalette &pal = palette();
    for (int i = 0; i < count; ++i) {
        const QRectF box(0.5 + i * (boxW + gap), top + 0.5, boxW, boxH);
        const bool last = i == count - 1;
        QPainterPath path;
        path.addRoundedRect(box, fm.height() / 3.0, fm.height() / 3.0);
        p.fillPath(path, pal.color(last ? QPalette::Highlight : QPalette::Base));
        p.setPen(QPen(pal.color(QPalette::Mid), 1.0));
        p.drawPath(path);
        p.setPen(pal.color(last ? QPalette::HighlightedText : QPalette::Text));
        p.drawText(box.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, boxes.at(i));
        if (last)
            continue;
        // The arrow to the next box, with its caption above.
        const qreal y = top + boxH / 2.0;
        const qreal x1 = box.right() + 4;
        const qreal x2 = box.right() + gap - 4;
        const qreal head = fm.height() / 3.0;
        p.setPen(QPen(pal.color(QPalette::Text), 1.5));
        p.drawLine(QPointF(x1, y), QPointF(x2 - head, y));
        QPainterPath arrowHead;
        arrowHead.moveTo(x2, y);
        arrowHead.lineTo(x2 - head, y - head / 1.5);
        arrowHead.lineTo(x2 - head, y + head / 1.5);
        arrowHead.closeSubpath();
        p.fillPath(arrowHead, pal.color(QPalette::Text));
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QRectF caption(x1, y - fm.lineSpacing() * 1.5, x2 - x1, fm.lineSpacing() * 1.4);
        p.drawText(caption, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                   i < labels.size() ? labels.at(i) : QString());
    }
}

} // namespace Rebound::Ui
