#pragma once

#include "insights/callpatterns.h"

#include <QWidget>

namespace Rebound::Ui {

// Missed calls by weekday (rows, Monday first) and hour (columns): the
// darker a cell, the more calls missed then. Each cell's tooltip and
// accessible text give its figures.
class MissedCallHeatmap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissedCallHeatmap)

public:
    explicit MissedCallHeatmap(QWidget *parent = nullptr);
    ~MissedCallHeatmap() override;

    void setPatterns(const Core::CallPatterns &patterns);
    const Core::CallPatterns &patterns() const { return m_patterns; }
    // "Tuesdays 10:00–11:00: 2 of 3 calls missed".
    QString cellText(int weekday, int hour) const;
    // The grid as numbers, a row per weekday ("missed/calls" per hour).
    QList<QStringList> csvRows() const;
    // The cell under a point of the widget; false outside the grid.
    bool cellAt(const QPoint &pos, int *weekday, int *hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;

    Core::CallPatterns m_patterns;
};

} // namespace Rebound::Ui
