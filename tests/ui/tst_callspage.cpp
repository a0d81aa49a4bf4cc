#include "pluraltranslator.h"
#include "sandboxthread.h"

#include "data/datasource.h"
#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "models/calllogmodel.h"
#include "models/displaytext.h"
#include "pages/callspage.h"
#include "store/contactrepository.h"
#include "widgets/daygroupdelegate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::PluralTranslator;
using Rebound::Test::SandboxThread;
using Rebound::Ui::CallFilterModel;
using Rebound::Ui::CallLogModel;
using Rebound::Ui::CallsPage;
using Rebound::Ui::DataSource;
using Rebound::Ui::DayGroupDelegate;
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
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    PluralTranslator m_english;

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
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table()->model());
        if (proxy)
            m_sourceTester = std::make_unique<QAbstractItemModelTester>(
                proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 600);
        m_page->show();
        return *m_page;
    }

    QTableView *table() { return m_page->findChild<QTableView *>(QStringLiteral("callLog")); }
    QString summary() { return m_page->findChild<QLabel *>(QStringLiteral("callsSummary"))->text(); }
    void showKind(CallFilterModel::Kind kind)
    {
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("callsFilter"));
        QVERIFY(combo);
        const int index = combo->findData(QVariant::fromValue(kind));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    void search(const QString &text) { m_page->findChild<QLineEdit *>(QStringLiteral("callsSearch"))->setText(text); }
    QStringList shownSids()
    {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out.append(model()->index(row, 0).data(CallLogModel::SidRole).toString());
        return out;
    }
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
        QVERIFY(m_english.loadEnglish());
        QVERIFY(QCoreApplication::installTranslator(&m_english));
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
        QVERIFY(contacts.setName(QStringLiteral("+15125550152"), QStringLiteral("Rosa Díaz")));
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
        m_sourceTester.reset();
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

    void callLog_hasADateColumnAndGroupsByDay()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        QCOMPARE(model()->headerData(CallLogModel::DayColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));
        QCOMPARE(model()->headerData(CallLogModel::WhenColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
        // Every call was placed today: one group, headed by the first row; the time shows on each row.
        QVERIFY(qobject_cast<DayGroupDelegate *>(table()->itemDelegateForColumn(CallLogModel::DayColumn)));
        QVERIFY(DayGroupDelegate::startsGroup(model()->index(0, CallLogModel::DayColumn), CallLogModel::DayRole));
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->index(row, CallLogModel::DayColumn).data().toString(), QStringLiteral("Today"));
            if (row > 0)
                QVERIFY(!DayGroupDelegate::startsGroup(model()->index(row, CallLogModel::DayColumn),
                                                       CallLogModel::DayRole));
        }
        const QDateTime started = model()->index(0, 0).data(CallLogModel::StartedAtRole).toDateTime();
        QCOMPARE(model()->index(0, CallLogModel::WhenColumn).data().toString(),
                 Rebound::Ui::DisplayText::timeOfDay(started));
    }

    void dayGroups_sayTodayYesterdayAndTheDate()
    {
        CallLogModel calls;
        CallFilterModel grouped;
        grouped.setSourceModel(&calls);
        QAbstractItemModelTester callsTester(&calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupedTester(&grouped, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calls.setToday(QDate(2025, 12, 3));
        const auto at = [](int month, int day, int hour, int year = 2025) {
            return QDateTime(QDate(year, month, day), QTime(hour, 0)).toUTC();
        };
        QList<CallLogRow> rows;
        for (const QDateTime &when : {at(12, 3, 10), at(12, 3, 9), at(12, 2, 18), at(12, 1, 8), at(11, 28, 8, 2024)}) {
            CallLogRow row;
            row.sid = QStringLiteral("CA%1").arg(rows.size());
            row.caller = QStringLiteral("+15125550170");
            row.startedAt = when;
            row.outcome = QStringLiteral("missed");
            rows.append(row);
        }
        calls.setCalls(rows);
        const QStringList expected{QStringLiteral("Today"), QStringLiteral("Today"), QStringLiteral("Yesterday"),
                                   QStringLiteral("Monday, Dec 1"), QStringLiteral("Thursday, Nov 28, 2024")};
        const QList<bool> heads{true, false, true, true, true};
        for (int row = 0; row < expected.size(); ++row) {
            const QModelIndex day = grouped.index(row, CallLogModel::DayColumn);
            QCOMPARE(day.data().toString(), expected.at(row));
            QCOMPARE(DayGroupDelegate::startsGroup(day, CallLogModel::DayRole), heads.at(row));
        }
        // Narrowed, the groups follow what is shown: yesterday's call now heads its day.
        grouped.setSearch(QStringLiteral("zzz"));
        QCOMPARE(grouped.rowCount(), 0);
        grouped.setSearch(QString());
        QCOMPARE(grouped.rowCount(), 5);
        QCOMPARE(grouped.index(1, 0).data(CallLogModel::DayTextRole).toString(), QStringLiteral("Today"));
        QCOMPARE(grouped.index(1, 0).data(CallLogModel::DayRole).toDate(), QDate(2025, 12, 3));
    }

    void filters_narrowTheRowsAndKeepTheReason()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        QVERIFY2(summary().startsWith(QStringLiteral("8 calls shown · ")), qPrintable(summary()));

        showKind(CallFilterModel::Kind::TextedBack);
        QCOMPARE(shownSids(), QStringList{m_sids.value(QStringLiteral("texted"))});
        QCOMPARE(summary(), QStringLiteral("1 call shown · 1 missed · 1 texted back"));

        showKind(CallFilterModel::Kind::Missed);
        QVERIFY(model()->rowCount() > 1 && model()->rowCount() < 8);
        QVERIFY(shownSids().contains(m_sids.value(QStringLiteral("texted"))));
        QVERIFY(!shownSids().contains(m_sids.value(QStringLiteral("answered"))));
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, CallLogModel::OutcomeColumn).data().toString(), QStringLiteral("Missed"));

        // Skipped: missed and not texted back, each with the decision's reason in words.
        showKind(CallFilterModel::Kind::Skipped);
        QStringList skipped;
        for (const char *what : {"repeat", "withheld", "vendor", "blocked", "optedOut", "history"})
            skipped.append(m_sids.value(QString::fromLatin1(what)));
        const QStringList shownSkipped = shownSids();
        QCOMPARE(QSet<QString>(shownSkipped.cbegin(), shownSkipped.cend()),
                 QSet<QString>(skipped.cbegin(), skipped.cend()));
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString why = model()->index(row, CallLogModel::TextBackColumn).data().toString();
            QVERIFY2(why.startsWith(QLatin1String("Not texted")), qPrintable(why));
        }
        QCOMPARE(cell(QStringLiteral("optedOut"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the caller opted out"));
        QCOMPARE(cell(QStringLiteral("vendor"), CallLogModel::TextBackColumn),
                 QStringLiteral("Not texted: the caller is marked as a vendor"));
        QVERIFY(summary().startsWith(QStringLiteral("6 calls shown · 6 missed · 0 texted back")));

        showKind(CallFilterModel::Kind::All);
        QCOMPARE(model()->rowCount(), 8);
    }

    void search_findsNamesAndNumbers()
    {
        openPage(m_engine->config().databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, kWait);
        search(QStringLiteral("rosa"));
        QCOMPARE(shownSids(), QStringList{m_sids.value(QStringLiteral("answered"))});
        QCOMPARE(cell(QStringLiteral("answered"), CallLogModel::CallerColumn), QStringLiteral("Rosa Díaz"));
        QVERIFY2(summary().startsWith(QLatin1String("1 call shown")), qPrintable(summary()));
        // The number however it is written: digits are compared.
        search(QStringLiteral("(512) 555-0151"));
        const QStringList found = shownSids();
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()),
                 (QSet<QString>{m_sids.value(QStringLiteral("texted")), m_sids.value(QStringLiteral("repeat"))}));
        QVERIFY2(summary().startsWith(QStringLiteral("2 calls shown · 2 missed · 1 texted back")),
                 qPrintable(summary()));
        // Search and kind narrow together.
        showKind(CallFilterModel::Kind::Skipped);
        QCOMPARE(shownSids(), QStringList{m_sids.value(QStringLiteral("repeat"))});
        search(QStringLiteral("zebra"));
        QCOMPARE(model()->rowCount(), 0);
        auto *empty = m_page->findChild<QLabel *>(QStringLiteral("callsEmptyState"));
        QVERIFY(!empty->isHidden());
        QVERIFY2(empty->text().startsWith(QLatin1String("No calls match")), qPrintable(empty->text()));
        QVERIFY(table()->isHidden());
        search(QString());
        showKind(CallFilterModel::Kind::All);
        QCOMPARE(model()->rowCount(), 8);
        QVERIFY(empty->isHidden());
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
