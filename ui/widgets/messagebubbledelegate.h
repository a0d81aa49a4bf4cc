#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace Rebound::Ui {

// Draws a MessageThreadModel row as a chat bubble: the caller's on the left,
// the business's on the right, with time, delivery status and segment count
// underneath, and the day's heading above the first message of each day.
// Colours come from the palette, so a dark theme works.
class MessageBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBubbleDelegate)

public:
    explicit MessageBubbleDelegate(QObject *parent = nullptr);
    ~MessageBubbleDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry
    {
        QRectF separator; // the day's heading above the bubble; empty when none
        QRectF bubble;
        QRectF text;
        QRectF meta;
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *layout) const;
};

} // namespace Rebound::Ui
