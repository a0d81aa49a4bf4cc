#include "sandboxpaging.h"

namespace Rebound::Core::Sandbox {

namespace {

std::optional<QDate> parseDay(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    // twilio-python sends a datetime as 2025-01-31T00:00:00Z; the API still
    // filters by day.
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC().date();
    return std::nullopt;
}

} // namespace

bool readDayFilters(const Params &query, const QString &name, QList<DayFilter> *out, QString *error)
{
    for (const auto &[key, value] : query) {
        DayFilter f;
        if (key == name)
            f.op = DayFilter::Op::On;
        else if (key == QString(name + QLatin1Char('<')))
            f.op = DayFilter::Op::OnOrBefore;
        else if (key == QString(name + QLatin1Char('>')))
            f.op = DayFilter::Op::OnOrAfter;
        else
            continue;
        const auto day = parseDay(value);
        if (!day) {
            *error = QStringLiteral("%1 must be a date as YYYY-MM-DD, got '%2'").arg(key, value);
            return false;
        }
        f.day = *day;
        out->append(f);
    }
    return true;
}

bool matchesAll(const QList<DayFilter> &filters, const QDateTime &t)
{
    return std::all_of(filters.cbegin(), filters.cend(), [&t](const DayFilter &f) { return f.matches(t); });
}

} // namespace Rebound::Core::Sandbox
