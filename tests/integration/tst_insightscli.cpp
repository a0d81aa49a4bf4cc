#include "clirun.h"
#include "insightsseed.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;

namespace {

using Run = Rebound::Test::CliRun;

Run cli(const QStringList &args)
{
    return Rebound::Test::runCli(args);
}

QJsonObject json(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), out.constData());
    return doc.object();
}

// Bad input: a usage exit and exactly one sentence on stderr, nothing on stdout.
bool refusedInOneSentence(const Run &r)
{
    return r.exitCode == 2 && r.out.isEmpty() && !r.err.trimmed().isEmpty() && !r.err.trimmed().contains('\n');
}

QStringList roi(const QStringList &rest)
{
    return QStringList{QStringLiteral("roi")} + rest;
}

} // namespace

class TestInsightsCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        StoreError error;
        Database db = Database::openSqlite(m_db, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        Rebound::TestSupport::InsightsSeed seed{db, QDate(2024, 5, 1)};
        QVERIFY2(seed.write(), qPrintable(db.lastError()));
    }

    void roi_printsThePageExampleExactly()
    {
        const Run r =
            cli(roi({QStringLiteral("--leads-per-week"), QStringLiteral("6"), QStringLiteral("--recovery-rate"),
                     QStringLiteral("0.35"), QStringLiteral("--job-value"), QStringLiteral("350")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject o = json(r.out);
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
        // Plain JSON numbers, not strings, and no float noise such as 2940.0000000000005.
        QVERIFY2(r.out.contains("\"revenue_per_month\":2940,"), r.out.constData());
        QVERIFY(r.out.contains("\"recovered_per_week\":2.1,"));
    }

    void roi_rateAsPercentOrPercentSignGivesTheSameFigures()
    {
        QByteArray first;
        for (const QString &rate : {QStringLiteral("0.35"), QStringLiteral("35"), QStringLiteral("35%")}) {
            const Run r =
                cli(roi({QStringLiteral("--leads-per-week"), QStringLiteral("6"), QStringLiteral("--recovery-rate"),
                         rate, QStringLiteral("--job-value"), QStringLiteral("$350")}));
            QCOMPARE(r.exitCode, 0);
            if (first.isEmpty())
                first = r.out;
            QCOMPARE(r.out, first);
        }
    }

    void roi_defaultRateIsThirtyFivePercent()
    {
        const Run r = cli(roi({QStringLiteral("--leads-per-week"), QStringLiteral("6"), QStringLiteral("--job-value"),
                               QStringLiteral("350")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r.out).value(QStringLiteral("recovery_rate")).toDouble(), 0.35);
    }

    void roi_missedCallsTimesShareIsTheAlternative()
    {
        const Run r = cli(roi({QStringLiteral("--missed-calls-per-week"), QStringLiteral("20"),
                               QStringLiteral("--lead-share"), QStringLiteral("30%"), QStringLiteral("--recovery-rate"),
                               QStringLiteral("35"), QStringLiteral("--job-value"), QStringLiteral("350")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("leads_per_week")).toDouble(), 6.0);
        QCOMPARE(o.value(QStringLiteral("revenue_per_year")).toDouble(), 35280.0);
        QCOMPARE(o.value(QStringLiteral("missed_calls_per_week")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("lead_share")).toDouble(), 0.3);
    }

    void roi_refusesNonsenseInOneSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString leads = QStringLiteral("--leads-per-week"), rate = QStringLiteral("--recovery-rate"),
                      value = QStringLiteral("--job-value");
        QTest::newRow("rate over 100") << QStringList{leads, QStringLiteral("6"),  rate, QStringLiteral("101"),
                                                      value, QStringLiteral("350")}
                                       << QStringLiteral("over 100%");
        QTest::newRow("negative rate") << QStringList{leads, QStringLiteral("6"),  rate, QStringLiteral("-0.1"),
                                                      value, QStringLiteral("350")}
                                       << QStringLiteral("negative");
        QTest::newRow("negative leads") << QStringList{leads, QStringLiteral("-6"), value, QStringLiteral("350")}
                                        << QStringLiteral("negative");
        QTest::newRow("not a number") << QStringList{leads, QStringLiteral("six"), value, QStringLiteral("350")}
                                      << QStringLiteral("not a number");
        QTest::newRow("bad money") << QStringList{leads, QStringLiteral("6"), value, QStringLiteral("cheap")}
                                   << QStringLiteral("not an amount");
        QTest::newRow("no job value") << QStringList{leads, QStringLiteral("6")} << QStringLiteral("--job-value");
        QTest::newRow("no leads") << QStringList{value, QStringLiteral("350")} << QStringLiteral("--leads-per-week");
        QTest::newRow("both forms")
            << QStringList{leads, QStringLiteral("6"),  QStringLiteral("--missed-calls-per-week"), QStringLiteral("20"),
                           value, QStringLiteral("350")}
            << QStringLiteral("not both");
        QTest::newRow("share missing") << QStringList{QStringLiteral("--missed-calls-per-week"), QStringLiteral("20"),
                                                      value, QStringLiteral("350")}
                                       << QStringLiteral("--lead-share");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--leeds"), QStringLiteral("6")}
                                        << QStringLiteral("leeds");
    }

    void roi_refusesNonsenseInOneSentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(roi(args));
        QVERIFY2(refusedInOneSentence(r), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void roi_helpStatesThePercentageRule()
    {
        const Run r = cli(roi({QStringLiteral("--help")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("above 1 and at most 100"));
        QVERIFY(r.out.contains("4 weeks a month"));
    }

    void report_printsTheDashboardFigures()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                           QStringLiteral("2024-05-01"), QStringLiteral("--to"), QStringLiteral("2024-05-07"),
                           QStringLiteral("--utc")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2024-05-07"));
        QCOMPARE(o.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(o.value(QStringLiteral("missed_calls")).toInteger(), 8);
        QCOMPARE(o.value(QStringLiteral("texted")).toInteger(), 6);
        QCOMPARE(o.value(QStringLiteral("replied")).toInteger(), 4);
        QCOMPARE(o.value(QStringLiteral("booked_revenue")).toDouble(), 450.0);
        QCOMPARE(o.value(QStringLiteral("achieved_recovery_rate")).toDouble(), 0.25);
        const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
        QCOMPARE(funnel.value(QStringLiteral("qualified")).toInteger(), 2);
        QCOMPARE(funnel.value(QStringLiteral("booked")).toInteger(), 2);
        const QJsonArray days = o.value(QStringLiteral("missed_per_day")).toArray();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("missed")).toInteger(), 2);
        QCOMPARE(o.value(QStringLiteral("text_back_latency_ms")).toObject().value(QStringLiteral("p95")).toInteger(),
                 130'000);
    }

    void report_onlyFromRunsToToday()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                           QStringLiteral("2024-04-30"), QStringLiteral("--utc")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("missed_calls")).toInteger(), 9);
        QCOMPARE(o.value(QStringLiteral("to")).toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    }

    void report_refusesBadInputInOneSentence()
    {
        QVERIFY(refusedInOneSentence(cli({QStringLiteral("report")})));
        QVERIFY(refusedInOneSentence(cli({QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                          QStringLiteral("--from"), QStringLiteral("May 1")})));
        const Run backwards = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                   QStringLiteral("2024-05-07"), QStringLiteral("--to"), QStringLiteral("2024-05-01")});
        QVERIFY(refusedInOneSentence(backwards));
        QVERIFY(backwards.err.contains("comes after"));
    }

    void report_missingDatabaseFailsWithoutCreatingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/none.sqlite"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("no Rebound database"));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestInsightsCli)
#include "tst_insightscli.moc"
