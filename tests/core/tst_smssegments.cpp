#include "domain/smssegments.h"

#include <QTest>

using Rebound::Core::SmsSegments;
using Encoding = SmsSegments::Encoding;

namespace Rebound::Core {
char *toString(SmsSegments::Encoding encoding)
{
    return qstrdup(encoding == SmsSegments::Encoding::Gsm7 ? "Gsm7" : "Ucs2");
}
} // namespace Rebound::Core

namespace {

// The 127 characters of the GSM-7 basic set (without ESC), as FACTS.md §5.1 lists them.
QString gsm7BasicSet()
{
    QString set = QStringLiteral("\n\r");
    for (char16_t c = 0x20; c <= 0x7E; ++c) {
        if (QStringView(u"`[\\]^{|}~").contains(QChar(c)))
            continue;
        set.append(QChar(c));
    }
    set.append(QStringLiteral("¡£¤¥§¿ÄÅÆÉÑÖØÜßàäåæÇèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ"));
    return set;
}

const QString Emoji = QStringLiteral("😀"); // U+1F600, a surrogate pair in UTF-16

} // namespace

class TestSmsSegments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measure_emptyTextIsZeroSegments();
    void measure_gsm7Boundaries_data();
    void measure_gsm7Boundaries();
    void measure_ucs2Boundaries_data();
    void measure_ucs2Boundaries();
    void measure_extensionCharsCostTwoSeptets();
    void measure_extensionCharAtSingleSegmentLimit();
    void measure_extensionPairNeverStraddlesParts();
    void measure_anyNonGsmCharMakesWholeTextUcs2();
    void measure_emojiCostsTwoUnits();
    void measure_surrogatePairNeverStraddlesParts();
    void measure_loneSurrogateCostsOneUnit();
    void measure_spanishText_data();
    void measure_spanishText();
    void measure_crlfCountsTwo();
    void measure_longestTwilioBody();
    void measure_everyBasicCharIsOneSeptet();
    void isGsm7_basicAndExtensionChars_data();
    void isGsm7_basicAndExtensionChars();
    void isGsm7_wholeBasicSetAndNothingElseInLatin1();
};

void TestSmsSegments::measure_emptyTextIsZeroSegments()
{
    const SmsSegments empty = SmsSegments::measure(QString());
    QCOMPARE(empty.segments, 0);
    QCOMPARE(empty.units, 0);
    QCOMPARE(empty.encoding, Encoding::Gsm7);
    // Everything a first segment can hold is still available.
    QCOMPARE(empty.unitsLeftInSegment, 160);
    QCOMPARE(SmsSegments::measure(QStringLiteral("")).segments, 0);
}

void TestSmsSegments::measure_gsm7Boundaries_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("left");
    QTest::newRow("1") << 1 << 1 << 159;
    QTest::newRow("159") << 159 << 1 << 1;
    QTest::newRow("160") << 160 << 1 << 0;
    QTest::newRow("161") << 161 << 2 << 145;
    QTest::newRow("305") << 305 << 2 << 1;
    QTest::newRow("306 = 153*2") << 306 << 2 << 0;
    QTest::newRow("307") << 307 << 3 << 152;
    QTest::newRow("459 = 153*3") << 459 << 3 << 0;
    QTest::newRow("460") << 460 << 4 << 152;
}

void TestSmsSegments::measure_gsm7Boundaries()
{
    QFETCH(int, length);
    QFETCH(int, segments);
    QFETCH(int, left);
    const SmsSegments result = SmsSegments::measure(QString(length, u'a'));
    QCOMPARE(result.encoding, Encoding::Gsm7);
    QCOMPARE(result.units, length);
    QCOMPARE(result.segments, segments);
    QCOMPARE(result.unitsLeftInSegment, left);
}

void TestSmsSegments::measure_ucs2Boundaries_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("left");
    QTest::newRow("1") << 1 << 1 << 69;
    QTest::newRow("69") << 69 << 1 << 1;
    QTest::newRow("70") << 70 << 1 << 0;
    QTest::newRow("71") << 71 << 2 << 63;
    QTest::newRow("133") << 133 << 2 << 1;
    QTest::newRow("134 = 67*2") << 134 << 2 << 0;
    QTest::newRow("135") << 135 << 3 << 66;
}

void TestSmsSegments::measure_ucs2Boundaries()
{
    QFETCH(int, length);
    QFETCH(int, segments);
    QFETCH(int, left);
    // 'á' is not in the GSM-7 basic set.
    const SmsSegments result = SmsSegments::measure(QString(length, u'á'));
    QCOMPARE(result.encoding, Encoding::Ucs2);
    QCOMPARE(result.units, length);
    QCOMPARE(result.segments, segments);
    QCOMPARE(result.unitsLeftInSegment, left);
}

void TestSmsSegments::measure_extensionCharsCostTwoSeptets()
{
    const SmsSegments euro = SmsSegments::measure(QStringLiteral("€"));
    QCOMPARE(euro.encoding, Encoding::Gsm7);
    QCOMPARE(euro.units, 2);
    QCOMPARE(euro.unitsLeftInSegment, 158);
    QCOMPARE(SmsSegments::measure(QStringLiteral("{}[]\\^~|€")).units, 18);
    QCOMPARE(SmsSegments::measure(QStringLiteral("a\fb")).units, 4);
    QCOMPARE(SmsSegments::measure(QStringLiteral("Price: 20€ [approx]")).units, 22);
}

void TestSmsSegments::measure_extensionCharAtSingleSegmentLimit()
{
    const SmsSegments fits = SmsSegments::measure(QString(158, u'a') + u'€');
    QCOMPARE(fits.units, 160);
    QCOMPARE(fits.segments, 1);
    QCOMPARE(fits.unitsLeftInSegment, 0);

    const SmsSegments over = SmsSegments::measure(QString(159, u'a') + u'€');
    QCOMPARE(over.units, 161);
    QCOMPARE(over.segments, 2);

    const SmsSegments allEuro = SmsSegments::measure(QString(80, u'€'));
    QCOMPARE(allEuro.segments, 1);
    QCOMPARE(allEuro.unitsLeftInSegment, 0);
    QCOMPARE(SmsSegments::measure(QString(81, u'€')).segments, 2);
}

void TestSmsSegments::measure_extensionPairNeverStraddlesParts()
{
    // 152 septets, then an ESC pair that would occupy septets 153 and 154:
    // the whole pair moves to the second part, leaving the first one short.
    const SmsSegments moved = SmsSegments::measure(QString(152, u'a') + u'€' + QString(10, u'a'));
    QCOMPARE(moved.units, 164);
    QCOMPARE(moved.segments, 2);
    QCOMPARE(moved.unitsLeftInSegment, 153 - 12);

    // One septet earlier the pair ends the first part exactly.
    const SmsSegments exact = SmsSegments::measure(QString(151, u'a') + u'€' + QString(11, u'a'));
    QCOMPARE(exact.units, 164);
    QCOMPARE(exact.segments, 2);
    QCOMPARE(exact.unitsLeftInSegment, 153 - 11);

    // 153 curly braces: 306 septets, but each part holds only 76 pairs (152).
    const SmsSegments braces = SmsSegments::measure(QString(153, u'{'));
    QCOMPARE(braces.units, 306);
    QCOMPARE(braces.segments, 3);
    QCOMPARE(braces.unitsLeftInSegment, 153 - 2);

    // The bare septet count (306 = 153 * 2) says two parts; the moved pair makes three.
    const SmsSegments padded = SmsSegments::measure(QString(152, u'a') + u'€' + QString(152, u'a'));
    QCOMPARE(padded.units, 306);
    QCOMPARE(padded.segments, 3);
    QCOMPARE(padded.unitsLeftInSegment, 153 - 1);
}

void TestSmsSegments::measure_anyNonGsmCharMakesWholeTextUcs2()
{
    const SmsSegments gsm = SmsSegments::measure(QString(100, u'a'));
    QCOMPARE(gsm.encoding, Encoding::Gsm7);
    QCOMPARE(gsm.segments, 1);

    const SmsSegments ucs = SmsSegments::measure(QString(100, u'a') + u'á');
    QCOMPARE(ucs.encoding, Encoding::Ucs2);
    QCOMPARE(ucs.units, 101);
    QCOMPARE(ucs.segments, 2);
    QCOMPARE(ucs.unitsLeftInSegment, 67 - 34);

    // Extension characters cost one UTF-16 unit once the text is UCS-2.
    const SmsSegments mixed = SmsSegments::measure(QStringLiteral("€{}`"));
    QCOMPARE(mixed.encoding, Encoding::Ucs2);
    QCOMPARE(mixed.units, 4);

    // A smart quote (as phones type it) is enough to switch.
    QCOMPARE(SmsSegments::measure(QStringLiteral("We’ll call you back")).encoding, Encoding::Ucs2);
}

void TestSmsSegments::measure_emojiCostsTwoUnits()
{
    const SmsSegments one = SmsSegments::measure(Emoji);
    QCOMPARE(one.encoding, Encoding::Ucs2);
    QCOMPARE(one.units, 2);
    QCOMPARE(one.segments, 1);
    QCOMPARE(one.unitsLeftInSegment, 68);

    const SmsSegments full = SmsSegments::measure(Emoji.repeated(35));
    QCOMPARE(full.units, 70);
    QCOMPARE(full.segments, 1);
    QCOMPARE(full.unitsLeftInSegment, 0);
    QCOMPARE(SmsSegments::measure(Emoji.repeated(35) + u'a').segments, 2);
}

void TestSmsSegments::measure_surrogatePairNeverStraddlesParts()
{
    const SmsSegments moved = SmsSegments::measure(QString(66, u'x') + Emoji + QString(5, u'x'));
    QCOMPARE(moved.units, 73);
    QCOMPARE(moved.segments, 2);
    QCOMPARE(moved.unitsLeftInSegment, 67 - 7);

    const SmsSegments exact = SmsSegments::measure(QString(65, u'x') + Emoji + QString(6, u'x'));
    QCOMPARE(exact.units, 73);
    QCOMPARE(exact.segments, 2);
    QCOMPARE(exact.unitsLeftInSegment, 67 - 6);

    // 67 emoji: 134 units, but each part holds 33 of them (66 units).
    const SmsSegments emoji = SmsSegments::measure(Emoji.repeated(67));
    QCOMPARE(emoji.units, 134);
    QCOMPARE(emoji.segments, 3);
    QCOMPARE(emoji.unitsLeftInSegment, 67 - 2);
}

void TestSmsSegments::measure_loneSurrogateCostsOneUnit()
{
    const QString broken = QString(QChar(0xD83D)) + u'a' + QChar(0xDE00);
    const SmsSegments result = SmsSegments::measure(broken);
    QCOMPARE(result.encoding, Encoding::Ucs2);
    QCOMPARE(result.units, 3);
    QCOMPARE(result.segments, 1);
}

void TestSmsSegments::measure_spanishText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("units");
    // á, í, ó, ú are not GSM-7, so ordinary Spanish usually goes out as UCS-2.
    QTest::newRow("dirección") << QStringLiteral("¿Cuál es su dirección?") << Encoding::Ucs2 << 22;
    QTest::newRow("sí") << QStringLiteral("¿Es urgente? Responda sí o no") << Encoding::Ucs2 << 29;
    // ¿ ¡ é ñ are in the basic set.
    QTest::newRow("qué") << QStringLiteral("¿Qué necesita? ¡Gracias!") << Encoding::Gsm7 << 24;
    QTest::newRow("señor") << QStringLiteral("Buenos días señor") << Encoding::Ucs2 << 17;
    QTest::newRow("mañana") << QStringLiteral("Hasta mañana, Señor Muñoz") << Encoding::Gsm7 << 25;
}

void TestSmsSegments::measure_spanishText()
{
    QFETCH(QString, text);
    QFETCH(Encoding, encoding);
    QFETCH(int, units);
    const SmsSegments result = SmsSegments::measure(text);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.units, units);
    QCOMPARE(result.segments, 1);
    QCOMPARE(result.unitsLeftInSegment, (encoding == Encoding::Gsm7 ? 160 : 70) - units);
}

void TestSmsSegments::measure_crlfCountsTwo()
{
    const SmsSegments crlf = SmsSegments::measure(QStringLiteral("Hi\r\nThere"));
    QCOMPARE(crlf.encoding, Encoding::Gsm7);
    QCOMPARE(crlf.units, 9);
    QCOMPARE(SmsSegments::measure(QStringLiteral("\r\n").repeated(80)).segments, 1);
    QCOMPARE(SmsSegments::measure(QStringLiteral("\r\n").repeated(80) + u'a').segments, 2);
}

void TestSmsSegments::measure_longestTwilioBody()
{
    const SmsSegments gsm = SmsSegments::measure(QString(1600, u'a'));
    QCOMPARE(gsm.segments, 11);
    QCOMPARE(gsm.unitsLeftInSegment, 153 - (1600 - 153 * 10));

    const SmsSegments ucs = SmsSegments::measure(QString(1600, u'ó'));
    QCOMPARE(ucs.segments, 24);
    QCOMPARE(ucs.unitsLeftInSegment, 67 - (1600 - 67 * 23));
}

void TestSmsSegments::measure_everyBasicCharIsOneSeptet()
{
    const QString basic = gsm7BasicSet();
    QCOMPARE(basic.size(), 127);
    const SmsSegments result = SmsSegments::measure(basic);
    QCOMPARE(result.encoding, Encoding::Gsm7);
    QCOMPARE(result.units, 127);
    QCOMPARE(result.segments, 1);
}

void TestSmsSegments::isGsm7_basicAndExtensionChars_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("gsm7");
    for (const QChar c : QStringLiteral("@$_!\"#%&'()*+,-./:;<=>?09AZaz \n\r")) {
        QTest::addRow("basic U+%04X", c.unicode()) << c << true;
    }
    for (const QChar c : QStringLiteral("£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà")) {
        QTest::addRow("basic U+%04X", c.unicode()) << c << true;
    }
    for (const QChar c : QStringLiteral("^{}\\[~]|€\f")) {
        QTest::addRow("extension U+%04X", c.unicode()) << c << true;
    }
    for (const QChar c : QStringLiteral("`\táíóúÁÍÓÚçãâêôõ’“”…–\u00A0")) {
        QTest::addRow("not U+%04X", c.unicode()) << c << false;
    }
    QTest::newRow("high surrogate") << Emoji.at(0) << false;
    QTest::newRow("low surrogate") << Emoji.at(1) << false;
    QTest::newRow("nul") << QChar(u'\0') << false;
}

void TestSmsSegments::isGsm7_basicAndExtensionChars()
{
    QFETCH(QChar, c);
    QFETCH(bool, gsm7);
    QCOMPARE(SmsSegments::isGsm7(c), gsm7);
}

void TestSmsSegments::isGsm7_wholeBasicSetAndNothingElseInLatin1()
{
    const QString basic = gsm7BasicSet();
    const QString extension = QStringLiteral("\f^{}\\[~]|");
    for (char16_t c = 0; c <= 0xFF; ++c) {
        const QChar ch(c);
        const bool expected = basic.contains(ch) || extension.contains(ch);
        QVERIFY2(SmsSegments::isGsm7(ch) == expected, qPrintable(QStringLiteral("U+%1").arg(int(c), 4, 16)));
    }
    QVERIFY(SmsSegments::isGsm7(QChar(0x20AC)));
}

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
