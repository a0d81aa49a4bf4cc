#include "provider/twiliosignature.h"

#include <QTest>

#include <algorithm>

namespace Sig = Rebound::Core::TwilioSignature;
using Sig::FormParams;

namespace {

// Twilio's own test vector (twilio-python tests/unit/test_request_validator.py,
// twilio-node spec/validation.spec.js), FACTS.md §3.4.
const QString Token = QStringLiteral("12345");
const QString Url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
const QByteArray Expected = QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8=");

FormParams officialParams()
{
    return {
        {QStringLiteral("From"), QStringLiteral("+14158675309")},
        {QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
        {QStringLiteral("To"), QStringLiteral("+18005551212")},
        {QStringLiteral("Caller"), QStringLiteral("+14158675309")},
        {QStringLiteral("Digits"), QStringLiteral("1234")},
    };
}

const QString BodyHash = QStringLiteral("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");

} // namespace

class TestTwilioSignature final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_matchesTwilioOfficialVector();
    void compute_matchesPortVectors_data();
    void compute_matchesPortVectors();
    void compute_repeatedNamesUseDistinctSortedValues();
    void compute_urlOnlyBodyHashVectors();
    void compute_ignoresParameterOrder();
    void compute_sortsNamesByByteOrder();
    void validate_acceptsTwilioOfficialVector();
    void validate_acceptsDefaultPortAddedOrRemoved_data();
    void validate_acceptsDefaultPortAddedOrRemoved();
    void validate_acceptsNonStandardPortAsGiven();
    void validate_rejectsNonStandardPortWhenRemoved();
    void validate_rejectsForgedSignature_data();
    void validate_rejectsForgedSignature();
    void validate_rejectsTamperedParams_data();
    void validate_rejectsTamperedParams();
    void validate_rejectsWrongTokenOrUrl();
    void parseForm_decodesPlusAndPercent();
    void parseForm_keepsOrderAndRepeatedNames();
    void parseForm_handlesEmptyAndMissingParts();
    void parseForm_invalidEncodingDoesNotCrash();
    void parseForm_roundTripValidatesOfficialVector();
};

void TestTwilioSignature::compute_matchesTwilioOfficialVector()
{
    QCOMPARE(Sig::compute(Token, Url, officialParams()), Expected);
}

void TestTwilioSignature::compute_matchesPortVectors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("https :443") << QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2")
                                << QByteArrayLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=");
    QTest::newRow("http :80") << QStringLiteral("http://mycompany.com:80/myapp.php?foo=1&bar=2")
                              << QByteArrayLiteral("0ZXoZLH/DfblKGATFgpif+LLRf4=");
    QTest::newRow("http :1234") << QStringLiteral("http://mycompany.com:1234/myapp.php?foo=1&bar=2")
                                << QByteArrayLiteral("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=");
}

void TestTwilioSignature::compute_matchesPortVectors()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, signature);
    QCOMPARE(Sig::compute(Token, url, officialParams()), signature);
}

void TestTwilioSignature::compute_repeatedNamesUseDistinctSortedValues()
{
    const FormParams params = {
        {QStringLiteral("Sid"), QStringLiteral("CA123")},   {QStringLiteral("SidAccount"), QStringLiteral("AC123")},
        {QStringLiteral("Digits"), QStringLiteral("5678")}, {QStringLiteral("Digits"), QStringLiteral("1234")},
        {QStringLiteral("Digits"), QStringLiteral("1234")},
    };
    const QByteArray expected = QByteArrayLiteral("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
    QCOMPARE(Sig::compute(Token, Url, params), expected);
    QVERIFY(Sig::validate(Token, Url, params, expected));
}

void TestTwilioSignature::compute_urlOnlyBodyHashVectors()
{
    // JSON webhooks sign the URL alone; the body travels as a hash in the query.
    QCOMPARE(Sig::compute(Token, Url + QStringLiteral("&bodySHA256=") + BodyHash, {}),
             QByteArrayLiteral("a9nBmqA0ju/hNViExpshrM61xv4="));
    QCOMPARE(Sig::compute(Token, QStringLiteral("https://mycompany.com/myapp.php?bodySHA256=") + BodyHash, {}),
             QByteArrayLiteral("y77kIzt2vzLz71DgmJGsen2scGs="));
}

void TestTwilioSignature::compute_ignoresParameterOrder()
{
    FormParams reversed = officialParams();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(Sig::compute(Token, Url, reversed), Expected);
}

void TestTwilioSignature::compute_sortsNamesByByteOrder()
{
    // Upper-case letters sort before lower-case ones, and a name sorts before
    // its extensions: "To" < "ToCity" < "to".
    const FormParams params = {{QStringLiteral("to"), QStringLiteral("c")},
                               {QStringLiteral("ToCity"), QStringLiteral("b")},
                               {QStringLiteral("To"), QStringLiteral("a")}};
    const FormParams concatenated = {{QStringLiteral("ToaToCitybtoc"), QString()}};
    QCOMPARE(Sig::compute(Token, Url, params), Sig::compute(Token, Url, concatenated));
}

void TestTwilioSignature::validate_acceptsTwilioOfficialVector()
{
    QVERIFY(Sig::validate(Token, Url, officialParams(), Expected));
}

void TestTwilioSignature::validate_acceptsDefaultPortAddedOrRemoved_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("signature");
    // Signed with the port, received without it.
    QTest::newRow("https, signed with :443") << Url << QByteArrayLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=");
    QTest::newRow("http, signed with :80") << QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2")
                                           << QByteArrayLiteral("0ZXoZLH/DfblKGATFgpif+LLRf4=");
    // Signed without the port, received with it.
    QTest::newRow("https :443, signed without")
        << QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2") << Expected;
    QTest::newRow("https :443 as given") << QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2")
                                         << QByteArrayLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=");
    QTest::newRow("http :80 as given") << QStringLiteral("http://mycompany.com:80/myapp.php?foo=1&bar=2")
                                       << QByteArrayLiteral("0ZXoZLH/DfblKGATFgpif+LLRf4=");
}

void TestTwilioSignature::validate_acceptsDefaultPortAddedOrRemoved()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, signature);
    QVERIFY(Sig::validate(Token, url, officialParams(), signature));
}

void TestTwilioSignature::validate_acceptsNonStandardPortAsGiven()
{
    QVERIFY(Sig::validate(Token, QStringLiteral("http://mycompany.com:1234/myapp.php?foo=1&bar=2"), officialParams(),
                          QByteArrayLiteral("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")));
}

void TestTwilioSignature::validate_rejectsNonStandardPortWhenRemoved()
{
    // A signature over :1234 does not match the URL without it, and the
    // default :80 is not :1234 either.
    const QByteArray signedWith1234 = QByteArrayLiteral("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=");
    QVERIFY(!Sig::validate(Token, QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2"), officialParams(),
                           signedWith1234));
    QVERIFY(!Sig::validate(Token, QStringLiteral("http://mycompany.com:8080/myapp.php?foo=1&bar=2"), officialParams(),
                           signedWith1234));
    // The https default port does not apply to http.
    QVERIFY(!Sig::validate(Token, QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2"), officialParams(),
                           QByteArrayLiteral("kvajT1Ptam85bY51eRf/AJRuM3w=")));
}

void TestTwilioSignature::validate_rejectsForgedSignature_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArrayLiteral(" ");
    QTest::newRow("one character changed") << QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B9=");
    QTest::newRow("truncated") << QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8");
    QTest::newRow("extended") << QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8==");
    QTest::newRow("lower case") << QByteArrayLiteral("rsoydt4t1cutdk1pdd93/vvr8b8=");
    QTest::newRow("surrounding space") << QByteArrayLiteral(" RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    QTest::newRow("raw digest") << QByteArray::fromBase64(QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QTest::newRow("another vector") << QByteArrayLiteral("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
    QTest::newRow("garbage") << QByteArray(10'000, 'A');
}

void TestTwilioSignature::validate_rejectsForgedSignature()
{
    QFETCH(QByteArray, signature);
    QVERIFY(!Sig::validate(Token, Url, officialParams(), signature));
}

void TestTwilioSignature::validate_rejectsTamperedParams_data()
{
    QTest::addColumn<FormParams>("params");
    FormParams changed = officialParams();
    changed[4].second = QStringLiteral("1235");
    QTest::newRow("value changed") << changed;

    FormParams renamed = officialParams();
    renamed[4].first = QStringLiteral("digits");
    QTest::newRow("name case changed") << renamed;

    FormParams added = officialParams();
    added.append({QStringLiteral("Body"), QStringLiteral("hi")});
    QTest::newRow("param added") << added;

    FormParams emptyAdded = officialParams();
    emptyAdded.append({QStringLiteral("Body"), QString()});
    QTest::newRow("empty param added") << emptyAdded;

    FormParams removed = officialParams();
    removed.removeLast();
    QTest::newRow("param removed") << removed;

    FormParams encoded = officialParams();
    encoded[0].second = QStringLiteral("%2B14158675309");
    QTest::newRow("value left percent-encoded") << encoded;

    FormParams spaced = officialParams();
    spaced[0].second = QStringLiteral(" 14158675309");
    QTest::newRow("plus decoded as space") << spaced;

    QTest::newRow("no params") << FormParams();
}

void TestTwilioSignature::validate_rejectsTamperedParams()
{
    QFETCH(FormParams, params);
    QVERIFY(!Sig::validate(Token, Url, params, Expected));
}

void TestTwilioSignature::validate_rejectsWrongTokenOrUrl()
{
    QVERIFY(!Sig::validate(QStringLiteral("12346"), Url, officialParams(), Expected));
    QVERIFY(!Sig::validate(QString(), Url, officialParams(), Expected));
    QVERIFY(!Sig::validate(Token, QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=3"), officialParams(),
                           Expected));
    QVERIFY(!Sig::validate(Token, QStringLiteral("https://mycompany.com/myapp.php"), officialParams(), Expected));
    QVERIFY(!Sig::validate(Token, QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2"), officialParams(),
                           Expected));
    QVERIFY(!Sig::validate(Token, QStringLiteral("https://evil.example/myapp.php?foo=1&bar=2"), officialParams(),
                           Expected));
    // An empty token must never validate, even against its own HMAC.
    const QByteArray emptyKeySignature = Sig::compute(QString(), Url, officialParams());
    QVERIFY(!Sig::validate(QString(), Url, officialParams(), emptyKeySignature));
}

void TestTwilioSignature::parseForm_decodesPlusAndPercent()
{
    const FormParams params = Sig::parseForm(
        QByteArrayLiteral("From=%2B14155550123&Body=Hola+%C2%BFC%C3%B3mo+est%C3%A1%3F+a%26b%3Dc&Full+Name=x+y"));
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0).first, QStringLiteral("From"));
    QCOMPARE(params.at(0).second, QStringLiteral("+14155550123"));
    QCOMPARE(params.at(1).first, QStringLiteral("Body"));
    QCOMPARE(params.at(1).second, QStringLiteral("Hola ¿Cómo está? a&b=c"));
    QCOMPARE(params.at(2).first, QStringLiteral("Full Name"));
    QCOMPARE(params.at(2).second, QStringLiteral("x y"));

    const FormParams emoji = Sig::parseForm(QByteArrayLiteral("Body=%F0%9F%98%80%2b%2B"));
    QCOMPARE(emoji.at(0).second, QStringLiteral("😀++"));
}

void TestTwilioSignature::parseForm_keepsOrderAndRepeatedNames()
{
    const FormParams params = Sig::parseForm(QByteArrayLiteral("b=2&a=1&b=3&MediaUrl0=x"));
    const FormParams expected = {{QStringLiteral("b"), QStringLiteral("2")},
                                 {QStringLiteral("a"), QStringLiteral("1")},
                                 {QStringLiteral("b"), QStringLiteral("3")},
                                 {QStringLiteral("MediaUrl0"), QStringLiteral("x")}};
    QCOMPARE(params, expected);
}

void TestTwilioSignature::parseForm_handlesEmptyAndMissingParts()
{
    QVERIFY(Sig::parseForm(QByteArray()).isEmpty());
    QVERIFY(Sig::parseForm(QByteArrayLiteral("&&&")).isEmpty());
    const FormParams params = Sig::parseForm(QByteArrayLiteral("a=&b&=c&&d==e&"));
    const FormParams expected = {{QStringLiteral("a"), QString()},
                                 {QStringLiteral("b"), QString()},
                                 {QString(), QStringLiteral("c")},
                                 {QStringLiteral("d"), QStringLiteral("=e")}};
    QCOMPARE(params, expected);
}

void TestTwilioSignature::parseForm_invalidEncodingDoesNotCrash()
{
    const FormParams params = Sig::parseForm(QByteArrayLiteral("a=%&b=%4&c=%zz&d=%FF%FE&e=%00x"));
    QCOMPARE(params.size(), 5);
    QCOMPARE(params.at(0).first, QStringLiteral("a"));
    QCOMPARE(params.at(4).second.size(), 2); // an encoded NUL is data, not an end
    QVERIFY(!params.at(3).second.isEmpty()); // invalid UTF-8 becomes replacement characters

    QByteArray huge(200'000, '%');
    QCOMPARE(Sig::parseForm(huge).size(), 1);
}

void TestTwilioSignature::parseForm_roundTripValidatesOfficialVector()
{
    // How Twilio posts the vector's parameters: '+' percent-encoded, spaces as '+'.
    const QByteArray body = QByteArrayLiteral(
        "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212");
    const FormParams params = Sig::parseForm(body);
    QCOMPARE(params.size(), 5);
    QCOMPARE(params.at(1).second, QStringLiteral("+14158675309"));
    QCOMPARE(Sig::compute(Token, Url, params), Expected);
    QVERIFY(Sig::validate(Token, Url, params, Expected));

    // A body encoded by hand the naive way ('+' left raw) decodes to a space and fails.
    const QByteArray naive = QByteArrayLiteral(
        "CallSid=CA1234567890ABCDE&Caller=+14158675309&Digits=1234&From=+14158675309&To=+18005551212");
    QVERIFY(!Sig::validate(Token, Url, Sig::parseForm(naive), Expected));

    const FormParams spaced = Sig::parseForm(QByteArrayLiteral("Body=Is+it+urgent%3F+Yes%2C+today"));
    QCOMPARE(spaced.at(0).second, QStringLiteral("Is it urgent? Yes, today"));
}

QTEST_GUILESS_MAIN(TestTwilioSignature)
#include "tst_twiliosignature.moc"
