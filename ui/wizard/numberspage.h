#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace Rebound::Ui {

struct SetupState;

// The account's numbers, from the credential check; the person ticks the
// ones customers call.
class NumbersPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersPage)

public:
    NumbersPage(SetupState &state, QWidget *parent = nullptr);
    ~NumbersPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList checkedNumbers() const;

    SetupState &m_state;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Rebound::Ui
