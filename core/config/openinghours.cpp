#include "openinghours.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Rebound::Core {

using Span = OpeningHours::Span;

namespace {
constexpr int kMinutesPerDay = 24 * 60;

bool coversSameDay(const Span &s, QTime t)
{
    if (s.close > s.open)
        return t >= s.open && t < s.close;
    return t >= s.open; // runs to midnight, or past it
}

// The part after midnight of a span that runs past it ("6pm-2am").
bool coversNextDay(const Span &s, QTime t)
{
    return s.close <= s.open && s.close != QTime(0, 0) && t < s.close;
}

QTime fromMinutes(int minutes)
{
    return minutes >= kMinutesPerDay ? QTime(0, 0) : QTime(minutes / 60, minutes % 60);
}

// ---- parsing -------------------------------------------------------------

enum class Meridiem { None, Am, Pm };

struct Clock
{
    int hour = 0;
    int minute = 0;
    Meridiem meridiem = Meridiem::None;
    bool twentyFourHour = false; // "08:00", "17h": never am/pm
};

struct Token
{
    enum class Kind { Days, Time, Dash, Closed, AllDay, Filler, Unknown };
    Kind kind = Kind::Unknown;
    QList<int> days;
    Clock clock;
};

QString foldAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QList<int> dayRange(int from, int to)
{
    QList<int> days;
    for (int d = from;; d = d % 7 + 1) { // "Fri-Mon" wraps over the weekend
        days.append(d);
        if (d == to)
            break;
    }
    return days;
}

std::optional<QList<int>> daysFromWord(QString word)
{
    // Single letters only where they are unambiguous in common use ("M-F", "L-V").
    static const QHash<QString, QList<int>> words = [] {
        QHash<QString, QList<int>> w;
        const QList<QStringList> names = {
            {QStringLiteral("mon"), QStringLiteral("monday"), QStringLiteral("mo"), QStringLiteral("m"),
             QStringLiteral("lun"), QStringLiteral("lunes"), QStringLiteral("l")},
            {QStringLiteral("tue"), QStringLiteral("tues"), QStringLiteral("tuesday"), QStringLiteral("tu"),
             QStringLiteral("mar"), QStringLiteral("martes")},
            {QStringLiteral("wed"), QStringLiteral("weds"), QStringLiteral("wednesday"), QStringLiteral("w"),
             QStringLiteral("mie"), QStringLiteral("mier"), QStringLiteral("miercoles"), QStringLiteral("x")},
            {QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"), QStringLiteral("thursday"),
             QStringLiteral("th"), QStringLiteral("jue"), QStringLiteral("jueves"), QStringLiteral("j")},
            {QStringLiteral("fri"), QStringLiteral("friday"), QStringLiteral("fr"), QStringLiteral("f"),
             QStringLiteral("vie"), QStringLiteral("viernes"), QStringLiteral("v")},
            {QStringLiteral("sat"), QStringLiteral("saturday"), QStringLiteral("sa"), QStringLiteral("sab"),
             QStringLiteral("sabado")},
            {QStringLiteral("sun"), QStringLiteral("sunday"), QStringLiteral("su"), QStringLiteral("dom"),
             QStringLiteral("domingo")},
        };
        for (int day = 1; day <= 7; ++day) {
            for (const QString &name : names.at(day - 1))
                w.insert(name, {day});
        }
        for (const auto *name : {"weekday", "weekdays", "weekdaysonly", "entresemana"})
            w.insert(QString::fromLatin1(name), dayRange(1, 5));
        for (const auto *name : {"weekend", "weekends", "findesemana", "finesdesemana"})
            w.insert(QString::fromLatin1(name), dayRange(6, 7));
        for (const auto *name : {"daily", "everyday", "diario", "diariamente", "todoslosdias"})
            w.insert(QString::fromLatin1(name), dayRange(1, 7));
        return w;
    }();
    if (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    if (const auto it = words.constFind(word); it != words.constEnd())
        return *it;
    if (word.size() > 3 && word.endsWith(QLatin1Char('s'))) // "Sundays", "sábados"
        return daysFromWord(word.chopped(1));
    return std::nullopt;
}

Token::Kind wordKind(const QString &word)
{
    static const QSet<QString> closed{QStringLiteral("closed"), QStringLiteral("cerrado"), QStringLiteral("cerrados"),
                                      QStringLiteral("off"), QStringLiteral("none")};
    static const QSet<QString> fillers{
        QStringLiteral("open"),    QStringLiteral("opens"),    QStringLiteral("from"),    QStringLiteral("hours"),
        QStringLiteral("hrs"),     QStringLiteral("hr"),       QStringLiteral("h"),       QStringLiteral("on"),
        QStringLiteral("at"),      QStringLiteral("the"),      QStringLiteral("only"),    QStringLiteral("every"),
        QStringLiteral("each"),    QStringLiteral("day"),      QStringLiteral("days"),    QStringLiteral("week"),
        QStringLiteral("we"),      QStringLiteral("re"),       QStringLiteral("are"),     QStringLiteral("is"),
        QStringLiteral("de"),      QStringLiteral("del"),      QStringLiteral("la"),      QStringLiteral("las"),
        QStringLiteral("el"),      QStringLiteral("los"),      QStringLiteral("abierto"), QStringLiteral("abiertos"),
        QStringLiteral("horario"), QStringLiteral("horas"),    QStringLiteral("solo"),    QStringLiteral("en"),
        QStringLiteral("por"),     QStringLiteral("manana"),   QStringLiteral("tarde"),   QStringLiteral("noche"),
        QStringLiteral("semana"),  QStringLiteral("business"), QStringLiteral("office"),  QStringLiteral("o"),
        QStringLiteral("clock"),   QStringLiteral("oclock")};
    if (closed.contains(word))
        return Token::Kind::Closed;
    if (word == QLatin1String("allday"))
        return Token::Kind::AllDay;
    if (fillers.contains(word))
        return Token::Kind::Filler;
    return Token::Kind::Unknown;
}

QList<Token> tokenize(const QString &segment)
{
    static const QRegularExpression token(QStringLiteral(
        R"((\d{3,4})(?![\d:.])|(\d{1,2})(?!\d)(?:[:.h](\d{2}))?(am|pm|a|p)?(?![a-gi-z])|([a-z]+\.?)|(-))"));
    QList<Token> out;
    auto it = token.globalMatch(segment);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Token t;
        if (m.hasCaptured(1)) { // "0800", "1730": a 24-hour clock
            const QString digits = m.captured(1);
            t.kind = Token::Kind::Time;
            t.clock.hour = digits.left(digits.size() - 2).toInt();
            t.clock.minute = digits.right(2).toInt();
            t.clock.twentyFourHour = true;
        } else if (m.hasCaptured(2)) {
            t.kind = Token::Kind::Time;
            t.clock.hour = m.captured(2).toInt();
            t.clock.minute = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
            const QString meridiem = m.captured(4);
            if (meridiem.startsWith(QLatin1Char('a')))
                t.clock.meridiem = Meridiem::Am;
            else if (meridiem.startsWith(QLatin1Char('p')))
                t.clock.meridiem = Meridiem::Pm;
            t.clock.twentyFourHour = t.clock.hour > 12 || (m.captured(2).size() == 2 && m.captured(2).front() == u'0');
        } else if (m.hasCaptured(5)) {
            QString word = m.captured(5);
            if (word.endsWith(QLatin1Char('.')))
                word.chop(1);
            if (word == QLatin1String("noon") || word == QLatin1String("mediodia")) {
                t.kind = Token::Kind::Time;
                t.clock = {12, 0, Meridiem::Pm, false};
            } else if (word == QLatin1String("midnight") || word == QLatin1String("medianoche")) {
                t.kind = Token::Kind::Time;
                t.clock = {24, 0, Meridiem::None, true};
            } else if (const auto days = daysFromWord(word)) {
                t.kind = Token::Kind::Days;
                t.days = *days;
            } else {
                t.kind = wordKind(word);
            }
        } else {
            t.kind = Token::Kind::Dash;
        }
        // Fillers ("from", "hrs", "de") sit between the parts of a range ("9h - 13h").
        if (t.kind != Token::Kind::Filler)
            out.append(t);
    }
    return out;
}

std::optional<int> withMeridiem(const Clock &c, Meridiem m)
{
    if (c.hour < 1 || c.hour > 12)
        return std::nullopt;
    const int hour = m == Meridiem::Am ? c.hour % 12 : c.hour % 12 + 12;
    return hour * 60 + c.minute;
}

// Reads "9-5", "7am-6pm", "9:00-17:30", "9-1" as minutes since midnight,
// guessing am/pm the way people mean it when it is left out.
std::optional<std::pair<int, int>> resolveRange(const Clock &a, const Clock &b)
{
    for (const Clock &c : {a, b}) {
        if (c.minute > 59 || c.hour > 24 || (c.hour == 24 && c.minute > 0))
            return std::nullopt;
    }
    std::optional<int> open;
    std::optional<int> close;
    const bool aHas = a.meridiem != Meridiem::None;
    const bool bHas = b.meridiem != Meridiem::None;
    if (aHas && bHas) {
        open = withMeridiem(a, a.meridiem);
        close = withMeridiem(b, b.meridiem);
        if (close && *close == 0) // "8pm-12am": until midnight
            close = kMinutesPerDay;
    } else if (bHas) {
        close = withMeridiem(b, b.meridiem);
        if (close && !a.twentyFourHour) {
            open = withMeridiem(a, b.meridiem); // "1-5pm"
            if (!open || *open >= *close)
                open = withMeridiem(a, Meridiem::Am); // "9-5pm"
        } else {
            open = a.hour * 60 + a.minute;
        }
    } else if (aHas) {
        open = withMeridiem(a, a.meridiem);
        close = b.hour * 60 + b.minute;
        if (open && !b.twentyFourHour && *close <= *open && *close + 12 * 60 <= kMinutesPerDay)
            *close += 12 * 60; // "7am-6"
    } else if (a.twentyFourHour || b.twentyFourHour) {
        open = a.hour * 60 + a.minute;
        close = b.hour * 60 + b.minute;
    } else {
        open = a.hour * 60 + a.minute;
        close = b.hour * 60 + b.minute;
        if (*open < 6 * 60) // nobody opens at 1 in the night: "1-5" is the afternoon
            *open += 12 * 60;
        while (*close <= *open && *close + 12 * 60 <= kMinutesPerDay)
            *close += 12 * 60; // "8-5", "9-1"
    }
    if (!open || !close || *open >= kMinutesPerDay || *close <= *open)
        return std::nullopt;
    return std::pair{*open, *close};
}

QString prepare(const QString &text)
{
    QString s = foldAccents(text).toLower();
    static const QList<std::pair<QRegularExpression, QString>> rewrites = {
        {QRegularExpression(QStringLiteral("[\u2010-\u2015\u2212~]")), QStringLiteral("-")},
        {QRegularExpression(QStringLiteral(R"((\d)\s*a\.\s*m\.?)")), QStringLiteral("\\1am")},
        {QRegularExpression(QStringLiteral(R"((\d)\s*p\.\s*m\.?)")), QStringLiteral("\\1pm")},
        {QRegularExpression(QStringLiteral(R"((\d)\s+(am|pm)\b)")), QStringLiteral("\\1\\2")},
        {QRegularExpression(QStringLiteral(
             R"(\b(24\s*/\s*7|24\s*x\s*7|24\s*(hours|hrs|hr|h|horas)(\s*a\s*day)?|all\s+day|todo\s+el\s+dia)\b)")),
         QStringLiteral(" allday ")},
        {QRegularExpression(QStringLiteral(R"(\b7\s*(days|dias)(\s*a\s*week|\s*a\s*la\s*semana)?\b)")),
         QStringLiteral(" daily ")},
        {QRegularExpression(QStringLiteral(R"(\btodos\s+los\s+dias\b)")), QStringLiteral(" daily ")},
        {QRegularExpression(QStringLiteral(R"(\bentre\s+semana\b)")), QStringLiteral(" entresemana ")},
        {QRegularExpression(QStringLiteral(R"(\bfines?\s+de\s+semana\b)")), QStringLiteral(" finesdesemana ")},
        {QRegularExpression(QStringLiteral(R"(\b(to|through|thru|till|til|until|a|al|hasta)\b)")),
         QStringLiteral(" - ")},
        {QRegularExpression(QStringLiteral(R"(\b(and|y|e)\b|[&+/;|\n])")), QStringLiteral(",")},
    };
    for (const auto &[pattern, replacement] : rewrites)
        s.replace(pattern, replacement);
    return s;
}
} // namespace

OpeningHours OpeningHours::standard(const QByteArray &timeZone)
{
    OpeningHours h;
    h.timeZone = timeZone;
    for (int day = 1; day <= 5; ++day)
        h.spans.append({day, QTime(8, 0), QTime(18, 0)});
    h.spans.append({6, QTime(9, 0), QTime(13, 0)});
    return h;
}

bool OpeningHours::isOpen(const QDateTime &utc) const
{
    const QTimeZone zone(timeZone);
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    if (closures.contains(date))
        return false;
    if (spans.isEmpty())
        return true;
    const int day = date.dayOfWeek();
    const int yesterday = day == 1 ? 7 : day - 1;
    const bool yesterdayClosed = closures.contains(date.addDays(-1));
    return std::any_of(spans.begin(), spans.end(), [&](const Span &s) {
        return (s.dayOfWeek == day && coversSameDay(s, time))
            || (s.dayOfWeek == yesterday && !yesterdayClosed && coversNextDay(s, time));
    });
}

QList<Span> OpeningHours::spansOn(int dayOfWeek) const
{
    QList<Span> out;
    for (const Span &s : spans) {
        if (s.dayOfWeek == dayOfWeek)
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const Span &a, const Span &b) { return a.open < b.open; });
    return out;
}

void OpeningHours::addClosure(const QDate &date)
{
    if (!date.isValid() || closures.contains(date))
        return;
    closures.append(date);
    std::sort(closures.begin(), closures.end());
}

std::optional<OpeningHours> OpeningHours::parse(const QString &text, const QByteArray &timeZone)
{
    OpeningHours result;
    result.timeZone = timeZone;
    QList<int> lastDays; // the days of the previous segment: "Mon-Fri 8-12, 1-5"
    QList<int> pendingDays; // named without hours yet: "Mon, Wed, Fri 9-5"
    QSet<int> named;
    const QStringList segments = prepare(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        const QList<Token> tokens = tokenize(segment);
        QList<int> days;
        QList<std::pair<int, int>> ranges;
        bool closed = false;
        bool allDay = false;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens.at(i);
            const bool rangeFollows =
                i + 2 < tokens.size() && tokens.at(i + 1).kind == Token::Kind::Dash && tokens.at(i + 2).kind == t.kind;
            switch (t.kind) {
            case Token::Kind::Days:
                if (rangeFollows && t.days.size() == 1 && tokens.at(i + 2).days.size() == 1) {
                    days += dayRange(t.days.front(), tokens.at(i + 2).days.front());
                    i += 2;
                } else {
                    days += t.days;
                }
                break;
            case Token::Kind::Time: {
                if (!rangeFollows)
                    return std::nullopt; // "opens at 9": no closing time
                const auto range = resolveRange(t.clock, tokens.at(i + 2).clock);
                if (!range)
                    return std::nullopt;
                ranges.append(*range);
                i += 2;
                break;
            }
            case Token::Kind::Closed:
                closed = true;
                break;
            case Token::Kind::AllDay:
                allDay = true;
                break;
            case Token::Kind::Dash:
            case Token::Kind::Filler:
                break;
            case Token::Kind::Unknown:
                return std::nullopt; // a word that may change the meaning: better to ask than to guess
            }
        }
        if (!closed && !allDay && ranges.isEmpty()) {
            pendingDays += days;
            continue;
        }
        const bool explicitDays = !days.isEmpty() || !pendingDays.isEmpty();
        days = pendingDays + days;
        pendingDays.clear();
        if (closed) {
            if (days.isEmpty() || allDay || !ranges.isEmpty())
                return std::nullopt;
            for (int day : days)
                result.spans.removeIf([day](const Span &s) { return s.dayOfWeek == day; });
            named.unite(QSet<int>(days.begin(), days.end()));
            continue;
        }
        if (!explicitDays)
            days = lastDays.isEmpty() ? dayRange(1, 7) : lastDays;
        if (allDay)
            ranges = {{0, kMinutesPerDay}};
        for (int day : days) {
            // Naming a day again replaces what an earlier segment said about it.
            if (explicitDays && named.contains(day))
                result.spans.removeIf([day](const Span &s) { return s.dayOfWeek == day; });
        }
        for (int day : days) {
            for (const auto &[open, close] : ranges)
                result.spans.append({day, fromMinutes(open), fromMinutes(close)});
        }
        if (explicitDays)
            named.unite(QSet<int>(days.begin(), days.end()));
        lastDays = days;
    }
    if (!pendingDays.isEmpty() || result.spans.isEmpty())
        return std::nullopt;
    std::stable_sort(result.spans.begin(), result.spans.end(), [](const Span &a, const Span &b) {
        return a.dayOfWeek != b.dayOfWeek ? a.dayOfWeek < b.dayOfWeek : a.open < b.open;
    });
    return result;
}

namespace {
QString describeTime(QTime t, bool closing)
{
    if (closing && t == QTime(0, 0))
        return QStringLiteral("midnight");
    const int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    const QString suffix = t.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm");
    return t.minute() == 0 ? QString::number(hour12) + suffix
                           : QStringLiteral("%1:%2%3").arg(hour12).arg(t.minute(), 2, 10, QLatin1Char('0')).arg(suffix);
}

QString describeSpans(const QList<Span> &spans)
{
    if (spans.size() == 1 && spans.front().open == QTime(0, 0) && spans.front().close == QTime(0, 0))
        return QStringLiteral("24 hours");
    QStringList parts;
    for (const Span &s : spans)
        parts.append(describeTime(s.open, false) + QLatin1Char('-') + describeTime(s.close, true));
    return parts.join(QStringLiteral(", "));
}

QList<QTime> spanTimes(const QList<Span> &spans)
{
    QList<QTime> out;
    for (const Span &s : spans)
        out << s.open << s.close;
    return out;
}
} // namespace

QString OpeningHours::describe() const
{
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QStringList groups;
    int day = 1;
    while (day <= 7) {
        const QList<Span> first = spansOn(day);
        int last = day;
        while (last < 7 && spanTimes(spansOn(last + 1)) == spanTimes(first))
            ++last;
        if (!first.isEmpty()) {
            QString days = QString::fromLatin1(names[day - 1]);
            if (last > day)
                days += QLatin1Char('-') + QString::fromLatin1(names[last - 1]);
            groups.append(days + QLatin1Char(' ') + describeSpans(first));
        }
        day = last + 1;
    }
    if (groups.size() == 1 && groups.front() == QLatin1String("Mon-Sun 24 hours"))
        return QStringLiteral("24/7");
    return groups.join(QStringLiteral(", "));
}

QString OpeningHours::spansToStorage() const
{
    QStringList entries;
    for (const Span &s : spans)
        entries.append(QStringLiteral("%1=%2-%3")
                           .arg(s.dayOfWeek)
                           .arg(s.open.toString(QStringLiteral("HH:mm")), s.close.toString(QStringLiteral("HH:mm"))));
    return entries.join(QLatin1Char(';'));
}

std::optional<QList<Span>> OpeningHours::spansFromStorage(const QString &text)
{
    static const QRegularExpression entry(QStringLiteral(R"(^([1-7])=(\d\d:\d\d)-(\d\d:\d\d)$)"));
    QList<Span> spans;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = entry.match(part.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        const QTime open = QTime::fromString(m.captured(2), QStringLiteral("HH:mm"));
        const QTime close = QTime::fromString(m.captured(3), QStringLiteral("HH:mm"));
        if (!open.isValid() || !close.isValid())
            return std::nullopt;
        spans.append({m.captured(1).toInt(), open, close});
    }
    return spans;
}

} // namespace Rebound::Core
