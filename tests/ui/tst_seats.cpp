#include "appcontroller.h"

#include "config/appsettings.h"
#include "engine/engine.h"
#include "fakesecretstore.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagethreadmodel.h"
#include "sandboxthread.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rebound;
using namespace Rebound::Core;

namespace {
const QString kToken = QStringLiteral("tok-seats-2207");
const QString kCaller = QStringLiteral("+15125550163");
constexpr int kStartTimeoutMs = 30000;
// The bar for seats: another desk's reply shows within this.
constexpr qint64 kSeatLimitMs = 2000;

// One desk: its own settings file and credential store, the app's controller and window.
struct Seat
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    Test::FakeSecretStore secrets;
    std::unique_ptr<App::AppController> controller;

    Seat(const QString &name, const QUrl &providerUrl, const QString &database)
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("rebound.ini")));
        settings->setProvider(AppSettings::Provider::Custom);
        settings->setCustomBaseUrl(providerUrl.toString());
        settings->setAccountSid(QString::fromLatin1(SandboxServer::demoAccountSid));
        settings->setLines({ConfiguredLine{QString::fromLatin1(SandboxServer::demoBusinessNumber), Wiring::Forwarded}});
        BusinessProfile business;
        business.name = QStringLiteral("Mike's Plumbing");
        business.trade = QStringLiteral("plumbing");
        settings->setBusiness(business);
        settings->setPollIntervalSeconds(1);
        settings->setSharedDatabase(database);
        settings->setSeatName(name);
        settings->sync();
        secrets.secrets.insert(SecretStore::providerSecretKey(QString::fromLatin1(SandboxServer::demoAccountSid)),
                               kToken);
        controller = std::make_unique<App::AppController>(*settings, secrets);
    }

    template<typename T> T *child(const char *name)
    {
        auto *widget = controller->window()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QListView *list() { return child<QListView>("conversationList"); }
    QListView *thread() { return child<QListView>("threadView"); }

    int rowOf(const QString &caller)
    {
        QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Ui::ConversationListModel::CallerRole).toString() == caller)
                return row;
        }
        return -1;
    }
    bool threadShows(const QString &body)
    {
        QAbstractItemModel *model = thread()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Ui::MessageThreadModel::BodyRole).toString() == body)
                return true;
        }
        return false;
    }
};

} // namespace

// Two desks' apps on one PostgreSQL database: what one does shows on the other at once.
class TestSeats final : public QObject
{
    Q_OBJECT

    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        QVERIFY2(!m_url.isEmpty(), "run through scripts/with-postgres.sh, which starts a throw-away server");
    }

    void replyFromOneSeat_showsOnTheOtherWithinTwoSeconds()
    {
        Test::SandboxThread account(kToken);
        account.run([](SandboxServer &s) { s.setMessageTimings(20, 40); });

        // The owner's laptop starts first and runs the engine; the front desk stands by.
        Seat laptop(QStringLiteral("Owner's laptop"), account.baseUrl(), m_url);
        QSignalSpy laptopStarted(laptop.controller.get(), &App::AppController::engineStarted);
        laptop.controller->showWindow();
        laptop.controller->start();
        QVERIFY(laptopStarted.wait(kStartTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(laptop.controller->engine()->holdsLease(), kStartTimeoutMs);

        Seat desk(QStringLiteral("Front desk"), account.baseUrl(), m_url);
        QSignalSpy deskStarted(desk.controller.get(), &App::AppController::engineStarted);
        desk.controller->showWindow();
        desk.controller->start();
        QVERIFY(deskStarted.wait(kStartTimeoutMs));
        // The window says who answers calls (the label appears once the lease is known).
        auto standby = [&desk] {
            return desk.controller->window()->findChild<QLabel *>(QStringLiteral("standbyLabel"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(standby() && standby()->isVisible(), kStartTimeoutMs);
        QVERIFY2(standby()->text().contains(QStringLiteral("Owner's laptop")), qPrintable(standby()->text()));

        // Give the holder its first look, so the call is news, not history.
        QTest::qWait(2500);
        SandboxServer::PlacedCall call;
        call.from = kCaller;
        call.ringMs = 50;
        account.placeCall(call);

        // The laptop texts the caller back; the front desk, which did nothing, shows the thread.
        QTRY_VERIFY_WITH_TIMEOUT(desk.rowOf(kCaller) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.rowOf(kCaller) >= 0, 15000);
        desk.list()->setCurrentIndex(desk.list()->model()->index(desk.rowOf(kCaller), 0));
        laptop.list()->setCurrentIndex(laptop.list()->model()->index(laptop.rowOf(kCaller), 0));
        QTRY_VERIFY_WITH_TIMEOUT(desk.thread()->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.thread()->model()->rowCount() > 0, 10000);

        // From here on the holder looks at the account once a minute: only the database's
        // notifications can bring the reply out and onto the other desk in time.
        EngineSettings slow = laptop.settings->engineSettings();
        slow.pollInterval = std::chrono::seconds(60);
        Engine *holder = laptop.controller->engine();
        QMetaObject::invokeMethod(holder, [holder, slow] { holder->applySettings(slow); });
        QTest::qWait(300);

        // The front desk (standing by) replies; the laptop (the holder) sends it and shows it.
        const QString reply = QStringLiteral("Hi, this is Jen at the front desk. We can come by at 3pm today.");
        desk.child<QPlainTextEdit>("replyBox")->setPlainText(reply);
        auto *send = desk.child<QPushButton>("sendReplyButton");
        QTRY_VERIFY(send->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.threadShows(reply), 10000);
        const qint64 shownAfter = clock.elapsed();
        qInfo("the reply showed on the other seat %lld ms after it was sent", shownAfter);
        QVERIFY2(shownAfter <= kSeatLimitMs, qPrintable(QStringLiteral("%1 ms").arg(shownAfter)));
        QTRY_VERIFY_WITH_TIMEOUT(desk.threadShows(reply), kSeatLimitMs);

        // The caller got it, once.
        int received = 0;
        for (const Message &m : account.messages())
            received += (m.to == kCaller && m.body == reply) ? 1 : 0;
        QCOMPARE(received, 1);

        // Taken over, and every seat says by whom.
        auto *laptopBanner = laptop.child<QLabel>("automationBannerText");
        QTRY_VERIFY_WITH_TIMEOUT(laptopBanner->isVisible(), kSeatLimitMs);
        QVERIFY2(laptopBanner->text().contains(QStringLiteral("Front desk has taken over")),
                 qPrintable(laptopBanner->text()));
        auto *deskBanner = desk.child<QLabel>("automationBannerText");
        QTRY_VERIFY_WITH_TIMEOUT(deskBanner->isVisible(), kSeatLimitMs);
        QVERIFY2(deskBanner->text().startsWith(QStringLiteral("You have taken over")), qPrintable(deskBanner->text()));

        QSignalSpy deskDone(desk.controller.get(), &App::AppController::finished);
        desk.controller->quit();
        QVERIFY(deskDone.wait(kStartTimeoutMs));
        QSignalSpy laptopDone(laptop.controller.get(), &App::AppController::finished);
        laptop.controller->quit();
        QVERIFY(laptopDone.wait(kStartTimeoutMs));
    }
};

QTEST_MAIN(TestSeats)
#include "tst_seats.moc"
