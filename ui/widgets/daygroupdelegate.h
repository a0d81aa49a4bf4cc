#pragma once

#include <QStyledItemDelegate>

namespace Rebound::Ui {

// Draws a date column as day headings: the day in bold on the first row of
// each day, blank on the rows below it, so a list sorted by time reads as
// grouped by day. The model keeps the date on every row (for sorting, copying
// and screen readers); only the drawing groups.
class DayGroupDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayGroupDelegate)

public:
    // `dayRole` gives each row's day (a QDate) in the view's model.
    explicit DayGroupDelegate(int dayRole, QObject *parent = nullptr);
    ~DayGroupDelegate() override;

    // True when the row above `index` is on another day (or there is none).
    static bool startsGroup(const QModelIndex &index, int dayRole);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_dayRole;
};

} // namespace Rebound::Ui
