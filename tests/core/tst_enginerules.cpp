#include "domain/smssegments.h"
#include "engine/engineevent.h"
#include "engine/missedcalldetector.h"
#include "engine/optoutwords.h"
#include "engine/owneralert.h"
#include "engine/textbackpolicy.h"

#include <QtTest>

using namespace Rebound::Core;

namespace {
Call leg(const QString &sid, CallStatus status, const QString &direction = QStringLiteral("inbound"),
         const QString &answeredBy = {})
{
    Call c;
    c.sid = sid;
    c.status = status;
    c.direction = direction;
    c.answeredBy = answeredBy;
    c.from = QStringLiteral("+15125550123");
    return c;
}

Call child(CallStatus status, const QString &answeredBy = {})
{
    Call c = leg(QStringLiteral("CAchild"), status, QStringLiteral("outbound-dial"), answeredBy);
    c.parentCallSid = QStringLiteral("CAparent");
    return c;
}

TextBackInput missedNow()
{
    TextBackInput in;
    in.callSid = QStringLiteral("CA1");
    in.caller = QStringLiteral("+15125550123");
    in.now = QDateTime(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC);
    in.endedAt = in.now.addSecs(-5);
    in.installedAt = in.now.addDays(-3);
    in.contact.e164 = in.caller;
    return in;
}
} // namespace

// The engine's pure rules: what counts as missed, who gets a text and which,
// what an opt-out looks like, and the owner's alert.
class TestEngineRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwarded_everyEndedInboundCallIsMissed()
    {
        for (CallStatus s : {CallStatus::Completed, CallStatus::NoAnswer, CallStatus::Busy, CallStatus::Canceled})
            QVERIFY(judgeCall(leg(QStringLiteral("CA1"), s), {}, Wiring::Forwarded).kind == CallVerdict::Kind::Missed);
        QVERIFY(judgeCall(leg(QStringLiteral("CA1"), CallStatus::Ringing), {}, Wiring::Forwarded).kind
                == CallVerdict::Kind::NotYet);
        QVERIFY(judgeCall(leg(QStringLiteral("CA1"), CallStatus::Completed, QStringLiteral("outbound-api")), {},
                          Wiring::Forwarded)
                    .kind
                == CallVerdict::Kind::NotInbound);
    }

    void dial_childAnsweredByAPersonIsAnswered()
    {
        const Call parent = leg(QStringLiteral("CAparent"), CallStatus::InProgress);
        QVERIFY(judgeCall(parent, {child(CallStatus::InProgress, QStringLiteral("human"))}, Wiring::Dial).kind
                == CallVerdict::Kind::Answered);
        QVERIFY(judgeCall(parent, {child(CallStatus::Completed, QStringLiteral("human"))}, Wiring::Dial).kind
                == CallVerdict::Kind::Answered);
        // No machine detection: a completed leg with no answered_by was picked up.
        QVERIFY(judgeCall(parent, {child(CallStatus::Completed)}, Wiring::Dial).kind == CallVerdict::Kind::Answered);
    }

    void dial_legInProgressWaitsForMachineDetection()
    {
        // Detection is still listening: the cell's voicemail may yet be what answered.
        const Call parent = leg(QStringLiteral("CAparent"), CallStatus::InProgress);
        QVERIFY(judgeCall(parent, {child(CallStatus::InProgress)}, Wiring::Dial).kind == CallVerdict::Kind::NotYet);
        QVERIFY(judgeCall(parent, {child(CallStatus::InProgress, QStringLiteral("machine_start"))}, Wiring::Dial).kind
                == CallVerdict::Kind::NotYet);
    }

    void dial_unansweredOrMachineChildIsMissed()
    {
        const Call parent = leg(QStringLiteral("CAparent"), CallStatus::Completed);
        for (CallStatus s : {CallStatus::NoAnswer, CallStatus::Busy, CallStatus::Failed, CallStatus::Canceled})
            QVERIFY(judgeCall(parent, {child(s)}, Wiring::Dial).kind == CallVerdict::Kind::Missed);
        for (const char *machine : {"machine_start", "machine_end_beep", "fax"}) {
            const CallVerdict v =
                judgeCall(parent, {child(CallStatus::Completed, QString::fromLatin1(machine))}, Wiring::Dial);
            QVERIFY(v.kind == CallVerdict::Kind::Missed);
            QCOMPARE(v.detail, QStringLiteral("voicemail"));
        }
    }

    void dial_waitsWhileTheChildRings()
    {
        const Call parent = leg(QStringLiteral("CAparent"), CallStatus::InProgress);
        QVERIFY(judgeCall(parent, {child(CallStatus::Ringing)}, Wiring::Dial).kind == CallVerdict::Kind::NotYet);
        QVERIFY(judgeCall(parent, {}, Wiring::Dial).kind == CallVerdict::Kind::NotYet);
        // Every leg so far ended unanswered, but the call goes on: a sequential
        // dial may still ring another phone.
        QVERIFY(judgeCall(parent, {child(CallStatus::NoAnswer)}, Wiring::Dial).kind == CallVerdict::Kind::NotYet);
        // Once it has ended, nobody can answer any more.
        QVERIFY(judgeCall(leg(QStringLiteral("CAparent"), CallStatus::Completed), {child(CallStatus::NoAnswer)},
                          Wiring::Dial)
                    .kind
                == CallVerdict::Kind::Missed);
        // The parent ended while the provider still shows a leg ringing: look again.
        QVERIFY(judgeCall(leg(QStringLiteral("CAparent"), CallStatus::Completed), {child(CallStatus::Ringing)},
                          Wiring::Dial)
                    .kind
                == CallVerdict::Kind::NotYet);
    }

    void dial_callerHangingUpBeforeTheDialIsMissed()
    {
        QVERIFY(judgeCall(leg(QStringLiteral("CAparent"), CallStatus::Completed), {}, Wiring::Dial).kind
                == CallVerdict::Kind::Missed);
    }

    void consent_keywordsAreWholeMessagesOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optedOut");
        QTest::addColumn<int>("signal");
        const int out = int(ConsentSignal::OptOut), in = int(ConsentSignal::OptIn), none = int(ConsentSignal::None),
                  help = int(ConsentSignal::Help);
        for (const char *w :
             {"STOP", "stop", " Stop. ", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"})
            QTest::newRow(w) << QString::fromLatin1(w) << false << out;
        QTest::newRow("stop texting me") << QStringLiteral("please stop texting me") << false << out;
        QTest::newRow("dont text") << QStringLiteral("Don't text this number again") << false << out;
        QTest::newRow("remove me") << QStringLiteral("remove me from your list") << false << out;
        QTest::newRow("es no me escriban") << QStringLiteral("No me escriban más por favor") << false << out;
        QTest::newRow("es no mas mensajes") << QStringLiteral("no más mensajes") << false << out;
        QTest::newRow("es dejen de") << QStringLiteral("dejen de mandar mensajes") << false << out;
        QTest::newRow("stop in a sentence") << QStringLiteral("the leak won't stop, can you come") << false << none;
        QTest::newRow("end of a sentence") << QStringLiteral("at the end of the hall") << false << none;
        QTest::newRow("cancel appointment") << QStringLiteral("I need to cancel my appointment") << false << none;
        QTest::newRow("START") << QStringLiteral("START") << true << in;
        QTest::newRow("UNSTOP") << QStringLiteral("unstop") << true << in;
        QTest::newRow("YES when opted out") << QStringLiteral("Yes") << true << in;
        QTest::newRow("YES otherwise") << QStringLiteral("yes") << false << none;
        QTest::newRow("HELP") << QStringLiteral("HELP") << false << help;
        QTest::newRow("empty") << QString() << false << none;
        QTest::newRow("emoji") << QStringLiteral("👍") << false << none;
    }

    void consent_keywordsAreWholeMessagesOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, optedOut);
        QFETCH(int, signal);
        QCOMPARE(int(consentSignal(text, optedOut)), signal);
    }

    void consent_hugeInputIsHandled()
    {
        QCOMPARE(int(consentSignal(QString(200000, QLatin1Char('a')), false)), int(ConsentSignal::None));
    }

    void decision_textsAMissedCallWithTheBusinessHoursTemplate()
    {
        TextBackRules rules;
        rules.businessName = QStringLiteral("Mike's Plumbing");
        rules.hours = BusinessHours::standard("America/Chicago"); // 15:00 UTC Monday is 09:00 in Chicago
        const TextBackDecision d = decideTextBack(missedNow(), rules);
        QVERIFY(d.action == Decision::Action::Text);
        QCOMPARE(d.templateName, QStringLiteral("business_hours"));
        QCOMPARE(d.body,
                 QStringLiteral("Hi, this is Mike's Plumbing. Sorry we missed your call! What can we help you "
                                "with? Reply STOP to opt out."));
        QVERIFY(SmsSegments::measure(d.body).segments <= 2);
    }

    void decision_afterHoursUsesItsTemplateAndTheKnownName()
    {
        TextBackRules rules;
        rules.businessName = QStringLiteral("Polar Bear HVAC");
        rules.hours = BusinessHours::standard("America/Chicago");
        TextBackInput in = missedNow();
        in.now = QDateTime(QDate(2026, 11, 29), QTime(4, 0), Qt::UTC); // Saturday 22:00 in Chicago
        in.endedAt = in.now;
        in.contact.name = QStringLiteral("Dana Whitfield");
        const TextBackDecision d = decideTextBack(in, rules);
        QCOMPARE(d.templateName, QStringLiteral("after_hours"));
        QVERIFY(d.body.startsWith(QStringLiteral("Hi Dana, this is Polar Bear HVAC. We're closed right now")));
    }

    void decision_skipsWithTheReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("no_caller_id") << QStringLiteral("no_caller_id");
        QTest::newRow("history") << QStringLiteral("history");
        QTest::newRow("history_import") << QStringLiteral("history");
        QTest::newRow("late") << QStringLiteral("late");
        QTest::newRow("blocked") << QStringLiteral("blocked");
        QTest::newRow("vendor") << QStringLiteral("vendor");
        QTest::newRow("opted_out") << QStringLiteral("opted_out");
        QTest::newRow("repeat_caller") << QStringLiteral("repeat_caller");
    }

    void decision_skipsWithTheReason()
    {
        QFETCH(QString, reason);
        TextBackInput in = missedNow();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == QLatin1String("no_caller_id"))
            in.caller = QStringLiteral("+266696687");
        else if (tag == QLatin1String("history"))
            in.installedAt = in.endedAt.addSecs(600);
        else if (tag == QLatin1String("history_import")) {
            // Found by the first look with no time of its own: history.
            in.historyImport = true;
            in.endedAt = QDateTime();
        } else if (tag == QLatin1String("late"))
            in.endedAt = in.now.addSecs(-16 * 60);
        else if (tag == QLatin1String("blocked"))
            in.contact.isBlocked = true;
        else if (tag == QLatin1String("vendor"))
            in.contact.isVendor = true;
        else if (tag == QLatin1String("opted_out"))
            in.contact.optedOut = true;
        else if (tag == QLatin1String("repeat_caller"))
            in.lastTextBack = in.now.addSecs(-3600);
        const TextBackDecision d = decideTextBack(in, TextBackRules{});
        QVERIFY(d.action == Decision::Action::Skip);
        QCOMPARE(d.reason, reason);
        QVERIFY(d.body.isEmpty());
    }

    void decision_callEndingJustAfterTheFirstStartIsNotHistory()
    {
        // Provider timestamps are whole seconds: a second's rounding is not history.
        TextBackInput in = missedNow();
        in.installedAt = in.endedAt.addMSecs(700);
        QVERIFY(decideTextBack(in, TextBackRules{}).action == Decision::Action::Text);
    }

    void decision_callEndingAfterTheFirstStart_isNotHistoryEvenOnTheFirstLook()
    {
        // A first look that failed midway is repeated: what ended after the
        // first start is still a fresh missed call.
        TextBackInput in = missedNow();
        in.installedAt = in.endedAt.addSecs(-60);
        in.historyImport = true;
        QVERIFY(decideTextBack(in, TextBackRules{}).action == Decision::Action::Text);
        in.installedAt = in.endedAt.addSecs(60);
        QCOMPARE(decideTextBack(in, TextBackRules{}).reason, QStringLiteral("history"));
    }

    void decision_repeatAfterTheWindowIsTexted()
    {
        TextBackInput in = missedNow();
        in.lastTextBack = in.now.addSecs(-25 * 3600);
        QVERIFY(decideTextBack(in, TextBackRules{}).action == Decision::Action::Text);
    }

    void template_placeholdersLeaveNoStrayGaps()
    {
        QCOMPARE(renderTemplate(QStringLiteral("Hi {first_name}, this is {business}."),
                                QStringLiteral("  Ace  Roofing "), {}),
                 QStringLiteral("Hi, this is Ace Roofing."));
        QCOMPARE(renderTemplate(QStringLiteral("Hi {first_name}!"), {}, QStringLiteral("Jen Ortiz")),
                 QStringLiteral("Hi Jen!"));
    }

    void template_namesAreNotFilledInAgain()
    {
        // A business or caller name that reads like a placeholder is written as it is.
        QCOMPARE(renderTemplate(QStringLiteral("{business} says hi, {first_name}"),
                                QStringLiteral("{first_name}{first_name} Co"), QStringLiteral("{business}")),
                 QStringLiteral("{first_name}{first_name} Co says hi, {business}"));
    }

    void ownerAlert_staysWithinTwoSegments()
    {
        Lead lead;
        lead.callerNumber = QStringLiteral("+15125550123");
        lead.card.name = QStringLiteral("Dana Whitfield");
        lead.card.service = QStringLiteral("water_heater");
        lead.card.urgency = LeadCard::Urgency::Emergency;
        lead.card.score = LeadCard::Score::Hot;
        lead.card.address = QStringLiteral("4412 Ridgeview Dr, Austin, 78745");
        const QString text = ownerAlertText(lead, QStringLiteral("Mike's Plumbing"));
        QCOMPARE(text,
                 QStringLiteral("Mike's Plumbing: HOT lead - Dana Whitfield, water heater, emergency. 4412 "
                                "Ridgeview Dr, Austin, 78745. Call back: (512) 555-0123"));
        lead.card.address = QString(400, QLatin1Char('x'));
        lead.card.name = QStringLiteral("José Ñúñez 🔧");
        QVERIFY(SmsSegments::measure(ownerAlertText(lead, QStringLiteral("Mike's Plumbing"))).segments <= 2);
    }

    void ownerAlert_onCreationAndOnBecomingHotOnly()
    {
        Lead lead;
        lead.card.kind = LeadCard::Kind::Lead;
        lead.card.score = LeadCard::Score::Warm;
        QVERIFY(shouldAlertOwner(lead, true));
        lead.alertedScore = QStringLiteral("warm");
        QVERIFY(!shouldAlertOwner(lead, false));
        lead.card.score = LeadCard::Score::Hot;
        QVERIFY(shouldAlertOwner(lead, false));
        lead.alertedScore = QStringLiteral("hot");
        QVERIFY(!shouldAlertOwner(lead, false));
        lead.card.kind = LeadCard::Kind::Spam;
        lead.alertedScore.clear();
        QVERIFY(!shouldAlertOwner(lead, true));
    }

    void event_textFormQuotesAndSkipsEmptyFields()
    {
        EngineEvent e{QStringLiteral("text_skipped"),
                      QDateTime(QDate(2026, 11, 30), QTime(1, 2, 3, 4), Qt::UTC),
                      {{QStringLiteral("reason"), QStringLiteral("opted_out")},
                       {QStringLiteral("body"), QStringLiteral("two words")},
                       {QStringLiteral("name"), QString()}}};
        QCOMPARE(e.toText(),
                 QStringLiteral("2026-11-30T01:02:03.004Z text_skipped body=\"two words\" reason=opted_out"));
        QCOMPARE(e.toJson().value(QStringLiteral("event")).toString(), QStringLiteral("text_skipped"));
    }
};

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_enginerules.moc"
