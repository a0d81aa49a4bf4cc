#include "screenshottour.h"

#include "appcontroller.h"
#include "mainwindow.h"
#include "wizard/setupwizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTour, "rebound.tour", QtInfoMsg)

namespace Rebound::App {

namespace {
struct Stop
{
    Ui::MainWindow::Page page;
    const char *name;
};
constexpr Stop kStops[] = {
    {Ui::MainWindow::Page::Inbox, "inbox"},       {Ui::MainWindow::Page::Leads, "leads"},
    {Ui::MainWindow::Page::Calls, "calls"},       {Ui::MainWindow::Page::Insights, "insights"},
    {Ui::MainWindow::Page::Settings, "settings"},
};
constexpr int kStopCount = int(sizeof(kStops) / sizeof(kStops[0]));
} // namespace

ScreenshotTour::ScreenshotTour(AppController &controller, QString folder, int settleSeconds, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_folder(std::move(folder))
    , m_settleSeconds(settleSeconds)
{ }

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    // The whole screen, as a maximised window would be: the pictures show what fits on it.
    if (QScreen *screen = m_controller.window()->screen())
        m_controller.window()->setGeometry(screen->availableGeometry());
    QTimer::singleShot(m_settleSeconds * 1000, this, [this] { capture(0); });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString file = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(file);
    qCInfo(lcTour) << (ok ? "saved" : "could not save") << file;
    return ok;
}

void ScreenshotTour::capture(int step)
{
    Ui::MainWindow *window = m_controller.window();
    if (step < kStopCount) {
        window->showPage(kStops[step].page);
        // Show a conversation and a lead open, as people use them.
        for (const char *list : {"conversationList", "boardList_new", "leadList"}) {
            if (auto *view = window->findChild<QAbstractItemView *>(QLatin1String(list));
                view && view->isVisible() && view->model() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
        }
        // Let the page load its data off the UI thread and draw.
        QTimer::singleShot(1500, this, [this, window, step] {
            save(window, QString::fromLatin1(kStops[step].name));
            capture(step + 1);
        });
        return;
    }
    // The dashboard tab of Insights, with what the demo has recorded so far.
    if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("insightsTabs")); tabs && step == kStopCount) {
        window->showPage(Ui::MainWindow::Page::Insights);
        tabs->setCurrentIndex(tabs->count() - 1);
        QTimer::singleShot(2500, this, [this, window] {
            save(window, QStringLiteral("insights-dashboard"));
            capture(kStopCount + 1);
        });
        return;
    }
    m_controller.openSetupWizard();
    QTimer::singleShot(1200, this, [this, window] {
        for (auto *wizard : window->findChildren<Ui::SetupWizard *>())
            save(wizard, QStringLiteral("wizard"));
        m_controller.quit();
    });
}

} // namespace Rebound::App
