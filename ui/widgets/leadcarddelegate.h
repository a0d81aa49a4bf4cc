#pragma once

#include <QStyledItemDelegate>

namespace Rebound::Ui {

// Paints a lead row as a card: who, the score badge and status, the job and
// urgency, the address, and how long ago they called. Sizes follow the font,
// colours follow the palette, so it scales with the screen and the theme.
class LeadCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadCardDelegate)

public:
    explicit LeadCardDelegate(QObject *parent = nullptr);
    ~LeadCardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Rebound::Ui
