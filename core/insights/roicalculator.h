#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Rebound::Core {

// A non-negative decimal kept exactly to six places: what a person typed, without binary rounding.
class Fixed6
{
public:
    static constexpr qint64 scale = 1'000'000;

    constexpr Fixed6() = default;
    static constexpr Fixed6 fromMicros(qint64 micros) { return Fixed6(micros); }
    static constexpr Fixed6 fromInt(qint64 whole) { return Fixed6(whole * scale); }
    // Rounded to the nearest millionth; for values that came from a slider or a statistic.
    static Fixed6 fromDouble(double value);

    constexpr qint64 micros() const { return m_micros; }
    double toDouble() const { return double(m_micros) / double(scale); }
    // Shortest exact form: "6", "2.1", "0.35".
    QString toString() const;

    friend constexpr auto operator<=>(Fixed6, Fixed6) = default;

private:
    constexpr explicit Fixed6(qint64 micros)
        : m_micros(micros)
    { }
    qint64 m_micros = 0;
};

// What the revenue-recovery calculator is asked. Fractions (share, rate) are 0..1.
struct RoiInputs
{
    enum class LeadSource { LeadsPerWeek, MissedCalls };

    LeadSource source = LeadSource::LeadsPerWeek;
    Fixed6 leadsPerWeek = Fixed6::fromInt(6);
    Fixed6 missedCallsPerWeek = Fixed6::fromInt(0);
    Fixed6 leadShare = Fixed6::fromInt(1); // the share of missed calls that are real leads
    // An assumption, not a measurement: vendors claim 18–55 %, the page it comes from uses 35 %.
    Fixed6 recoveryRate = Fixed6::fromMicros(350'000);
    qint64 jobValueCents = 35'000;

    friend bool operator==(const RoiInputs &, const RoiInputs &) = default;
};

// Why an input was refused.
enum class RoiInputError {
    None,
    Empty,
    NotANumber,
    Negative,
    TooPrecise, // more than six decimal places, or fractions of a cent
    TooLarge, // beyond the limits below, where the figures stop meaning anything
    RateOver100,
};

// Every figure rounded once, half up, at the end: money in cents, counts in hundredths.
struct RoiResult
{
    qint64 leadsPerWeekHundredths = 0;
    qint64 recoveredPerWeekHundredths = 0;
    qint64 revenuePerWeekCents = 0;
    qint64 revenuePerMonthCents = 0; // 4 weeks
    qint64 revenuePerYearCents = 0; // 12 months of 4 weeks: 48 weeks
    qint64 revenuePerMonthCalendarCents = 0; // 52 / 12 weeks
    qint64 revenuePerYearCalendarCents = 0; // 52 weeks
    qint64 lostPerWeekCents = 0; // every lead's value, as if nobody texted back
    qint64 lostPerMonthCents = 0;
    qint64 lostPerYearCents = 0;
    qint64 lostPerMonthCalendarCents = 0;
    qint64 lostPerYearCalendarCents = 0;
    qint64 stillLostPerYearCents = 0; // what the text-back does not win back
    qint64 stillLostPerYearCalendarCents = 0;

    friend bool operator==(const RoiResult &, const RoiResult &) = default;
};

// How weeks make months and years: the page's 4-week month (a 48-week year), or the calendar's
// 52 weeks a year (a month of 52 / 12 weeks).
enum class RoiConvention { FourWeekMonths, Calendar };

struct RoiProjectionMonth
{
    int month = 0; // 1-based
    qint64 recoveredCumulativeCents = 0;
    qint64 lostWithoutTextBackCumulativeCents = 0;
};

struct RoiSensitivityPoint
{
    int ratePercent = 0;
    qint64 revenuePerYearCents = 0;
};

// The revenue-recovery calculator: leads a week × recovery rate × job value, with the
// page's convention of a 4-week month and a 12-month (48-week) year. Pure and exact.
class RoiCalculator
{
public:
    static constexpr int weeksPerMonth = 4;
    static constexpr int monthsPerYear = 12;
    static constexpr int calendarWeeksPerYear = 52;
    static constexpr int defaultRatePercent = 35;
    static constexpr int sliderMinPercent = 10;
    static constexpr int sliderMaxPercent = 60;
    static constexpr qint64 maxPerWeek = 100'000;
    static constexpr qint64 maxJobValueCents = 1'000'000'000; // $10,000,000

    // The first refused input, or None when every input can be calculated.
    static RoiInputError validate(const RoiInputs &inputs);
    // Inputs must validate; anything else gives an all-zero result.
    static RoiResult calculate(const RoiInputs &inputs);
    // Cumulative recovered revenue and revenue lost without text-back, month by month.
    static QList<RoiProjectionMonth> projection(const RoiInputs &inputs,
                                                RoiConvention convention = RoiConvention::FourWeekMonths,
                                                int months = monthsPerYear);
    // Yearly revenue at each whole recovery rate from `fromPercent` to `toPercent`.
    static QList<RoiSensitivityPoint> sensitivity(const RoiInputs &inputs,
                                                  RoiConvention convention = RoiConvention::FourWeekMonths,
                                                  int fromPercent = sliderMinPercent, int toPercent = sliderMaxPercent,
                                                  int stepPercent = 1);
    // Revenue recovered over `days` days (a week being 7), for comparing with what was booked.
    static qint64 revenueForDays(const RoiInputs &inputs, int days);

    // "4 weeks a month, 12 months a year": the convention, as the JSON and the UI state it.
    static QString convention();
};

// Parsing what people type (locale-independent: "6", "2.5", "$1,200.50", "35%").
// A count a week ("6", "12.5"): non-negative, at most RoiCalculator::maxPerWeek.
std::optional<Fixed6> parseRoiQuantity(QStringView text, RoiInputError *error);
// A rate: 0.35, 35 or "35%". A value above 1 and at most 100 is a percentage; "1" is 100 %.
std::optional<Fixed6> parseRoiRate(QStringView text, RoiInputError *error);
// Money in dollars ("350", "$350.00", "1,200"): whole cents, at most RoiCalculator::maxJobValueCents.
std::optional<qint64> parseRoiMoneyCents(QStringView text, RoiInputError *error);

// The JSON `rebound-cli roi` prints: money in dollars and counts rounded to cents.
QJsonObject roiToJson(const RoiInputs &inputs, const RoiResult &result);
// A JSON number with two decimals, exactly as the hundredths say.
double hundredthsToDouble(qint64 hundredths);

} // namespace Rebound::Core
