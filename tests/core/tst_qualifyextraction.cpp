#include "qualify/addressfinder.h"
#include "qualify/lexicon.h"
#include "qualify/messageanalyzer.h"
#include "qualify/phrasematcher.h"
#include "qualify/tokenizedtext.h"

#include <QtTest>

using namespace Rebound::Core;

Q_DECLARE_METATYPE(Rebound::Core::QualifySlot)

namespace {

MessageFacts analyze(const QString &text, QualifySlot asked = QualifySlot::None, bool hasName = false)
{
    MessageAnalyzer::Context c;
    c.asked = asked;
    c.hasName = hasName;
    c.businessName = QStringLiteral("Mike's Plumbing");
    return MessageAnalyzer::analyze(text, c);
}

} // namespace

// What one caller message says: its tokens, name, address, who is writing and how soon.
class TestQualifyExtraction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexicon_compilesEveryPattern()
    {
        QVERIFY2(Lexicon::matcher().errors().isEmpty(), qPrintable(Lexicon::matcher().errors().join(u'\n')));
        QVERIFY(Lexicon::matcher().size() > 300);
    }

    void tokens_foldCaseAccentsAndTextingSpelling()
    {
        const TokenizedText t(QStringLiteral("Mañana tmrw, it's the A/C w/ pls!"));
        QStringList words;
        for (const Token &token : t.tokens())
            words.append(token.word);
        QCOMPARE(
            words,
            (QStringList{QStringLiteral("manana"), QStringLiteral("tomorrow"), QStringLiteral("its"),
                         QStringLiteral("the"), QStringLiteral("ac"), QStringLiteral("w/"), QStringLiteral("please")}));
        QCOMPARE(t.originalSpan(0, 0), QStringLiteral("Mañana"));
        QVERIFY(t.at(0).capitalized);
    }

    void phrases_matchGroupsGapsAndSuppressors()
    {
        const PhraseMatcher m({{0, 1, 1, QStringLiteral("(went out|quit) ~2 today")},
                               {0, 2, 1, QStringLiteral("leak*")},
                               {0, 3, 0, QStringLiteral("!not ~1 leaking")}});
        QVERIFY(m.errors().isEmpty());
        const auto tags = [&m](const QString &text) {
            QList<int> out;
            for (const PhraseMatcher::Hit &h : m.find(TokenizedText(text)))
                out.append(h.tag);
            return out;
        };
        QCOMPARE(tags(QStringLiteral("power went out early today")), QList<int>{1});
        QCOMPARE(tags(QStringLiteral("it is leaking")), QList<int>{2});
        QCOMPARE(tags(QStringLiteral("it is not leaking")), QList<int>{3});
        // Never across a sentence.
        QCOMPARE(tags(QStringLiteral("it quit. today is bad")), QList<int>{});
    }

    void address_isFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::newRow("suffix and city") << QStringLiteral("2918 Palmetto Ave Tampa")
                                         << QStringLiteral("2918 Palmetto Ave, Tampa");
        QTest::newRow("direction after") << QStringLiteral("4021 Bryant Ave S") << QStringLiteral("4021 Bryant Ave S");
        QTest::newRow("unit casa") << QStringLiteral("2240 W Indian School Rd casa 14")
                                   << QStringLiteral("2240 W Indian School Rd, casa 14");
        QTest::newRow("city and zip") << QStringLiteral("918 W Mulberry Ave san antonio 78212. outlet sparked")
                                      << QStringLiteral("918 W Mulberry Ave, san antonio, 78212");
        QTest::newRow("state and zip") << QStringLiteral("55 Pine Hollow Ct, Marietta GA 30062")
                                       << QStringLiteral("55 Pine Hollow Ct, Marietta, GA, 30062");
        QTest::newRow("numbered road") << QStringLiteral("1902 Hwy 17 N, Mt Pleasant")
                                       << QStringLiteral("1902 Hwy 17 N, Mt Pleasant");
        QTest::newRow("farm road") << QStringLiteral("2231 FM 1187 Crowley") << QStringLiteral("2231 FM 1187, Crowley");
        QTest::newRow("county road") << QStringLiteral("4870 County Rd 12, out past the fire hall")
                                     << QStringLiteral("4870 County Rd 12");
        QTest::newRow("spanish street") << QStringLiteral("6204 Avenida La Costa NE")
                                        << QStringLiteral("6204 Avenida La Costa NE");
        QTest::newRow("via") << QStringLiteral("8721 E Via de Ventura") << QStringLiteral("8721 E Via de Ventura");
        QTest::newRow("city first") << QStringLiteral("cape coral, 1421 SE 8th Terrace")
                                    << QStringLiteral("1421 SE 8th Terrace, cape coral");
        QTest::newRow("pound unit") << QStringLiteral("23 Elm St #4") << QStringLiteral("23 Elm St, #4");
        QTest::newRow("queens") << QStringLiteral("78-15 Parsons Blvd") << QStringLiteral("78-15 Parsons Blvd");
        QTest::newRow("avenue letter") << QStringLiteral("4708 Avenue H") << QStringLiteral("4708 Avenue H");
        QTest::newRow("half lot") << QStringLiteral("123B Main St") << QStringLiteral("123B Main St");
        QTest::newRow("saint city") << QStringLiteral("1822 Randolph Ave St Paul")
                                    << QStringLiteral("1822 Randolph Ave, St Paul");
        QTest::newRow("name then comma") << QStringLiteral("Rosa Jimenez, 4410 W 32nd Ave")
                                         << QStringLiteral("4410 W 32nd Ave");
        QTest::newRow("name before") << QStringLiteral("Renee 9087 Sunset Canyon Dr")
                                     << QStringLiteral("9087 Sunset Canyon Dr");
        QTest::newRow("rural route") << QStringLiteral("RR 2 Box 118") << QStringLiteral("RR 2 Box 118");
        QTest::newRow("rural route spelt out")
            << QStringLiteral("its Rural Route 3 Box 44, Alvin") << QStringLiteral("Rural Route 3 Box 44, Alvin");
        QTest::newRow("not an address: size") << QStringLiteral("house is about 2000 sq ft") << QStringLiteral("");
        QTest::newRow("not an address: age") << QStringLiteral("we have a 3 month old") << QStringLiteral("");
        QTest::newRow("not an address: money") << QStringLiteral("$150 a month") << QStringLiteral("");
        QTest::newRow("not an address: zip") << QStringLiteral("I'm in 78745") << QStringLiteral("");
        QTest::newRow("not an address: time")
            << QStringLiteral("is Jeff still coming at 2 for the furnace install?") << QStringLiteral("");
        QTest::newRow("not an address: count") << QStringLiteral("my 2 sons drive") << QStringLiteral("");
    }
    void address_isFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        const AddressFinder::Result r = AddressFinder::find(TokenizedText(text), false, {});
        QCOMPARE(r.address ? r.address->text : QString(), address);
    }

    void address_withoutSuffixNeedsTheQuestion()
    {
        QVERIFY(!AddressFinder::find(TokenizedText(QStringLiteral("88 Glenmont")), false, {}).address);
        QCOMPARE(AddressFinder::find(TokenizedText(QStringLiteral("88 Glenmont")), true, {}).address->text,
                 QStringLiteral("88 Glenmont"));
    }

    void address_houseNumberCorrection()
    {
        QCOMPARE(AddressFinder::find(TokenizedText(QStringLiteral("sorry it's 4421 not 4412")), false,
                                     QStringLiteral("4412"))
                     .correctedHouseNumber,
                 QStringLiteral("4421"));
        QVERIFY(AddressFinder::find(TokenizedText(QStringLiteral("gate code is 4471")), false, QStringLiteral("4412"))
                    .correctedHouseNumber.isEmpty());
    }

    void name_isFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QualifySlot>("asked");
        QTest::addColumn<QString>("name");
        QTest::newRow("this is") << QStringLiteral("this is Jen") << QualifySlot::None << QStringLiteral("Jen");
        QTest::newRow("its with address") << QStringLiteral("its Carlos Mendez 918 W Mulberry Ave") << QualifySlot::None
                                          << QStringLiteral("Carlos Mendez");
        QTest::newRow("signature") << QStringLiteral("Sometime next month would be fine. Thanks - Bob")
                                   << QualifySlot::None << QStringLiteral("Bob");
        QTest::newRow("signature with company")
            << QStringLiteral("Got 10 min? - Kyle, RankLocal Pro") << QualifySlot::None << QStringLiteral("Kyle");
        QTest::newRow("me llamo") << QStringLiteral("me llamo Rosa Delgado") << QualifySlot::None
                                  << QStringLiteral("Rosa Delgado");
        QTest::newRow("soy") << QStringLiteral("hola, soy Sofía Álvarez. me cobraron dos veces") << QualifySlot::None
                             << QStringLiteral("Sofía Álvarez");
        QTest::newRow("here") << QStringLiteral("Ron Peterson here. when is the crew coming back?") << QualifySlot::None
                              << QStringLiteral("Ron Peterson");
        QTest::newRow("at company") << QStringLiteral("Hey this is Mark at Graybar") << QualifySlot::None
                                    << QStringLiteral("Mark");
        QTest::newRow("im with") << QStringLiteral("Hi, I'm Rachel with TradeForce Staffing") << QualifySlot::None
                                 << QStringLiteral("Rachel");
        QTest::newRow("bare asked") << QStringLiteral("gary") << QualifySlot::Name << QStringLiteral("gary");
        QTest::newRow("bare capitalized")
            << QStringLiteral("Tasha Greene") << QualifySlot::Service << QStringLiteral("Tasha Greene");
        QTest::newRow("my name is") << QStringLiteral("my name is derrick olsen") << QualifySlot::None
                                    << QStringLiteral("derrick olsen");
        QTest::newRow("not yes") << QStringLiteral("Yes") << QualifySlot::Name << QStringLiteral("");
        QTest::newRow("not asap") << QStringLiteral("Asap") << QualifySlot::Name << QStringLiteral("");
        QTest::newRow("not a weekday") << QStringLiteral("Tuesday") << QualifySlot::Name << QStringLiteral("");
        QTest::newRow("not a third party")
            << QStringLiteral("her name is Linda if ur guy calls") << QualifySlot::None << QStringLiteral("");
        QTest::newRow("not it's + verb") << QStringLiteral("its still coming out") << QualifySlot::None
                                         << QStringLiteral("");
        QTest::newRow("not a city answer") << QStringLiteral("Tampa") << QualifySlot::Address << QStringLiteral("");
        QTest::newRow("not a keyword") << QStringLiteral("UNSUBSCRIBE") << QualifySlot::None << QStringLiteral("");
        QTest::newRow("surname that is a word")
            << QStringLiteral("Rhonda Price") << QualifySlot::Name << QStringLiteral("Rhonda Price");
        QTest::newRow("not the pronoun") << QStringLiteral("this is Patricia Gomez I live at 1408 Elmhurst Drive")
                                         << QualifySlot::None << QStringLiteral("Patricia Gomez");
        QTest::newRow("filler") << QStringLiteral("Brad Jones lol") << QualifySlot::Name
                                << QStringLiteral("Brad Jones");
        QTest::newRow("account under") << QStringLiteral("Account under Phil Garrity") << QualifySlot::None
                                       << QStringLiteral("Phil Garrity");
        QTest::newRow("signature then address")
            << QStringLiteral("next month is fine. Are you licensed? - Nate Collins 4519 Beacon St")
            << QualifySlot::None << QStringLiteral("Nate Collins");
        QTest::newRow("last sentence then address")
            << QStringLiteral("outlet sparked, breaker is off. Derek Hsu 88 Pine St #3") << QualifySlot::None
            << QStringLiteral("Derek Hsu");
        QTest::newRow("here from") << QStringLiteral("Hi! Mike here from BuildRight Homes") << QualifySlot::None
                                   << QStringLiteral("Mike");
    }
    void name_isFound()
    {
        QFETCH(QString, text);
        QFETCH(QualifySlot, asked);
        QFETCH(QString, name);
        const MessageFacts f = analyze(text, asked);
        QCOMPARE(f.name ? f.name->text : QString(), name);
    }

    void kind_cues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cue");
        QTest::newRow("stop") << QStringLiteral("STOP") << QStringLiteral("optout");
        QTest::newRow("stop please") << QStringLiteral("stop please") << QStringLiteral("optout");
        QTest::newRow("remove me") << QStringLiteral("please remove me from your list") << QStringLiteral("optout");
        QTest::newRow("no me escriban") << QStringLiteral("no me escriban más") << QStringLiteral("optout");
        QTest::newRow("not stop by") << QStringLiteral("can you stop by tomorrow to look at the leak")
                                     << QStringLiteral("");
        QTest::newRow("wrong number") << QStringLiteral("oh lol wrong number sorry") << QStringLiteral("wrong");
        QTest::newRow("equivocado") << QStringLiteral("perdón, me equivoqué de número") << QStringLiteral("wrong");
        QTest::newRow("prize link") << QStringLiteral("CONGRATS! You won, claim now: prize-claim.co/x7")
                                    << QStringLiteral("spam");
        QTest::newRow("package") << QStringLiteral("USPS: your package is on hold. Update: usps-care.com")
                                 << QStringLiteral("spam");
        QTest::newRow("seo") << QStringLiteral("We help local plumbers rank on page 1 of Google")
                             << QStringLiteral("vendor");
        QTest::newRow("supplier") << QStringLiteral("the panels you ordered came in, ready for pickup")
                                  << QStringLiteral("vendor");
        QTest::newRow("recruiter") << QStringLiteral("We have techs ready for placement, are you hiring?")
                                   << QStringLiteral("vendor");
        QTest::newRow("invoice") << QStringLiteral("got the invoice, can I pay with a card?")
                                 << QStringLiteral("existing");
        QTest::newRow("crew back") << QStringLiteral("when is the crew coming back to finish up?")
                                   << QStringLiteral("existing");
        QTest::newRow("booking is a lead")
            << QStringLiteral("can I make an appointment for a tune up?") << QStringLiteral("");
        QTest::newRow("a request is no past work")
            << QStringLiteral("can you put in a couple of flood lights") << QStringLiteral("");
        QTest::newRow("lone link") << QStringLiteral("check this out bit.ly/3xYz") << QStringLiteral("spam");
        QTest::newRow("accidental call") << QStringLiteral("I accidentally called you, sorry!")
                                         << QStringLiteral("wrong");
        QTest::newRow("supplier stock") << QStringLiteral("the units you asked about are back in stock")
                                        << QStringLiteral("vendor");
        QTest::newRow("prestamo") << QStringLiteral("PRÉSTAMO APROBADO! $5000 sin crédito, responda SI")
                                  << QStringLiteral("spam");
        QTest::newRow("premio") << QStringLiteral("Felicidades, ganaste una tarjeta de regalo")
                                << QStringLiteral("spam");
        QTest::newRow("crew left") << QStringLiteral("the crew left a pile of branches by the curb")
                                   << QStringLiteral("existing");
        QTest::newRow("trabajadores") << QStringLiteral("los trabajadores dejaron basura en el patio")
                                      << QStringLiteral("existing");
        QTest::newRow("leak still coming")
            << QStringLiteral("its still coming out from somewhere") << QStringLiteral("");
    }
    void kind_cues()
    {
        QFETCH(QString, text);
        QFETCH(QString, cue);
        const MessageFacts f = analyze(text);
        const QString strongest = f.optOut >= 3 ? QStringLiteral("optout")
            : f.wrongNumber >= 3                ? QStringLiteral("wrong")
            : f.spam >= 3 && f.spam > f.vendor  ? QStringLiteral("spam")
            : f.vendor >= 3                     ? QStringLiteral("vendor")
            : f.existing >= 3                   ? QStringLiteral("existing")
                                                : QString();
        QCOMPARE(strongest, cue);
    }

    void urgency_cues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cues");
        QTest::newRow("flood") << QStringLiteral("basement is flooding") << QStringLiteral("emergency");
        QTest::newRow("active leak") << QStringLiteral("water dripping thru the ceiling right now")
                                     << QStringLiteral("emergency");
        QTest::newRow("sparks") << QStringLiteral("outlet sparked and theres a burning smell")
                                << QStringLiteral("emergency");
        QTest::newRow("gas") << QStringLiteral("i smell gas in the kitchen") << QStringLiteral("emergency");
        QTest::newRow("tree on house") << QStringLiteral("big limb came down and its laying on the house")
                                       << QStringLiteral("emergency");
        QTest::newRow("sewage") << QStringLiteral("sewage backing up thru the floor drain")
                                << QStringLiteral("emergency");
        QTest::newRow("not yet leaking") << QStringLiteral("no está goteando todavía") << QStringLiteral("");
        QTest::newRow("emergency fee question")
            << QStringLiteral("what do you charge for emergency calls?") << QStringLiteral("implied");
        QTest::newRow("today") << QStringLiteral("need somebody today if possable") << QStringLiteral("soon");
        QTest::newRow("manana") << QStringLiteral("mañana temprano por favor") << QStringLiteral("soon");
        QTest::newRow("morning is not tomorrow") << QStringLiteral("en la mañana") << QStringLiteral("");
        QTest::newRow("home tomorrow") << QStringLiteral("mi hermano va a estar en casa mañana")
                                       << QStringLiteral("soon");
        QTest::newRow("not coming in") << QStringLiteral("tejas sueltas pero no entra agua")
                                       << QStringLiteral("broken");
        QTest::newRow("no leaks yet") << QStringLiteral("no leaks yet, shingles curling") << QStringLiteral("");
        QTest::newRow("nada urgente") << QStringLiteral("nada urgente") << QStringLiteral("flexible");
        QTest::newRow("no urge") << QStringLiteral("no urge") << QStringLiteral("flexible");
        QTest::newRow("nothing urgent") << QStringLiteral("nothing urgent") << QStringLiteral("flexible");
        QTest::newRow("inspection") << QStringLiteral("need a roof inspection before closing")
                                    << QStringLiteral("implied");
        QTest::newRow("calefaccion") << QStringLiteral("no sirve la calefacción, 25 grados afuera")
                                     << QStringLiteral("heat freezing broken");
        QTest::newRow("since this morning")
            << QStringLiteral("no hot water since this morning") << QStringLiteral("broken");
        QTest::newRow("no rush") << QStringLiteral("no rush, just comparing prices")
                                 << QStringLiteral("flexible implied");
        QTest::newRow("no hay prisa") << QStringLiteral("cuánto cobran? no hay prisa")
                                      << QStringLiteral("flexible implied");
        QTest::newRow("next spring") << QStringLiteral("next spring") << QStringLiteral("flexible");
        QTest::newRow("this week") << QStringLiteral("sometime this week ideally") << QStringLiteral("week");
        QTest::newRow("de-escalate") << QStringLiteral("not an emergency anymore, next week is fine")
                                     << QStringLiteral("deescalate flexible");
        QTest::newRow("heat loss") << QStringLiteral("furnace quit, its -8 outside")
                                   << QStringLiteral("heat freezing broken");
        QTest::newRow("cold house") << QStringLiteral("no heat and the house is down to 51")
                                    << QStringLiteral("heat freezing broken");
    }
    void urgency_cues()
    {
        QFETCH(QString, text);
        QFETCH(QString, cues);
        const MessageFacts f = analyze(text);
        QStringList got;
        if (f.emergency)
            got << QStringLiteral("emergency");
        if (f.deEscalate)
            got << QStringLiteral("deescalate");
        if (f.heatLoss)
            got << QStringLiteral("heat");
        if (f.freezing)
            got << QStringLiteral("freezing");
        if (f.soon)
            got << QStringLiteral("soon");
        if (f.thisWeek)
            got << QStringLiteral("week");
        if (f.flexibleExplicit)
            got << QStringLiteral("flexible");
        if (f.flexibleImplied)
            got << QStringLiteral("implied");
        if (f.broken && got.isEmpty())
            got << QStringLiteral("broken");
        else if (f.broken && cues.contains(QStringLiteral("broken")))
            got << QStringLiteral("broken");
        QCOMPARE(got.join(u' '), cues);
    }

    void language_isDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("spanish");
        QTest::newRow("es") << QStringLiteral("hola, el generador de la casa ya no prende") << true;
        QTest::newRow("mixed mostly es") << QStringLiteral("hi, tengo unas shingles rotas y el flashing está suelto")
                                         << true;
        QTest::newRow("en") << QStringLiteral("the flood lights over the garage stopped working") << false;
        QTest::newRow("mixed mostly en") << QStringLiteral("hola! the water heater is leaking") << false;
    }
    void language_isDetected()
    {
        QFETCH(QString, text);
        QFETCH(bool, spanish);
        const MessageFacts f = analyze(text);
        QCOMPARE(f.spanish > f.english, spanish);
    }

    void gibberish_isSeen()
    {
        QVERIFY(analyze(QStringLiteral("jjjjjjjjjjjj")).gibberish);
        QVERIFY(analyze(QStringLiteral("Kk.,,mmmm")).gibberish);
        QVERIFY(!analyze(QStringLiteral("ok")).gibberish);
        QVERIFY(!analyze(QStringLiteral("hmm ok")).gibberish);
        QVERIFY(analyze(QStringLiteral("asdfasdf")).gibberish);
        QVERIFY(analyze(QStringLiteral("xcvbnm")).gibberish);
        QVERIFY(!analyze(QStringLiteral("property")).gibberish);
        QVERIFY(analyze(QStringLiteral("xjdh 49 qq zzp")).gibberish);
        QVERIFY(!analyze(QStringLiteral("idk")).gibberish);
        QVERIFY(!analyze(QStringLiteral("thx")).gibberish);
        QVERIFY(!analyze(QStringLiteral("4412")).gibberish);
        QVERIFY(!analyze(QStringLiteral("4412")).contentless);
    }

    void questions_areRecorded()
    {
        const MessageFacts f = analyze(QStringLiteral("do you guys service the Ballantyne area? thanks"));
        QCOMPARE(f.questions.size(), 1);
        QCOMPARE(f.questions.constFirst().topic, ReplyCue::AskArea);
        QCOMPARE(f.questions.constFirst().text, QStringLiteral("do you guys service the Ballantyne area?"));
    }

    void preferredTime_isKept()
    {
        QCOMPARE(analyze(QStringLiteral("tomorrow morning would be great")).preferredTime,
                 QStringLiteral("tomorrow morning"));
        QCOMPARE(analyze(QStringLiteral("no hot water since this morning")).preferredTime, QString());
    }
};

QTEST_GUILESS_MAIN(TestQualifyExtraction)
#include "tst_qualifyextraction.moc"
