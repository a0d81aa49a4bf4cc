#include "missedcallheatmap.h"

#include "theme/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Rebound::Ui {

namespace {
QString dayName(int weekday)
{
    return QLocale().dayName(weekday + 1, QLocale::ShortFormat);
}
} // namespace

MissedCallHeatmap::MissedCallHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("missedHeatmap"));
    setAccessibleName(tr("Missed calls by weekday and hour"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

MissedCallHeatmap::~MissedCallHeatmap() = default;

void MissedCallHeatmap::setPatterns(const Core::CallPatterns &patterns)
{
    m_patterns = patterns;
    qint64 busiest = 0;
    int day = 0;
    int hour = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            if (m_patterns.missed[d][h] > busiest) {
                busiest = m_patterns.missed[d][h];
                day = d;
                hour = h;
            }
        }
    }
    setAccessibleDescription(busiest > 0 ? tr("Most missed: %1").arg(cellText(day, hour)) : tr("No missed calls"));
    update();
}

QString MissedCallHeatmap::cellText(int weekday, int hour) const
{
    const QString when = tr("%1 %2:00–%3:00").arg(dayName(weekday)).arg(hour).arg((hour + 1) % 24);
    return tr("%1: %2 of %3 calls missed")
        .arg(when)
        .arg(m_patterns.missed[weekday][hour])
        .arg(m_patterns.calls[weekday][hour]);
}

QList<QStringList> MissedCallHeatmap::csvRows() const
{
    QList<QStringList> rows;
    QStringList header{tr("Weekday")};
    for (int h = 0; h < 24; ++h)
        header.append(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    rows.append(header);
    for (int d = 0; d < 7; ++d) {
        QStringList row{QLocale().dayName(d + 1, QLocale::LongFormat)};
        for (int h = 0; h < 24; ++h)
            row.append(QStringLiteral("%1/%2").arg(m_patterns.missed[d][h]).arg(m_patterns.calls[d][h]));
        rows.append(row);
    }
    return rows;
}

QSize MissedCallHeatmap::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 6 + 24 * fm.height(), fm.height() * 9};
}

QSize MissedCallHeatmap::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 6 + 24 * 8, fm.height() * 9};
}

QRect MissedCallHeatmap::gridRect() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("Wed")) + fm.averageCharWidth() * 2;
    const int bottom = fm.height() + 4;
    return rect().adjusted(left, 2, -2, -bottom);
}

bool MissedCallHeatmap::cellAt(const QPoint &pos, int *weekday, int *hour) const
{
    const QRect grid = gridRect();
    if (!grid.contains(pos) || grid.width() <= 0 || grid.height() <= 0)
        return false;
    *hour = std::clamp((pos.x() - grid.left()) * 24 / grid.width(), 0, 23);
    *weekday = std::clamp((pos.y() - grid.top()) * 7 / grid.height(), 0, 6);
    return true;
}

void MissedCallHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect grid = gridRect();
    const QFontMetrics fm(font());
    qint64 busiest = 1;
    for (const auto &day : m_patterns.missed)
        busiest = std::max(busiest, *std::max_element(day.begin(), day.end()));
    const QColor hot = Theme::alertColor();
    const QColor base = palette().color(QPalette::Base);
    const QColor line = palette().color(QPalette::Midlight);
    painter.fillRect(grid, base);
    for (int d = 0; d < 7; ++d) {
        const int top = grid.top() + d * grid.height() / 7;
        const int bottom = grid.top() + (d + 1) * grid.height() / 7;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, top, grid.left() - 4, bottom - top), Qt::AlignRight | Qt::AlignVCenter, dayName(d));
        for (int h = 0; h < 24; ++h) {
            const int left = grid.left() + h * grid.width() / 24;
            const int right = grid.left() + (h + 1) * grid.width() / 24;
            const QRect cell(left, top, right - left, bottom - top);
            const qint64 missed = m_patterns.missed[d][h];
            if (missed > 0) {
                QColor c = hot;
                c.setAlphaF(0.2 + 0.8 * double(missed) / double(busiest));
                painter.fillRect(cell.adjusted(1, 1, -1, -1), c);
            } else if (m_patterns.calls[d][h] > 0) {
                // Calls came and all were answered: a faint mark, not an empty cell.
                QColor c = palette().color(QPalette::Mid);
                c.setAlphaF(0.25);
                painter.fillRect(cell.adjusted(1, 1, -1, -1), c);
            }
            painter.setPen(line);
            painter.drawRect(cell);
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    for (int h = 0; h < 24; h += 3) {
        const int x = grid.left() + h * grid.width() / 24;
        painter.drawText(QRect(x, grid.bottom() + 2, fm.averageCharWidth() * 4, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, QString::number(h));
    }
}

bool MissedCallHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        int day = 0;
        int hour = 0;
        if (cellAt(help->pos(), &day, &hour))
            QToolTip::showText(help->globalPos(), cellText(day, hour), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Rebound::Ui
