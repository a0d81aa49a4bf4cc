#include "pluraltranslator.h"

#include "data/datasource.h"
#include "dialogs/bookjobdialog.h"
#include "dialogs/messagebox.h"
#include "models/leadcsv.h"
#include "models/leadlistmodel.h"
#include "pages/leadspage.h"
#include "widgets/leadboard.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "insights/dashboardstats.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/leadrepository.h"
#include "store/readmodels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Rebound::Core;
using namespace Rebound::Ui;

namespace {
const QString kLine = QStringLiteral("+15125550100");

struct Seed
{
    QString caller;
    QString name;
    QString service;
    LeadCard::Urgency urgency;
    QString address;
    LeadCard::Score score;
    QString status;
    qint64 minutesAgo;
    std::optional<qint64> jobValueCents;
    QStringList questions;
};
} // namespace

// The leads page on a real store: rows seeded with the repositories, status
// changes written by a real Engine on its own thread, reloads through the
// DataSource as in the app.
class TestLeadsPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QHash<QString, QString> m_ids; // caller → lead id
    QHash<QString, QString> m_conversations; // caller → conversation id
    std::unique_ptr<QThread> m_engineThread;
    Engine *m_engine = nullptr;
    std::unique_ptr<DataSource> m_data;
    std::unique_ptr<LeadsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_boardTesters;
    Rebound::Test::PluralTranslator m_english;

    void seed(const QList<Seed> &seeds)
    {
        StoreError error;
        Database db = Database::openSqlite(m_dbPath, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        ConversationRepository conversations(db);
        LeadRepository leads(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Seed &s : seeds) {
            Lead lead;
            lead.id = Database::newId();
            lead.createdAt = lead.updatedAt = now.addSecs(-60 * s.minutesAgo);
            lead.conversationId = conversations.ensure(kLine, s.caller, lead.createdAt);
            lead.callerNumber = s.caller;
            lead.card.name = s.name;
            lead.card.service = s.service;
            // The caller's own words ride along with the taxonomy key.
            if (s.service == QLatin1String("water_heater"))
                lead.card.jobWords = QStringLiteral("water heater is leaking all over the garage");
            lead.card.urgency = s.urgency;
            lead.card.address = s.address;
            lead.card.score = s.score;
            lead.card.questions = s.questions;
            lead.status = s.status;
            QVERIFY(leads.insert(lead));
            if (s.jobValueCents)
                QVERIFY(db.exec(QStringLiteral("UPDATE leads SET job_value_cents = ? WHERE id = ?"),
                                {*s.jobValueCents, lead.id}));
            m_ids.insert(s.caller, lead.id);
            m_conversations.insert(s.caller, lead.conversationId);
        }
    }

    std::optional<Lead> stored(const QString &caller)
    {
        StoreError error;
        Database db = Database::openSqlite(m_dbPath, &error);
        return LeadRepository(db).find(m_ids.value(caller));
    }

    void startEngine()
    {
        EngineConfig config;
        // The page only asks the engine to write; nothing here polls a provider.
        config.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.provider.accountSid = QString::fromLatin1("AC5a9d0c0ffee5a9d0c0ffee5a9d0c0ffe");
        config.lines = {BusinessLine{kLine, Wiring::Forwarded}};
        config.databasePath = m_dbPath;
        m_engineThread = std::make_unique<QThread>();
        m_engine = new Engine(config, std::make_unique<AcknowledgementResponder>());
        m_engine->moveToThread(m_engineThread.get());
        connect(m_engineThread.get(), &QThread::finished, m_engine, &QObject::deleteLater);
        m_engineThread->start();
        bool opened = false;
        QMetaObject::invokeMethod(
            m_engine, [this, &opened] { opened = m_engine->open(nullptr); }, Qt::BlockingQueuedConnection);
        QVERIFY(opened);
        // As the app does: every engine write reloads what the windows show.
        connect(m_engine, &Engine::storeChanged, m_data.get(), &DataSource::refreshAll);
    }

    template<typename T> T *child(const char *name)
    {
        auto *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    QAbstractItemModel *shown() { return child<QListView>("leadList")->model(); }
    QAbstractItemModel *column(const QString &status)
    {
        return child<QListView>(qPrintable(QStringLiteral("boardList_") + status))->model();
    }
    QStringList callersIn(const QString &status)
    {
        QStringList out;
        QAbstractItemModel *m = column(status);
        for (int row = 0; row < m->rowCount(); ++row)
            out.append(m->index(row, 0).data(LeadListModel::PhoneRole).toString());
        return out;
    }
    QString label(const char *prefix, const QString &status)
    {
        return child<QLabel>(qPrintable(QString::fromLatin1(prefix) + status))->text();
    }
    // Chooses the card on the board, in its column, as a click would.
    void choose(const QString &status, const QString &caller)
    {
        auto *list = child<QListView>(qPrintable(QStringLiteral("boardList_") + status));
        const int row = int(callersIn(status).indexOf(caller));
        QVERIFY(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));
    }
    void moveFromBoard(const QString &status, const QString &caller, const QString &target)
    {
        choose(status, caller);
        auto *list = child<QListView>(qPrintable(QStringLiteral("boardList_") + status));
        auto *move = list->findChild<QAction *>(QStringLiteral("moveTo_") + target);
        QVERIFY(move);
        QVERIFY(move->isEnabled());
        move->trigger();
    }
    void useList() { child<QTabBar>("leadsViewTabs")->setCurrentIndex(1); }

    int rowOf(const QString &caller)
    {
        for (int row = 0; row < shown()->rowCount(); ++row) {
            if (shown()->index(row, 0).data(LeadListModel::IdRole).toString() == m_ids.value(caller))
                return row;
        }
        return -1;
    }

    bool select(const QString &caller)
    {
        useList();
        const int row = rowOf(caller);
        if (row < 0)
            return false;
        child<QListView>("leadList")->setCurrentIndex(shown()->index(row, 0));
        return true;
    }

    QVariant roleOf(const QString &caller, int role)
    {
        const int row = rowOf(caller);
        return row < 0 ? QVariant() : shown()->index(row, 0).data(role);
    }

    void setFilter(const char *combo, const QString &key)
    {
        auto *box = child<QComboBox>(combo);
        box->setCurrentIndex(box->findData(key));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_english.loadEnglish());
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dbPath = m_dir->filePath(QStringLiteral("rebound.sqlite"));
        m_ids.clear();
        m_conversations.clear();
        seed({
            {QStringLiteral("+15125550111"),
             QStringLiteral("Dana Whitfield"),
             QStringLiteral("water_heater"),
             LeadCard::Urgency::Emergency,
             QStringLiteral("12 Oak St, Austin"),
             LeadCard::Score::Hot,
             QStringLiteral("new"),
             120,
             std::nullopt,
             {QStringLiteral("Do you work weekends?")}},
            {QStringLiteral("+15125550112"),
             QStringLiteral("Smith, \"Big\" Dan"),
             QStringLiteral("drain_cleaning"),
             LeadCard::Urgency::Soon,
             QStringLiteral("=1+2"),
             LeadCard::Score::Warm,
             QStringLiteral("booked"),
             30,
             99950,
             {}},
            {QStringLiteral("+15125550113"),
             QString(),
             QString(),
             LeadCard::Urgency::Unknown,
             QString(),
             LeadCard::Score::Cold,
             QStringLiteral("lost"),
             3 * 24 * 60,
             std::nullopt,
             {}},
        });
        m_data = std::make_unique<DataSource>();
        m_data->setDatabasePath(m_dbPath);
        startEngine();
        m_page = std::make_unique<LeadsPage>(m_data.get());
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(shown());
        QVERIFY(proxy);
        m_proxyTester =
            std::make_unique<QAbstractItemModelTester>(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &status : LeadBoard::statuses())
            m_boardTesters.append(std::make_shared<QAbstractItemModelTester>(
                column(status), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->setEngine(m_engine);
        m_page->resize(1200, 700);
        m_page->show();
        QTRY_COMPARE(shown()->rowCount(), 3);
    }

    void cleanup()
    {
        MessageBox::resetHooks();
        BookJobDialog::setAsker({});
        m_boardTesters.clear();
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
        m_engineThread->quit();
        m_engineThread->wait();
        m_engine = nullptr;
        m_engineThread.reset();
        m_data.reset();
        m_dir.reset();
    }

    void leads_showAsCardsNewestFirst()
    {
        useList();
        QCOMPARE(rowOf(QStringLiteral("+15125550112")), 0);
        QCOMPARE(rowOf(QStringLiteral("+15125550111")), 1);
        QCOMPARE(rowOf(QStringLiteral("+15125550113")), 2);
        const QString dana = QStringLiteral("+15125550111");
        QCOMPARE(roleOf(dana, Qt::DisplayRole).toString(), QStringLiteral("Dana Whitfield"));
        QCOMPARE(roleOf(dana, LeadListModel::JobRole).toString(),
                 QStringLiteral("Water heater — “water heater is leaking all over the garage”"));
        QCOMPARE(roleOf(dana, LeadListModel::UrgencyTextRole).toString(), QStringLiteral("Emergency"));
        QCOMPARE(roleOf(dana, LeadListModel::AddressRole).toString(), QStringLiteral("12 Oak St, Austin"));
        QCOMPARE(roleOf(dana, LeadListModel::AgeTextRole).toString(), QStringLiteral("2 h ago"));
        QCOMPARE(roleOf(dana, LeadListModel::ScoreTextRole).toString(), QStringLiteral("Hot"));
        QCOMPARE(roleOf(dana, LeadListModel::StatusTextRole).toString(), QStringLiteral("New"));
        // No name given: the card is titled by the number, written as people write it.
        QCOMPARE(roleOf(QStringLiteral("+15125550113"), Qt::DisplayRole).toString(), QStringLiteral("(512) 555-0113"));
        QVERIFY(roleOf(QStringLiteral("+15125550113"), LeadListModel::AgeTextRole).toString().startsWith(u'3'));
        QVERIFY(child<QListView>("leadList")->isVisible());
        QVERIFY(!child<QLabel>("leadsEmptyState")->isVisible());
    }

    void unreachableCaller_isARedCallThemBackCard()
    {
        const QString dana = QStringLiteral("+15125550111");
        {
            StoreError error;
            Database db = Database::openSqlite(m_dbPath, &error);
            QVERIFY(LeadRepository(db).setCallBack(m_ids.value(dana),
                                                   QStringLiteral("The number is a landline, or its carrier cannot "
                                                                  "take texts."),
                                                   30006, QDateTime::currentDateTimeUtc()));
        }
        m_data->refreshAll();
        QTRY_VERIFY(!roleOf(dana, LeadListModel::CallBackRole).toString().isEmpty());
        QVERIFY(roleOf(dana, LeadListModel::CallBackRole).toString().contains(QStringLiteral("landline")));
        QVERIFY(roleOf(dana, LeadListModel::CardTextRole).toString().startsWith(QStringLiteral("Hot lead: Dana")));
        QVERIFY(roleOf(dana, LeadListModel::CardTextRole).toString().contains(QStringLiteral("Call them back")));
        // The other cards stay as they were.
        QVERIFY(roleOf(QStringLiteral("+15125550112"), LeadListModel::CallBackRole).toString().isEmpty());
        // The card's details say it in words.
        QVERIFY(select(dana));
        auto *callBack = child<QLabel>("leadDetailsCallBack");
        QTRY_VERIFY(callBack->isVisible());
        QVERIFY(callBack->text().startsWith(QStringLiteral("Call them back")));
        QVERIFY(select(QStringLiteral("+15125550112")));
        QTRY_VERIFY(!callBack->isVisible());
    }

    void filters_narrowByScoreAndStatus()
    {
        useList();
        QCOMPARE(child<QLabel>("leadCount")->text(), QStringLiteral("3 leads"));
        setFilter("scoreFilter", QStringLiteral("hot"));
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(rowOf(QStringLiteral("+15125550111")), 0);
        QCOMPARE(child<QLabel>("leadCount")->text(), QStringLiteral("1 of 3 leads"));
        setFilter("statusFilter", QStringLiteral("lost"));
        QCOMPARE(shown()->rowCount(), 0);
        QVERIFY(child<QLabel>("leadsEmptyState")->isVisible());
        QVERIFY(child<QLabel>("leadsEmptyState")->text().contains(QStringLiteral("No leads match")));
        QVERIFY(!child<QPushButton>("exportCsvButton")->isEnabled());
        setFilter("scoreFilter", QString());
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(rowOf(QStringLiteral("+15125550113")), 0);
        setFilter("statusFilter", QStringLiteral("booked"));
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(rowOf(QStringLiteral("+15125550112")), 0);
        setFilter("statusFilter", QString());
        QCOMPARE(shown()->rowCount(), 3);
        QVERIFY(!child<QLabel>("leadsEmptyState")->isVisible());
    }

    void emptyState_whenThereAreNoLeads()
    {
        QTemporaryDir emptyDir;
        DataSource data;
        data.setDatabasePath(emptyDir.filePath(QStringLiteral("empty.sqlite")));
        LeadsPage page(&data);
        page.show();
        auto *empty = page.findChild<QLabel *>(QStringLiteral("leadsEmptyState"));
        QVERIFY(empty);
        QTRY_COMPARE(empty->text(),
                     QStringLiteral("No leads yet. When a missed caller replies, their card appears here."));
        QVERIFY(empty->isVisible());
        QVERIFY(!page.findChild<QListView *>(QStringLiteral("leadList"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("copyCardButton"))->isEnabled());
    }

    void copyCard_putsTheWholeCardOnTheClipboard()
    {
        QVERIFY(select(QStringLiteral("+15125550111")));
        QGuiApplication::clipboard()->clear();
        child<QPushButton>("copyCardButton")->click();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Hot lead: Dana Whitfield")), qPrintable(text));
        for (const char *part :
             {"Phone: (512) 555-0111", "Job: Water heater — “water heater is leaking all over the garage”",
              "Urgency: Emergency", "Address: 12 Oak St, Austin", "Do you work weekends?", "Status: New", "2 h ago"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);
        // The keyboard's copy on the list copies the card too, not just its title.
        QGuiApplication::clipboard()->clear();
        auto *list = child<QListView>("leadList");
        list->activateWindow();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }

    void callBack_opensATelLink()
    {
        QList<QUrl> opened;
        MessageBox::setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QVERIFY(select(QStringLiteral("+15125550111")));
        child<QPushButton>("callBackButton")->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("tel:+15125550111"))});
    }

    void book_recordsTheJobValueThroughTheEngine()
    {
        QStringList asked;
        BookJobDialog::setAsker([&asked](const QString &customer) -> std::optional<qint64> {
            asked.append(customer);
            return 125000;
        });
        QVERIFY(select(QStringLiteral("+15125550111")));
        child<QPushButton>("bookButton")->click();
        QCOMPARE(asked, QStringList{QStringLiteral("Dana Whitfield")});
        QTRY_COMPARE(roleOf(QStringLiteral("+15125550111"), LeadListModel::StatusRole).toString(),
                     QStringLiteral("booked"));
        QCOMPARE(roleOf(QStringLiteral("+15125550111"), LeadListModel::JobValueCentsRole).toLongLong(), 125000);
        const auto lead = stored(QStringLiteral("+15125550111"));
        QVERIFY(lead);
        QCOMPARE(lead->status, QStringLiteral("booked"));
        QCOMPARE(lead->jobValueCents.value_or(-1), 125000);
        // The selection survives the reload, and the details show the value.
        QCOMPARE(child<QListView>("leadList")->currentIndex().data(LeadListModel::IdRole).toString(),
                 m_ids.value(QStringLiteral("+15125550111")));
        QCOMPARE(child<QLabel>("leadDetailsJobValue")->text(), LeadListModel::jobValueText(125000));
    }

    void book_cancelledChangesNothing()
    {
        BookJobDialog::setAsker([](const QString &) -> std::optional<qint64> { return std::nullopt; });
        QVERIFY(select(QStringLiteral("+15125550111")));
        child<QPushButton>("bookButton")->click();
        QTest::qWait(300);
        QCOMPARE(stored(QStringLiteral("+15125550111"))->status, QStringLiteral("new"));
        QCOMPARE(roleOf(QStringLiteral("+15125550111"), LeadListModel::StatusRole).toString(), QStringLiteral("new"));
    }

    void markContactedThenLost_changesTheStatus()
    {
        QVERIFY(select(QStringLiteral("+15125550111")));
        child<QPushButton>("contactedButton")->click();
        QTRY_COMPARE(roleOf(QStringLiteral("+15125550111"), LeadListModel::StatusRole).toString(),
                     QStringLiteral("contacted"));
        QVERIFY(!child<QPushButton>("contactedButton")->isEnabled());
        child<QPushButton>("lostButton")->click();
        QTRY_COMPARE(stored(QStringLiteral("+15125550111"))->status, QStringLiteral("lost"));
        QTRY_COMPARE(roleOf(QStringLiteral("+15125550111"), LeadListModel::StatusRole).toString(),
                     QStringLiteral("lost"));
    }

    void withoutEngine_statusActionsAreDisabled()
    {
        LeadsPage page(m_data.get());
        page.show();
        page.findChild<QTabBar *>(QStringLiteral("leadsViewTabs"))->setCurrentIndex(1);
        auto *list = page.findChild<QListView *>(QStringLiteral("leadList"));
        QTRY_COMPARE(list->model()->rowCount(), 3);
        list->setCurrentIndex(list->model()->index(0, 0));
        for (const char *name : {"contactedButton", "bookButton", "lostButton"})
            QVERIFY2(!page.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("copyCardButton"))->isEnabled());
    }

    void exportCsv_writesTheShownLeadsQuoted()
    {
        const QString path = m_dir->filePath(QStringLiteral("leads"));
        QStringList suggestions;
        MessageBox::setSavePathAsker([&](const QString &, const QString &suggested) {
            suggestions.append(suggested);
            return path;
        });
        child<QPushButton>("exportCsvButton")->click();
        QCOMPARE(suggestions.size(), 1);
        QVERIFY(suggestions.constFirst().endsWith(QStringLiteral(".csv")));
        QFile file(path + QStringLiteral(".csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Created,Name,Phone,Service,Urgency,Address,Score,Status,Job value"));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(",\"Smith, \"\"Big\"\" Dan\",+15125550112,drain cleaning,soon,"
                                                     "'=1+2,warm,booked,999.50")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral(
                     ",Dana Whitfield,+15125550111,water heater,emergency,\"12 Oak St, Austin\",hot,new,")),
                 qPrintable(lines.at(2)));
        const QDateTime created = QDateTime::fromString(lines.at(2).section(u',', 0, 0), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc()) - 7200) < 120);

        // Only what the filters show is exported.
        setFilter("scoreFilter", QStringLiteral("hot"));
        child<QPushButton>("exportCsvButton")->click();
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList filtered =
            QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(filtered.size(), 2);
        QVERIFY(filtered.at(1).contains(QStringLiteral("Dana Whitfield")));
    }

    void board_showsColumnsByStatusWithCountsAndValues()
    {
        QCOMPARE(child<QTabBar>("leadsViewTabs")->tabText(0), QStringLiteral("Board"));
        QVERIFY(child<LeadBoard>("leadBoard")->isVisible());
        QVERIFY(!child<QListView>("leadList")->isVisible());
        QVERIFY(!child<QComboBox>("statusFilter")->isVisible()); // the columns are the statuses
        const QStringList titles{QStringLiteral("New"), QStringLiteral("Contacted"), QStringLiteral("Booked"),
                                 QStringLiteral("Lost")};
        for (int i = 0; i < LeadBoard::statuses().size(); ++i)
            QCOMPARE(label("boardTitle_", LeadBoard::statuses().at(i)), titles.at(i));
        QCOMPARE(callersIn(QStringLiteral("new")), QStringList{QStringLiteral("+15125550111")});
        QCOMPARE(callersIn(QStringLiteral("contacted")), QStringList());
        QCOMPARE(callersIn(QStringLiteral("booked")), QStringList{QStringLiteral("+15125550112")});
        QCOMPARE(callersIn(QStringLiteral("lost")), QStringList{QStringLiteral("+15125550113")});
        QCOMPARE(label("boardCount_", QStringLiteral("new")), QStringLiteral("1 lead"));
        QCOMPARE(label("boardCount_", QStringLiteral("contacted")), QStringLiteral("0 leads"));
        QCOMPARE(child<QLabel>("leadCount")->text(), QStringLiteral("3 leads"));
        // The booked job's value, as money, on its card and as its column's total.
        QCOMPARE(column(QStringLiteral("booked"))->index(0, 0).data(LeadListModel::JobValueTextRole).toString(),
                 LeadListModel::jobValueText(99950));
        QVERIFY(LeadListModel::jobValueText(99950).contains(QStringLiteral("999.50")));
        QCOMPARE(label("boardTotal_", QStringLiteral("booked")), LeadListModel::jobValueText(99950));
        QVERIFY(child<QLabel>("boardTotal_booked")->isVisible());
        QVERIFY(!child<QLabel>("boardTotal_new")->isVisible());
        // The job in words, never the taxonomy key.
        QCOMPARE(column(QStringLiteral("new"))->index(0, 0).data(LeadListModel::JobLabelRole).toString(),
                 QStringLiteral("Water heater"));
        QCOMPARE(column(QStringLiteral("booked"))->index(0, 0).data(LeadListModel::JobLabelRole).toString(),
                 QStringLiteral("drain cleaning"));
        // The score filter narrows every column.
        setFilter("scoreFilter", QStringLiteral("hot"));
        QCOMPARE(callersIn(QStringLiteral("booked")), QStringList());
        QCOMPARE(callersIn(QStringLiteral("new")), QStringList{QStringLiteral("+15125550111")});
        QCOMPARE(child<QLabel>("leadCount")->text(), QStringLiteral("1 of 3 leads"));
        QVERIFY(!child<QLabel>("boardTotal_booked")->isVisible());
        setFilter("scoreFilter", QString());
        QVERIFY(!m_page->grab().isNull()); // the cards paint
    }

    void board_movingALeadChangesItsColumnAndIsStored()
    {
        const QString dana = QStringLiteral("+15125550111");
        moveFromBoard(QStringLiteral("new"), dana, QStringLiteral("contacted"));
        QTRY_COMPARE(stored(dana)->status, QStringLiteral("contacted"));
        QTRY_COMPARE(callersIn(QStringLiteral("contacted")), QStringList{dana});
        QCOMPARE(callersIn(QStringLiteral("new")), QStringList());
        QCOMPARE(label("boardCount_", QStringLiteral("contacted")), QStringLiteral("1 lead"));
        QCOMPARE(label("boardCount_", QStringLiteral("new")), QStringLiteral("0 leads"));
        // The moved card stays the chosen one.
        QCOMPARE(child<LeadBoard>("leadBoard")->currentLeadId(), m_ids.value(dana));
        QCOMPARE(child<QLabel>("leadDetailsTitle")->text(), QStringLiteral("Dana Whitfield"));

        // Booked asks for the job's value; the column's total grows by it.
        BookJobDialog::setAsker([](const QString &) -> std::optional<qint64> { return 50000; });
        moveFromBoard(QStringLiteral("contacted"), dana, QStringLiteral("booked"));
        QTRY_COMPARE(stored(dana)->status, QStringLiteral("booked"));
        QCOMPARE(stored(dana)->jobValueCents.value_or(-1), 50000);
        QTRY_COMPARE(callersIn(QStringLiteral("booked")).size(), 2);
        QTRY_COMPARE(label("boardTotal_", QStringLiteral("booked")), LeadListModel::jobValueText(149950));
        QCOMPARE(label("boardCount_", QStringLiteral("booked")), QStringLiteral("2 leads"));

        // Cancelling the value leaves the card where it is.
        BookJobDialog::setAsker([](const QString &) -> std::optional<qint64> { return std::nullopt; });
        moveFromBoard(QStringLiteral("lost"), QStringLiteral("+15125550113"), QStringLiteral("booked"));
        QTest::qWait(300);
        QCOMPARE(stored(QStringLiteral("+15125550113"))->status, QStringLiteral("lost"));

        // Back to new, and the page's buttons act on the card chosen on the board.
        moveFromBoard(QStringLiteral("lost"), QStringLiteral("+15125550113"), QStringLiteral("new"));
        QTRY_COMPARE(stored(QStringLiteral("+15125550113"))->status, QStringLiteral("new"));
        QTRY_COMPARE(callersIn(QStringLiteral("new")), QStringList{QStringLiteral("+15125550113")});
        choose(QStringLiteral("new"), QStringLiteral("+15125550113"));
        child<QPushButton>("contactedButton")->click();
        QTRY_COMPARE(stored(QStringLiteral("+15125550113"))->status, QStringLiteral("contacted"));
        QTRY_COMPARE(callersIn(QStringLiteral("contacted")), QStringList{QStringLiteral("+15125550113")});
    }

    void board_movesNeedTheEngine()
    {
        LeadsPage page(m_data.get());
        page.show();
        auto *list = page.findChild<QListView *>(QStringLiteral("boardList_new"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(!list->findChild<QAction *>(QStringLiteral("moveTo_contacted"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("contactedButton"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("copyCardButton"))->isEnabled());
    }

    void scoreCounts_agreeWithTheDashboard()
    {
        QTRY_COMPARE(child<QLabel>("leadScoreCounts")->text(), QStringLiteral("1 hot · 1 warm · 1 cold"));
        {
            // A vendor's card is a card too: the page and the dashboard both count it.
            StoreError error;
            Database db = Database::openSqlite(m_dbPath, &error);
            QVERIFY(db.isOpen());
            Lead vendor;
            vendor.id = Database::newId();
            vendor.createdAt = vendor.updatedAt = QDateTime::currentDateTimeUtc();
            vendor.conversationId =
                ConversationRepository(db).ensure(kLine, QStringLiteral("+15125550119"), vendor.createdAt);
            vendor.callerNumber = QStringLiteral("+15125550119");
            vendor.card.kind = LeadCard::Kind::Vendor;
            vendor.card.score = LeadCard::Score::Hot;
            QVERIFY(LeadRepository(db).insert(vendor));
        }
        m_data->requestLeads();
        QTRY_COMPARE(child<QListView>("boardList_new")->model()->rowCount(), 2);
        QTRY_COMPARE(child<QLabel>("leadScoreCounts")->text(), QStringLiteral("2 hot · 1 warm · 1 cold"));
        StoreError error;
        Database db = Database::openSqlite(m_dbPath, &error);
        const DashboardPeriod period = DashboardPeriod::lastDays(30, QDate::currentDate());
        QString why;
        const auto figures = DashboardStats(db).compute(period, &why);
        QVERIFY2(figures, qPrintable(why));
        const LeadScoreCounts counts = ReadModels(db).leadScoreCounts(period.startUtc(), period.endUtc());
        QCOMPARE(counts.hot, int(figures->hotLeads));
        QCOMPARE(counts.warm, int(figures->warmLeads));
        QCOMPARE(counts.cold, int(figures->coldLeads));
        QCOMPARE(counts.hot, 2);
    }

    void openConversation_emitsTheConversationId()
    {
        QSignalSpy spy(m_page.get(), &LeadsPage::conversationRequested);
        QVERIFY(select(QStringLiteral("+15125550111")));
        child<QPushButton>("openConversationButton")->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), m_conversations.value(QStringLiteral("+15125550111")));
        // Enter on a card does the same.
        auto *list = child<QListView>("leadList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
    }

    void openLead_selectsTheCardEvenWhenFilteredOut()
    {
        setFilter("scoreFilter", QStringLiteral("cold"));
        QCOMPARE(shown()->rowCount(), 1);
        m_page->openLead(m_ids.value(QStringLiteral("+15125550111")));
        QCOMPARE(child<QComboBox>("scoreFilter")->currentData().toString(), QString());
        QCOMPARE(child<QListView>("leadList")->currentIndex().data(LeadListModel::IdRole).toString(),
                 m_ids.value(QStringLiteral("+15125550111")));
        QCOMPARE(child<QLabel>("leadDetailsTitle")->text(), QStringLiteral("Dana Whitfield"));
    }

    void bookJobDialog_acceptsOnlyAValueAboveZero()
    {
        BookJobDialog dialog(QStringLiteral("Dana"));
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("bookJobButtons"))->button(QDialogButtonBox::Ok);
        auto *spin = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("jobValueSpin"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("jobValueHint"))->text().isEmpty());
        spin->setValue(12.5);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.jobValueCents(), 1250);
        spin->setValue(0);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.isValueAcceptable());
    }

    void ageText_readsLikeAPerson()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(LeadListModel::ageText(now.addSecs(-30), now), QStringLiteral("just now"));
        QCOMPARE(LeadListModel::ageText(now.addSecs(-5 * 60), now), QStringLiteral("5 min ago"));
        QCOMPARE(LeadListModel::ageText(now.addSecs(-2 * 3600 - 59), now), QStringLiteral("2 h ago"));
        QCOMPARE(LeadListModel::ageText(now.addSecs(120), now), QStringLiteral("just now"));
    }

    void csvField_quotesAndDefusesFormulas()
    {
        QCOMPARE(LeadCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(LeadCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(LeadCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(LeadCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(LeadCsv::field(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
        QCOMPARE(LeadCsv::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(LeadCsv::field(QStringLiteral("+15125550111"), false), QStringLiteral("+15125550111"));
    }
};

QTEST_MAIN(TestLeadsPage)
#include "tst_leadspage.moc"
