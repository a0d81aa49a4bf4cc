#include "sandbox/sandboxscenario.h"
#include "sandboxharness.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Rebound::Core;
using namespace Rebound::Test;

// The scenario's personas: what they answer, and the calls the demo places.
class TestSandboxScenario final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void scenario_quietPersona_answersWhatIsAsked();
    void scenario_spanishPersona_answersInSpanish();
    void scenario_unknownNumber_doesNotReply();
    void scenario_stopPersona_optsOut();
    void scenario_demo_placesCallsFromDistinctPersonas();
    void scenario_kindFromString();
};

namespace {

SandboxScenario::Options fastOptions(const QString &trade = QStringLiteral("plumbing"))
{
    SandboxScenario::Options o;
    o.trade = trade;
    o.replyDelayMinMs = 5;
    o.replyDelayMaxMs = 15;
    return o;
}

QString factOf(const SandboxScenario::Persona &p, SandboxScenario::Persona::Fact fact)
{
    for (const auto &[f, text] : p.facts) {
        if (f == fact)
            return text;
    }
    return {};
}

} // namespace

void TestSandboxScenario::scenario_quietPersona_answersWhatIsAsked()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(&server(), fastOptions());
    scenario.start(SandboxScenario::Kind::Quiet);
    QCOMPARE(scenario.kind(), SandboxScenario::Kind::Quiet);
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(), [](const Persona &p) {
        return p.role == Persona::Role::Customer && p.language == QLatin1String("en");
    });
    QVERIFY(it != personas.cend());
    const Persona persona = *it;
    QCOMPARE(persona.trade, QStringLiteral("plumbing"));

    auto text = [this, &persona](const QString &body) {
        return postForm(accountPath(QStringLiteral("/Messages.json")),
                        {{QStringLiteral("To"), persona.number},
                         {QStringLiteral("From"), kBusiness},
                         {QStringLiteral("Body"), body}})
            .status;
    };
    QCOMPARE(text(QStringLiteral("Thanks for calling Demo Plumbing! What's the address for the job?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 1);
    QCOMPARE(inboundFrom(persona.number).at(0).body, factOf(persona, Persona::Fact::Address));
    QCOMPARE(inboundFrom(persona.number).at(0).to, kBusiness);

    QCOMPARE(text(QStringLiteral("Got it. And what's your name?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 2);
    QCOMPARE(inboundFrom(persona.number).at(1).body, factOf(persona, Persona::Fact::Name));

    QCOMPARE(text(QStringLiteral("How soon do you need someone out there?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 3);
    QCOMPARE(inboundFrom(persona.number).at(2).body, factOf(persona, Persona::Fact::Urgency));

    // An unclear text gets the next fact not yet given: the problem.
    QCOMPARE(text(QStringLiteral("OK!")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 4);
    QCOMPARE(inboundFrom(persona.number).at(3).body, factOf(persona, Persona::Fact::Problem));

    // Then one closing line and silence, whatever the business sends.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(text(QStringLiteral("Anything else? What's the address again?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 5);
    QCOMPARE(inboundFrom(persona.number).at(4).body, persona.closing);
    QTest::qWait(150);
    QCOMPARE(inboundFrom(persona.number).size(), 5);
}

void TestSandboxScenario::scenario_spanishPersona_answersInSpanish()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(&server(), SandboxScenario::Kind::Quiet, fastOptions(QStringLiteral("hvac")));
    scenario.start();
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(), [](const Persona &p) {
        return p.role == Persona::Role::Customer && p.language == QLatin1String("es");
    });
    QVERIFY(it != personas.cend());
    const Persona persona = *it;
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), persona.number},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("¡Gracias por llamar! ¿Cuál es su dirección?")}})
                 .status,
             201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 1);
    QCOMPARE(inboundFrom(persona.number).first().body, factOf(persona, Persona::Fact::Address));
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), persona.number},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("¿Y su nombre, por favor?")}})
                 .status,
             201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 2);
    QCOMPARE(inboundFrom(persona.number).at(1).body, factOf(persona, Persona::Fact::Name));
}

void TestSandboxScenario::scenario_unknownNumber_doesNotReply()
{
    SandboxScenario scenario(&server(), SandboxScenario::Kind::Quiet, fastOptions());
    scenario.start();
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), QStringLiteral("+14155550100")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("What's your name?")}})
                 .status,
             201);
    QTest::qWait(150);
    QVERIFY(inboundFrom(QStringLiteral("+14155550100")).isEmpty());
    // A persona of another trade is not part of this scenario.
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), QStringLiteral("+17375550121")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("What's your name?")}})
                 .status,
             201);
    QTest::qWait(150);
    QVERIFY(inboundFrom(QStringLiteral("+17375550121")).isEmpty());
}

void TestSandboxScenario::scenario_stopPersona_optsOut()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(&server(), SandboxScenario::Kind::Quiet, fastOptions(QStringLiteral("roofing")));
    scenario.start();
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(),
                                 [](const Persona &p) { return p.role == Persona::Role::OptsOut; });
    QVERIFY(it != personas.cend());
    const Params text{{QStringLiteral("To"), it->number},
                      {QStringLiteral("From"), kBusiness},
                      {QStringLiteral("Body"), QStringLiteral("Sorry we missed you! How can we help?")}};
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")), text).status, 201);
    QTRY_COMPARE(inboundFrom(it->number).size(), 1);
    QCOMPARE(inboundFrom(it->number).first().body, QStringLiteral("STOP"));
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")), text);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 21610);
}

void TestSandboxScenario::scenario_demo_placesCallsFromDistinctPersonas()
{
    SandboxScenario::Options o = fastOptions(QStringLiteral("electrical"));
    o.firstCallDelayMs = 10;
    o.callIntervalMinMs = 20;
    o.callIntervalMaxMs = 30;
    o.ringMs = 20;
    o.answeredShare = 0.0;
    o.wiring = SandboxServer::PlacedCall::Wiring::Dial;
    SandboxScenario scenario(&server(), SandboxScenario::Kind::Demo, o);
    QStringList callers;
    connect(&scenario, &SandboxScenario::callPlaced, this,
            [&callers](const QString &, const QString &from) { callers.append(from); });
    scenario.start();
    QTRY_VERIFY(callers.size() >= 5);
    scenario.stop();
    const int placedCount = int(callers.size());
    QTest::qWait(100);
    QCOMPARE(callers.size(), placedCount);

    const QStringList firstFive = callers.mid(0, 5);
    QCOMPARE(QSet<QString>(firstFive.cbegin(), firstFive.cend()).size(), 5);
    for (const QString &from : std::as_const(callers)) {
        const auto persona = scenario.personaFor(from);
        QVERIFY(persona);
        QVERIFY(persona->trade.isEmpty() || persona->trade == QLatin1String("electrical"));
        QVERIFY(persona->role != SandboxScenario::Persona::Role::Spam);
    }
    // Every persona number sits in the fictional 555-01xx range and none repeats.
    QSet<QString> numbers;
    for (const auto &p : SandboxScenario::allPersonas()) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\+1\\d{3}55501\\d{2}$")).match(p.number).hasMatch(),
                 qPrintable(p.number));
        numbers.insert(p.number);
    }
    QCOMPARE(numbers.size(), SandboxScenario::allPersonas().size());
    for (const QString &trade : SandboxScenario::trades()) {
        int count = 0;
        for (const auto &p : SandboxScenario::allPersonas())
            count += p.trade == trade ? 1 : 0;
        QVERIFY(count >= 5);
    }
}

void TestSandboxScenario::scenario_kindFromString()
{
    QCOMPARE(SandboxScenario::kindFromString(u"quiet"),
             std::optional<SandboxScenario::Kind>(SandboxScenario::Kind::Quiet));
    QCOMPARE(SandboxScenario::kindFromString(u"Demo"),
             std::optional<SandboxScenario::Kind>(SandboxScenario::Kind::Demo));
    QVERIFY(!SandboxScenario::kindFromString(u"loud"));
}

QTEST_GUILESS_MAIN(TestSandboxScenario)
#include "tst_sandboxscenario.moc"
