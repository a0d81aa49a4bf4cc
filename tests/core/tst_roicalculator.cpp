#include "insights/roicalculator.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Rebound::Core;

Q_DECLARE_METATYPE(Rebound::Core::RoiInputError)

namespace {

// The page's example: 6 leads a week, 35 % recovered, $350 a job.
RoiInputs pageExample()
{
    RoiInputs in;
    in.leadsPerWeek = Fixed6::fromInt(6);
    in.recoveryRate = Fixed6::fromMicros(350'000);
    in.jobValueCents = 35'000;
    return in;
}

Fixed6 quantity(const char *text)
{
    RoiInputError error = RoiInputError::None;
    return parseRoiQuantity(QString::fromLatin1(text), &error).value_or(Fixed6::fromInt(-1));
}

} // namespace

class TestRoiCalculator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calculate_pageExampleComesOutExactly()
    {
        const RoiResult r = RoiCalculator::calculate(pageExample());
        QCOMPARE(r.leadsPerWeekHundredths, 600);
        QCOMPARE(r.recoveredPerWeekHundredths, 210); // 2.1 leads a week
        QCOMPARE(r.revenuePerWeekCents, 73'500);
        QCOMPARE(r.revenuePerMonthCents, 294'000); // $2,940
        QCOMPARE(r.revenuePerYearCents, 3'528'000); // $35,280
    }

    void calculate_calendarYearIs52Weeks()
    {
        const RoiResult r = RoiCalculator::calculate(pageExample());
        QCOMPARE(r.revenuePerYearCalendarCents, 3'822'000); // $38,220
        QCOMPARE(r.revenuePerMonthCalendarCents, 318'500); // 52 / 12 weeks: $3,185
    }

    void calculate_lostWithoutTextBackIsEveryLeadsValue()
    {
        const RoiResult r = RoiCalculator::calculate(pageExample());
        QCOMPARE(r.lostPerWeekCents, 210'000);
        QCOMPARE(r.lostPerMonthCents, 840'000); // 6 × $350 × 4
        QCOMPARE(r.lostPerYearCents, 10'080'000); // × 48
        QCOMPARE(r.lostPerYearCalendarCents, 10'920'000); // × 52
        QCOMPARE(r.lostPerMonthCalendarCents, 910'000); // × 52 / 12
        QCOMPARE(r.stillLostPerYearCents, r.lostPerYearCents - r.revenuePerYearCents);
        QCOMPARE(r.stillLostPerYearCalendarCents, r.lostPerYearCalendarCents - r.revenuePerYearCalendarCents);
    }

    void calculate_missedCallsTimesShareEqualsLeads()
    {
        RoiInputs in = pageExample();
        in.source = RoiInputs::LeadSource::MissedCalls;
        in.missedCallsPerWeek = Fixed6::fromInt(20);
        in.leadShare = Fixed6::fromMicros(300'000);
        QCOMPARE(RoiCalculator::calculate(in), RoiCalculator::calculate(pageExample()));
    }

    void calculate_roundsHalfUpOnceAtTheEnd()
    {
        // 1 lead × 0.5 % × $0.01 × 4 weeks = 0.02 cents: below half a cent, so 0.
        RoiInputs in;
        in.leadsPerWeek = Fixed6::fromInt(1);
        in.recoveryRate = Fixed6::fromMicros(5'000);
        in.jobValueCents = 1;
        QCOMPARE(RoiCalculator::calculate(in).revenuePerMonthCents, 0);
        // 1 lead × 12.5 % × $1.00 = 12.5 cents a week: half a cent rounds up, and the month
        // (exactly 50 cents) is computed from the exact figure, not from the rounded week.
        in.recoveryRate = Fixed6::fromMicros(125'000);
        in.jobValueCents = 100;
        const RoiResult r = RoiCalculator::calculate(in);
        QCOMPARE(r.revenuePerWeekCents, 13);
        QCOMPARE(r.revenuePerMonthCents, 50);
        // A three-decimal share stays exact until the one rounding: 7 × 33.3 % × 100 % × $1 × 48 = $111.888.
        in.source = RoiInputs::LeadSource::MissedCalls;
        in.missedCallsPerWeek = Fixed6::fromInt(7);
        in.leadShare = Fixed6::fromMicros(333'000);
        in.recoveryRate = Fixed6::fromInt(1);
        QCOMPARE(RoiCalculator::calculate(in).revenuePerYearCents, 11'189);
    }

    void calculate_largestAcceptedInputsDoNotOverflow()
    {
        RoiInputs in;
        in.source = RoiInputs::LeadSource::MissedCalls;
        in.missedCallsPerWeek = Fixed6::fromInt(RoiCalculator::maxPerWeek);
        in.leadShare = Fixed6::fromInt(1);
        in.recoveryRate = Fixed6::fromInt(1);
        in.jobValueCents = RoiCalculator::maxJobValueCents;
        const RoiResult r = RoiCalculator::calculate(in);
        QCOMPARE(r.revenuePerYearCalendarCents, RoiCalculator::maxPerWeek * RoiCalculator::maxJobValueCents * 52);
        QCOMPARE(r.revenuePerMonthCalendarCents, RoiCalculator::maxPerWeek * RoiCalculator::maxJobValueCents * 52 / 12);
    }

    void calculate_refusesNonsenseWithAllZeros()
    {
        RoiInputs in = pageExample();
        in.recoveryRate = Fixed6::fromMicros(1'000'001);
        QCOMPARE(RoiCalculator::validate(in), RoiInputError::RateOver100);
        QCOMPARE(RoiCalculator::calculate(in), RoiResult{});
        in = pageExample();
        in.jobValueCents = -1;
        QCOMPARE(RoiCalculator::validate(in), RoiInputError::Negative);
        in = pageExample();
        in.leadsPerWeek = Fixed6::fromInt(-2);
        QCOMPARE(RoiCalculator::validate(in), RoiInputError::Negative);
        in = pageExample();
        in.source = RoiInputs::LeadSource::MissedCalls;
        in.missedCallsPerWeek = Fixed6::fromInt(10);
        in.leadShare = Fixed6::fromInt(2);
        QCOMPARE(RoiCalculator::validate(in), RoiInputError::RateOver100);
        QCOMPARE(RoiCalculator::validate(pageExample()), RoiInputError::None);
    }

    void projection_monthTwelveIsTheYear()
    {
        const QList<RoiProjectionMonth> months = RoiCalculator::projection(pageExample());
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().month, 1);
        QCOMPARE(months.first().recoveredCumulativeCents, 294'000);
        QCOMPARE(months.first().lostWithoutTextBackCumulativeCents, 840'000);
        QCOMPARE(months.last().recoveredCumulativeCents, 3'528'000);
        QCOMPARE(months.last().lostWithoutTextBackCumulativeCents, 10'080'000);
    }

    void projection_calendarMonthsEndAt52Weeks()
    {
        const QList<RoiProjectionMonth> months = RoiCalculator::projection(pageExample(), RoiConvention::Calendar);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().recoveredCumulativeCents, 318'500);
        QCOMPARE(months.last().recoveredCumulativeCents, 3'822'000);
        QCOMPARE(months.last().lostWithoutTextBackCumulativeCents, 10'920'000);
    }

    void revenueForDays_isTheWeekSpreadOverSevenDays()
    {
        QCOMPARE(RoiCalculator::revenueForDays(pageExample(), 7), 73'500);
        QCOMPARE(RoiCalculator::revenueForDays(pageExample(), 28), 294'000);
        QCOMPARE(RoiCalculator::revenueForDays(pageExample(), 1), 10'500);
        QCOMPARE(RoiCalculator::revenueForDays(pageExample(), 0), 0);
    }

    void sensitivity_spansTheSliderAndIsLinearInTheRate()
    {
        const QList<RoiSensitivityPoint> points = RoiCalculator::sensitivity(pageExample());
        QCOMPARE(points.size(), 51);
        QCOMPARE(points.first().ratePercent, 10);
        QCOMPARE(points.first().revenuePerYearCents, 1'008'000); // 6 × 10 % × $350 × 48
        QCOMPARE(points.at(25).ratePercent, 35);
        QCOMPARE(points.at(25).revenuePerYearCents, 3'528'000);
        QCOMPARE(points.last().ratePercent, 60);
        QCOMPARE(points.last().revenuePerYearCents, 6'048'000);
        const QList<RoiSensitivityPoint> calendar = RoiCalculator::sensitivity(pageExample(), RoiConvention::Calendar);
        QCOMPARE(calendar.at(25).revenuePerYearCents, 3'822'000);
    }

    void parseRate_acceptsFractionPercentAndPercentSign_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("fraction") << QStringLiteral("0.35") << qint64(350'000);
        QTest::newRow("percent number") << QStringLiteral("35") << qint64(350'000);
        QTest::newRow("percent sign") << QStringLiteral("35%") << qint64(350'000);
        QTest::newRow("spaced sign") << QStringLiteral(" 35 % ") << qint64(350'000);
        QTest::newRow("decimal percent") << QStringLiteral("35.5%") << qint64(355'000);
        QTest::newRow("one is all") << QStringLiteral("1") << qint64(1'000'000);
        QTest::newRow("one percent") << QStringLiteral("1%") << qint64(10'000);
        QTest::newRow("hundred") << QStringLiteral("100") << qint64(1'000'000);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    }

    void parseRate_acceptsFractionPercentAndPercentSign()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        RoiInputError error = RoiInputError::Empty;
        const auto rate = parseRoiRate(text, &error);
        QVERIFY(rate.has_value());
        QCOMPARE(rate->micros(), micros);
        QCOMPARE(error, RoiInputError::None);
    }

    void parse_refusesNonsenseWithAReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<RoiInputError>("error");
        QTest::newRow("rate over 100") << QStringLiteral("rate") << QStringLiteral("101") << RoiInputError::RateOver100;
        QTest::newRow("rate 150%") << QStringLiteral("rate") << QStringLiteral("150%") << RoiInputError::RateOver100;
        QTest::newRow("negative rate") << QStringLiteral("rate") << QStringLiteral("-0.2") << RoiInputError::Negative;
        QTest::newRow("rate word") << QStringLiteral("rate") << QStringLiteral("lots") << RoiInputError::NotANumber;
        QTest::newRow("empty rate") << QStringLiteral("rate") << QStringLiteral("  ") << RoiInputError::Empty;
        QTest::newRow("negative leads") << QStringLiteral("quantity") << QStringLiteral("-6")
                                        << RoiInputError::Negative;
        QTest::newRow("leads word") << QStringLiteral("quantity") << QStringLiteral("six") << RoiInputError::NotANumber;
        QTest::newRow("nan") << QStringLiteral("quantity") << QStringLiteral("nan") << RoiInputError::NotANumber;
        QTest::newRow("exponent") << QStringLiteral("quantity") << QStringLiteral("1e3") << RoiInputError::NotANumber;
        QTest::newRow("two dots") << QStringLiteral("quantity") << QStringLiteral("1.2.3") << RoiInputError::NotANumber;
        QTest::newRow("lone dot") << QStringLiteral("quantity") << QStringLiteral(".") << RoiInputError::NotANumber;
        QTest::newRow("too many") << QStringLiteral("quantity") << QStringLiteral("100001") << RoiInputError::TooLarge;
        QTest::newRow("huge") << QStringLiteral("quantity") << QStringLiteral("99999999999999999999")
                              << RoiInputError::TooLarge;
        QTest::newRow("tiny") << QStringLiteral("quantity") << QStringLiteral("0.0000001") << RoiInputError::TooPrecise;
        QTest::newRow("bad group") << QStringLiteral("money") << QStringLiteral("1,20") << RoiInputError::NotANumber;
        QTest::newRow("half cent") << QStringLiteral("money") << QStringLiteral("3.505") << RoiInputError::TooPrecise;
        QTest::newRow("negative money") << QStringLiteral("money") << QStringLiteral("-$5") << RoiInputError::Negative;
        QTest::newRow("minus dollars") << QStringLiteral("money") << QStringLiteral("-5") << RoiInputError::Negative;
        QTest::newRow("too dear") << QStringLiteral("money") << QStringLiteral("10,000,000.01")
                                  << RoiInputError::TooLarge;
    }

    void parse_refusesNonsenseWithAReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(RoiInputError, error);
        RoiInputError got = RoiInputError::None;
        bool parsed = false;
        if (kind == QLatin1String("rate"))
            parsed = parseRoiRate(text, &got).has_value();
        else if (kind == QLatin1String("quantity"))
            parsed = parseRoiQuantity(text, &got).has_value();
        else
            parsed = parseRoiMoneyCents(text, &got).has_value();
        QVERIFY(!parsed);
        QCOMPARE(got, error);
    }

    void parseMoney_acceptsDollarSignsAndThousands()
    {
        RoiInputError error = RoiInputError::None;
        QCOMPARE(parseRoiMoneyCents(u"350", &error).value_or(-1), 35'000);
        QCOMPARE(parseRoiMoneyCents(u"$350.00", &error).value_or(-1), 35'000);
        QCOMPARE(parseRoiMoneyCents(u"1,200.50", &error).value_or(-1), 120'050);
        QCOMPARE(parseRoiMoneyCents(u"0.5", &error).value_or(-1), 50);
        QCOMPARE(parseRoiMoneyCents(u"10,000,000", &error).value_or(-1), RoiCalculator::maxJobValueCents);
    }

    void parseQuantity_keepsDecimalsExactly()
    {
        QCOMPARE(quantity("2.1").micros(), 2'100'000);
        QCOMPARE(quantity("0.1").micros(), 100'000);
        QCOMPARE(quantity("007").micros(), 7'000'000);
        QCOMPARE(quantity("5.").micros(), 5'000'000);
        QCOMPARE(quantity(".25").micros(), 250'000);
        QCOMPARE(quantity("1,000").micros(), 1'000'000'000);
        QCOMPARE(Fixed6::fromMicros(2'100'000).toString(), QStringLiteral("2.1"));
        QCOMPARE(Fixed6::fromInt(6).toString(), QStringLiteral("6"));
        QCOMPARE(Fixed6::fromMicros(350'000).toString(), QStringLiteral("0.35"));
    }

    void json_hasTheDocumentedFieldsAsNumbers()
    {
        const QJsonObject o = roiToJson(pageExample(), RoiCalculator::calculate(pageExample()));
        QCOMPARE(o.value(QStringLiteral("recovered_per_week")).toDouble(), 2.1);
        QCOMPARE(o.value(QStringLiteral("revenue_per_month")).toDouble(), 2940.0);
        QCOMPARE(o.value(QStringLiteral("revenue_per_year")).toDouble(), 35280.0);
        QCOMPARE(o.value(QStringLiteral("revenue_per_year_calendar")).toDouble(), 38220.0);
        QCOMPARE(o.value(QStringLiteral("lost_per_month")).toDouble(), 8400.0);
        QCOMPARE(o.value(QStringLiteral("lost_per_year")).toDouble(), 100800.0);
        QCOMPARE(o.value(QStringLiteral("leads_per_week")).toDouble(), 6.0);
        QCOMPARE(o.value(QStringLiteral("recovery_rate")).toDouble(), 0.35);
        QCOMPARE(o.value(QStringLiteral("job_value")).toDouble(), 350.0);
        QCOMPARE(o.value(QStringLiteral("convention")).toString(), QStringLiteral("4 weeks a month, 12 months a year"));
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("\"recovered_per_week\":2.1,") || text.contains("\"recovered_per_week\":2.1}"),
                 text.constData());
        QVERIFY(text.contains("\"revenue_per_month\":2940"));
    }
};

QTEST_GUILESS_MAIN(TestRoiCalculator)
#include "tst_roicalculator.moc"
