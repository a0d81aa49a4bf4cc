#include "callpatterns.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Rebound::Core {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CallPatterns", text);
}

// Too few calls say nothing about a pattern.
constexpr qint64 kMinCallsInBlock = 4;
constexpr qint64 kMinCallsInHour = 5;
constexpr qint64 kMinMissedForShares = 5;

// "half", "two in three", "3 in 4"...: a share as people say it.
QString shareWords(qint64 part, qint64 whole)
{
    const double share = double(part) / double(whole);
    if (part == whole)
        return QCoreApplication::translate("CallPatterns", "all");
    if (std::abs(share - 0.5) < 0.04)
        return QCoreApplication::translate("CallPatterns", "half");
    if (std::abs(share - 2.0 / 3.0) < 0.04)
        return QCoreApplication::translate("CallPatterns", "two in three");
    if (std::abs(share - 0.75) < 0.03)
        return QCoreApplication::translate("CallPatterns", "three in four");
    return QCoreApplication::translate("CallPatterns", "%1%").arg(qRound(share * 100));
}

QString ofCalls(qint64 part, qint64 whole)
{
    return QCoreApplication::translate("CallPatterns", "%1 of %2 calls").arg(part).arg(whole);
}

} // namespace

void CallPatterns::add(const QDateTime &startedLocal, bool wasMissed, qint64 seconds)
{
    const int day = startedLocal.date().dayOfWeek() - 1;
    const int hour = startedLocal.time().hour();
    if (day < 0 || day > 6 || hour < 0 || hour > 23)
        return;
    ++calls[day][hour];
    if (wasMissed) {
        ++missed[day][hour];
        ++missedCalls;
        if (seconds >= 0 && seconds < 10)
            ++shortMissed;
    } else {
        ++answeredCalls;
    }
}

qint64 CallPatterns::missedAtHour(int hour) const
{
    qint64 n = 0;
    for (const auto &day : missed)
        n += day[hour];
    return n;
}

qint64 CallPatterns::callsAtHour(int hour) const
{
    qint64 n = 0;
    for (const auto &day : calls)
        n += day[hour];
    return n;
}

QString weekdayPlural(int weekday)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("CallPatterns", "Mondays"),    QT_TRANSLATE_NOOP("CallPatterns", "Tuesdays"),
        QT_TRANSLATE_NOOP("CallPatterns", "Wednesdays"), QT_TRANSLATE_NOOP("CallPatterns", "Thursdays"),
        QT_TRANSLATE_NOOP("CallPatterns", "Fridays"),    QT_TRANSLATE_NOOP("CallPatterns", "Saturdays"),
        QT_TRANSLATE_NOOP("CallPatterns", "Sundays")};
    return weekday >= 0 && weekday < 7 ? translated(names[weekday]) : QString();
}

QString hourSpan(int fromHour, int toHour)
{
    return QCoreApplication::translate("CallPatterns", "%1–%2").arg(fromHour).arg(toHour % 24);
}

QList<CallAdvice> adviseFrom(const CallPatterns &p)
{
    QList<CallAdvice> out;
    if (p.missedCalls == 0)
        return out;

    // The two-hour block of one weekday where the most calls go unanswered.
    int bestDay = -1;
    int bestHour = -1;
    qint64 bestMissed = 0;
    qint64 bestCalls = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 23; ++h) {
            const qint64 m = p.missed[d][h] + p.missed[d][h + 1];
            const qint64 c = p.calls[d][h] + p.calls[d][h + 1];
            // At least 40% missed, in a block that starts with a missed call.
            if (c < kMinCallsInBlock || m * 5 < c * 2 || p.missed[d][h] == 0)
                continue;
            if (m > bestMissed || (m == bestMissed && m * bestCalls > bestMissed * c)) {
                bestDay = d;
                bestHour = h;
                bestMissed = m;
                bestCalls = c;
            }
        }
    }
    if (bestDay >= 0)
        out.append(
            {QStringLiteral("busy_block"),
             QCoreApplication::translate("CallPatterns", "You miss %1 of the calls on %2 %3.")
                 .arg(shareWords(bestMissed, bestCalls), weekdayPlural(bestDay), hourSpan(bestHour, bestHour + 2)),
             ofCalls(bestMissed, bestCalls)});

    // The hour of the day, every weekday together, that is missed the most often.
    int worstHour = -1;
    double worstShare = 0.5;
    for (int h = 0; h < 24; ++h) {
        const qint64 c = p.callsAtHour(h);
        if (c < kMinCallsInHour)
            continue;
        const double share = double(p.missedAtHour(h)) / double(c);
        if (share > worstShare) {
            worstShare = share;
            worstHour = h;
        }
    }
    if (worstHour >= 0 && !(bestDay >= 0 && worstHour >= bestHour && worstHour < bestHour + 2))
        out.append({QStringLiteral("hour"),
                    QCoreApplication::translate(
                        "CallPatterns",
                        "Calls between %1 go unanswered %2 of the time: forwarding to a cell or a colleague then "
                        "would catch them.")
                        .arg(hourSpan(worstHour, worstHour + 1),
                             shareWords(p.missedAtHour(worstHour), p.callsAtHour(worstHour))),
                    ofCalls(p.missedAtHour(worstHour), p.callsAtHour(worstHour))});

    // Callers who hang up before any voicemail.
    if (p.missedCalls >= kMinMissedForShares && p.shortMissed * 4 >= p.missedCalls)
        out.append({QStringLiteral("short_rings"),
                    QCoreApplication::translate(
                        "CallPatterns",
                        "%1 of your missed callers hung up within 10 seconds, before voicemail: have unanswered "
                        "calls forwarded after fewer rings.")
                        .arg(shareWords(p.shortMissed, p.missedCalls)),
                    QCoreApplication::translate("CallPatterns", "%1 of %2 missed calls")
                        .arg(p.shortMissed)
                        .arg(p.missedCalls)});

    // Keen callers who tried again.
    if (p.repeatCallers >= 2)
        out.append({QStringLiteral("repeat_callers"),
                    QCoreApplication::translate(
                        "CallPatterns",
                        "%1 missed callers called more than once: they wanted you, not the next name on the list. "
                        "The text-back reaches them after the first try.")
                        .arg(p.repeatCallers),
                    QCoreApplication::translate("CallPatterns", "%1 callers").arg(p.repeatCallers)});

    while (out.size() > 3)
        out.removeLast();
    return out;
}

QJsonObject callPatternsToJson(const CallPatterns &p, const QList<CallAdvice> &advice)
{
    QJsonArray days;
    for (int d = 0; d < 7; ++d) {
        QJsonArray missed;
        QJsonArray calls;
        for (int h = 0; h < 24; ++h) {
            missed.append(p.missed[d][h]);
            calls.append(p.calls[d][h]);
        }
        static const char *const keys[] = {"monday", "tuesday",  "wednesday", "thursday",
                                           "friday", "saturday", "sunday"};
        days.append(QJsonObject{{QStringLiteral("weekday"), QLatin1String(keys[d])},
                                {QStringLiteral("missed_by_hour"), missed},
                                {QStringLiteral("calls_by_hour"), calls}});
    }
    QJsonArray byHour;
    for (int h = 0; h < 24; ++h) {
        const qint64 c = p.callsAtHour(h);
        byHour.append(QJsonObject{{QStringLiteral("hour"), h},
                                  {QStringLiteral("missed"), p.missedAtHour(h)},
                                  {QStringLiteral("calls"), c},
                                  {QStringLiteral("missed_share"),
                                   c > 0 ? QJsonValue(double(p.missedAtHour(h)) / double(c)) : QJsonValue()}});
    }
    QJsonArray tips;
    for (const CallAdvice &a : advice)
        tips.append(QJsonObject{
            {QStringLiteral("key"), a.key}, {QStringLiteral("text"), a.text}, {QStringLiteral("figure"), a.figure}});
    return QJsonObject{{QStringLiteral("heatmap"), days},
                       {QStringLiteral("by_hour"), byHour},
                       {QStringLiteral("missed"), p.missedCalls},
                       {QStringLiteral("answered"), p.answeredCalls},
                       {QStringLiteral("short_missed"), p.shortMissed},
                       {QStringLiteral("repeat_callers"), p.repeatCallers},
                       {QStringLiteral("advice"), tips}};
}

} // namespace Rebound::Core
