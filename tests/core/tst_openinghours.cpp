#include "config/appsettings.h"
#include "config/openinghours.h"
#include "engine/textbackpolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;

namespace {
const QByteArray kChicago = "America/Chicago";

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// A local wall-clock time in `zone`, as the UTC instant the engine sees.
QDateTime local(const QByteArray &zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toUTC();
}

TextBackInput missedAt(const QDateTime &endedAt)
{
    TextBackInput in;
    in.callSid = QStringLiteral("CA1");
    in.caller = QStringLiteral("+15125550123");
    in.endedAt = endedAt;
    in.now = endedAt.addSecs(5);
    in.installedAt = endedAt.addDays(-3);
    in.contact.e164 = in.caller;
    return in;
}
} // namespace

// Opening hours: reading what people type in the wizard (English and
// Spanish), deciding open or closed in the business's zone with its
// closures, and how they reach the text-back decision through AppSettings.
class TestOpeningHours final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void parse_readsTheUsualWays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reading");
        QTest::newRow("placeholder") << "Mon-Fri 7am-6pm, Sat 8am-noon"
                                     << "Mon-Fri 7am-6pm, Sat 8am-12pm";
        QTest::newRow("letters, no am/pm") << "M-F 8-5"
                                           << "Mon-Fri 8am-5pm";
        QTest::newRow("words and a 24-hour clock") << "Monday to Friday 9:00-17:30"
                                                   << "Mon-Fri 9am-5:30pm";
        QTest::newRow("dotted am/pm, dashes") << "Mon\u2013Fri 7 a.m. \u2013 6 p.m."
                                              << "Mon-Fri 7am-6pm";
        QTest::newRow("listed days") << "Mon, Wed & Fri 9am-5pm"
                                     << "Mon 9am-5pm, Wed 9am-5pm, Fri 9am-5pm";
        QTest::newRow("split shift") << "Mon-Fri 8-12, 1-5"
                                     << "Mon-Fri 8am-12pm, 1pm-5pm";
        QTest::newRow("weekdays/weekends") << "Weekdays 8am-5pm, weekends 10-2"
                                           << "Mon-Fri 8am-5pm, Sat-Sun 10am-2pm";
        QTest::newRow("closed sunday") << "Mon-Sat 8-5, closed Sunday"
                                       << "Mon-Sat 8am-5pm";
        QTest::newRow("day closed") << "Mon-Sun 9-5, Sun closed"
                                    << "Mon-Sat 9am-5pm";
        QTest::newRow("seven days") << "Open 7 days 8am-8pm"
                                    << "Mon-Sun 8am-8pm";
        QTest::newRow("until midnight") << "Fri 6pm-midnight"
                                        << "Fri 6pm-midnight";
        QTest::newRow("military") << "Mon-Fri 0800-1700"
                                  << "Mon-Fri 8am-5pm";
        QTest::newRow("24/7") << "24/7"
                              << "24/7";
        QTest::newRow("open 24 hours") << "Open 24 hours"
                                       << "24/7";
        QTest::newRow("weekdays all day") << "Mon-Fri 24 hours"
                                          << "Mon-Fri 24 hours";
        QTest::newRow("es: placeholder") << "Lun-Vie 8am-6pm, Sáb 9-1"
                                         << "Mon-Fri 8am-6pm, Sat 9am-1pm";
        QTest::newRow("es: words") << "Lunes a viernes de 8 a 18 hrs"
                                   << "Mon-Fri 8am-6pm";
        QTest::newRow("es: split, closed") << "L-V 9:00-14:00 y 16:00-20:00, domingo cerrado"
                                           << "Mon-Fri 9am-2pm, 4pm-8pm";
        QTest::newRow("es: h clock") << "Sábados 9h-13h"
                                     << "Sat 9am-1pm";
        QTest::newRow("es: every day") << "Todos los días 7am-9pm"
                                       << "Mon-Sun 7am-9pm";
        QTest::newRow("es: 24 horas") << "24 horas"
                                      << "24/7";
    }

    void parse_readsTheUsualWays()
    {
        QFETCH(QString, text);
        QFETCH(QString, reading);
        const auto hours = OpeningHours::parse(text, kChicago);
        QVERIFY2(hours, qPrintable(text));
        QCOMPARE(hours->describe(), reading);
        QCOMPARE(hours->timeZone, kChicago);
        // What it reads back as is read the same way again (the settings page stores that text).
        QCOMPARE(OpeningHours::parse(hours->describe(), kChicago), hours);
    }

    void parse_closedDaysHaveNoSpans()
    {
        const auto hours = OpeningHours::parse(QStringLiteral("Mon-Sat 8-5, closed Sunday"), kChicago);
        QVERIFY(hours);
        QVERIFY(hours->spansOn(7).isEmpty());
        QCOMPARE(hours->spansOn(6).size(), 1);
        QCOMPARE(hours->spansOn(6).front().open, QTime(8, 0));
        QCOMPARE(hours->spansOn(6).front().close, QTime(17, 0));
    }

    void parse_refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("garbage") << "asdf qwerty";
        QTest::newRow("vague") << "whenever you need us";
        QTest::newRow("extra words") << "Mon-Fri 9-5 by appointment";
        QTest::newRow("days only") << "Mon-Fri";
        QTest::newRow("no closing time") << "Mon-Fri from 9am";
        QTest::newRow("impossible times") << "Mon-Fri 25-30";
        QTest::newRow("overnight") << "Fri 10pm-2am";
        QTest::newRow("only closed days") << "closed Sunday";
    }

    void parse_refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        QVERIFY(!OpeningHours::parse(text, kChicago));
    }

    void isOpen_followsTheZoneAcrossDaylightSaving()
    {
        const OpeningHours hours = *OpeningHours::parse(QStringLiteral("Mon-Fri 8-6"), kChicago);
        // Friday 6 March 2026, CST (UTC-6): 13:30 UTC is 7:30, 14:30 UTC is 8:30.
        QVERIFY(!hours.isOpen(utc(2026, 3, 6, 13, 30)));
        QVERIFY(hours.isOpen(utc(2026, 3, 6, 14, 30)));
        // Monday 9 March 2026, CDT (UTC-5) since Sunday: 13:30 UTC is already 8:30.
        QVERIFY(hours.isOpen(utc(2026, 3, 9, 13, 30)));
        QVERIFY(!hours.isOpen(utc(2026, 3, 9, 12, 30)));
        QVERIFY(!hours.isOpen(utc(2026, 3, 9, 23, 0))); // 18:00 local: closed
        QVERIFY(!hours.isOpen(local(kChicago, 2026, 3, 7, 10, 0))); // Saturday

        const OpeningHours madrid = *OpeningHours::parse(QStringLiteral("Lun-Vie 9-14"), "Europe/Madrid");
        QVERIFY(madrid.isOpen(utc(2026, 3, 27, 8, 30))); // CET: 9:30
        QVERIFY(!madrid.isOpen(utc(2026, 3, 30, 12, 30))); // CEST since Sunday: 14:30
    }

    void isOpen_honoursClosures()
    {
        OpeningHours hours = *OpeningHours::parse(QStringLiteral("Mon-Fri 8-6"), kChicago);
        hours.addClosure(QDate(2026, 12, 25));
        hours.addClosure(QDate(2026, 12, 24));
        hours.addClosure(QDate(2026, 12, 25));
        QCOMPARE(hours.closures, (QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25)}));
        QVERIFY(!hours.isOpen(local(kChicago, 2026, 12, 25, 10, 0)));
        QVERIFY(hours.isOpen(local(kChicago, 2026, 12, 23, 10, 0)));

        // The closure is the business's local date: in Auckland (UTC+13 in December)
        // 20:00 UTC on the 24th is 9:00 on Christmas Day, closed.
        OpeningHours auckland = *OpeningHours::parse(QStringLiteral("Mon-Fri 8-6"), "Pacific/Auckland");
        QVERIFY(auckland.isOpen(utc(2026, 12, 24, 20, 0)));
        auckland.addClosure(QDate(2026, 12, 25));
        QVERIFY(!auckland.isOpen(utc(2026, 12, 24, 20, 0)));
        QVERIFY(auckland.isOpen(utc(2026, 12, 23, 20, 0))); // Thursday the 24th there

        OpeningHours always;
        always.timeZone = kChicago;
        always.spans.clear();
        QVERIFY(always.isOpen(local(kChicago, 2026, 12, 31, 3, 0)));
        always.addClosure(QDate(2026, 12, 31));
        QVERIFY(!always.isOpen(local(kChicago, 2026, 12, 31, 3, 0)));
    }

    void isOpen_spansPastMidnight()
    {
        OpeningHours hours;
        hours.timeZone = kChicago;
        hours.spans = {{5, QTime(18, 0), QTime(2, 0)}, {1, QTime(20, 0), QTime(0, 0)}};
        QVERIFY(hours.isOpen(local(kChicago, 2026, 11, 7, 1, 0))); // Saturday 1:00, from Friday
        QVERIFY(!hours.isOpen(local(kChicago, 2026, 11, 7, 3, 0)));
        QVERIFY(hours.isOpen(local(kChicago, 2026, 11, 2, 23, 59))); // Monday until midnight
        QVERIFY(!hours.isOpen(local(kChicago, 2026, 11, 3, 0, 0)));
        hours.addClosure(QDate(2026, 11, 6)); // the Friday
        QVERIFY(!hours.isOpen(local(kChicago, 2026, 11, 7, 1, 0)));
    }

    void wizardHours_pickTheTemplate()
    {
        TextBackRules rules;
        rules.businessName = QStringLiteral("Mike's Plumbing");
        rules.hours = *OpeningHours::parse(QStringLiteral("Mon-Fri 7am-6pm"), kChicago);
        // Tuesday 3 November 2026 at 6:30pm in Chicago: after hours, though the
        // standard hours (until 18:00 too) and a UTC reading would differ at other times.
        TextBackDecision d = decideTextBack(missedAt(local(kChicago, 2026, 11, 3, 18, 30)), rules);
        QVERIFY(d.action == Decision::Action::Text);
        QCOMPARE(d.templateName, QStringLiteral("after_hours"));
        // 7:30am: open by these hours, closed by the standard ones (from 8).
        d = decideTextBack(missedAt(local(kChicago, 2026, 11, 3, 7, 30)), rules);
        QCOMPARE(d.templateName, QStringLiteral("business_hours"));
        QVERIFY(d.body.contains(QStringLiteral("Mike's Plumbing")));
        QVERIFY(!BusinessHours::standard(kChicago).isOpen(local(kChicago, 2026, 11, 3, 7, 30)));
        // A closure date turns a working day's call into an after-hours one.
        rules.hours.addClosure(QDate(2026, 11, 3));
        QCOMPARE(decideTextBack(missedAt(local(kChicago, 2026, 11, 3, 10, 0)), rules).templateName,
                 QStringLiteral("after_hours"));
    }

    void settings_freeTextHoursAreMigratedOnLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.ini"));
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QStringLiteral("version"), 1);
            old.setValue(QStringLiteral("business/time_zone"), QStringLiteral("America/Denver"));
            old.setValue(QStringLiteral("business/hours"), QStringLiteral("M-F 7-4"));
        }
        AppSettings s(path);
        const OpeningHours hours = s.openingHours();
        QCOMPARE(hours.describe(), QStringLiteral("Mon-Fri 7am-4pm"));
        QCOMPARE(hours.timeZone, QByteArray("America/Denver"));
        QVERIFY(s.unreadHoursText().isEmpty());
        QCOMPARE(s.business().hours, QStringLiteral("M-F 7-4")); // the person's words stay
    }

    void settings_unreadableHoursKeepTheStandardAndSaySo()
    {
        const QString path = m_dir.filePath(QStringLiteral("unread.ini"));
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QStringLiteral("version"), 1);
            old.setValue(QStringLiteral("business/time_zone"), QStringLiteral("America/Chicago"));
            old.setValue(QStringLiteral("business/hours"), QStringLiteral("whenever the truck is back"));
        }
        AppSettings s(path);
        QCOMPARE(s.openingHours(), OpeningHours::standard(kChicago));
        QCOMPARE(s.unreadHoursText(), QStringLiteral("whenever the truck is back"));
        // The wizard saving readable hours clears the note.
        BusinessProfile b = s.business();
        b.hours = QStringLiteral("Mon-Fri 7am-6pm");
        s.setBusiness(b);
        QVERIFY(s.unreadHoursText().isEmpty());
        QCOMPARE(s.openingHours().describe(), QStringLiteral("Mon-Fri 7am-6pm"));
    }

    void settings_structuredHoursRoundTripAndReachTheEngine()
    {
        const QString path = m_dir.filePath(QStringLiteral("hours.ini"));
        {
            AppSettings s(path);
            OpeningHours hours = *OpeningHours::parse(QStringLiteral("Mon-Thu 7-3:30, Fri 7-noon"), "America/Phoenix");
            hours.addClosure(QDate(2026, 7, 3));
            s.setOpeningHours(hours);
            s.setBusinessHoursTemplate(QStringLiteral("Open: {business}"));
            s.setPollIntervalSeconds(12);
            s.setOwnerCell(QStringLiteral("+15125550199"));
            s.setDesktopNotifications(false);
        }
        AppSettings s(path);
        const OpeningHours hours = s.openingHours();
        QCOMPARE(hours.describe(), QStringLiteral("Mon-Thu 7am-3:30pm, Fri 7am-12pm"));
        QCOMPARE(hours.closures, QList<QDate>{QDate(2026, 7, 3)});
        QCOMPARE(s.timeZone(), QStringLiteral("America/Phoenix"));
        // Callers asking the qualifier get the same hours in words.
        QCOMPARE(s.business().hours, QStringLiteral("Mon-Thu 7am-3:30pm, Fri 7am-12pm"));
        const EngineSettings e = s.engineSettings();
        QCOMPARE(e.rules.hours, hours);
        QCOMPARE(e.rules.businessHoursTemplate, QStringLiteral("Open: {business}"));
        QCOMPARE(e.pollInterval.count(), 12000);
        QCOMPARE(e.ownerCell, QStringLiteral("+15125550199"));
        QVERIFY(!e.desktopAlerts);
    }

    void settings_noHoursGivenMeansTheStandardHours()
    {
        AppSettings s(m_dir.filePath(QStringLiteral("fresh.ini")));
        s.setTimeZone(QStringLiteral("America/Chicago"));
        QCOMPARE(s.openingHours(), OpeningHours::standard(kChicago));
        QVERIFY(s.unreadHoursText().isEmpty());
        QVERIFY(s.desktopNotifications());
        QVERIFY(!s.startAtLogin());
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
