#include "roicalculator.h"

#include <QtGlobal>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace Rebound::Core {

namespace {

// Products of four inputs (quantity × share × rate × value) outgrow 64 bits long before they
// outgrow meaning, so the exact product is kept in 128 bits. A portable pair of 64-bit words,
// since MSVC has no __int128.
struct U128
{
    quint64 hi = 0;
    quint64 lo = 0;
};

U128 mul64(quint64 a, quint64 b)
{
    const quint64 a0 = a & 0xffffffffu, a1 = a >> 32;
    const quint64 b0 = b & 0xffffffffu, b1 = b >> 32;
    const quint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const quint64 mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (p00 & 0xffffffffu) | (mid << 32)};
}

bool mulInPlace(U128 &a, quint64 b)
{
    const U128 low = mul64(a.lo, b);
    const U128 high = mul64(a.hi, b);
    if (high.hi != 0)
        return false;
    const quint64 hi = low.hi + high.lo;
    if (hi < low.hi)
        return false;
    a = {hi, low.lo};
    return true;
}

// round_half_up(product(factors) / divisor), or nullopt when it does not fit.
std::optional<qint64> mulDivRound(std::initializer_list<quint64> factors, quint64 divisor)
{
    if (divisor == 0)
        return std::nullopt;
    U128 n{0, 1};
    for (const quint64 f : factors) {
        if (!mulInPlace(n, f))
            return std::nullopt;
    }
    // Long division bit by bit: the divisor may exceed 2^63, so the shifted remainder's carry is kept.
    U128 q;
    quint64 r = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const quint64 next = bit >= 64 ? (n.hi >> (bit - 64)) & 1u : (n.lo >> bit) & 1u;
        const bool carry = (r >> 63) != 0;
        r = (r << 1) | next;
        if (carry || r >= divisor) {
            r -= divisor;
            if (bit >= 64)
                q.hi |= quint64(1) << (bit - 64);
            else
                q.lo |= quint64(1) << bit;
        }
    }
    if (r >= divisor - r) {
        if (++q.lo == 0)
            ++q.hi;
    }
    if (q.hi != 0 || q.lo > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(q.lo);
}

constexpr quint64 kScale = quint64(Fixed6::scale);

// Leads a week as an exact fraction: numerator factors over a power of ten.
struct LeadTerm
{
    quint64 a = 0;
    quint64 b = 1;
    quint64 denominator = 1;
};

LeadTerm leadTerm(const RoiInputs &in)
{
    if (in.source == RoiInputs::LeadSource::MissedCalls)
        return {quint64(in.missedCallsPerWeek.micros()), quint64(in.leadShare.micros()), kScale * kScale};
    return {quint64(in.leadsPerWeek.micros()), 1, kScale};
}

qint64 money(const RoiInputs &in, quint64 rateMicros, quint64 weeksNumerator, quint64 weeksDenominator = 1)
{
    const LeadTerm t = leadTerm(in);
    return mulDivRound({t.a, t.b, rateMicros, quint64(in.jobValueCents), weeksNumerator},
                       t.denominator * kScale * weeksDenominator)
        .value_or(0);
}

std::optional<Fixed6> parseDecimal(QStringView text, int maxDecimals, RoiInputError *error)
{
    const auto fail = [error](RoiInputError e) -> std::optional<Fixed6> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(RoiInputError::Empty);
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(u'\u2212'))) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? t : t.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return fail(RoiInputError::NotANumber);
    // Thousands separators only where they belong: "1,200" but not "1,2" (a decimal comma elsewhere).
    QString digits;
    const auto groups = whole.split(QLatin1Char(','));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups.at(i);
        if (groups.size() > 1 && (i == 0 ? (g.isEmpty() || g.size() > 3) : g.size() != 3))
            return fail(RoiInputError::NotANumber);
        digits += g;
    }
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(RoiInputError::NotANumber);
    }
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(RoiInputError::NotANumber);
    }
    if (negative)
        return fail(RoiInputError::Negative);
    QStringView fractionDigits = fraction;
    while (fractionDigits.endsWith(QLatin1Char('0')))
        fractionDigits.chop(1);
    if (fractionDigits.size() > maxDecimals)
        return fail(RoiInputError::TooPrecise);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 12)
        return fail(RoiInputError::TooLarge);
    qint64 micros = digits.isEmpty() ? 0 : digits.toLongLong() * Fixed6::scale;
    qint64 unit = Fixed6::scale / 10;
    for (const QChar c : fractionDigits) {
        micros += qint64(c.unicode() - '0') * unit;
        unit /= 10;
    }
    if (error)
        *error = RoiInputError::None;
    return Fixed6::fromMicros(micros);
}

std::optional<Fixed6> failWith(RoiInputError *error, RoiInputError e)
{
    if (error)
        *error = e;
    return std::nullopt;
}

} // namespace

Fixed6 Fixed6::fromDouble(double value)
{
    if (!std::isfinite(value) || value <= 0)
        return {};
    return Fixed6(qRound64(value * double(scale)));
}

QString Fixed6::toString() const
{
    QString text = QString::number(m_micros / scale);
    qint64 rest = m_micros % scale;
    if (rest == 0)
        return text;
    QString fraction = QString::number(rest).rightJustified(6, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return text + QLatin1Char('.') + fraction;
}

RoiInputError RoiCalculator::validate(const RoiInputs &in)
{
    const auto quantity = [](Fixed6 v) {
        if (v.micros() < 0)
            return RoiInputError::Negative;
        return v > Fixed6::fromInt(maxPerWeek) ? RoiInputError::TooLarge : RoiInputError::None;
    };
    const auto fraction = [](Fixed6 v) {
        if (v.micros() < 0)
            return RoiInputError::Negative;
        return v > Fixed6::fromInt(1) ? RoiInputError::RateOver100 : RoiInputError::None;
    };
    RoiInputError e = RoiInputError::None;
    if (in.source == RoiInputs::LeadSource::MissedCalls) {
        if ((e = quantity(in.missedCallsPerWeek)) != RoiInputError::None)
            return e;
        if ((e = fraction(in.leadShare)) != RoiInputError::None)
            return e;
    } else if ((e = quantity(in.leadsPerWeek)) != RoiInputError::None) {
        return e;
    }
    if ((e = fraction(in.recoveryRate)) != RoiInputError::None)
        return e;
    if (in.jobValueCents < 0)
        return RoiInputError::Negative;
    if (in.jobValueCents > maxJobValueCents)
        return RoiInputError::TooLarge;
    return RoiInputError::None;
}

RoiResult RoiCalculator::calculate(const RoiInputs &in)
{
    if (validate(in) != RoiInputError::None)
        return {};
    const LeadTerm t = leadTerm(in);
    const quint64 rate = quint64(in.recoveryRate.micros());
    const quint64 all = kScale; // a rate of 100 %: every lead's value
    RoiResult r;
    r.leadsPerWeekHundredths = mulDivRound({t.a, t.b, 100}, t.denominator).value_or(0);
    r.recoveredPerWeekHundredths = mulDivRound({t.a, t.b, rate, 100}, t.denominator * kScale).value_or(0);
    r.revenuePerWeekCents = money(in, rate, 1);
    r.revenuePerMonthCents = money(in, rate, weeksPerMonth);
    r.revenuePerYearCents = money(in, rate, weeksPerMonth * monthsPerYear);
    r.revenuePerMonthCalendarCents = money(in, rate, calendarWeeksPerYear, monthsPerYear);
    r.revenuePerYearCalendarCents = money(in, rate, calendarWeeksPerYear);
    r.lostPerWeekCents = money(in, all, 1);
    r.lostPerMonthCents = money(in, all, weeksPerMonth);
    r.lostPerYearCents = money(in, all, weeksPerMonth * monthsPerYear);
    r.lostPerMonthCalendarCents = money(in, all, calendarWeeksPerYear, monthsPerYear);
    r.lostPerYearCalendarCents = money(in, all, calendarWeeksPerYear);
    r.stillLostPerYearCents = money(in, all - rate, weeksPerMonth * monthsPerYear);
    r.stillLostPerYearCalendarCents = money(in, all - rate, calendarWeeksPerYear);
    return r;
}

QList<RoiProjectionMonth> RoiCalculator::projection(const RoiInputs &in, RoiConvention convention, int months)
{
    QList<RoiProjectionMonth> out;
    if (validate(in) != RoiInputError::None || months <= 0)
        return out;
    const quint64 rate = quint64(in.recoveryRate.micros());
    const bool calendar = convention == RoiConvention::Calendar;
    out.reserve(months);
    // Each month's total is rounded from the exact figure, so month 12 equals the yearly figure.
    for (int m = 1; m <= months; ++m) {
        const quint64 weeks = quint64(calendar ? calendarWeeksPerYear : weeksPerMonth * monthsPerYear) * quint64(m);
        out.append({m, money(in, rate, weeks, monthsPerYear), money(in, kScale, weeks, monthsPerYear)});
    }
    return out;
}

QList<RoiSensitivityPoint> RoiCalculator::sensitivity(const RoiInputs &in, RoiConvention convention, int fromPercent,
                                                      int toPercent, int stepPercent)
{
    QList<RoiSensitivityPoint> out;
    if (validate(in) != RoiInputError::None || stepPercent <= 0 || fromPercent < 0 || toPercent > 100)
        return out;
    const quint64 weeks = convention == RoiConvention::Calendar ? calendarWeeksPerYear : weeksPerMonth * monthsPerYear;
    for (int p = fromPercent; p <= toPercent; p += stepPercent)
        out.append({p, money(in, quint64(p) * (kScale / 100), weeks)});
    return out;
}

qint64 RoiCalculator::revenueForDays(const RoiInputs &in, int days)
{
    if (validate(in) != RoiInputError::None || days <= 0)
        return 0;
    return money(in, quint64(in.recoveryRate.micros()), quint64(days), 7);
}

QString RoiCalculator::convention()
{
    return QStringLiteral("4 weeks a month, 12 months a year");
}

std::optional<Fixed6> parseRoiQuantity(QStringView text, RoiInputError *error)
{
    const auto value = parseDecimal(text, 6, error);
    if (value && *value > Fixed6::fromInt(RoiCalculator::maxPerWeek))
        return failWith(error, RoiInputError::TooLarge);
    return value;
}

std::optional<Fixed6> parseRoiRate(QStringView text, RoiInputError *error)
{
    QStringView t = text.trimmed();
    const bool percentSign = t.endsWith(QLatin1Char('%'));
    if (percentSign)
        t = t.chopped(1).trimmed();
    const auto value = parseDecimal(t, 6, error);
    if (!value)
        return value;
    // The documented rule: above 1 (and at most 100) a bare number is a percentage, so 35 is 35 %.
    const bool percent = percentSign || *value > Fixed6::fromInt(1);
    if (!percent)
        return value;
    if (*value > Fixed6::fromInt(100))
        return failWith(error, RoiInputError::RateOver100);
    // A percentage needs two fewer places to stay exact as a fraction in millionths.
    if (value->micros() % 100 != 0)
        return failWith(error, RoiInputError::TooPrecise);
    return Fixed6::fromMicros(value->micros() / 100);
}

std::optional<qint64> parseRoiMoneyCents(QStringView text, RoiInputError *error)
{
    QStringView t = text.trimmed();
    const bool negative = t.startsWith(QLatin1Char('-'));
    if (negative)
        t = t.mid(1).trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t = t.mid(1);
    const auto value = parseDecimal(t, 2, error);
    if (value && negative) {
        if (error)
            *error = RoiInputError::Negative;
        return std::nullopt;
    }
    if (!value)
        return std::nullopt;
    const qint64 cents = value->micros() / (Fixed6::scale / 100);
    if (cents > RoiCalculator::maxJobValueCents) {
        if (error)
            *error = RoiInputError::TooLarge;
        return std::nullopt;
    }
    return cents;
}

double hundredthsToDouble(qint64 hundredths)
{
    // Printing goes through the shortest round-trip form, so 294000 prints as 2940 and 210 as 2.1.
    return double(hundredths) / 100.0;
}

QJsonObject roiToJson(const RoiInputs &in, const RoiResult &r)
{
    QJsonObject o{
        {QStringLiteral("leads_per_week"), hundredthsToDouble(r.leadsPerWeekHundredths)},
        {QStringLiteral("recovery_rate"), in.recoveryRate.toDouble()},
        {QStringLiteral("job_value"), hundredthsToDouble(in.jobValueCents)},
        {QStringLiteral("recovered_per_week"), hundredthsToDouble(r.recoveredPerWeekHundredths)},
        {QStringLiteral("revenue_per_week"), hundredthsToDouble(r.revenuePerWeekCents)},
        {QStringLiteral("revenue_per_month"), hundredthsToDouble(r.revenuePerMonthCents)},
        {QStringLiteral("revenue_per_year"), hundredthsToDouble(r.revenuePerYearCents)},
        {QStringLiteral("revenue_per_month_calendar"), hundredthsToDouble(r.revenuePerMonthCalendarCents)},
        {QStringLiteral("revenue_per_year_calendar"), hundredthsToDouble(r.revenuePerYearCalendarCents)},
        {QStringLiteral("lost_per_week"), hundredthsToDouble(r.lostPerWeekCents)},
        {QStringLiteral("lost_per_month"), hundredthsToDouble(r.lostPerMonthCents)},
        {QStringLiteral("lost_per_year"), hundredthsToDouble(r.lostPerYearCents)},
        {QStringLiteral("lost_per_month_calendar"), hundredthsToDouble(r.lostPerMonthCalendarCents)},
        {QStringLiteral("lost_per_year_calendar"), hundredthsToDouble(r.lostPerYearCalendarCents)},
        {QStringLiteral("still_lost_per_year"), hundredthsToDouble(r.stillLostPerYearCents)},
        {QStringLiteral("still_lost_per_year_calendar"), hundredthsToDouble(r.stillLostPerYearCalendarCents)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("convention"), RoiCalculator::convention()},
        {QStringLiteral("calendar_convention"), QStringLiteral("52 weeks a year")},
    };
    if (in.source == RoiInputs::LeadSource::MissedCalls) {
        o.insert(QStringLiteral("missed_calls_per_week"), in.missedCallsPerWeek.toDouble());
        o.insert(QStringLiteral("lead_share"), in.leadShare.toDouble());
    }
    return o;
}

} // namespace Rebound::Core
