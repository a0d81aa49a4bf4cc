#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Rebound::Ui {

struct SetupState;

// The business as callers should hear about it: name, trade, hours, time
// zone, area, the owner's cell for alerts and answers to common questions.
class BusinessPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessPage)

public:
    BusinessPage(SetupState &state, QWidget *parent = nullptr);
    ~BusinessPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The owner's cell in E.164; empty when blank; *error gets a sentence when the text is not a number.
    QString ownerCellE164(QString *error = nullptr) const;

private:
    QLineEdit *addLine(const char *objectName, const QString &text, const QString &placeholder);
    void updateErrors();
    void updateHoursNote();

    SetupState &m_state;
    QLineEdit *m_name = nullptr;
    QComboBox *m_trade = nullptr;
    QLineEdit *m_hours = nullptr;
    QLabel *m_hoursNote = nullptr; // how Rebound reads the hours, or that it cannot
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_area = nullptr;
    QLineEdit *m_ownerName = nullptr;
    QLineEdit *m_ownerCell = nullptr;
    QLabel *m_ownerCellError = nullptr;
    QLineEdit *m_licensing = nullptr;
    QLineEdit *m_emergency = nullptr;
    QLineEdit *m_pricing = nullptr;
};

} // namespace Rebound::Ui
