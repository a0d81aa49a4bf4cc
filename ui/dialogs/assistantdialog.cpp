#include "assistantdialog.h"

#include "config/appsettings.h"
#include "config/secretstore.h"
#include "provider/httpgateway.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Rebound::Ui {

AssistantDialog::AssistantDialog(Core::AppSettings &settings, Core::SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("assistantDialog"));
    setWindowTitle(tr("Conversation assistant"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Optional. Rebound's own rules hold the conversation with callers. If you prefer, an "
                                "AI model behind any OpenAI-compatible service can write the answers instead; "
                                "whenever it fails, is slow or answers oddly, the rules answer that message."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(m_settings.assistantUrl(), this);
    m_url->setObjectName(QStringLiteral("assistantUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://api.openai.com/v1/chat/completions"));
    m_model = new QLineEdit(m_settings.assistantModel(), this);
    m_model->setObjectName(QStringLiteral("assistantModelEdit"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("assistantKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Kept in this computer's credential store"));
    form->addRow(tr("Service &address:"), m_url);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Key:"), m_key);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assistantStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("assistantButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssistantDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AssistantDialog::~AssistantDialog() = default;

void AssistantDialog::save()
{
    const QString urlText = m_url->text().trimmed();
    if (urlText.isEmpty()) {
        // Off: forget the endpoint and its key.
        m_settings.setAssistantUrl({});
        m_settings.setAssistantModel({});
        m_secrets.remove(Core::AppSettings::assistantSecretKey(), {});
        Q_EMIT assistantChanged();
        accept();
        return;
    }
    const QUrl url(urlText, QUrl::StrictMode);
    QString why;
    if (!url.isValid() || url.host().isEmpty() || !Core::HttpGateway::isAllowedUrl(url, &why)) {
        m_status->setText(tr("The address must be an https:// address of the service."));
        return;
    }
    if (m_model->text().trimmed().isEmpty()) {
        m_status->setText(tr("Say which model to use."));
        return;
    }
    const auto keep = [this, urlText] {
        m_settings.setAssistantUrl(urlText);
        m_settings.setAssistantModel(m_model->text());
        Q_EMIT assistantChanged();
        accept();
    };
    if (m_key->text().isEmpty() && !m_settings.assistantUrl().isEmpty()) {
        keep(); // the key saved before stays
        return;
    }
    QPointer<AssistantDialog> self(this);
    m_secrets.write(Core::AppSettings::assistantSecretKey(), m_key->text(),
                    [self, keep](const Core::SecretStore::Result &r) {
                        if (!self)
                            return;
                        if (!r.ok) {
                            self->m_status->setText(tr("The key could not be saved safely: %1").arg(r.error));
                            return;
                        }
                        keep();
                    });
}

} // namespace Rebound::Ui
