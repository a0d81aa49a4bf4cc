#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Rebound::Core {
class AppSettings;
class SecretStore;
} // namespace Rebound::Core

namespace Rebound::Ui {

// Sets up the optional conversation assistant: an OpenAI-compatible
// chat-completions endpoint, its model, and its key — which goes to the
// credential store like the Twilio token. Empty URL turns it off.
class AssistantDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistantDialog)

public:
    AssistantDialog(Core::AppSettings &settings, Core::SecretStore &secrets, QWidget *parent = nullptr);
    ~AssistantDialog() override;

Q_SIGNALS:
    // Saved: the engine should start again with the new assistant (or none).
    void assistantChanged();

private:
    void save();

    Core::AppSettings &m_settings;
    Core::SecretStore &m_secrets;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Rebound::Ui
