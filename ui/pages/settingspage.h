#pragma once

#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace Rebound::Core {
class AppSettings;
}

namespace Rebound::Ui {

class Autostart;
class BusinessProfileEdit;
class OpeningHoursEdit;
class SharedDatabaseEdit;

// Every setting, edited in place and saved as soon as it makes sense: the
// business profile, opening hours and closures, time zone, the text-back
// messages with a live preview, the owner's cell, alerts, language, poll
// interval and start at login. The account itself (service, numbers, webhooks) is shown read-only,
// with the setup wizard one click away to connect one.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Core::AppSettings &settings, QWidget *parent = nullptr);
    // `autostart` decides where start-at-login is written (tests point it at a temporary folder).
    SettingsPage(Core::AppSettings &settings, std::unique_ptr<Autostart> autostart, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Shows the settings again (after the wizard saved new ones).
    void reload();

    // The caller's name the template preview uses.
    static QString sampleCallerName();

Q_SIGNALS:
    void setupWizardRequested();
    // "Test my setup": a real call through the account to prove the whole path.
    void selfTestRequested();
    void assistantSetupRequested();
    void languageChanged(const QString &language); // system, en, es
    // A setting the running engine uses was saved (AppSettings::engineSettings()).
    void settingsChanged();
    // A shared database that answered (empty: this computer only), with its
    // password for the credential store and this desk's name.
    void sharedDatabaseChosen(const QString &location, const QString &password, const QString &seatName);
    void seatNameChanged(const QString &seatName);

protected:
    void changeEvent(QEvent *event) override;

private:
    QFormLayout *addGroup(QWidget *parent, const char *title);
    QLabel *addValue(QFormLayout *form, const char *label, const char *objectName);
    QLabel *addError(QFormLayout *form, const char *objectName);
    void addRow(QFormLayout *form, const char *label, QWidget *field);
    void buildEditors();
    QWidget *addTab(const char *title); // a scrolling section; returns where its groups go
    void saved();
    void saveOwnerCell();
    void saveTemplates();
    void showPreviews();
    void savePollInterval(int seconds);
    void saveStartAtLogin(bool on);
    static void showError(QLabel *label, const QString &error);
    void retranslate();

    Core::AppSettings &m_settings;
    std::unique_ptr<Autostart> m_autostart;
    QList<std::pair<QWidget *, const char *>> m_texts; // retranslated on a language change
    QTabWidget *m_tabs = nullptr;
    QList<const char *> m_tabTitles;
    QLabel *m_demoNote = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_accountSid = nullptr;
    QLabel *m_authMethod = nullptr;
    QLabel *m_secretNote = nullptr;
    QLabel *m_lines = nullptr;
    QPushButton *m_runSetup = nullptr;
    BusinessProfileEdit *m_business = nullptr;
    QLabel *m_webhooks = nullptr;
    QLabel *m_hoursNote = nullptr;
    OpeningHoursEdit *m_hours = nullptr;
    QLineEdit *m_ownerCell = nullptr;
    QLabel *m_ownerCellError = nullptr;
    QCheckBox *m_notifications = nullptr;
    QPlainTextEdit *m_businessHoursTemplate = nullptr;
    QPlainTextEdit *m_afterHoursTemplate = nullptr;
    QLabel *m_businessHoursPreview = nullptr;
    QLabel *m_afterHoursPreview = nullptr;
    QLabel *m_templateError = nullptr;
    QTimer *m_templateSave = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QLabel *m_pollIntervalError = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_startAtLoginError = nullptr;
    QPushButton *m_assistant = nullptr;
    QPushButton *m_about = nullptr;
    SharedDatabaseEdit *m_sharedDatabase = nullptr;
};

} // namespace Rebound::Ui
