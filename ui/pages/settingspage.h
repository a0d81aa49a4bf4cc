#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QWidget;

namespace Rebound::Core {
class AppSettings;
}

namespace Rebound::Ui {

// The account, lines, business profile, language and engine options at a
// glance, with the setup wizard one click away.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Core::AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Shows the settings again (after the wizard saved new ones).
    void reload();

Q_SIGNALS:
    void setupWizardRequested();
    void assistantSetupRequested();
    void languageChanged(const QString &language); // system, en, es
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QFormLayout *addGroup(QWidget *parent, const char *title);
    QLabel *addValue(QFormLayout *form, const char *label, const char *objectName);
    void retranslate();

    Core::AppSettings &m_settings;
    QList<std::pair<QWidget *, const char *>> m_texts; // retranslated on a language change
    QLabel *m_demoNote = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_accountSid = nullptr;
    QLabel *m_authMethod = nullptr;
    QLabel *m_secretNote = nullptr;
    QLabel *m_lines = nullptr;
    QPushButton *m_runSetup = nullptr;
    QLabel *m_businessName = nullptr;
    QLabel *m_trade = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_timeZone = nullptr;
    QLabel *m_serviceArea = nullptr;
    QLabel *m_ownerName = nullptr;
    QLabel *m_answers = nullptr;
    QLabel *m_ownerCell = nullptr;
    QLabel *m_businessHoursTemplate = nullptr;
    QLabel *m_afterHoursTemplate = nullptr;
    QLabel *m_webhooks = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QPushButton *m_assistant = nullptr;
};

} // namespace Rebound::Ui
