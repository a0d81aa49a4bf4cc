#include "domain/phonenumber.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QVariant>

#include <atomic>
#include <thread>
#include <vector>

using Rebound::Core::PhoneNumber;
using Error = PhoneNumber::Error;

namespace Rebound::Core {
// Readable failure messages for QCOMPARE on errors.
char *toString(PhoneNumber::Error error)
{
    static const char *const names[] = {"None",     "Empty",   "NotANumber",       "InvalidCountryCode",
                                        "TooShort", "TooLong", "NotValidForRegion"};
    return qstrdup(names[static_cast<int>(error)]);
}
} // namespace Rebound::Core

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_usNationalSpellingsGiveOneE164_data();
    void parse_usNationalSpellingsGiveOneE164();
    void parse_fictional555NumbersAreValid_data();
    void parse_fictional555NumbersAreValid();
    void parse_otherRegions_data();
    void parse_otherRegions();
    void parse_extensionDroppedFromE164_data();
    void parse_extensionDroppedFromE164();
    void parse_vanityLettersAccepted();
    void parse_givesTheE164ThatReadsBackToItself_data();
    void parse_givesTheE164ThatReadsBackToItself();
    void parse_invalidInputGivesMatchingError_data();
    void parse_invalidInputGivesMatchingError();
    void parse_successResetsError();
    void parse_hugeInputRejectedQuickly();
    void parse_hugeWhitespaceIsEmpty();
    void parse_overlongInputIsNotANumber();
    void parse_embeddedNulIsNotANumber();
    void parse_concurrentCallsAgree();
    void fromE164_acceptsCanonicalValidNumbers();
    void fromE164_rejectsEverythingElse_data();
    void fromE164_rejectsEverythingElse();
    void errorMessage_oneSentencePerError();
    void display_nationalAtHomeInternationalAbroad_data();
    void display_nationalAtHomeInternationalAbroad();
    void international_includesCountryCode();
    void regionCode_followsNumber();
    void defaultConstructed_isInvalidAndEmpty();
    void equality_comparesE164();
    void metaType_roundTripsThroughQVariant();
};

void TestPhoneNumber::parse_usNationalSpellingsGiveOneE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("parentheses") << QStringLiteral("(512) 555-0123");
    QTest::newRow("dashes") << QStringLiteral("512-555-0123");
    QTest::newRow("dots") << QStringLiteral("512.555.0123");
    QTest::newRow("digits") << QStringLiteral("5125550123");
    QTest::newRow("trunk prefix") << QStringLiteral("1 (512) 555-0123");
    QTest::newRow("plus") << QStringLiteral("+1 512 555 0123");
    QTest::newRow("e164") << QStringLiteral("+15125550123");
    QTest::newRow("surrounding space") << QStringLiteral("  \t512 555 0123 \n");
    QTest::newRow("idd from US") << QStringLiteral("011 1 512 555 0123");
}

void TestPhoneNumber::parse_usNationalSpellingsGiveOneE164()
{
    QFETCH(QString, text);
    Error error = Error::Empty;
    const PhoneNumber number = PhoneNumber::parse(text, QStringLiteral("US"), &error);
    QCOMPARE(error, Error::None);
    QVERIFY(number.isValid());
    QCOMPARE(number.e164(), QStringLiteral("+15125550123"));
}

void TestPhoneNumber::parse_fictional555NumbersAreValid_data()
{
    QTest::addColumn<QString>("e164");
    // The demo data and the sandbox use the 555-01xx range reserved for fiction.
    QTest::newRow("Austin") << QStringLiteral("+15125550123");
    QTest::newRow("Tampa") << QStringLiteral("+18135550142");
    QTest::newRow("first") << QStringLiteral("+12125550100");
    QTest::newRow("last") << QStringLiteral("+13105550199");
}

void TestPhoneNumber::parse_fictional555NumbersAreValid()
{
    QFETCH(QString, e164);
    Error error = Error::Empty;
    QVERIFY(PhoneNumber::fromE164(e164, &error).isValid());
    QCOMPARE(error, Error::None);
    const PhoneNumber parsed = PhoneNumber::parse(e164.mid(2), QStringLiteral("US"), &error);
    QCOMPARE(error, Error::None);
    QCOMPARE(parsed.e164(), e164);
    QCOMPARE(parsed.regionCode(), QStringLiteral("US"));
}

void TestPhoneNumber::parse_otherRegions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionCode");
    QTest::newRow("MX international from US") << QStringLiteral("+52 55 1234 5678") << QStringLiteral("US")
                                              << QStringLiteral("+525512345678") << QStringLiteral("MX");
    QTest::newRow("MX national") << QStringLiteral("55 1234 5678") << QStringLiteral("MX")
                                 << QStringLiteral("+525512345678") << QStringLiteral("MX");
    QTest::newRow("GB national") << QStringLiteral("020 7946 0958") << QStringLiteral("GB")
                                 << QStringLiteral("+442079460958") << QStringLiteral("GB");
    QTest::newRow("GB region lower case") << QStringLiteral("020 7946 0958") << QStringLiteral("gb")
                                          << QStringLiteral("+442079460958") << QStringLiteral("GB");
    QTest::newRow("GB international from US") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("US")
                                              << QStringLiteral("+442079460958") << QStringLiteral("GB");
    QTest::newRow("CA shares +1") << QStringLiteral("(416) 555-0123") << QStringLiteral("US")
                                  << QStringLiteral("+14165550123") << QStringLiteral("CA");
    QTest::newRow("plus ignores region") << QStringLiteral("+1 512 555 0123") << QStringLiteral("GB")
                                         << QStringLiteral("+15125550123") << QStringLiteral("US");
}

void TestPhoneNumber::parse_otherRegions()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, regionCode);
    Error error = Error::Empty;
    const PhoneNumber number = PhoneNumber::parse(text, region, &error);
    QCOMPARE(error, Error::None);
    QCOMPARE(number.e164(), e164);
    QCOMPARE(number.regionCode(), regionCode);
}

void TestPhoneNumber::parse_extensionDroppedFromE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ext") << QStringLiteral("512.555.0123 ext 4");
    QTest::newRow("ext.") << QStringLiteral("(512) 555-0123 ext. 42");
    QTest::newRow("x") << QStringLiteral("512-555-0123 x4");
    QTest::newRow("hash") << QStringLiteral("512-555-0123 #4");
}

void TestPhoneNumber::parse_extensionDroppedFromE164()
{
    QFETCH(QString, text);
    Error error = Error::Empty;
    const PhoneNumber number = PhoneNumber::parse(text, QStringLiteral("US"), &error);
    QCOMPARE(error, Error::None);
    QCOMPARE(number.e164(), QStringLiteral("+15125550123"));
}

void TestPhoneNumber::parse_vanityLettersAccepted()
{
    Error error = Error::Empty;
    const PhoneNumber number = PhoneNumber::parse(QStringLiteral("1-800-FLOWERS"), QStringLiteral("US"), &error);
    QCOMPARE(error, Error::None);
    QCOMPARE(number.e164(), QStringLiteral("+18003569377"));
}

// What a person types is stored as E.164 and read back from it later (the
// engine checks every number it texts that way): the two must agree.
void TestPhoneNumber::parse_givesTheE164ThatReadsBackToItself_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::newRow("Mexican mobile with the old 1") << QStringLiteral("+52 1165 1234 5678") << QStringLiteral("MX");
    QTest::newRow("Mexican mobile") << QStringLiteral("55 1234 5678") << QStringLiteral("MX");
    QTest::newRow("US") << QStringLiteral("(512) 555-0123") << QStringLiteral("US");
}

void TestPhoneNumber::parse_givesTheE164ThatReadsBackToItself()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    const PhoneNumber typed = PhoneNumber::parse(text, region);
    QVERIFY(typed.isValid());
    QCOMPARE(PhoneNumber::fromE164(typed.e164()), typed);
    QCOMPARE(PhoneNumber::fromE164(typed.e164()).e164(), typed.e164());
}

void TestPhoneNumber::parse_invalidInputGivesMatchingError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Error>("expected");
    const QString us = QStringLiteral("US");
    QTest::newRow("null") << QString() << us << Error::Empty;
    QTest::newRow("empty") << QStringLiteral("") << us << Error::Empty;
    QTest::newRow("blank") << QStringLiteral(" \t\r\n ") << us << Error::Empty;
    QTest::newRow("letters") << QStringLiteral("call me maybe") << us << Error::NotANumber;
    QTest::newRow("one letter") << QStringLiteral("x") << us << Error::NotANumber;
    QTest::newRow("punctuation") << QStringLiteral("()--..") << us << Error::NotANumber;
    QTest::newRow("unassigned country code") << QStringLiteral("+999 1234 5678") << us << Error::InvalidCountryCode;
    QTest::newRow("no region, no plus") << QStringLiteral("512 555 0123") << QString() << Error::InvalidCountryCode;
    QTest::newRow("unknown region") << QStringLiteral("512 555 0123") << QStringLiteral("QQ")
                                    << Error::InvalidCountryCode;
    QTest::newRow("too short") << QStringLiteral("555 012") << us << Error::TooShort;
    QTest::newRow("too short e164") << QStringLiteral("+1 512 555") << us << Error::TooShort;
    QTest::newRow("too long") << QStringLiteral("512 555 0123 4567") << us << Error::TooLong;
    QTest::newRow("too long nsn") << QStringLiteral("+1 5125550123456789012") << us << Error::TooLong;
    QTest::newRow("area code 123") << QStringLiteral("(123) 456-7890") << us << Error::NotValidForRegion;
    QTest::newRow("exchange 012") << QStringLiteral("(512) 012-3456") << us << Error::NotValidForRegion;
}

void TestPhoneNumber::parse_invalidInputGivesMatchingError()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(Error, expected);
    Error error = Error::None;
    const PhoneNumber number = PhoneNumber::parse(text, region, &error);
    QCOMPARE(error, expected);
    QVERIFY(!number.isValid());
    QVERIFY(number.e164().isEmpty());
    QVERIFY(!PhoneNumber::errorMessage(error).isEmpty());
}

void TestPhoneNumber::parse_successResetsError()
{
    Error error = Error::TooLong;
    QVERIFY(PhoneNumber::parse(QStringLiteral("512 555 0123"), QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::None);
    // The out-parameter is optional.
    QVERIFY(PhoneNumber::parse(QStringLiteral("512 555 0123")).isValid());
    QVERIFY(!PhoneNumber::parse(QStringLiteral("nope")).isValid());
}

void TestPhoneNumber::parse_hugeInputRejectedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const QString digits(100'000, u'5');
    Error error = Error::None;
    QVERIFY(!PhoneNumber::parse(digits, QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::NotANumber);

    const QString mixed = QStringLiteral("(512) 555-0123 ").repeated(7'000);
    QVERIFY(!PhoneNumber::parse(mixed, QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::NotANumber);
    QVERIFY(!PhoneNumber::fromE164(u'+' + digits, &error).isValid());
    QCOMPARE(error, Error::NotANumber);
    QVERIFY2(timer.elapsed() < 2000, "huge inputs must be refused before parsing");
}

void TestPhoneNumber::parse_hugeWhitespaceIsEmpty()
{
    Error error = Error::None;
    QVERIFY(!PhoneNumber::parse(QString(100'000, u' '), QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::Empty);
}

void TestPhoneNumber::parse_overlongInputIsNotANumber()
{
    // A valid number padded past the input limit with characters people type.
    const QString padded = QStringLiteral("512") + QString(60, u'-') + QStringLiteral("555-0123");
    QVERIFY(padded.size() > 64);
    Error error = Error::None;
    QVERIFY(!PhoneNumber::parse(padded, QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::NotANumber);

    // Just inside the limit the same kind of text still parses.
    const QString withinLimit = QStringLiteral("512") + QString(40, u' ') + QStringLiteral("555 0123");
    QVERIFY(withinLimit.size() <= 64);
    QCOMPARE(PhoneNumber::parse(withinLimit, QStringLiteral("US"), &error).e164(), QStringLiteral("+15125550123"));
    QCOMPARE(error, Error::None);
}

void TestPhoneNumber::parse_embeddedNulIsNotANumber()
{
    const QString withNul = QStringLiteral("512 555") + QChar(u'\0') + QStringLiteral("0123");
    Error error = Error::None;
    QVERIFY(!PhoneNumber::parse(withNul, QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::NotANumber);
    QVERIFY(
        !PhoneNumber::fromE164(QStringLiteral("+1512555") + QChar(u'\0') + QStringLiteral("0123"), &error).isValid());
    QVERIFY(error != Error::None);
    QVERIFY(!PhoneNumber::parse(QString(3, QChar(u'\0')), QStringLiteral("US"), &error).isValid());
    QCOMPARE(error, Error::NotANumber);
}

void TestPhoneNumber::parse_concurrentCallsAgree()
{
    const QStringList inputs = {QStringLiteral("(512) 555-0123"), QStringLiteral("+52 55 1234 5678"),
                                QStringLiteral("call me"), QStringLiteral("+999 1234 5678"),
                                QStringLiteral("813.555.0142 ext 9")};
    const QStringList expected = {QStringLiteral("+15125550123"), QStringLiteral("+525512345678"), QString(), QString(),
                                  QStringLiteral("+18135550142")};
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round) {
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    const PhoneNumber number = PhoneNumber::parse(inputs.at(i));
                    if (number.e164() != expected.at(i) || (number.isValid() && number.display().isEmpty()))
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestPhoneNumber::fromE164_acceptsCanonicalValidNumbers()
{
    Error error = Error::Empty;
    for (const QString &e164 : {QStringLiteral("+15125550123"), QStringLiteral("+525512345678"),
                                QStringLiteral("+442079460958"), QStringLiteral("+14165550123")}) {
        const PhoneNumber number = PhoneNumber::fromE164(e164, &error);
        QCOMPARE(error, Error::None);
        QCOMPARE(number.e164(), e164);
        QCOMPARE(number, PhoneNumber::parse(e164));
    }
}

void TestPhoneNumber::fromE164_rejectsEverythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error>("expected");
    QTest::newRow("empty") << QString() << Error::Empty;
    QTest::newRow("national") << QStringLiteral("5125550123") << Error::NotANumber;
    QTest::newRow("no plus") << QStringLiteral("15125550123") << Error::NotANumber;
    QTest::newRow("spaces") << QStringLiteral("+1 512 555 0123") << Error::NotANumber;
    QTest::newRow("surrounding space") << QStringLiteral(" +15125550123") << Error::NotANumber;
    QTest::newRow("punctuation") << QStringLiteral("+1(512)5550123") << Error::NotANumber;
    QTest::newRow("letters") << QStringLiteral("+1800FLOWERS") << Error::NotANumber;
    QTest::newRow("extension") << QStringLiteral("+15125550123;ext=4") << Error::NotANumber;
    QTest::newRow("leading zero") << QStringLiteral("+015125550123") << Error::NotANumber;
    QTest::newRow("sixteen digits") << QStringLiteral("+1512555012345678") << Error::NotANumber;
    QTest::newRow("plus only") << QStringLiteral("+") << Error::NotANumber;
    QTest::newRow("unassigned country code") << QStringLiteral("+99912345678") << Error::InvalidCountryCode;
    QTest::newRow("too short") << QStringLiteral("+1512555") << Error::TooShort;
    QTest::newRow("area code 123") << QStringLiteral("+11234567890") << Error::NotValidForRegion;
}

void TestPhoneNumber::fromE164_rejectsEverythingElse()
{
    QFETCH(QString, text);
    QFETCH(Error, expected);
    Error error = Error::None;
    QVERIFY(!PhoneNumber::fromE164(text, &error).isValid());
    QCOMPARE(error, expected);
}

void TestPhoneNumber::errorMessage_oneSentencePerError()
{
    const Error errors[] = {Error::Empty,    Error::NotANumber, Error::InvalidCountryCode,
                            Error::TooShort, Error::TooLong,    Error::NotValidForRegion};
    QSet<QString> seen;
    for (const Error error : errors) {
        const QString message = PhoneNumber::errorMessage(error);
        QVERIFY2(!message.isEmpty(), qPrintable(QString::number(int(error))));
        QVERIFY2(message.front().isUpper(), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral(". ")), 0);
        seen.insert(message);
    }
    QCOMPARE(seen.size(), qsizetype(std::size(errors)));
    QCOMPARE(PhoneNumber::errorMessage(Error::TooShort), QStringLiteral("That phone number is too short."));
    QCOMPARE(PhoneNumber::errorMessage(Error::TooLong), QStringLiteral("That phone number is too long."));
    QVERIFY(PhoneNumber::errorMessage(Error::None).isEmpty());
}

void TestPhoneNumber::display_nationalAtHomeInternationalAbroad_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("shown");
    QTest::newRow("US at home") << QStringLiteral("+15125550123") << QStringLiteral("US")
                                << QStringLiteral("(512) 555-0123");
    QTest::newRow("US home lower case") << QStringLiteral("+15125550123") << QStringLiteral("us")
                                        << QStringLiteral("(512) 555-0123");
    QTest::newRow("US from MX") << QStringLiteral("+15125550123") << QStringLiteral("MX")
                                << QStringLiteral("+1 512-555-0123");
    QTest::newRow("MX from US") << QStringLiteral("+525512345678") << QStringLiteral("US")
                                << QStringLiteral("+52 55 1234 5678");
    QTest::newRow("MX at home") << QStringLiteral("+525512345678") << QStringLiteral("MX")
                                << QStringLiteral("55 1234 5678");
    QTest::newRow("CA from US") << QStringLiteral("+14165550123") << QStringLiteral("US")
                                << QStringLiteral("+1 416-555-0123");
    QTest::newRow("GB at home") << QStringLiteral("+442079460958") << QStringLiteral("GB")
                                << QStringLiteral("020 7946 0958");
}

void TestPhoneNumber::display_nationalAtHomeInternationalAbroad()
{
    QFETCH(QString, e164);
    QFETCH(QString, home);
    QFETCH(QString, shown);
    QCOMPARE(PhoneNumber::fromE164(e164).display(home), shown);
}

void TestPhoneNumber::international_includesCountryCode()
{
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+15125550123")).international(), QStringLiteral("+1 512-555-0123"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+442079460958")).international(),
             QStringLiteral("+44 20 7946 0958"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+15125550123")).display(), QStringLiteral("(512) 555-0123"));
}

void TestPhoneNumber::regionCode_followsNumber()
{
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+18135550142")).regionCode(), QStringLiteral("US"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+525512345678")).regionCode(), QStringLiteral("MX"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+442079460958")).regionCode(), QStringLiteral("GB"));
}

void TestPhoneNumber::defaultConstructed_isInvalidAndEmpty()
{
    const PhoneNumber number;
    QVERIFY(!number.isValid());
    QVERIFY(number.e164().isEmpty());
    QVERIFY(number.regionCode().isEmpty());
    QVERIFY(number.display().isEmpty());
    QVERIFY(number.international().isEmpty());
    QCOMPARE(number, PhoneNumber::parse(QStringLiteral("garbage")));
}

void TestPhoneNumber::equality_comparesE164()
{
    const PhoneNumber a = PhoneNumber::parse(QStringLiteral("(512) 555-0123"));
    const PhoneNumber b = PhoneNumber::parse(QStringLiteral("+1 512.555.0123 ext 7"));
    const PhoneNumber c = PhoneNumber::parse(QStringLiteral("(813) 555-0142"));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestPhoneNumber::metaType_roundTripsThroughQVariant()
{
    const PhoneNumber number = PhoneNumber::fromE164(QStringLiteral("+15125550123"));
    const QVariant variant = QVariant::fromValue(number);
    QVERIFY(variant.canConvert<PhoneNumber>());
    QCOMPARE(variant.value<PhoneNumber>(), number);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
