#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Rebound::Ui {

// The words the pages use for numbers, times and the engine's codes, in one
// place so the inbox, the call log and their tests agree.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // "(512) 555-0123" at home, "+52 55 1234 5678" abroad, "Withheld number" for
    // Twilio's withheld caller ID placeholders, the raw text otherwise.
    static QString phoneNumber(const QString &e164);
    // A caller's name when known, else their number as above.
    static QString caller(const QString &name, const QString &e164);
    // Time only for today, weekday and time this week, date and time before.
    static QString when(const QDateTime &utc, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // The local time of day only ("9:41 AM"), for rows already grouped by day.
    static QString timeOfDay(const QDateTime &utc);
    // The local day of a moment, for grouping rows by day.
    static QDate localDay(const QDateTime &utc);
    // A day as a heading: "Today", "Yesterday", "Monday, Dec 1" (the year added when not this year).
    static QString day(const QDate &date, const QDate &today = QDate::currentDate());
    // The local date and time in full, for tooltips.
    static QString fullWhen(const QDateTime &utc);
    // "Hot lead", "Warm lead", "Cold lead"; empty without a card.
    static QString leadScore(const QString &score);
    // A message's delivery status in plain words ("Delivered", "Not delivered").
    static QString messageStatus(const QString &status);
    // Why a missed call was not texted, as a sentence ("Not texted: the caller opted out").
    static QString skipReason(const QString &reason);
    // A service key of the taxonomy in plain words ("Drain clog", "No heat"); the key itself
    // when unknown, empty when empty.
    static QString service(const QString &key);
    // The job as the card shows it: the label, then the caller's own words in quotes.
    static QString job(const QString &key, const QString &callerWords);
};

} // namespace Rebound::Ui
