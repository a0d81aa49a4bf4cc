#include "mainwindow.h"

#include "data/datasource.h"
#include "dialogs/messagebox.h"
#include "insights/insightspage.h"
#include "models/displaytext.h"
#include "pages/callspage.h"
#include "pages/inboxpage.h"
#include "pages/leadspage.h"
#include "pages/settingspage.h"
#include "theme/theme.h"

#include "config/appsettings.h"
#include "domain/deliveryfailure.h"
#include "engine/engine.h"
#include "engine/engineevent.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
// What a provider error means for the user, in their words.
QString plainProblem(const QJsonObject &fields)
{
    const QString kind = fields.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("authentication"))
        return MainWindow::tr("Twilio refused the saved credentials. Run the setup again to fix them.");
    if (kind == QLatin1String("account_inactive"))
        return MainWindow::tr("The Twilio account is suspended or closed.");
    if (kind == QLatin1String("network") || kind == QLatin1String("timeout"))
        return MainWindow::tr("Can't reach Twilio right now; will keep trying.");
    if (kind == QLatin1String("rate_limited"))
        return MainWindow::tr("Twilio asked us to slow down; texts are queued and will go out.");
    if (kind == QLatin1String("server"))
        return MainWindow::tr("Twilio is having trouble; texts are queued and will go out.");
    if (kind == QLatin1String("tls"))
        return MainWindow::tr("The connection to Twilio could not be verified; nothing was sent.");
    return fields.value(QStringLiteral("message")).toString();
}
} // namespace

MainWindow::MainWindow(Core::AppSettings &settings, DataSource *data, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_data(data)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rebound.svg")));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = buildBanner();
    outer->addWidget(m_banner);
    m_registrationBanner = buildRegistrationBanner();
    outer->addWidget(m_registrationBanner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(Theme::sidebarWidth);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    for (const char *icon : {"inbox", "leads", "calls", "insights", "settings"}) {
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))), QString(), m_sidebar);
        item->setData(Qt::UserRole, QString::fromLatin1(icon));
    }
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_inbox = new InboxPage(data, m_pages);
    m_inbox->setObjectName(QStringLiteral("inboxPage"));
    m_leads = new LeadsPage(data, m_pages);
    m_leads->setObjectName(QStringLiteral("leadsPage"));
    m_calls = new CallsPage(data, m_pages);
    m_calls->setObjectName(QStringLiteral("callsPage"));
    m_insights = new InsightsPage(m_pages);
    m_insights->setObjectName(QStringLiteral("insightsPage"));
    m_settingsPage = new SettingsPage(settings, m_pages);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    for (QWidget *page :
         {static_cast<QWidget *>(m_inbox), static_cast<QWidget *>(m_leads), static_cast<QWidget *>(m_calls),
          static_cast<QWidget *>(m_insights), static_cast<QWidget *>(m_settingsPage)})
        m_pages->addWidget(page);
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == int(Page::Insights))
            m_insights->refresh();
    });
    connect(m_leads, &LeadsPage::conversationRequested, this, &MainWindow::openConversation);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_lastPoll = new QLabel(this);
    m_lastPoll->setObjectName(QStringLiteral("lastPoll"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemStatus"));
    m_problem->setWordWrap(false);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_lastPoll);
    statusBar()->addWidget(m_problem, 1);
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("historyImportProgress"));
    progress->setRange(0, 0); // busy: the import's length is not known in advance
    progress->setMaximumWidth(160);
    progress->setTextVisible(false);
    m_importProgress = progress;
    m_importProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_importProgress);

    // Ctrl+1 … Ctrl+5 reach each section from the keyboard.
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }

    retranslate();
    m_sidebar->setCurrentRow(0);
    Theme::applyIcons(this);
    // Fits a 1280×800 laptop with its taskbar and title bar; larger screens get the same start.
    setMinimumSize(960, 600);
    resize(QSize(1200, 720).boundedTo(screen()->availableGeometry().size()));
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildBanner()
{
    auto *banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAttribute(Qt::WA_StyledBackground, true);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(16, 8, 16, 8);
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(QStringLiteral("demoBannerText"));
    m_bannerText->setWordWrap(true);
    m_connectButton = new QPushButton(banner);
    m_connectButton->setObjectName(QStringLiteral("connectAccountButton"));
    m_connectButton->setDefault(true);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_connectButton);
    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::connectAccountRequested);
    banner->setVisible(false);
    return banner;
}

QWidget *MainWindow::buildRegistrationBanner()
{
    auto *banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("registrationBanner"));
    banner->setAttribute(Qt::WA_StyledBackground, true);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(16, 8, 16, 8);
    m_registrationText = new QLabel(banner);
    m_registrationText->setObjectName(QStringLiteral("registrationBannerText"));
    m_registrationText->setWordWrap(true);
    m_registrationText->setTextFormat(Qt::RichText);
    m_registrationText->setOpenExternalLinks(true);
    m_registrationText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QPalette alert = m_registrationText->palette();
    alert.setColor(QPalette::WindowText, Theme::alertColor());
    m_registrationText->setPalette(alert);
    layout->addWidget(m_registrationText, 1);
    banner->setVisible(false);
    return banner;
}

void MainWindow::retranslate()
{
    setWindowTitle(m_demo ? tr("Rebound — demo") : tr("Rebound"));
    const QStringList names{tr("Inbox"), tr("Leads"), tr("Calls"), tr("Insights"), tr("Settings")};
    for (int i = 0; i < m_sidebar->count() && i < names.size(); ++i) {
        m_sidebar->item(i)->setText(names.at(i));
        m_sidebar->item(i)->setData(Qt::AccessibleTextRole, names.at(i));
    }
    m_sidebar->setAccessibleName(tr("Sections"));
    m_bannerText->setText(tr("<b>Demo mode.</b> The calls and texts here come from Rebound's built-in sandbox, not "
                             "a real phone line. Connect your Twilio account to start texting back your own missed "
                             "callers."));
    m_connectButton->setText(tr("Connect your Twilio account"));
    m_connectButton->setAccessibleName(m_connectButton->text());
    const QString why = m_registrationCode == 30007
        ? tr("Carriers are filtering the texts from %1 as unwanted.")
        : tr("Carriers are blocking the texts from %1: the number is not registered for business texting.");
    m_registrationText->setText(
        QStringLiteral("<b>%1</b> %2 <a href=\"%3\">%4</a>")
            .arg(why.arg(DisplayText::phoneNumber(m_registrationNumber)).toHtmlEscaped(),
                 tr("Callers are not getting their text-backs until the number is registered for A2P 10DLC with "
                    "Twilio. Registration takes a few days; your missed callers show as \"call them back\" cards "
                    "on the Leads page meanwhile.")
                     .toHtmlEscaped(),
                 QString::fromLatin1(Core::a2pRegistrationUrl), tr("How to register").toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setEngine(Core::Engine *engine)
{
    m_inbox->setEngine(engine);
    m_leads->setEngine(engine);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_banner->setVisible(demo);
    retranslate();
}

void MainWindow::setDatabasePath(const QString &path)
{
    m_insights->setDatabasePath(path);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_sidebar->currentRow());
}

void MainWindow::openLead(const QString &leadId)
{
    showPage(Page::Leads);
    m_leads->openLead(leadId);
}

void MainWindow::openConversation(const QString &conversationId)
{
    showPage(Page::Inbox);
    m_inbox->openConversation(conversationId);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::onPolled(const QDateTime &at, bool ok)
{
    m_lastPoll->setText(tr("Last check %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
    if (ok)
        m_problem->clear();
}

void MainWindow::onHistoryImport(bool running)
{
    m_importProgress->setVisible(running);
    m_importProgress->setToolTip(tr("Importing the recent calls and texts of the account"));
    if (running)
        m_problem->setText(tr("Importing recent calls and texts…"));
    else if (m_problem->text() == tr("Importing recent calls and texts…"))
        m_problem->clear();
}

void MainWindow::onLeaseChanged(bool held, const QString &holder)
{
    if (!m_standby) {
        m_standby = new QLabel(this);
        m_standby->setObjectName(QStringLiteral("standbyLabel"));
        m_standby->setWordWrap(true);
        statusBar()->addWidget(m_standby);
    }
    m_standby->setVisible(!held);
    m_standby->setText(held                   ? QString()
                           : holder.isEmpty() ? tr("Another copy of Rebound is answering calls; this one stands by.")
                                              : tr("%1 is answering calls; this one stands by and takes over if it "
                                                   "stops.")
                                                    .arg(holder));
}

void MainWindow::onEngineEvent(const Core::EngineEvent &event)
{
    if (event.type == QLatin1String("provider_error"))
        m_problem->setText(plainProblem(event.fields));
    if (event.type == QLatin1String("registration_needed")) {
        m_registrationNumber = event.fields.value(QStringLiteral("number")).toString();
        m_registrationCode = event.fields.value(QStringLiteral("error_code")).toInt();
        retranslate();
        m_registrationBanner->setVisible(true);
    } else if (event.type == QLatin1String("registration_resolved")) {
        m_registrationBanner->setVisible(false);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeHidesToTray) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    // No tray to keep running in: closing quits, and the person should know what stops with it.
    event->ignore();
    const QString text = m_demo
        ? tr("The demo stops when Rebound closes.")
        : tr("While Rebound is closed, missed calls are not texted back and replies wait until it opens again.");
    const auto answer = MessageBox::question(this, tr("Quit Rebound?"), text, QMessageBox::Close | QMessageBox::Cancel,
                                             QMessageBox::Close);
    if (answer == QMessageBox::Close)
        Q_EMIT quitRequested();
}

} // namespace Rebound::Ui
