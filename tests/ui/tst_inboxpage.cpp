#include "pluraltranslator.h"
#include "sandboxthread.h"

#include "data/datasource.h"
#include "dialogs/messagebox.h"
#include "engine/engine.h"
#include "models/conversationlistmodel.h"
#include "models/messagethreadmodel.h"
#include "pages/inboxpage.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "widgets/messagebubbledelegate.h"
#include "widgets/replycomposer.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Rebound::Ui::ConversationListModel;
using Rebound::Ui::DataSource;
using Rebound::Ui::InboxPage;
using Rebound::Ui::MessageBox;
using Rebound::Ui::MessageThreadModel;
using Rebound::Ui::ReplyComposer;

namespace {
const QString kLine = QString::fromLatin1(SandboxServer::demoBusinessNumber);
const QString kAna = QStringLiteral("+15125550141");
const QString kBen = QStringLiteral("+15125550142");
const QString kCat = QStringLiteral("+15125550143");
constexpr int kWait = 5000;

// Scores the way the qualifier would, but predictably: a flood is hot, the rest warm.
class ScoringResponder final : public Responder
{
public:
    ResponderOutput respond(const ResponderInput &input) override
    {
        ResponderOutput out;
        out.card = input.card;
        out.card.score = input.reply.contains(QLatin1String("flood"), Qt::CaseInsensitive) ? LeadCard::Score::Hot
                                                                                           : LeadCard::Score::Warm;
        const bool answered = std::any_of(input.history.begin(), input.history.end(), [](const ConversationTurn &t) {
            return t.from == ConversationTurn::From::Caller;
        });
        if (!answered)
            out.answer = QStringLiteral("Thanks, got it.");
        return out;
    }
};
} // namespace

// The inbox against a real engine, store and sandbox: the engine runs on the
// test's thread, the page reads through its own DataSource thread.
class TestInboxPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DataSource> m_data;
    std::unique_ptr<InboxPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_threadTester;
    Rebound::Test::PluralTranslator m_english;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("rebound.sqlite")); }

    void call(const QString &from)
    {
        SandboxServer::PlacedCall p;
        p.from = from;
        p.ringMs = 50;
        p.talkSeconds = 0;
        m_sandbox->placeCall(p);
        QTest::qWait(450); // the sandbox ends the call on its own timer
        m_engine->pollOnce();
    }

    void text(const QString &from, const QString &body)
    {
        // Twilio's date_sent has whole seconds: start a new second so the text
        // sorts after the business's texts before it, as it would in real life.
        QTest::qWait(1020 - QTime::currentTime().msec());
        m_sandbox->run([&](SandboxServer &s) { s.receiveText(from, kLine, body); });
        m_engine->pollOnce();
    }

    QStringList bodiesTo(const QString &to)
    {
        QStringList out;
        for (const Message &m : m_sandbox->messages()) {
            if (m.to == to && !m.isInbound())
                out.append(m.body);
        }
        return out;
    }

    // Ana called first and wrote about a flood; Ben called later about a heater.
    void seed()
    {
        call(kAna);
        text(kAna, QStringLiteral("Basement is flooding, please help"));
        call(kBen);
        text(kBen, QStringLiteral("Need a quote for a water heater"));
    }

    QString conversationOf(const QString &caller)
    {
        ConversationRepository conversations(m_engine->database());
        return conversations.ensure(kLine, caller, QDateTime::currentDateTimeUtc());
    }

    std::optional<Conversation> stored(const QString &caller)
    {
        ConversationRepository conversations(m_engine->database());
        return conversations.find(conversationOf(caller));
    }

    InboxPage &openPage()
    {
        m_data = std::make_unique<DataSource>();
        m_data->setDatabasePath(dbPath());
        m_page = std::make_unique<InboxPage>(m_data.get());
        // Attached before the first rows arrive, so every change is checked.
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_threadTester = std::make_unique<QAbstractItemModelTester>(
            thread()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setEngine(m_engine.get());
        m_page->resize(1000, 700);
        m_page->show();
        return *m_page;
    }

    template<typename T> T *child(const char *name)
    {
        auto *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QListView *list() { return child<QListView>("conversationList"); }
    QListView *thread() { return child<QListView>("threadView"); }
    QAbstractItemModel *model() { return list()->model(); }

    int rowOf(const QString &caller)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, 0).data(ConversationListModel::CallerRole).toString() == caller)
                return row;
        }
        return -1;
    }
    QVariant roleOf(const QString &caller, int role)
    {
        const int row = rowOf(caller);
        return row < 0 ? QVariant() : model()->index(row, 0).data(role);
    }
    QString currentCaller() { return list()->currentIndex().data(ConversationListModel::CallerRole).toString(); }

    void select(const QString &caller)
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(caller) >= 0, kWait);
        list()->setCurrentIndex(model()->index(rowOf(caller), 0));
        QTRY_VERIFY_WITH_TIMEOUT(thread()->model()->rowCount() > 0, kWait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.loadEnglish());
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) { s.setMessageTimings(20, 40); });
        m_dir = std::make_unique<QTemporaryDir>();
        EngineConfig config;
        config.provider = m_sandbox->config();
        config.lines = {BusinessLine{kLine, Wiring::Forwarded}};
        config.databasePath = dbPath();
        config.business.name = QStringLiteral("Mike's Plumbing");
        config.rules.businessName = config.business.name;
        config.rules.hours.spans.clear();
        m_engine = std::make_unique<Engine>(config, std::make_unique<ScoringResponder>());
        QString error;
        QVERIFY2(m_engine->open(&error), qPrintable(error));
        m_engine->pollOnce(); // the first look at the line: nothing is history after it
    }

    void cleanup()
    {
        MessageBox::resetHooks();
        m_threadTester.reset();
        m_listTester.reset();
        m_page.reset();
        m_data.reset();
        m_engine.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void conversations_listNewestFirstWithUnreadCountsAndScores()
    {
        seed();
        openPage();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kWait);
        QCOMPARE(model()->index(0, 0).data(ConversationListModel::CallerRole).toString(), kBen);
        QCOMPARE(model()->index(1, 0).data(ConversationListModel::CallerRole).toString(), kAna);
        QCOMPARE(roleOf(kAna, ConversationListModel::UnreadRole).toInt(), 1);
        QCOMPARE(roleOf(kBen, ConversationListModel::UnreadRole).toInt(), 1);
        QCOMPARE(roleOf(kAna, ConversationListModel::LeadScoreRole).toString(), QStringLiteral("hot"));
        QCOMPARE(roleOf(kBen, ConversationListModel::LeadScoreRole).toString(), QStringLiteral("warm"));
        QCOMPARE(roleOf(kAna, ConversationListModel::CallerDisplayRole).toString(), QStringLiteral("(512) 555-0141"));
        // The acknowledgement went last: the row shows it as the business's.
        QCOMPARE(roleOf(kBen, ConversationListModel::LastBodyRole).toString(), QStringLiteral("Thanks, got it."));
        QVERIFY(!roleOf(kBen, ConversationListModel::LastInboundRole).toBool());
        const QString spoken = roleOf(kAna, Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QLatin1String("1 unread")) && spoken.contains(QLatin1String("Hot lead")),
                 qPrintable(spoken));
        QVERIFY(child<QLabel>("inboxEmptyState")->isHidden());
        QVERIFY(!list()->isHidden());
        QVERIFY(!list()->accessibleName().isEmpty());
        QVERIFY(!m_page->grab().isNull()); // the row delegate paints
    }

    void emptyInbox_saysWhatToDo()
    {
        openPage();
        auto *empty = child<QLabel>("inboxEmptyState");
        QTRY_VERIFY_WITH_TIMEOUT(empty->text().startsWith(QLatin1String("No conversations yet.")), kWait);
        QVERIFY(empty->text().contains(QLatin1String("When a missed caller texts back")));
        QVERIFY(!empty->isHidden());
        QVERIFY(list()->isHidden());
    }

    void search_filtersByMessageText()
    {
        seed();
        openPage();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kWait);
        auto *search = child<QLineEdit>("conversationSearch");
        search->setText(QStringLiteral("flooding"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kWait);
        QCOMPARE(model()->index(0, 0).data(ConversationListModel::CallerRole).toString(), kAna);
        search->setText(QStringLiteral("heat")); // a word's beginning is enough
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(kBen, ConversationListModel::CallerRole).toString(), kBen, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kWait);
        search->setText(QStringLiteral("zebra"));
        auto *empty = child<QLabel>("inboxEmptyState");
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!empty->isHidden(), kWait);
        QVERIFY2(empty->text().contains(QLatin1String("No conversations match")), qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QLatin1String("zebra")));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kWait);
        QVERIFY(empty->isHidden());
    }

    void openingConversation_showsBubblesAndMarksItRead()
    {
        seed();
        openPage();
        QVERIFY(child<QLabel>("threadEmptyState")->isVisibleTo(m_page.get()));
        QCOMPARE(stored(kAna)->unread, 1);
        select(kAna);
        QAbstractItemModel *messages = thread()->model();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, kWait);
        QVERIFY(!messages->index(0, 0).data(MessageThreadModel::InboundRole).toBool());
        QCOMPARE(messages->index(0, 0).data(MessageThreadModel::AuthorRole).toString(), QStringLiteral("automation"));
        QCOMPARE(messages->index(1, 0).data(MessageThreadModel::BodyRole).toString(),
                 QStringLiteral("Basement is flooding, please help"));
        QVERIFY(messages->index(1, 0).data(MessageThreadModel::InboundRole).toBool());
        QVERIFY(!messages->index(1, 0).data(MessageThreadModel::TimeTextRole).toString().isEmpty());
        // An outbound text's delivery status shows under its bubble, next to the time.
        const QString status = messages->index(0, 0).data(MessageThreadModel::StatusTextRole).toString();
        QVERIFY(!status.isEmpty());
        QVERIFY(messages->index(0, 0).data(MessageThreadModel::MetaTextRole).toString().contains(status));
        QVERIFY(qobject_cast<Rebound::Ui::MessageBubbleDelegate *>(thread()->itemDelegate()));
        QVERIFY(thread()->sizeHintForRow(0) > thread()->fontMetrics().height());
        QVERIFY(!m_page->grab().isNull()); // the bubbles paint
        QCOMPARE(child<QLabel>("threadTitle")->text(), QStringLiteral("(512) 555-0141"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(kAna)->unread, 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(kAna, ConversationListModel::UnreadRole).toInt(), 0, kWait);
        QCOMPARE(stored(kBen)->unread, 1); // only the one opened
    }

    void replyBox_countsSegmentsAndCapsTheLength()
    {
        seed();
        openPage();
        select(kAna);
        auto *reply = child<QPlainTextEdit>("replyBox");
        auto *counter = child<QLabel>("segmentCounter");
        auto *send = child<QPushButton>("sendReplyButton");
        QVERIFY(reply->isEnabled());
        QVERIFY(!send->isEnabled()); // nothing to send
        QTest::keyClicks(reply, QStringLiteral("Hello"));
        QCOMPARE(counter->text(), QStringLiteral("Fits in one text"));
        QVERIFY(send->isEnabled());
        // Characters left show only near the end of the one text: one, then several.
        reply->setPlainText(QString(159, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("Fits in one text · 1 character left"));
        reply->setPlainText(QString(150, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("Fits in one text · 10 characters left"));
        reply->setPlainText(QString(200, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("2 texts"));
        QVERIFY(!counter->property("warning").toBool());
        reply->setPlainText(QString(400, QLatin1Char('a')));
        QVERIFY2(counter->text().startsWith(QLatin1String("3 texts")), qPrintable(counter->text()));
        QVERIFY(counter->property("warning").toBool());
        reply->setPlainText(QString(1590, QLatin1Char('a')));
        QVERIFY2(counter->text().endsWith(QStringLiteral(" · 10 characters left")), qPrintable(counter->text()));
        reply->setPlainText(QString(2000, QLatin1Char('b')));
        QCOMPARE(reply->toPlainText().size(), 1600);
        QVERIFY(counter->text().contains(QLatin1String("1,600")));
        // An emoji is two UTF-16 units: the cap never keeps half of one.
        const QString thumbs = QString::fromUtf8("\xF0\x9F\x91\x8D");
        reply->setPlainText(QString(1599, QLatin1Char('c')) + thumbs);
        QCOMPARE(reply->toPlainText(), QString(1599, QLatin1Char('c')));
        ReplyComposer composer;
        composer.setText(QString(1599, QLatin1Char('d')) + thumbs);
        QCOMPARE(composer.text(), QString(1599, QLatin1Char('d')));
        composer.setText(QStringLiteral("On my way ") + thumbs);
        QCOMPARE(composer.text(), QStringLiteral("On my way ") + thumbs);
        QCOMPARE(ReplyComposer::counterText(QStringLiteral("On my way ") + thumbs), QStringLiteral("Fits in one text"));
        QCOMPARE(ReplyComposer::counterText(QString(69, QLatin1Char('e')) + thumbs), QStringLiteral("2 texts"));
        reply->setPlainText(QStringLiteral("   "));
        QVERIFY(!send->isEnabled());
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(counter->text(), QStringLiteral("Type a message first."));
        QTest::qWait(200);
        QCOMPARE(bodiesTo(kAna).size(), 2); // the text-back and the acknowledgement only
    }

    void sendingReply_textsTheCallerAndShowsTheTakeover()
    {
        seed();
        openPage();
        select(kAna);
        auto *banner = child<QWidget>("automationBanner");
        QVERIFY(banner->isHidden());
        auto *reply = child<QPlainTextEdit>("replyBox");
        // Two segments long, so the count shows under the bubble.
        const QString body = QStringLiteral("We can be there at 3pm. ") + QString(150, QLatin1Char('x'));
        reply->setPlainText(body.chopped(1));
        reply->moveCursor(QTextCursor::End);
        QTest::keyClicks(reply, body.right(1));
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!banner->isHidden());
        QVERIFY(reply->toPlainText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bodiesTo(kAna).contains(body), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!stored(kAna)->automation, kWait);
        QAbstractItemModel *messages = thread()->model();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 4, kWait);
        QCOMPARE(messages->index(3, 0).data(MessageThreadModel::AuthorRole).toString(), QStringLiteral("person"));
        QCOMPARE(messages->index(3, 0).data(MessageThreadModel::SegmentsRole).toInt(), 2);
        QVERIFY(
            messages->index(3, 0).data(MessageThreadModel::MetaTextRole).toString().contains(QLatin1String("2 texts")));
        QTRY_VERIFY_WITH_TIMEOUT(!roleOf(kAna, ConversationListModel::AutomationRole).toBool(), kWait);
        QVERIFY(!banner->isHidden()); // still there once the store agrees
        QCOMPARE(child<QPushButton>("handBackButton")->text(), QStringLiteral("Hand back to Rebound"));
    }

    void handBack_resumesAutomation()
    {
        seed();
        openPage();
        select(kAna);
        child<QPlainTextEdit>("replyBox")->setPlainText(QStringLiteral("On our way"));
        QTest::mouseClick(child<QPushButton>("sendReplyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!stored(kAna)->automation, kWait);
        auto *banner = child<QWidget>("automationBanner");
        QVERIFY(!banner->isHidden());
        QTest::mouseClick(child<QPushButton>("handBackButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stored(kAna)->automation, kWait);
        QVERIFY(banner->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(roleOf(kAna, ConversationListModel::AutomationRole).toBool(), kWait);
        QVERIFY(banner->isHidden());
    }

    void flagButtons_changeTheContact()
    {
        seed();
        openPage();
        select(kBen);
        MessageBox::setAnswerer([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Yes; });
        ContactRepository contacts(m_engine->database());
        auto *block = child<QPushButton>("blockButton");
        QVERIFY(!block->isChecked());
        QTest::mouseClick(block, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isBlocked, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(roleOf(kBen, ConversationListModel::BlockedRole).toBool(), kWait);
        QVERIFY(block->isChecked());
        QTest::mouseClick(child<QPushButton>("vendorButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isVendor, kWait);
        QTest::mouseClick(child<QPushButton>("customerButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isCustomer, kWait);
        QVERIFY(!contacts.get(kBen).isVendor); // one or the other
        QVERIFY(!child<QPushButton>("vendorButton")->isChecked());
        QTest::mouseClick(block, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!contacts.get(kBen).isBlocked, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!roleOf(kBen, ConversationListModel::BlockedRole).toBool(), kWait);
        QVERIFY(!block->isChecked());
        QVERIFY(!contacts.get(kAna).isBlocked);
    }

    void block_asksFirstAndCancellingDoesNothing()
    {
        seed();
        openPage();
        select(kBen);
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        MessageBox::setAnswerer([&](QMessageBox::Icon, const QString &title, const QString &) {
            asked.append(title);
            return answer;
        });
        ContactRepository contacts(m_engine->database());
        auto *block = child<QPushButton>("blockButton");
        QTest::mouseClick(block, Qt::LeftButton);
        QCOMPARE(asked, QStringList{QStringLiteral("Block (512) 555-0142?")});
        QVERIFY(!block->isChecked());
        QVERIFY(child<QWidget>("flagUndoBar")->isHidden());
        QTest::qWait(300);
        QVERIFY(!contacts.get(kBen).isBlocked);
        QVERIFY(!roleOf(kBen, ConversationListModel::BlockedRole).toBool());

        answer = QMessageBox::Yes;
        QTest::mouseClick(block, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isBlocked, kWait);
        QVERIFY(block->isChecked());
        // Unblocking is harmless: it does not ask.
        QTest::mouseClick(block, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!contacts.get(kBen).isBlocked, kWait);
    }

    void undo_restoresThePreviousFlags()
    {
        seed();
        openPage();
        select(kBen);
        MessageBox::setAnswerer([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Yes; });
        ContactRepository contacts(m_engine->database());
        auto *undoBar = child<QWidget>("flagUndoBar");
        auto *undo = child<QPushButton>("undoFlagButton");
        QTest::mouseClick(child<QPushButton>("customerButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isCustomer, kWait);
        // Marking a customer as a vendor clears "customer"; Undo brings it back.
        QTest::mouseClick(child<QPushButton>("vendorButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isVendor, kWait);
        QVERIFY(!contacts.get(kBen).isCustomer);
        QVERIFY(!undoBar->isHidden());
        QVERIFY2(child<QLabel>("flagUndoText")->text().contains(QLatin1String("vendor")),
                 qPrintable(child<QLabel>("flagUndoText")->text()));
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!contacts.get(kBen).isVendor, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isCustomer, kWait);
        QVERIFY(undoBar->isHidden());
        QVERIFY(child<QPushButton>("customerButton")->isChecked());
        QVERIFY(!child<QPushButton>("vendorButton")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!roleOf(kBen, ConversationListModel::VendorRole).toBool(), kWait);

        // Block, then Undo: unblocked again.
        QTest::mouseClick(child<QPushButton>("blockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(contacts.get(kBen).isBlocked, kWait);
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!contacts.get(kBen).isBlocked, kWait);
        QVERIFY(contacts.get(kBen).isCustomer);
        QVERIFY(!child<QPushButton>("blockButton")->isChecked());
    }

    void conversationList_showsCallerNames()
    {
        seed();
        call(kCat);
        text(kCat, QStringLiteral("Hi"));
        // Ben is a saved contact; Ana gave her name on her lead card; Cat is only a number.
        ContactRepository contacts(m_engine->database());
        QVERIFY(contacts.setName(kBen, QStringLiteral("Ben Carter")));
        QVERIFY(m_engine->database().exec(QStringLiteral("UPDATE leads SET name = ? WHERE conversation_id = ?"),
                                          {QStringLiteral("Ana López"), conversationOf(kAna)}));
        openPage();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3, kWait);
        QCOMPARE(roleOf(kAna, ConversationListModel::CallerDisplayRole).toString(), QStringLiteral("Ana López"));
        QCOMPARE(roleOf(kBen, ConversationListModel::CallerDisplayRole).toString(), QStringLiteral("Ben Carter"));
        QCOMPARE(roleOf(kCat, ConversationListModel::CallerDisplayRole).toString(), QStringLiteral("(512) 555-0143"));
        QVERIFY(roleOf(kAna, Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Ana López")));
        // The name finds the conversation too.
        child<QLineEdit>("conversationSearch")->setText(QStringLiteral("lópez"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kWait);
        QCOMPARE(model()->index(0, 0).data(ConversationListModel::CallerRole).toString(), kAna);
        child<QLineEdit>("conversationSearch")->clear();
        select(kAna);
        QCOMPARE(child<QLabel>("threadTitle")->text(), QStringLiteral("Ana López"));
    }

    void thread_hasDaySeparatorsAndKeepsEmoji()
    {
        seed();
        // A text from yesterday, before the rest of Ana's thread, with an emoji in it.
        const QString wave = QStringLiteral("Still leaking since yesterday ") + QString::fromUtf8("\xF0\x9F\x98\xA9");
        ConversationRepository conversations(m_engine->database());
        StoredMessage old;
        old.id = Database::newId();
        old.sid = QStringLiteral("SMyesterday0000000000000000000000");
        old.conversationId = conversationOf(kAna);
        old.body = wave;
        old.status = QStringLiteral("received");
        old.segments = 1;
        old.createdAt = QDateTime(QDate::currentDate().addDays(-1), QTime(12, 0)).toUTC();
        bool inserted = false;
        QVERIFY(conversations.addMessage(old, &inserted));
        QVERIFY(inserted);
        openPage();
        select(kAna);
        QAbstractItemModel *messages = thread()->model();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 4, kWait);
        QCOMPARE(messages->index(0, 0).data(MessageThreadModel::DaySeparatorRole).toString(),
                 QStringLiteral("Yesterday"));
        QCOMPARE(messages->index(1, 0).data(MessageThreadModel::DaySeparatorRole).toString(), QStringLiteral("Today"));
        QCOMPARE(messages->index(2, 0).data(MessageThreadModel::DaySeparatorRole).toString(), QString());
        QCOMPARE(messages->index(3, 0).data(MessageThreadModel::DaySeparatorRole).toString(), QString());
        QCOMPARE(messages->index(0, 0).data(MessageThreadModel::BodyRole).toString(), wave);
        // The heading takes room above its bubble.
        QVERIFY(thread()->sizeHintForRow(1) > thread()->sizeHintForRow(2));
        QVERIFY(!m_page->grab().isNull());

        // An older date reads as the date, with its weekday.
        MessageThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2025, 12, 3));
        StoredMessage monday = old;
        monday.createdAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0)).toUTC();
        model.setThread(QStringLiteral("c1"), {monday});
        QCOMPARE(model.index(0, 0).data(MessageThreadModel::DaySeparatorRole).toString(),
                 QStringLiteral("Monday, Dec 1"));
    }

    void optedOutCaller_cannotBeRepliedTo()
    {
        seed();
        call(kCat);
        text(kCat, QStringLiteral("STOP"));
        openPage();
        select(kCat);
        QVERIFY(roleOf(kCat, ConversationListModel::OptedOutRole).toBool());
        QVERIFY(!child<QPlainTextEdit>("replyBox")->isEnabled());
        QVERIFY(!child<QPushButton>("sendReplyButton")->isEnabled());
        auto *reason = child<QLabel>("replyDisabledReason");
        QVERIFY(!reason->isHidden());
        QVERIFY2(reason->text().contains(QLatin1String("opted out")), qPrintable(reason->text()));
        select(kAna);
        QVERIFY(child<QPlainTextEdit>("replyBox")->isEnabled());
        QVERIFY(reason->isHidden());
    }

    void keyboard_findThenArrowsMoveThroughConversations()
    {
        seed();
        openPage();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kWait);
        auto *search = child<QLineEdit>("conversationSearch");
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), kWait);
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(list()->hasFocus());
        QCOMPARE(currentCaller(), kBen);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("threadTitle")->text(), QStringLiteral("(512) 555-0142"), kWait);
        QTest::keyClick(list(), Qt::Key_Down);
        QCOMPARE(currentCaller(), kAna);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("threadTitle")->text(), QStringLiteral("(512) 555-0141"), kWait);
        QTest::keyClick(list(), Qt::Key_Up);
        QCOMPARE(currentCaller(), kBen);
    }

    void reload_keepsTheSelectedConversation()
    {
        seed();
        openPage();
        select(kBen);
        QCOMPARE(rowOf(kBen), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stored(kBen)->unread, 0, kWait);
        text(kAna, QStringLiteral("Also the water is rising"));
        // Ana's new text moves her to the top; Ben stays the one selected and open.
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(kAna), 0, kWait);
        QCOMPARE(roleOf(kAna, ConversationListModel::UnreadRole).toInt(), 2);
        QCOMPARE(currentCaller(), kBen);
        const QModelIndexList selected = list()->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data(ConversationListModel::CallerRole).toString(), kBen);
        QCOMPARE(child<QLabel>("threadTitle")->text(), QStringLiteral("(512) 555-0142"));
        QCOMPARE(stored(kAna)->unread, 2); // not opened, not read
    }

    void newTextInTheOpenConversation_appearsAndIsRead()
    {
        seed();
        openPage();
        select(kBen);
        QTRY_COMPARE_WITH_TIMEOUT(thread()->model()->rowCount(), 3, kWait);
        text(kBen, QStringLiteral("Tomorrow morning works"));
        QTRY_COMPARE_WITH_TIMEOUT(thread()->model()->rowCount(), 4, kWait);
        QCOMPARE(thread()->model()->index(3, 0).data(MessageThreadModel::BodyRole).toString(),
                 QStringLiteral("Tomorrow morning works"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(kBen)->unread, 0, kWait);
    }

    void openConversation_selectsItEvenWhenHiddenBySearch()
    {
        seed();
        InboxPage &page = openPage();
        auto *search = child<QLineEdit>("conversationSearch");
        search->setText(QStringLiteral("heater"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kWait);
        page.openConversation(conversationOf(kAna));
        QTRY_COMPARE_WITH_TIMEOUT(currentCaller(), kAna, kWait);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(model()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(thread()->model()->rowCount(), 3, kWait);
    }

    void withoutEngine_changesAreDisabled()
    {
        seed();
        openPage();
        m_page->setEngine(nullptr);
        select(kAna);
        QVERIFY(!child<QPlainTextEdit>("replyBox")->isEnabled());
        QVERIFY(!child<QPushButton>("blockButton")->isEnabled());
        QVERIFY(!child<QLabel>("replyDisabledReason")->isHidden());
    }
};

QTEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"
