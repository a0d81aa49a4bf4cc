#include "sandboxthread.h"
#include "selftestdemo.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "engine/setupselftest.h"
#include "provider/twilioclient.h"
#include "store/decisionrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;

Q_DECLARE_METATYPE(Rebound::Core::SandboxServer::CarrierLine)

namespace {
const QString &kLine = Rebound::Test::kDemoLine;
const QString &kOffice = Rebound::Test::kDemoOffice;
const QString &kOwner = Rebound::Test::kDemoOwner;
} // namespace

// "Test my setup" against the sandbox's phone network: a real Calls.json
// call to the office line, forwarded (or not) by its phone company.
class TestSelfTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    QList<SelfTestStep> m_steps;

    SelfTestOptions options() const
    {
        SelfTestOptions o = Rebound::Test::demoSelfTestOptions(QStringLiteral("Mike's Plumbing"));
        o.rules.hours.spans.clear(); // always closed: the after-hours text
        return o;
    }

    bool runTest(const SelfTestOptions &o)
    {
        TwilioClient client(m_sandbox->config());
        SetupSelfTest test(client, o, [this](const SelfTestStep &step) { m_steps.append(step); });
        return test.run();
    }

    // The finished steps, as "id:state", comma-separated.
    QString outcomes() const
    {
        QStringList out;
        for (const SelfTestStep &s : m_steps) {
            if (s.state != SelfTestStep::State::Running)
                out.append(s.id + QLatin1Char(':') + toString(s.state));
        }
        return out.join(QLatin1Char(','));
    }

    QList<Message> outboundTo(const QString &to)
    {
        QList<Message> out;
        for (const Message &m : m_sandbox->messages()) {
            if (m.to == to && !m.isInbound())
                out.append(m);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) {
            s.setMessageTimings(20, 40);
            s.setCarrierLine({kOffice, kLine, 500});
        });
        m_steps.clear();
    }

    void cleanup() { m_sandbox.reset(); }

    void forwardingWorks_everyStepPasses()
    {
        QVERIFY(runTest(options()));
        QCOMPARE(
            outcomes(),
            QStringLiteral("account:passed,call:passed,reached:passed,judged:passed,text:passed,delivered:passed"));
        // A real call went from the line to the office, and came back forwarded.
        const QList<Call> calls = m_sandbox->calls();
        const auto placed = std::find_if(calls.begin(), calls.end(), [](const Call &c) {
            return c.direction == QLatin1String("outbound-api") && c.to == kOffice && c.from == kLine;
        });
        QVERIFY(placed != calls.end());
        const auto forwarded = std::find_if(calls.begin(), calls.end(), [](const Call &c) {
            return c.isInbound() && c.to == kLine && c.forwardedFrom == kOffice;
        });
        QVERIFY(forwarded != calls.end());
        // The text a caller would get went to the owner's cell, and nowhere else.
        const QList<Message> toOwner = outboundTo(kOwner);
        QCOMPARE(toOwner.size(), 1);
        QVERIFY(toOwner.constFirst().body.contains(QStringLiteral("Mike's Plumbing")));
        QCOMPARE(outboundTo(kLine).size(), 0);
        QCOMPARE(outboundTo(kOffice).size(), 0);
    }

    void brokenForwarding_isCaughtAndExplained_data()
    {
        QTest::addColumn<SandboxServer::CarrierLine>("line");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QString>("status");
        QTest::newRow("forwarding off") << SandboxServer::CarrierLine{kOffice, QString(), 500}
                                        << QStringLiteral("not forwarding unanswered calls")
                                        << QStringLiteral("no-answer");
        // The office voicemail picks up before the phone company forwards the call.
        QTest::newRow("voicemail first") << SandboxServer::CarrierLine{kOffice, kLine, 500, 200}
                                         << QStringLiteral("voicemail that picks up before the call is forwarded")
                                         << QStringLiteral("completed");
        QTest::newRow("busy not forwarded")
            << SandboxServer::CarrierLine{kOffice, kLine, 500, -1, true}
            << QStringLiteral("was busy and the call was not forwarded") << QStringLiteral("busy");
    }

    void brokenForwarding_isCaughtAndExplained()
    {
        QFETCH(SandboxServer::CarrierLine, line);
        QFETCH(QString, advice);
        QFETCH(QString, status);
        m_sandbox->run([line](SandboxServer &s) { s.setCarrierLine(line); });
        QVERIFY(!runTest(options()));
        QCOMPARE(outcomes(), QStringLiteral("account:passed,call:passed,reached:failed"));
        const SelfTestStep &failed = m_steps.constLast();
        QVERIFY2(failed.text.contains(advice), qPrintable(failed.text));
        QVERIFY(failed.text.contains(QStringLiteral("(512) 555-0180")));
        QCOMPARE(failed.details.value(QStringLiteral("call_status")).toString(), status);
        QCOMPARE(outboundTo(kOwner).size(), 0);
        // Nothing reached the watched line, so nothing there was judged or texted.
        const QList<Call> calls = m_sandbox->calls();
        QVERIFY(std::none_of(calls.begin(), calls.end(), [](const Call &c) { return c.isInbound() && c.to == kLine; }));
    }

    void dialWiredLine_theOwnersCellRingsOut()
    {
        m_sandbox->run([](SandboxServer &s) { s.setNumberWiring(kLine, SandboxServer::PlacedCall::Wiring::Dial); });
        SelfTestOptions o = options();
        o.line.wiring = Wiring::Dial;
        o.callNumber.clear(); // customers dial the line itself
        QVERIFY(runTest(o));
        const auto judged = std::find_if(m_steps.begin(), m_steps.end(), [](const SelfTestStep &s) {
            return s.id == QLatin1String("judged") && s.state == SelfTestStep::State::Passed;
        });
        QVERIFY(judged != m_steps.end());
        QCOMPARE(judged->details.value(QStringLiteral("detail")).toString(), QStringLiteral("no-answer"));
        QCOMPARE(outboundTo(kOwner).size(), 1);
    }

    void numberNotOnTheAccount_failsBeforeAnyCall()
    {
        SelfTestOptions o = options();
        o.line.e164 = QStringLiteral("+15125550177");
        QVERIFY(!runTest(o));
        QCOMPARE(outcomes(), QStringLiteral("account:failed"));
        const QList<Call> calls = m_sandbox->calls();
        QVERIFY(std::none_of(calls.begin(), calls.end(),
                             [](const Call &c) { return c.direction == QLatin1String("outbound-api"); }));
    }

    void costNotice_namesTheCallTheTextAndThePrice()
    {
        const QString notice = SetupSelfTest::costNotice(options());
        QVERIFY(notice.contains(QStringLiteral("(512) 555-0180")));
        QVERIFY(notice.contains(QStringLiteral("(512) 555-0199")));
        QVERIFY(notice.contains(QStringLiteral("few cents")));
    }

    void runningEngine_doesNotTextTheTestCallBack()
    {
        QTemporaryDir dir;
        EngineConfig config;
        config.provider = m_sandbox->config();
        config.lines = {BusinessLine{kLine, Wiring::Forwarded}};
        config.databasePath = dir.filePath(QStringLiteral("rebound.sqlite"));
        config.rules.hours.spans.clear();
        config.listLag = std::chrono::milliseconds(0);
        Engine engine(config, std::make_unique<AcknowledgementResponder>());
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        engine.pollOnce();
        QVERIFY(runTest(options()));
        engine.pollOnce();
        const QList<Call> calls = m_sandbox->calls();
        const auto forwarded =
            std::find_if(calls.begin(), calls.end(), [](const Call &c) { return c.isInbound() && c.to == kLine; });
        QVERIFY(forwarded != calls.end());
        DecisionRepository decisions(engine.database());
        const auto decision = decisions.find(forwarded->sid);
        QVERIFY(decision);
        QCOMPARE(decision->reason, QStringLiteral("own_number"));
        QCOMPARE(outboundTo(kLine).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
