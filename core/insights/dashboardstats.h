#pragma once

#include "callpatterns.h"
#include "roicalculator.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Rebound::Core {

class Database;

// Whole days, first to last inclusive, counted in one time zone (the owner's, by default).
struct DashboardPeriod
{
    QDate first;
    QDate last;
    QTimeZone zone = QTimeZone::systemTimeZone();

    // The `days` days that end with `today`.
    static DashboardPeriod lastDays(int days, QDate today, const QTimeZone &zone = QTimeZone::systemTimeZone());

    bool isValid() const { return first.isValid() && last.isValid() && first <= last && zone.isValid(); }
    int dayCount() const { return isValid() ? int(first.daysTo(last)) + 1 : 0; }
    QDateTime startUtc() const; // midnight starting `first`
    QDateTime endUtc() const; // midnight after `last`: the period is [start, end)
    QDate dayOf(const QDateTime &utc) const;
};

struct DayCount
{
    QDate date;
    qint64 count = 0;
    friend bool operator==(const DayCount &, const DayCount &) = default;
};

struct DayAmount
{
    QDate date;
    qint64 cents = 0;
    friend bool operator==(const DayAmount &, const DayAmount &) = default;
};

// One bar of the text-back latency histogram: [fromMs, toMs), toMs 0 for "and slower".
struct LatencyBin
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 count = 0;
};

// What the store says happened in a period. The funnel follows the calls missed in the
// period (a cohort): of those, how many were texted back, answered, qualified and booked.
//  - missed: inbound parent calls judged missed, dated by when they ended (or were first seen).
//  - texted: of those, decided 'text' with the text-back actually sent.
//  - replied: of those, the caller wrote back after the text-back (before any later text-back).
//  - qualified: lead cards from those calls of kind lead, scored hot or warm, with a name and a
//    service: enough for the owner to call back and quote.
//  - booked: lead cards from those calls marked booked; their job values are the booked revenue,
//    credited to the day of the missed call.
// Leads by score counts every lead card made during the period, whatever its kind or call, by the
// score the Leads page shows for it.
struct DashboardFigures
{
    DashboardPeriod period;
    qint64 missed = 0;
    qint64 texted = 0;
    qint64 replied = 0;
    qint64 qualified = 0;
    qint64 booked = 0;
    qint64 bookedWithoutValue = 0; // booked with no job value recorded yet
    qint64 bookedRevenueCents = 0;
    QList<DayCount> missedPerDay; // every day of the period, zeros included
    QList<DayAmount> bookedRevenuePerDay; // every day of the period, zeros included
    QList<qint64> latenciesMs; // sent_at − call end, ascending
    qint64 hotLeads = 0;
    qint64 warmLeads = 0;
    qint64 coldLeads = 0;
    // When the period's judged calls came and which were missed; the advice drawn from them.
    CallPatterns patterns;
    QList<CallAdvice> advice;

    qint64 leadCount() const { return hotLeads + warmLeads + coldLeads; }
    bool hasActivity() const { return missed > 0 || leadCount() > 0; }
    std::optional<double> replyRate() const; // replied / texted
    std::optional<double> achievedRecoveryRate() const; // booked / missed
    std::optional<qint64> averageJobValueCents() const; // over booked leads with a value
    // Nearest-rank percentiles: always a latency that actually happened.
    std::optional<qint64> latencyPercentileMs(int percent) const;
    QList<LatencyBin> latencyHistogram() const;
    // The period's figures as calculator inputs ("your numbers"): missed calls a week, all of them
    // counted as leads, the achieved recovery rate, and the average booked job value (or
    // `fallbackJobValueCents` when none is recorded). Nullopt without missed calls.
    std::optional<RoiInputs> yourNumbers(qint64 fallbackJobValueCents) const;
};

// Groups consecutive days into weeks starting with the first day, for periods too long for daily bars.
QList<DayCount> groupByWeek(const QList<DayCount> &days);

// Reads the dashboard's figures from the store. Every query is plain SQL that runs on SQLite and
// PostgreSQL alike: timestamps are compared as ISO 8601 text and days are bucketed here.
class DashboardStats
{
public:
    explicit DashboardStats(Database &db)
        : m_db(db)
    { }

    // Nullopt on a store error, described in *error.
    std::optional<DashboardFigures> compute(const DashboardPeriod &period, QString *error);

    // Opens `location` (an SQLite file, or a postgresql:// URL) on the calling thread, with its own
    // connection, and computes. Refuses a file that does not exist rather than creating an empty store.
    static std::optional<DashboardFigures> computeAt(const QString &location, const DashboardPeriod &period,
                                                     QString *error);

private:
    Database &m_db;
};

// The JSON `rebound-cli report` prints: money in dollars rounded to cents, rates as fractions.
QJsonObject dashboardToJson(const DashboardFigures &figures);

} // namespace Rebound::Core
