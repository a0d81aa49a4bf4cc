#include "daygroupdelegate.h"

namespace Rebound::Ui {

DayGroupDelegate::DayGroupDelegate(int dayRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_dayRole(dayRole)
{ }

DayGroupDelegate::~DayGroupDelegate() = default;

bool DayGroupDelegate::startsGroup(const QModelIndex &index, int dayRole)
{
    if (!index.isValid())
        return false;
    if (index.row() == 0)
        return true;
    return index.siblingAtRow(index.row() - 1).data(dayRole) != index.data(dayRole);
}

void DayGroupDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (startsGroup(index, m_dayRole)) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    } else {
        option->text.clear();
    }
}

} // namespace Rebound::Ui
