#include "insights/dashboardstats.h"
#include "insightsseed.h"
#include "store/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;

namespace {

const QDate kFirst(2024, 5, 1);

DashboardPeriod seededWeek()
{
    return {kFirst, kFirst.addDays(6), QTimeZone::utc()};
}

} // namespace

class TestDashboardStats final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh store per test, seeded with the week described in insightsseed.h.
    QString seededDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("seeded-%1.sqlite").arg(++m_files));
        StoreError error;
        Database db = Database::openSqlite(path, &error);
        if (!db.isOpen())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.message));
        Rebound::TestSupport::InsightsSeed seed{db, kFirst};
        if (!seed.write())
            qFatal("cannot seed: %s", qPrintable(db.lastError()));
        return path;
    }

    DashboardFigures figures(const DashboardPeriod &period)
    {
        QString error;
        const auto f = DashboardStats::computeAt(seededDatabase(), period, &error);
        if (!f)
            qFatal("compute failed: %s", qPrintable(error));
        return *f;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void funnel_countsTheWeeksMissedCallsAsACohort()
    {
        const DashboardFigures f = figures(seededWeek());
        QCOMPARE(f.missed, 8);
        QCOMPARE(f.texted, 6);
        QCOMPARE(f.replied, 4);
        QCOMPARE(f.qualified, 2);
        QCOMPARE(f.booked, 2);
        QCOMPARE(f.bookedWithoutValue, 1);
        QCOMPARE(f.bookedRevenueCents, 45'000);
    }

    void missedPerDay_coversEveryDayIncludingQuietOnes()
    {
        const DashboardFigures f = figures(seededWeek());
        const QList<qint64> expected{2, 0, 1, 1, 2, 1, 1};
        QCOMPARE(f.missedPerDay.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(f.missedPerDay.at(i).date, kFirst.addDays(i));
            QCOMPARE(f.missedPerDay.at(i).count, expected.at(i));
        }
        QCOMPARE(f.bookedRevenuePerDay.first(), (DayAmount{kFirst, 45'000}));
        QCOMPARE(f.bookedRevenuePerDay.last().cents, 0);
    }

    void latency_isSentAtMinusCallEndWithNearestRankPercentiles()
    {
        const DashboardFigures f = figures(seededWeek());
        QCOMPARE(f.latenciesMs, (QList<qint64>{8'000, 15'000, 20'000, 30'000, 45'000, 130'000}));
        QCOMPARE(f.latencyPercentileMs(50).value_or(-1), 20'000);
        QCOMPARE(f.latencyPercentileMs(95).value_or(-1), 130'000);
        QCOMPARE(f.latencyPercentileMs(100).value_or(-1), 130'000);
        const QList<LatencyBin> bins = f.latencyHistogram();
        QCOMPARE(bins.size(), 7);
        QList<qint64> counts;
        for (const LatencyBin &b : bins)
            counts.append(b.count);
        QCOMPARE(counts, (QList<qint64>{1, 2, 2, 0, 1, 0, 0}));
        QCOMPARE(bins.last().toMs, 0);
    }

    void rates_areGuardedAgainstZero()
    {
        const DashboardFigures f = figures(seededWeek());
        QCOMPARE(f.replyRate().value_or(-1), 4.0 / 6.0);
        QCOMPARE(f.achievedRecoveryRate().value_or(-1), 0.25);
        QCOMPARE(f.averageJobValueCents().value_or(-1), 45'000);
        const DashboardFigures none;
        QVERIFY(!none.replyRate());
        QVERIFY(!none.achievedRecoveryRate());
        QVERIFY(!none.averageJobValueCents());
        QVERIFY(!none.latencyPercentileMs(50));
        QVERIFY(!none.yourNumbers(35'000));
    }

    void leadsByScore_countsLeadCardsMadeInThePeriod()
    {
        const DashboardFigures f = figures(seededWeek());
        QCOMPARE(f.hotLeads, 2);
        QCOMPARE(f.warmLeads, 1);
        QCOMPARE(f.coldLeads, 2); // the cold lead and the vendor, as the Leads page scores them
    }

    void period_excludesTheDayBeforeAndIncludesItAlone()
    {
        const DashboardFigures dayBefore = figures({kFirst.addDays(-1), kFirst.addDays(-1), QTimeZone::utc()});
        QCOMPARE(dayBefore.missed, 1);
        QCOMPARE(dayBefore.texted, 1);
        QCOMPARE(dayBefore.replied, 1);
        QCOMPARE(dayBefore.booked, 1);
        QCOMPARE(dayBefore.bookedRevenueCents, 99'999);
        // Eight hours east of UTC the day before's 23:00 call falls on the week's first day too.
        const DashboardFigures east = figures({kFirst, kFirst, QTimeZone(8 * 3600)});
        QCOMPARE(east.missed, 3);
        QCOMPARE(east.missedPerDay, (QList<DayCount>{{kFirst, 3}}));
    }

    void yourNumbers_reproduceTheBookedRevenue()
    {
        const DashboardFigures f = figures(seededWeek());
        const auto in = f.yourNumbers(35'000);
        QVERIFY(in.has_value());
        QCOMPARE(in->source, RoiInputs::LeadSource::MissedCalls);
        QCOMPARE(in->missedCallsPerWeek, Fixed6::fromInt(8));
        QCOMPARE(in->leadShare, Fixed6::fromInt(1));
        QCOMPARE(in->recoveryRate, Fixed6::fromMicros(250'000));
        QCOMPARE(in->jobValueCents, 45'000);
        // 8 a week × 25 % × $450 = $900 a week.
        QCOMPARE(RoiCalculator::calculate(*in).revenuePerWeekCents, 90'000);
    }

    void groupByWeek_sumsSevenDaysAtATime()
    {
        QList<DayCount> days;
        for (int i = 0; i < 10; ++i)
            days.append({kFirst.addDays(i), 1});
        const QList<DayCount> weeks = groupByWeek(days);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.first(), (DayCount{kFirst, 7}));
        QCOMPARE(weeks.last(), (DayCount{kFirst.addDays(7), 3}));
    }

    void emptyStore_givesZerosNotErrors()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        StoreError error;
        {
            Database db = Database::openSqlite(path, &error);
            QVERIFY(db.isOpen());
        }
        QString computeError;
        const auto f = DashboardStats::computeAt(path, seededWeek(), &computeError);
        QVERIFY2(f.has_value(), qPrintable(computeError));
        QCOMPARE(f->missed, 0);
        QVERIFY(!f->hasActivity());
        QCOMPARE(f->missedPerDay.size(), 7);
    }

    void missingFile_isRefusedNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
        QString error;
        QVERIFY(!DashboardStats::computeAt(path, seededWeek(), &error));
        QVERIFY(error.contains(QStringLiteral("no Rebound database")));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Every query must run unchanged on PostgreSQL. Runs when scripts/with-postgres.sh provides a
    // throw-away server: scripts/with-postgres.sh ctest -R tst_dashboardstats
    void postgres_givesTheSameFiguresAsSqlite()
    {
        const QString url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        if (url.isEmpty())
            QSKIP("REBOUND_TEST_POSTGRES_URL is not set (run through scripts/with-postgres.sh)");
        {
            StoreError error;
            Database db = Database::open(url, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
            Rebound::TestSupport::InsightsSeed seed{db, kFirst};
            QVERIFY2(seed.write(), qPrintable(db.lastError()));
        }
        QString error;
        const auto onPostgres = DashboardStats::computeAt(url, seededWeek(), &error);
        QVERIFY2(onPostgres.has_value(), qPrintable(error));
        QCOMPARE(dashboardToJson(*onPostgres), dashboardToJson(figures(seededWeek())));
    }

    void json_carriesTheFiguresAndDefinitions()
    {
        const QJsonObject o = dashboardToJson(figures(seededWeek()));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2024-05-07"));
        QCOMPARE(o.value(QStringLiteral("missed_calls")).toInteger(), 8);
        QCOMPARE(o.value(QStringLiteral("reply_rate")).toDouble(), 0.6667);
        QCOMPARE(o.value(QStringLiteral("achieved_recovery_rate")).toDouble(), 0.25);
        QCOMPARE(o.value(QStringLiteral("booked_revenue")).toDouble(), 450.0);
        const QJsonObject latency = o.value(QStringLiteral("text_back_latency_ms")).toObject();
        QCOMPARE(latency.value(QStringLiteral("median")).toInteger(), 20'000);
        QCOMPARE(latency.value(QStringLiteral("p95")).toInteger(), 130'000);
        const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
        QCOMPARE(funnel.value(QStringLiteral("qualified")).toInteger(), 2);
        QCOMPARE(o.value(QStringLiteral("missed_per_day")).toArray().size(), 7);
        QCOMPARE(o.value(QStringLiteral("leads_by_score")).toObject().value(QStringLiteral("hot")).toInteger(), 2);
    }

    // Four weeks from Monday 2024-06-03 (UTC): the front desk misses the Tuesday-morning rush.
    //  - Tuesdays 10:00-11:59: 2 calls a week for 3 weeks, 4 of the 6 missed;
    //  - every weekday at 15:00, answered (20 calls); Thursdays at 9:00, one missed a week;
    //  - two missed callers call again at noon and get through (24 answered in all);
    //  - 3 of the 7 missed calls lasted under 10 s; 2 missed callers called twice.
    QString patternDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("patterns-%1.sqlite").arg(++m_files));
        StoreError error;
        Database db = Database::openSqlite(path, &error);
        if (!db.isOpen())
            qFatal("cannot open %s", qPrintable(path));
        int n = 0;
        auto call = [&](int day, int hour, const QString &caller, bool missed, int seconds) {
            const QDateTime started(QDate(2024, 6, 3).addDays(day), QTime(hour, 5), QTimeZone::utc());
            const QString sid = QStringLiteral("CA%1").arg(++n, 32, 10, QLatin1Char('0'));
            if (!db.exec(QStringLiteral("INSERT INTO calls (sid, business_number, caller, direction, status,"
                                        " started_at, ended_at, duration, outcome, first_seen_at, updated_at)"
                                        " VALUES (?, '+15125550100', ?, 'inbound', 'completed', ?, ?, ?, ?, ?, ?)"),
                         {sid, caller, Database::toText(started), Database::toText(started.addSecs(seconds)), seconds,
                          missed ? QStringLiteral("missed") : QStringLiteral("answered"),
                          Database::toText(started.addSecs(seconds)), Database::toText(started.addSecs(seconds))}))
                qFatal("cannot seed: %s", qPrintable(db.lastError()));
        };
        for (int week = 0; week < 3; ++week) {
            const int tuesday = 7 * week + 1;
            call(tuesday, 10, QStringLiteral("+1737555%1").arg(2000 + week), week != 2, week == 0 ? 5 : 40);
            call(tuesday, 11, QStringLiteral("+1737555%1").arg(2100 + week), week != 1, 30);
        }
        for (int day = 0; day < 28; ++day) {
            if (day % 7 < 5)
                call(day, 15, QStringLiteral("+1737555%1").arg(3000 + day), false, 120);
        }
        for (int week = 0; week < 3; ++week)
            call(7 * week + 3, 9, QStringLiteral("+1737555%1").arg(4000 + week), true, week == 0 ? 7 : 25);
        // Two of the missed callers try again the next day at noon, and get through.
        call(3, 12, QStringLiteral("+17375552000"), false, 60);
        call(10, 12, QStringLiteral("+17375554001"), false, 60);
        // A short hang-up at 9 on a Thursday, too.
        call(24, 9, QStringLiteral("+17375554009"), true, 3);
        return path;
    }

    void patterns_heatmapCountsMissedCallsByWeekdayAndHour()
    {
        QString error;
        const auto f = DashboardStats::computeAt(patternDatabase(),
                                                 {QDate(2024, 6, 3), QDate(2024, 6, 30), QTimeZone::utc()}, &error);
        QVERIFY2(f, qPrintable(error));
        const CallPatterns &p = f->patterns;
        QCOMPARE(p.missedCalls, 8);
        QCOMPARE(p.answeredCalls, 24);
        QCOMPARE(p.missed[1][10], 2); // Tuesdays 10:00
        QCOMPARE(p.calls[1][10], 3);
        QCOMPARE(p.missed[1][11], 2);
        QCOMPARE(p.missed[3][9], 4); // Thursdays 9:00
        QCOMPARE(p.calls[0][15], 4); // Mondays 15:00, all answered
        QCOMPARE(p.missed[0][15], 0);
        QCOMPARE(p.missedAtHour(9), 4);
        QCOMPARE(p.callsAtHour(15), 20);
        QCOMPARE(p.shortMissed, 3);
        QCOMPARE(p.repeatCallers, 2);
    }

    void patterns_adviceNamesTheWorstTimesWithTheirFigures()
    {
        QString error;
        const auto f = DashboardStats::computeAt(patternDatabase(),
                                                 {QDate(2024, 6, 3), QDate(2024, 6, 30), QTimeZone::utc()}, &error);
        QVERIFY2(f, qPrintable(error));
        QStringList keys;
        for (const CallAdvice &a : f->advice)
            keys.append(a.key);
        QCOMPARE(keys,
                 QStringList(
                     {QStringLiteral("busy_block"), QStringLiteral("short_rings"), QStringLiteral("repeat_callers")}));
        // Thursdays 9-11 miss 4 of 4; Tuesdays 10-12 miss 4 of 6: the larger share of the same count wins.
        QCOMPARE(f->advice.at(0).text, QStringLiteral("You miss all of the calls on Thursdays 9–11."));
        QCOMPARE(f->advice.at(0).figure, QStringLiteral("4 of 4 calls"));
        QVERIFY(
            f->advice.at(1).text.startsWith(QStringLiteral("38% of your missed callers hung up within 10 seconds")));
        QCOMPARE(f->advice.at(1).figure, QStringLiteral("3 of 8 missed calls"));
        QCOMPARE(f->advice.at(2).figure, QStringLiteral("2 callers"));
        // The report carries the heatmap and the advice.
        const QJsonObject patterns = dashboardToJson(*f).value(QStringLiteral("call_patterns")).toObject();
        const QJsonArray heatmap = patterns.value(QStringLiteral("heatmap")).toArray();
        QCOMPARE(heatmap.size(), 7);
        QCOMPARE(heatmap.at(1).toObject().value(QStringLiteral("missed_by_hour")).toArray().at(10).toInt(), 2);
        QCOMPARE(patterns.value(QStringLiteral("advice")).toArray().size(), 3);
        QCOMPARE(patterns.value(QStringLiteral("by_hour"))
                     .toArray()
                     .at(9)
                     .toObject()
                     .value(QStringLiteral("missed_share"))
                     .toDouble(),
                 1.0);
    }

    void advice_saysNothingFromTooFewCalls()
    {
        CallPatterns p;
        const QDateTime tuesday(QDate(2024, 6, 4), QTime(10, 0), QTimeZone::utc());
        p.add(tuesday, true, 30);
        p.add(tuesday.addSecs(600), true, 30);
        QVERIFY(adviseFrom(p).isEmpty()); // two missed calls are no pattern
        QVERIFY(adviseFrom(CallPatterns{}).isEmpty());
    }

    void advice_wordsAShareAsPeopleSayIt()
    {
        CallPatterns p;
        const QDateTime tuesday(QDate(2024, 6, 4), QTime(10, 0), QTimeZone::utc());
        for (int i = 0; i < 4; ++i)
            p.add(tuesday.addSecs(60 * i), i < 2, 30);
        const QList<CallAdvice> advice = adviseFrom(p);
        QVERIFY(!advice.isEmpty());
        QCOMPARE(advice.constFirst().text, QStringLiteral("You miss half of the calls on Tuesdays 10–12."));
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
