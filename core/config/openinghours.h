#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace Rebound::Core {

// When the business is open, in its own time zone: spans per weekday (a day
// without one is closed), dates it is closed (holidays), and the zone.
struct OpeningHours
{
    struct Span
    {
        int dayOfWeek; // 1 = Monday … 7 = Sunday
        QTime open;
        QTime close; // 00:00 closes at midnight; 00:00–00:00 is the whole day

        bool operator==(const Span &) const = default;
    };
    QByteArray timeZone = "America/Chicago";
    QList<Span> spans; // empty: always open (closures still apply)
    QList<QDate> closures; // local dates the business is closed, sorted

    bool operator==(const OpeningHours &) const = default;

    static OpeningHours standard(const QByteArray &timeZone); // Mon–Fri 8–18, Sat 9–13
    bool isOpen(const QDateTime &utc) const;
    // The spans of one weekday, earliest first.
    QList<Span> spansOn(int dayOfWeek) const;
    void addClosure(const QDate &date);

    // Reads opening hours as people type them, in English or Spanish ("Mon-Fri
    // 7am-6pm, Sat 8am-noon", "M-F 8-5", "Lun-Vie 8-18, Sáb 9-1", "24/7",
    // "closed Sunday"). Nothing when the text cannot be read with confidence.
    static std::optional<OpeningHours> parse(const QString &text, const QByteArray &timeZone);
    // A short English form that parse() reads back ("Mon-Fri 7am-6pm, Sat 8am-12pm").
    QString describe() const;

    // The compact form AppSettings stores ("1=08:00-18:00;6=09:00-13:00").
    QString spansToStorage() const;
    static std::optional<QList<Span>> spansFromStorage(const QString &text);
};

} // namespace Rebound::Core
