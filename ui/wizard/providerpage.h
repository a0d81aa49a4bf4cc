#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Rebound::Ui {

struct SetupState;

// Which service carries the calls: Twilio, SignalWire (with its Space), or
// another Twilio-compatible server (advanced; the sandbox, for instance).
class ProviderPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderPage)

public:
    ProviderPage(SetupState &state, QWidget *parent = nullptr);
    ~ProviderPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    // "acme", "acme.signalwire.com" or a pasted Space URL → "acme"; empty when not a Space name.
    static QString normalizeSpace(const QString &text);

private:
    void updateState();
    QString problem() const;

    SetupState &m_state;
    QRadioButton *m_twilio = nullptr;
    QRadioButton *m_signalWire = nullptr;
    QRadioButton *m_custom = nullptr;
    QLineEdit *m_space = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Rebound::Ui
