#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace Rebound::Core {
class AppSettings;
class Engine;
struct EngineEvent;
} // namespace Rebound::Core

namespace Rebound::Ui {

class CallsPage;
class DataSource;
class InboxPage;
class InsightsPage;
class LeadsPage;
class SettingsPage;

// The app's window: a sidebar (Inbox, Leads, Calls, Insights, Settings),
// the page, and a status line with the connection state, the last poll and
// any problem in plain words.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Inbox, Leads, Calls, Insights, Settings };

    MainWindow(Core::AppSettings &settings, DataSource *data, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setEngine(Core::Engine *engine);
    // Demo mode shows the banner and its "Connect your Twilio account" button.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    void setDatabasePath(const QString &path);

    void showPage(Page page);
    Page currentPage() const;
    void openLead(const QString &leadId);
    void openConversation(const QString &conversationId);

    // The status line follows the engine.
    void onEngineEvent(const Core::EngineEvent &event);
    void onPolled(const QDateTime &at, bool ok);
    void onHistoryImport(bool running);
    // Another seat (or a service on this database) runs the engine: this one stands by.
    void onLeaseChanged(bool held, const QString &holder);
    void setConnectionText(const QString &text);

    InboxPage *inboxPage() const { return m_inbox; }
    LeadsPage *leadsPage() const { return m_leads; }
    CallsPage *callsPage() const { return m_calls; }
    InsightsPage *insightsPage() const { return m_insights; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

    // Whether closing the window hides it to the tray instead of quitting.
    void setCloseHidesToTray(bool hide) { m_closeHidesToTray = hide; }

Q_SIGNALS:
    void connectAccountRequested();
    void hiddenToTray();
    // Closed with no tray to hide in, and the person agreed that texting stops.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildBanner();
    QWidget *buildRegistrationBanner();

    Core::AppSettings &m_settings;
    DataSource *m_data = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_connectButton = nullptr;
    // Carriers block the business's texts until its number is registered (A2P 10DLC).
    QWidget *m_registrationBanner = nullptr;
    QLabel *m_registrationText = nullptr;
    QString m_registrationNumber;
    int m_registrationCode = 0;
    QLabel *m_connection = nullptr;
    QLabel *m_lastPoll = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_importProgress = nullptr;
    QLabel *m_standby = nullptr;
    InboxPage *m_inbox = nullptr;
    LeadsPage *m_leads = nullptr;
    CallsPage *m_calls = nullptr;
    InsightsPage *m_insights = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    bool m_demo = false;
    bool m_closeHidesToTray = false;
};

} // namespace Rebound::Ui
