#include "leadcarddelegate.h"

#include "models/leadlistmodel.h"
#include "theme/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Rebound::Ui {

namespace {
constexpr int kLines = 4;

int padding(const QFontMetrics &fm)
{
    return fm.height() / 2;
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

// The badge's colours by score, from the palette only, so dark themes and
// high-contrast modes keep it readable; the word is always written too.
std::pair<QPalette::ColorRole, QPalette::ColorRole> badgeRoles(const QString &score)
{
    if (score == QLatin1String("hot"))
        return {QPalette::Highlight, QPalette::HighlightedText};
    if (score == QLatin1String("warm"))
        return {QPalette::Mid, QPalette::BrightText};
    return {QPalette::Midlight, QPalette::Text};
}
} // namespace

LeadCardDelegate::LeadCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

LeadCardDelegate::~LeadCardDelegate() = default;

QSize LeadCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * 40, fm.lineSpacing() * kLines + padding(fm) * 3};
}

void LeadCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the card's text is drawn below, the style draws only the panel and focus
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const QFontMetrics fm(option.font);
    const int pad = padding(fm);
    QRect area = option.rect.adjusted(pad, pad, -pad, -pad);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Line 1, right: score badge, then the status in words.
    const QString score = index.data(LeadListModel::ScoreRole).toString();
    const QString badgeText = index.data(LeadListModel::ScoreTextRole).toString();
    const QFont bold = boldFont(option.font);
    const QFontMetrics boldFm(bold);
    QString status = index.data(LeadListModel::StatusTextRole).toString();
    const QString kind = index.data(LeadListModel::KindTextRole).toString();
    // On a board the column already says the status: a narrow card keeps only the kind.
    const bool narrow = area.width() < fm.averageCharWidth() * 40;
    if (narrow)
        status = kind;
    else if (!kind.isEmpty())
        status = kind + QStringLiteral(" · ") + status;
    const int badgeWidth = boldFm.horizontalAdvance(badgeText) + pad * 2;
    // A narrow card (a board column) keeps room for the name: the status gives way first.
    const int statusRoom = std::max(0, area.width() * 3 / 5 - badgeWidth - 2 * pad);
    if (fm.horizontalAdvance(status) > statusRoom)
        status = statusRoom < fm.averageCharWidth() * 4 ? QString() : fm.elidedText(status, Qt::ElideRight, statusRoom);
    const int statusWidth = fm.horizontalAdvance(status);
    const QRect statusRect(area.right() - statusWidth, area.top(), statusWidth, fm.lineSpacing());
    const QRect badgeRect(statusRect.left() - pad - badgeWidth, area.top(), badgeWidth, fm.lineSpacing());
    // On a selected row the highlight is taken, so every badge inverts it instead.
    const auto [badgeBg, badgeFg] =
        selected ? std::pair{QPalette::HighlightedText, QPalette::Highlight} : badgeRoles(score);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), badgeRect.height() / 2.0,
                        badgeRect.height() / 2.0);
    painter->fillPath(pill, selected ? option.palette.color(group, badgeBg) : Theme::scoreColor(score));
    painter->setFont(bold);
    painter->setPen(selected ? option.palette.color(group, badgeFg) : Theme::onScoreColor(score));
    painter->drawText(badgeRect, Qt::AlignCenter, badgeText);
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(statusRect, Qt::AlignRight | Qt::AlignVCenter, status);

    // Line 1, left: who.
    const int titleWidth = badgeRect.left() - pad - area.left();
    painter->setFont(bold);
    painter->setPen(text);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(area.left(), area.top(), titleWidth, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(title, Qt::ElideRight, titleWidth));

    // Lines 2–4: job and urgency, address, age and number.
    const QString job = index.data(LeadListModel::JobRole).toString();
    const QString urgency = index.data(LeadListModel::UrgencyTextRole).toString();
    QString tail = QStringLiteral(" · ") + urgency;
    if (index.data(LeadListModel::CalledAgainRole).toBool())
        tail += QStringLiteral(" · ") + tr("called again");
    QString line2 = (job.isEmpty() ? tr("Job not said yet") : job) + tail;
    const bool emergency = index.data(LeadListModel::UrgencyRole).toString() == QLatin1String("emergency");
    // The caller's own words only where there is room; the job in words always.
    const QString label = index.data(LeadListModel::JobLabelRole).toString();
    if (!label.isEmpty() && (emergency ? boldFm : fm).horizontalAdvance(line2) > area.width())
        line2 = label + tail;
    const QString address = index.data(LeadListModel::AddressRole).toString();
    // A caller the text-back cannot reach: the card asks for a call instead.
    const QString callBack = index.data(LeadListModel::CallBackRole).toString();
    const QString line3 = !callBack.isEmpty() ? tr("Call them back: %1").arg(callBack)
        : address.isEmpty()                   ? tr("No address yet")
                                              : address;
    QString line4 = index.data(LeadListModel::AgeTextRole).toString() + QStringLiteral(" · ")
        + index.data(LeadListModel::PhoneTextRole).toString();
    const QString value = index.data(LeadListModel::JobValueTextRole).toString();
    if (!value.isEmpty())
        line4 = value + QStringLiteral(" · ") + line4;
    painter->setFont(emergency ? bold : option.font);
    int y = area.top() + fm.lineSpacing();
    painter->drawText(QRect(area.left(), y, area.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      (emergency ? boldFm : fm).elidedText(line2, Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    y += fm.lineSpacing();
    if (!callBack.isEmpty()) {
        const QColor alert = selected ? text : Theme::alertColor();
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), std::max(3, pad / 2), option.rect.height()),
                          alert);
        painter->setFont(bold);
        painter->setPen(alert);
        painter->drawText(QRect(area.left(), y, area.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldFm.elidedText(line3, Qt::ElideRight, area.width()));
        painter->setFont(option.font);
    } else {
        painter->setPen(address.isEmpty() ? muted : text);
        painter->drawText(QRect(area.left(), y, area.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(line3, Qt::ElideRight, area.width()));
    }
    y += fm.lineSpacing();
    painter->setPen(muted);
    painter->drawText(QRect(area.left(), y, area.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(line4, Qt::ElideRight, area.width()));

    // A hairline between cards, in the palette's own separator colour.
    painter->setPen(option.palette.color(group, QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace Rebound::Ui
