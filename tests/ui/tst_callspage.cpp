#include "sandboxthread.h"

#include "data/datasource.h"
#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "models/calllogmodel.h"
#include "pages/callspage.h"
#include "store/contactrepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Rebound::Ui::CallLogModel;
using Rebound::Ui::CallsPage;
using Rebound::Ui::DataSource;
using Placed = SandboxServer::PlacedCall;

namespace {
const QString kLine = QString::fromLatin1(SandboxServer::demoBusinessNumber);
constexpr int kWait = 5000;
} // namespace

// The call log over a store the real engine filled from the sandbox: one call
// for each thing Rebound can do about a call, on a line that <Dial>s the owner.
class TestCallsPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    QHash<QString, QString> m_sids; // what each call is about → its SID

    std::unique_ptr<DataSource> m_data;
    std::unique_ptr<CallsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString place(const QString &from, Placed::Outcome outcome = Placed::Outcome::Missed)
    {
        Placed p;
        p.from = from;
        p.outcome = outcome;
        p.wiring = Placed::Wiring::Dial;
        p.ringMs = 50;
        p.talkSeconds = 0;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(outcome == Placed::Outcome::Answered ? 750 : 450); // the sandbox ends the legs on its timers
        return sid;
    }

    QString callAndPoll(const QString &from, Placed::Outcome outcome = Placed::Outcome::Missed)
    {
        const QString sid = place(from, outcome);
        m_engine->pollOnce();
        m_engine->pollOnce();
        return sid;
    }

    CallsPage &openPage(const QString &dbPath)
    {
        m_data = std::make_unique<DataSource>();
        m_data->setDatabasePath(dbPath);
        m_page = std::make_unique<CallsPage>(m_data.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(table()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 600);
        m_page->show();
        return *m_page;
    }

    QTableView *table() { return m_page->findChild<QTableView *>(QStringLiteral("callLog")); }
    QAbstractItemModel *model() { return table()->model(); }

    int rowOf(const QString &sid)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, 0).data(CallLogModel::SidRole).toString() == sid)
                return row;
        }
        return -1;
    }
    QString cell(const QString &what, int column)
    {
        const int row = rowOf(m_sids.value(what));
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) { s.setMessageTimings(20, 40); });
        // Before Rebound's first look at the line: history.
        m_sids.insert(QStringLiteral("history"), place(QStringLiteral("+15125550150")));
        QTest::qWait(2500); // clearly before the first start: provider times have whole seconds

        EngineConfig config;
        config.provider = m_sandbox->config();
        config.lines = {BusinessLine{kLine, Wiring::Dial}};
        config.databasePath = m_dir.filePath(QStringLiteral("calls.sqlite"));
        config.business.name = QStringLiteral("Mike's Plumbing");
        config.rules.businessName = config.business.name;
        config.rules.hours.spans.clear();
        m_engine = std::make_unique<Engine>(config, std::make_unique<AcknowledgementResponder>());
        QString error;
        QVERIFY2(m_engine->open(&error), qPrintable(error));
        m_engine->pollOnce();

        ContactRepository contacts(m_engine->database());
        Contact vendor = contacts.get(QStringLiteral("+15125550153"));
        vendor.isVendor = true;
        QVERIFY(contacts.save(vendor));
        Contact blocked = contacts.get(QStringLiteral("+15125550154"));
        blocked.isBlocked = true;
        QVERIFY(contacts.save(blocked));
        m_sandbox->run(
            [](SandboxServer &s) { s.receiveText(QStringLiteral("+15125550155"), kLine, QStringLiteral("STOP")); });
        m_engine->pollOnce();

        m_sids.insert(QStringLiteral("texted"), callAndPoll(QStringLiteral("+15125550151")));
        m_sids.insert(QStringLiteral("repeat"), callAndPoll(QStringLiteral("+15125550151")));
        m_sids.insert(QStringLiteral("answered"),
                      callAndPoll(QStringLiteral("+15125550152"), Placed::Outcome::Answered));
        m_sids.insert(QStringLiteral("withheld"), callAndPoll(QStringLiteral("+266696687")));
        m_sids.insert(QStringLiteral("vendor"), callAndPoll(vendor.e164));
        m_sids.insert(QStringLiteral("blocked"), callAndPoll(blocked.e164));
        m_sids.insert(QStringLiteral("optedOut"), callAndPoll(QStringLiteral("+15125550155")));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_data.reset();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_sandbox.reset();
    }

    void callLog_showsEveryCallNewestFirstWithOutcomeAndReason()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        QCOMPARE(rowOf(m_sids.value(QStringLiteral("optedOut"))), 0);
        QCOMPARE(rowOf(m_sids.value(QStringLiteral("history"))), 7);

        QCOMPARE(cell(QStringLiteral("texted"), CallLogModel::OutcomeColumn), QStringLiteral("Missed"));
        QVERIFY2(cell(QStringLiteral("texted"), CallLogModel::TextBackColumn).startsWith(QLatin1String("Texted back")),
                 qPrintable(cell(QStringLiteral("texted"), CallLogModel::TextBackColumn)));
        QCOMPARE(cell(QStringLiteral("texted"), CallLogModel::CallerColumn), QStringLiteral("(512) 555-0151"));
        QCOMPARE(cell(QStringLiteral("repeat"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: called again within 24 hours"));
        QCOMPARE(cell(QStringLiteral("answered"), CallLogModel::OutcomeColumn), QStringLiteral("Answered"));
        QCOMPARE(cell(QStringLiteral("answered"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the call was answered"));
        QCOMPARE(cell(QStringLiteral("withheld"), CallLogModel::CallerColumn), QStringLiteral("Withheld number"));
        QCOMPARE(cell(QStringLiteral("withheld"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: withheld number"));
        QCOMPARE(cell(QStringLiteral("vendor"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the caller is marked as a vendor"));
        QCOMPARE(cell(QStringLiteral("blocked"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the number is blocked"));
        QCOMPARE(cell(QStringLiteral("optedOut"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the caller opted out"));
        QVERIFY(cell(QStringLiteral("history"), CallLogModel::TextBackColumn).contains(QLatin1String("history")));

        QCOMPARE(model()->headerData(CallLogModel::OutcomeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Outcome"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("callsEmptyState"))->isHidden());
        QVERIFY(!table()->isHidden());
        QCOMPARE(table()->accessibleName(), QStringLiteral("Call log"));
        const QString tip = model()->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(m_sids.value(QStringLiteral("optedOut"))), qPrintable(tip));
        QVERIFY(!m_page->grab().isNull());
    }

    void callLog_arrowKeysMoveBetweenCalls()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        table()->setFocus();
        table()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(table(), Qt::Key_Up);
        QCOMPARE(table()->currentIndex().row(), 0);
    }

    void emptyLog_saysWhatToDo()
    {
        QTemporaryDir empty;
        {
            StoreError error;
            Database db = Database::openSqlite(empty.filePath(QStringLiteral("empty.sqlite")), &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
        }
        openPage(empty.filePath(QStringLiteral("empty.sqlite")));
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("callsEmptyState"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("No calls yet.")), kWait);
        QVERIFY(!label->isHidden());
        QVERIFY(table()->isHidden());
        QCOMPARE(model()->rowCount(), 0);
    }

    void reasons_areInPlainWords()
    {
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("opted_out"), QStringLiteral("Not texted: the caller opted out")},
            {QStringLiteral("repeat_caller"), QStringLiteral("Not texted: called again within 24 hours")},
            {QStringLiteral("answered"), QStringLiteral("Not texted: the call was answered")},
            {QStringLiteral("no_caller_id"), QStringLiteral("Not texted: withheld number")},
            {QStringLiteral("vendor"), QStringLiteral("Not texted: the caller is marked as a vendor")},
            {QStringLiteral("blocked"), QStringLiteral("Not texted: the number is blocked")},
        };
        for (const auto &[reason, words] : expected) {
            CallLogRow row;
            row.outcome = QStringLiteral("missed");
            row.action = QStringLiteral("skip");
            row.reason = reason;
            QCOMPARE(CallLogModel::textBackText(row), words);
        }
        CallLogRow late;
        late.action = QStringLiteral("skip");
        late.reason = QStringLiteral("late");
        QVERIFY(CallLogModel::textBackText(late).contains(QLatin1String("late")));
        CallLogRow failed;
        failed.action = QStringLiteral("text");
        failed.textState = QStringLiteral("failed");
        QCOMPARE(CallLogModel::textBackText(failed), QStringLiteral("Text-back failed"));
        CallLogRow ringing;
        ringing.outcome = QStringLiteral("pending");
        QCOMPARE(CallLogModel::outcomeText(ringing), QStringLiteral("Ringing"));
    }

    // Last: it adds a call to the shared store.
    void reload_keepsTheSelectedCall()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        const QString answered = m_sids.value(QStringLiteral("answered"));
        table()->selectRow(rowOf(answered));
        const int before = rowOf(answered);
        const QString fresh = callAndPoll(QStringLiteral("+15125550156"));
        m_data->requestCalls();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 9, kWait);
        QCOMPARE(rowOf(fresh), 0);
        QCOMPARE(rowOf(answered), before + 1);
        const QModelIndexList selected = table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data(CallLogModel::SidRole).toString(), answered);
        QCOMPARE(table()->currentIndex().data(CallLogModel::SidRole).toString(), answered);
    }
};

QTEST_MAIN(TestCallsPage)
#include "tst_callspage.moc"
