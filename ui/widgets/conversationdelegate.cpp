#include "conversationdelegate.h"

#include "models/conversationlistmodel.h"
#include "theme/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Rebound::Ui {

namespace {
constexpr int kPadding = 8;
constexpr int kBadgePadding = 6;

// Draws a rounded pill ending at `right` on the line `box`; returns its left edge.
qreal drawPill(QPainter *painter, const QString &text, qreal right, const QRectF &box, const QColor &fill,
               const QColor &ink, const QColor &outline)
{
    const QFontMetricsF metrics(painter->font());
    const qreal width = metrics.horizontalAdvance(text) + 2 * kBadgePadding;
    const QRectF pill(right - width, box.top() + 1, width, box.height() - 2);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    if (fill.isValid())
        painter->fillPath(path, fill);
    if (outline.isValid()) {
        painter->setPen(QPen(outline, 1.0));
        painter->drawPath(path);
    }
    painter->setPen(ink);
    painter->drawText(pill, Qt::AlignCenter, text);
    return pill.left();
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ConversationDelegate::~ConversationDelegate() = default;

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    // The view stretches a row to its width; asking for more would add a horizontal scroll bar.
    return QSize(kPadding * 4, 2 * metrics.height() + 3 * kPadding);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel only: the text is laid out below
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QString score = index.data(ConversationListModel::LeadScoreRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(opt.font);
    const QRectF inner = QRectF(opt.rect).adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRectF first(inner.left(), inner.top(), inner.width(), metrics.height());
    const QRectF second(inner.left(), first.bottom() + kPadding, inner.width(), metrics.height());

    // Line one: who, the lead score, when.
    QFont small = opt.font;
    small.setPointSizeF(std::max(7.0, opt.font.pointSizeF() * 0.85));
    painter->setFont(small);
    painter->setPen(dim);
    const QString when = index.data(ConversationListModel::LastAtTextRole).toString();
    const qreal whenWidth = QFontMetricsF(small).horizontalAdvance(when);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, when);
    qreal right = first.right() - whenWidth - kPadding;
    if (!score.isEmpty()) {
        const QString label = score == QLatin1String("hot") ? tr("Hot")
            : score == QLatin1String("warm")                ? tr("Warm")
                                                            : tr("Cold");
        // Hot is the one to act on: filled; the others outlined.
        const bool hot = score == QLatin1String("hot");
        const QColor fill = selected ? palette.color(QPalette::HighlightedText) : Theme::scoreColor(score);
        const QColor ink = selected ? palette.color(QPalette::Highlight) : Theme::onScoreColor(score);
        right = drawPill(painter, label, right, first, hot ? fill : QColor(), hot ? ink : text, hot ? QColor() : fill)
            - kPadding;
    }
    QFont name = opt.font;
    name.setBold(unread > 0);
    painter->setFont(name);
    painter->setPen(text);
    const QString caller = index.data(ConversationListModel::CallerDisplayRole).toString();
    painter->drawText(QRectF(first.left(), first.top(), right - first.left(), first.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(name).elidedText(caller, Qt::ElideRight, right - first.left()));

    // Line two: the last message, the unread count.
    qreal right2 = second.right();
    if (unread > 0) {
        painter->setFont(small);
        right2 = drawPill(painter, QString::number(unread), right2, second,
                          palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight),
                          palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText), QColor())
            - kPadding;
    }
    QString last = index.data(ConversationListModel::LastBodyRole).toString().simplified();
    if (!index.data(ConversationListModel::LastInboundRole).toBool() && !last.isEmpty())
        last = tr("You: %1").arg(last);
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(QRectF(second.left(), second.top(), right2 - second.left(), second.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(last, Qt::ElideRight, right2 - second.left()));
    painter->restore();
}

} // namespace Rebound::Ui
