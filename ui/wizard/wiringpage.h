#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;

namespace Rebound::Ui {

class WiringDiagram;
struct SetupState;

// How each chosen number reaches the owner (forwarded when unanswered, or
// dialled through Twilio), explained in plain words with a diagram, since
// it decides which calls count as missed.
class WiringPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WiringPage)

public:
    WiringPage(SetupState &state, QWidget *parent = nullptr);
    ~WiringPage() override;

    void initializePage() override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWiringOf(QComboBox *combo);

    SetupState &m_state;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_combos;
    QLabel *m_explanation = nullptr;
    WiringDiagram *m_diagram = nullptr;
};

} // namespace Rebound::Ui
