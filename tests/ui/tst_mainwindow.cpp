#include "config/appsettings.h"
#include "data/datasource.h"
#include "domain/deliveryfailure.h"
#include "engine/engineevent.h"
#include "mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Rebound;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sidebar_switchesPagesByClickAndKeyboard()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(sidebar && pages);
        QCOMPARE(sidebar->count(), 5);
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Leads"));
        sidebar->setCurrentRow(2);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("callsPage"));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("insightsPage"));
        QVERIFY(window.currentPage() == Ui::MainWindow::Page::Insights);
        window.showPage(Ui::MainWindow::Page::Settings);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("settingsPage"));
    }

    void demoMode_showsTheBannerAndItsCallToAction()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.show();
        auto *banner = window.findChild<QWidget *>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        window.setDemoMode(true);
        QVERIFY(banner->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
        QSignalSpy connectRequested(&window, &Ui::MainWindow::connectAccountRequested);
        auto *button = window.findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
        QCOMPARE(button->text(), QStringLiteral("Connect your Twilio account"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(connectRequested.count(), 1);
        window.setDemoMode(false);
        QVERIFY(!banner->isVisible());
    }

    void statusLine_saysProblemsInPlainWords()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("c.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        auto *problem = window.findChild<QLabel *>(QStringLiteral("problemStatus"));
        window.onEngineEvent(Core::EngineEvent{QStringLiteral("provider_error"),
                                               QDateTime::currentDateTimeUtc(),
                                               {{QStringLiteral("kind"), QStringLiteral("authentication")}}});
        QVERIFY(problem->text().contains(QStringLiteral("refused the saved credentials")));
        window.onPolled(QDateTime::currentDateTimeUtc(), true);
        QVERIFY(problem->text().isEmpty());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lastPoll"))->text().isEmpty());
        window.onHistoryImport(true);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("historyImportProgress"))->isVisibleTo(&window));
        window.onHistoryImport(false);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("historyImportProgress"))->isVisibleTo(&window));
    }

    void registrationProblem_showsABannerWithTheWayOut()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("r.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.show();
        auto *banner = window.findChild<QWidget *>(QStringLiteral("registrationBanner"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("registrationBannerText"));
        QVERIFY(banner && text);
        QVERIFY(!banner->isVisible());
        window.onEngineEvent(Core::EngineEvent{
            QStringLiteral("registration_needed"),
            QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("number"), QStringLiteral("+15125550100")}, {QStringLiteral("error_code"), 30034}}});
        QVERIFY(banner->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("(512) 555-0100")));
        QVERIFY(text->text().contains(QStringLiteral("A2P 10DLC")));
        QVERIFY(text->text().contains(QString::fromLatin1(Core::a2pRegistrationUrl)));
        QVERIFY(text->openExternalLinks());
        window.onEngineEvent(Core::EngineEvent{QStringLiteral("registration_resolved"),
                                               QDateTime::currentDateTimeUtc(),
                                               {{QStringLiteral("number"), QStringLiteral("+15125550100")}}});
        QVERIFY(!banner->isVisible());
    }

    void statusLine_saysWhenAnotherSeatRunsTheEngine()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.onLeaseChanged(false, QStringLiteral("rebound-cli on office-box (pid 4242)"));
        auto *standby = window.findChild<QLabel *>(QStringLiteral("standbyLabel"));
        QVERIFY(standby);
        QVERIFY(standby->isVisibleTo(&window));
        QVERIFY(standby->text().contains(QStringLiteral("rebound-cli on office-box")));
        QVERIFY(standby->text().contains(QStringLiteral("stands by")));
        window.onLeaseChanged(true, QStringLiteral("Rebound on this PC"));
        QVERIFY(!standby->isVisibleTo(&window));
    }

    void spanish_translatesTheWindowLive()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("e.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.setDemoMode(true);
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/rebound_es.qm")));
        QVERIFY(QCoreApplication::installTranslator(&spanish));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Bandeja de entrada"));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
        QVERIFY(!button->text().contains(QStringLiteral("Connect")));
        QCoreApplication::removeTranslator(&spanish);
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Inbox"));
    }

    void closing_hidesToTheTrayWhenOneIsThere()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.show();
        window.setCloseHidesToTray(true);
        QSignalSpy hidden(&window, &Ui::MainWindow::hiddenToTray);
        window.close();
        QCOMPARE(hidden.count(), 1);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
