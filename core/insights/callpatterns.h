#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace Rebound::Core {

// When the business misses its calls, from its own calls: inbound calls that
// Rebound judged (missed or answered), by weekday and hour in the owner's time zone.
struct CallPatterns
{
    // [weekday 0 = Monday .. 6 = Sunday][hour 0..23]
    std::array<std::array<qint64, 24>, 7> missed{};
    std::array<std::array<qint64, 24>, 7> calls{}; // missed and answered
    qint64 missedCalls = 0;
    qint64 answeredCalls = 0;
    // Missed calls that lasted under 10 s: the caller hung up before any voicemail.
    qint64 shortMissed = 0;
    // Callers missed at least once who called more than once in the period.
    qint64 repeatCallers = 0;

    // One judged call. `seconds`: how long it lasted, -1 when unknown.
    void add(const QDateTime &startedLocal, bool wasMissed, qint64 seconds);
    qint64 missedAtHour(int hour) const; // every weekday
    qint64 callsAtHour(int hour) const;
};

// A plain suggestion drawn from the calls, with the figure behind it.
struct CallAdvice
{
    QString key; // busy_block, hour, short_rings, repeat_callers
    QString text; // "You miss half the calls on Tuesdays 10–12."
    QString figure; // "7 of 13 calls"
};

// At most three suggestions, the strongest first; none when the calls are too few to say.
QList<CallAdvice> adviseFrom(const CallPatterns &patterns);

// "Tuesdays", "10–12", "noon–1 pm": the words the advice uses.
QString weekdayPlural(int weekday); // 0 = Monday
QString hourSpan(int fromHour, int toHour);

QJsonObject callPatternsToJson(const CallPatterns &patterns, const QList<CallAdvice> &advice);

} // namespace Rebound::Core
