#include "messagebubbledelegate.h"

#include "models/messagethreadmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Rebound::Ui {

namespace {
constexpr int kGap = 6; // between rows
constexpr int kPadding = 8; // inside a bubble
constexpr int kSide = 10; // between a bubble and the view's edge
constexpr qreal kRadius = 10.0;
constexpr qreal kMaxShare = 0.72; // of the view's width, so short replies still read as a dialogue

QFont metaFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return f;
}

QFont separatorFont(const QFont &base)
{
    QFont f = metaFont(base);
    f.setBold(true);
    return f;
}

// The height of the day heading above a bubble; 0 when the row does not start a day.
qreal separatorHeight(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.data(MessageThreadModel::DaySeparatorRole).toString().isEmpty())
        return 0;
    return QFontMetricsF(separatorFont(option.font)).height() + 2 * kPadding;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    // The row rect is not reliable in sizeHint; the viewport is what the bubble must fit.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

// Who wrote an outbound text matters (Rebound or a person); an inbound one is the caller's.
QString metaText(const QModelIndex &index)
{
    const QString meta = index.data(MessageThreadModel::MetaTextRole).toString();
    if (index.data(MessageThreadModel::InboundRole).toBool())
        return meta;
    return index.data(MessageThreadModel::AuthorTextRole).toString() + QStringLiteral(" · ") + meta;
}

qreal layoutText(QTextLayout &layout, qreal width, qreal *naturalWidth)
{
    QTextOption textOption;
    // A pasted URL or tracking number has no spaces; it must still wrap.
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition({0, y});
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    *naturalWidth = widest;
    return y;
}
} // namespace

MessageBubbleDelegate::MessageBubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

MessageBubbleDelegate::~MessageBubbleDelegate() = default;

MessageBubbleDelegate::Geometry MessageBubbleDelegate::geometry(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index, QTextLayout *layout) const
{
    const bool inbound = index.data(MessageThreadModel::InboundRole).toBool();
    QString body = index.data(MessageThreadModel::BodyRole).toString();
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout->setText(body);
    layout->setFont(option.font);

    const int width = viewWidth(option);
    const qreal maxText = std::max<qreal>(80.0, width * kMaxShare - 2 * kPadding);
    qreal natural = 0;
    const qreal textHeight = layoutText(*layout, maxText, &natural);
    const QFontMetricsF metaMetrics(metaFont(option.font));
    const QString meta = metaText(index);
    const qreal bubbleWidth = std::max(natural, 24.0) + 2 * kPadding;
    const qreal bubbleHeight = textHeight + 2 * kPadding;

    const qreal separator = separatorHeight(option, index);
    const qreal top = option.rect.top() + separator + kGap / 2.0;
    const qreal left = inbound ? option.rect.left() + kSide : option.rect.left() + width - kSide - bubbleWidth;
    Geometry g;
    g.separator = QRectF(option.rect.left(), option.rect.top(), width, separator);
    g.bubble = QRectF(left, top, bubbleWidth, bubbleHeight);
    g.text = g.bubble.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const qreal metaWidth = std::min(std::max(bubbleWidth, metaMetrics.horizontalAdvance(meta) + 2),
                                     std::max(bubbleWidth, width - 2.0 * kSide));
    const qreal metaLeft = inbound ? left : left + bubbleWidth - metaWidth;
    g.meta = QRectF(metaLeft, g.bubble.bottom() + 2, metaWidth, metaMetrics.height());
    return g;
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = QRect(0, 0, viewWidth(option), 0);
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    return QSize(viewWidth(option), int(std::ceil(g.meta.bottom())) + kGap);
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    const QPalette &palette = opt.palette;
    const bool inbound = index.data(MessageThreadModel::InboundRole).toBool();
    const QString author = index.data(MessageThreadModel::AuthorRole).toString();

    // The caller's bubbles neutral, a person's in the highlight colour, the
    // automation's outlined in it: who said what is visible at a glance.
    QColor fill = palette.color(QPalette::Button);
    QColor ink = palette.color(QPalette::ButtonText);
    QPen outline = Qt::NoPen;
    if (!inbound && author == QLatin1String("person")) {
        fill = palette.color(QPalette::Highlight);
        ink = palette.color(QPalette::HighlightedText);
    } else if (!inbound) {
        fill = palette.color(QPalette::AlternateBase);
        ink = palette.color(QPalette::Text);
        outline = QPen(palette.color(QPalette::Highlight), 1.2);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(g.bubble.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(path, fill);
    if (outline != Qt::NoPen) {
        painter->setPen(outline);
        painter->drawPath(path);
    }
    painter->setPen(ink);
    layout.draw(painter, g.text.topLeft());

    if (!g.separator.isEmpty()) {
        // The day's heading, centred between two hairlines, as chat apps show it.
        const QString day = index.data(MessageThreadModel::DaySeparatorRole).toString();
        painter->setFont(separatorFont(opt.font));
        const QFontMetricsF fm(painter->font());
        const qreal textWidth = std::min(fm.horizontalAdvance(day) + 2 * kPadding, g.separator.width());
        const QRectF label(g.separator.center().x() - textWidth / 2, g.separator.top(), textWidth,
                           g.separator.height());
        painter->setPen(QPen(palette.color(QPalette::Mid), 1.0));
        const qreal y = g.separator.center().y();
        painter->drawLine(QPointF(g.separator.left() + kSide, y), QPointF(label.left(), y));
        painter->drawLine(QPointF(label.right(), y), QPointF(g.separator.right() - kSide, y));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(label, Qt::AlignCenter, fm.elidedText(day, Qt::ElideRight, label.width()));
    }

    painter->setFont(metaFont(opt.font));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(g.meta, (inbound ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(metaText(index), Qt::ElideRight, g.meta.width()));

    if ((opt.state & QStyle::State_HasFocus) && opt.widget) {
        QStyleOptionFocusRect focus;
        focus.initFrom(opt.widget);
        focus.rect = g.bubble.toAlignedRect().adjusted(-2, -2, 2, 2);
        focus.backgroundColor = palette.color(QPalette::Base);
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

} // namespace Rebound::Ui
