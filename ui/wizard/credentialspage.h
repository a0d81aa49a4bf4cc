#pragma once

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Rebound::Ui {

class CredentialCheck;
struct CredentialCheckResult;
struct SetupState;

// The Account SID and Auth Token (or an API key), checked live against the
// provider before the wizard goes on, with a plain message for each failure.
class CredentialsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    CredentialsPage(SetupState &state, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The secret already in the credential store for this account: used when the secret
    // field is left empty, and never put in the field (where "Show" would reveal it).
    void offerSavedSecret(const QString &accountSid, const QString &secret);
    bool usesSavedSecret() const;
    // Why the typed values can't be right, before asking the provider; empty when plausible.
    QString formatProblem() const;

private:
    void applyProvider();
    void onEdited();
    void startCheck();
    void onChecked(const CredentialCheckResult &result);
    void setBusy(bool busy);
    void updateSecretHint();
    QString secret() const; // the typed secret, or the saved one

    SetupState &m_state;
    CredentialCheck *m_check = nullptr;
    QLabel *m_help = nullptr;
    QRadioButton *m_tokenMode = nullptr;
    QRadioButton *m_keyMode = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_sidLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_sid = nullptr;
    QLineEdit *m_keySid = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_showToken = nullptr;
    QPushButton *m_checkButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    bool m_verified = false;
    QString m_savedSid;
    QString m_savedSecret;
    QString m_verifiedBaseUrl; // the server the check passed against
};

} // namespace Rebound::Ui
