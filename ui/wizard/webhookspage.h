#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Rebound::Ui {

struct SetupState;

// Optional: a public URL (a tunnel or a forwarded port) where Twilio can
// announce calls and texts the moment they happen; polling stays on anyway.
// The wizard's last page, which also shows why saving failed.
class WebhooksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    WebhooksPage(SetupState &state, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void setSaveStatus(const QString &text);
    QString problem() const;

private:
    void updateState();

    SetupState &m_state;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_listen = nullptr;
    QLabel *m_authTokenLabel = nullptr;
    QLineEdit *m_authToken = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_saveStatus = nullptr;
};

} // namespace Rebound::Ui
