#pragma once

#include "engine/missedcalldetector.h"

#include <QWidget>

namespace Rebound::Ui {

// A simple picture of how a call travels for one wiring: boxes and arrows
// drawn from the font and the palette, so it stays sharp at any scale and
// follows the theme.
class WiringDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WiringDiagram)

public:
    explicit WiringDiagram(QWidget *parent = nullptr);
    ~WiringDiagram() override;

    void setWiring(Core::Wiring wiring);
    Core::Wiring wiring() const { return m_wiring; }
    // The steps in words, as the picture shows them (also its accessible description).
    QStringList steps() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList nodes() const;
    QStringList arrows() const;
    int boxWidth() const;

    Core::Wiring m_wiring = Core::Wiring::Forwarded;
};

} // namespace Rebound::Ui
