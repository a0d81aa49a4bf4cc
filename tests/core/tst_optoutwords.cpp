#include "engine/optoutwords.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(Rebound::Core::ConsentSignal)

using namespace Rebound::Core;

namespace {

// One message a line; blank lines and '#' comments skipped.
QStringList readMessages(const QString &name)
{
    QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/optout/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList messages;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString message = line.trimmed();
        if (!message.isEmpty() && !message.startsWith(QLatin1Char('#')))
            messages.append(message);
    }
    return messages;
}

} // namespace

class TestOptOutWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The corpus is the contract: people's own words must opt them out, and texts about a
    // leak that won't stop or an appointment to cancel must not.
    void corpus_precisionAndRecallHold()
    {
        const QStringList optOuts = readMessages(QStringLiteral("optouts.txt"));
        const QStringList lookalikes = readMessages(QStringLiteral("lookalikes.txt"));
        QVERIFY2(optOuts.size() >= 70, "tests/data/optout/optouts.txt is missing or short");
        QVERIFY2(lookalikes.size() >= 70, "tests/data/optout/lookalikes.txt is missing or short");

        QStringList missed;
        QStringList wrong;
        for (const QString &m : optOuts) {
            if (consentSignal(m, false) != ConsentSignal::OptOut)
                missed.append(m);
        }
        for (const QString &m : lookalikes) {
            if (consentSignal(m, false) == ConsentSignal::OptOut)
                wrong.append(m);
        }
        const qsizetype found = optOuts.size() - missed.size();
        const double recall = double(found) / double(optOuts.size());
        const double precision = found + wrong.size() > 0 ? double(found) / double(found + wrong.size()) : 1.0;
        qInfo("opt-outs %lld, look-alikes %lld: precision %.3f, recall %.3f", qlonglong(optOuts.size()),
              qlonglong(lookalikes.size()), precision, recall);
        for (const QString &m : std::as_const(missed))
            qInfo("missed: %s", qPrintable(m));
        for (const QString &m : std::as_const(wrong))
            qInfo("taken for an opt-out: %s", qPrintable(m));
        QVERIFY2(recall >= 0.97, "recall below 0.97");
        QVERIFY2(precision >= 0.99, "precision below 0.99");
    }

    void otherSignals_stayAsTheyWere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optedOut");
        QTest::addColumn<ConsentSignal>("signal");
        QTest::newRow("START") << QStringLiteral("START") << true << ConsentSignal::OptIn;
        QTest::newRow("start, never opted out") << QStringLiteral("start") << false << ConsentSignal::OptIn;
        QTest::newRow("UNSTOP") << QStringLiteral("UNSTOP") << true << ConsentSignal::OptIn;
        QTest::newRow("Unstop.") << QStringLiteral("Unstop.") << true << ConsentSignal::OptIn;
        QTest::newRow("YES when opted out") << QStringLiteral("YES") << true << ConsentSignal::OptIn;
        QTest::newRow("sí when opted out") << QStringLiteral("Sí") << true << ConsentSignal::OptIn;
        QTest::newRow("yes otherwise") << QStringLiteral("yes") << false << ConsentSignal::None;
        QTest::newRow("HELP") << QStringLiteral("HELP") << false << ConsentSignal::Help;
        QTest::newRow("Help!") << QStringLiteral("Help!") << false << ConsentSignal::Help;
        QTest::newRow("INFO") << QStringLiteral("INFO") << false << ConsentSignal::Help;
        QTest::newRow("ayuda") << QStringLiteral("ayuda") << false << ConsentSignal::Help;
        QTest::newRow("STOP when opted out") << QStringLiteral("STOP") << true << ConsentSignal::OptOut;
        QTest::newRow("help with a leak") << QStringLiteral("help, water everywhere") << false << ConsentSignal::None;
        QTest::newRow("empty") << QString() << false << ConsentSignal::None;
        QTest::newRow("only emoji") << QStringLiteral("👍🙏") << false << ConsentSignal::None;
    }
    void otherSignals_stayAsTheyWere()
    {
        QFETCH(QString, text);
        QFETCH(bool, optedOut);
        QFETCH(ConsentSignal, signal);
        QCOMPARE(int(consentSignal(text, optedOut)), int(signal));
    }

    // Borderline messages, and what was decided for them.
    void decisions_holdForBorderlineMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ConsentSignal>("signal");
        // A time limit asks for quiet hours; the sender still wants to hear from the business.
        QTest::newRow("no texts after 9pm")
            << QStringLiteral("please don't text after 9pm, call instead") << ConsentSignal::None;
        // Asking not to be texted at all is a revocation, even with a call welcome.
        QTest::newRow("no texts, call instead")
            << QStringLiteral("Don't text me, call me instead") << ConsentSignal::OptOut;
        // Cancelling a visit is a request about the job, not about the texts.
        QTest::newRow("cancel my appointment") << QStringLiteral("cancel my appointment") << ConsentSignal::None;
        QTest::newRow("CANCEL alone") << QStringLiteral("CANCEL") << ConsentSignal::OptOut;
        // A wrong number is the qualifier's wrong_number; with a keyword it is an opt-out too.
        QTest::newRow("wrong number") << QStringLiteral("wrong number") << ConsentSignal::None;
        QTest::newRow("wrong number, stop") << QStringLiteral("wrong number, stop") << ConsentSignal::OptOut;
        // A marketer's footer tells how to opt out; it asks nothing.
        QTest::newRow("footer") << QStringLiteral("Win a cruise! Reply STOP to opt out") << ConsentSignal::None;
        QTest::newRow("stop sign") << QStringLiteral("🛑") << ConsentSignal::OptOut;
        QTest::newRow("stop sign in a story") << QStringLiteral("pipe burst 🛑 help") << ConsentSignal::None;
    }
    void decisions_holdForBorderlineMessages()
    {
        QFETCH(QString, text);
        QFETCH(ConsentSignal, signal);
        QCOMPARE(int(consentSignal(text, false)), int(signal));
    }

    // It reads every inbound text before anything else does, so no text may stall it.
    void hugeInput_returnsQuickly_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<ConsentSignal>("signal");
        QTest::newRow("letters") << QStringLiteral("a") << ConsentSignal::None;
        QTest::newRow("accented letters") << QStringLiteral("é") << ConsentSignal::None;
        QTest::newRow("words") << QStringLiteral("the leak won't stop ") << ConsentSignal::None;
        QTest::newRow("clauses") << QStringLiteral("no me. ") << ConsentSignal::None;
        QTest::newRow("fillers") << QStringLiteral("please ok ") << ConsentSignal::None;
        QTest::newRow("stop repeated") << QStringLiteral("stop ") << ConsentSignal::OptOut;
        QTest::newRow("punctuation") << QStringLiteral("!?") << ConsentSignal::None;
        QTest::newRow("emoji") << QStringLiteral("😡") << ConsentSignal::None;
    }
    void hugeInput_returnsQuickly()
    {
        QFETCH(QString, unit);
        QFETCH(ConsentSignal, signal);
        consentSignal(QStringLiteral("warm up"), false); // the expressions compile once, on first use
        QString text;
        while (text.size() < 200000)
            text += unit;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(int(consentSignal(text, false)), int(signal));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestOptOutWords)
#include "tst_optoutwords.moc"
