#include "dashboardstats.h"

#include "store/database.h"
#include "store/readmodels.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Rebound::Core {

namespace {

// The period's missed calls: every query below starts from this set, with the same two binds.
// A call found late, without the provider's end time, is dated by when Rebound first saw it.
const char *const kMissedInPeriod = "c.outcome = 'missed' AND c.parent_sid IS NULL"
                                    " AND COALESCE(c.ended_at, c.first_seen_at) >= ?"
                                    " AND COALESCE(c.ended_at, c.first_seen_at) < ?";

QString sql(const char *text)
{
    return QString::fromLatin1(text).arg(QLatin1String(kMissedInPeriod));
}

// Histogram edges chosen around the product's promise (a text within 30 seconds) and the
// minutes a Zapier-style setup takes.
constexpr qint64 kLatencyEdgesMs[] = {0, 10'000, 30'000, 60'000, 120'000, 300'000, 900'000};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

double roundTo(double value, int places)
{
    double scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return double(qRound64(value * scale)) / scale;
}

struct TextBack
{
    QString conversationId;
    QDateTime sentAt;
};

} // namespace

DashboardPeriod DashboardPeriod::lastDays(int days, QDate today, const QTimeZone &zone)
{
    return {today.addDays(-qMax(1, days) + 1), today, zone};
}

QDateTime DashboardPeriod::startUtc() const
{
    return QDateTime(first, QTime(0, 0), zone).toUTC();
}

QDateTime DashboardPeriod::endUtc() const
{
    return QDateTime(last.addDays(1), QTime(0, 0), zone).toUTC();
}

QDate DashboardPeriod::dayOf(const QDateTime &utc) const
{
    return utc.toTimeZone(zone).date();
}

std::optional<double> DashboardFigures::replyRate() const
{
    return texted > 0 ? std::optional<double>(double(replied) / double(texted)) : std::nullopt;
}

std::optional<double> DashboardFigures::achievedRecoveryRate() const
{
    return missed > 0 ? std::optional<double>(double(booked) / double(missed)) : std::nullopt;
}

std::optional<qint64> DashboardFigures::averageJobValueCents() const
{
    const qint64 withValue = booked - bookedWithoutValue;
    if (withValue <= 0)
        return std::nullopt;
    return (bookedRevenueCents + withValue / 2) / withValue;
}

std::optional<qint64> DashboardFigures::latencyPercentileMs(int percent) const
{
    if (latenciesMs.isEmpty() || percent <= 0 || percent > 100)
        return std::nullopt;
    const qsizetype n = latenciesMs.size();
    const qsizetype rank = (qsizetype(percent) * n + 99) / 100; // ceil(p/100 × n), 1-based
    return latenciesMs.at(qBound(qsizetype(1), rank, n) - 1);
}

QList<LatencyBin> DashboardFigures::latencyHistogram() const
{
    QList<LatencyBin> bins;
    const qsizetype edges = qsizetype(std::size(kLatencyEdgesMs));
    for (qsizetype i = 0; i < edges; ++i)
        bins.append({kLatencyEdgesMs[i], i + 1 < edges ? kLatencyEdgesMs[i + 1] : 0, 0});
    for (const qint64 ms : latenciesMs) {
        for (qsizetype i = bins.size() - 1; i >= 0; --i) {
            if (ms >= bins[i].fromMs) {
                ++bins[i].count;
                break;
            }
        }
    }
    return bins;
}

std::optional<RoiInputs> DashboardFigures::yourNumbers(qint64 fallbackJobValueCents) const
{
    const int days = period.dayCount();
    if (missed <= 0 || days <= 0)
        return std::nullopt;
    RoiInputs in;
    in.source = RoiInputs::LeadSource::MissedCalls;
    // Rounded to hundredths of a call: the figure the form shows is the figure it computes with.
    const qint64 perWeekHundredths = (missed * 700 + days / 2) / days;
    in.missedCallsPerWeek = Fixed6::fromMicros(perWeekHundredths * (Fixed6::scale / 100));
    in.leadShare = Fixed6::fromInt(1);
    in.recoveryRate = Fixed6::fromMicros((qMin(booked, missed) * Fixed6::scale + missed / 2) / missed);
    in.jobValueCents = averageJobValueCents().value_or(fallbackJobValueCents);
    return in;
}

QList<DayCount> groupByWeek(const QList<DayCount> &days)
{
    QList<DayCount> weeks;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (i % 7 == 0)
            weeks.append({days.at(i).date, 0});
        weeks.last().count += days.at(i).count;
    }
    return weeks;
}

std::optional<DashboardFigures> DashboardStats::compute(const DashboardPeriod &period, QString *error)
{
    const auto fail = [this, error]() -> std::optional<DashboardFigures> {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    };
    if (!period.isValid()) {
        if (error)
            *error = QStringLiteral("The period is not valid: its first day must not come after its last.");
        return std::nullopt;
    }
    DashboardFigures f;
    f.period = period;
    const QString start = Database::toText(period.startUtc());
    const QString end = Database::toText(period.endUtc());

    QHash<QDate, qint64> missedByDay;
    QHash<QString, QDate> callDay;
    QHash<QString, QDateTime> callEnded;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!m_db.exec(q, sql("SELECT c.sid, COALESCE(c.ended_at, c.first_seen_at) FROM calls c WHERE %1"), {start, end}))
        return fail();
    while (q.next()) {
        const QDateTime ended = Database::fromText(q.value(1));
        const QDate day = period.dayOf(ended);
        ++f.missed;
        ++missedByDay[day];
        callDay.insert(q.value(0).toString(), day);
        callEnded.insert(q.value(0).toString(), ended);
    }

    // Text-backs of those calls that went out; their conversations bound the reply search.
    QList<TextBack> texted;
    if (!m_db.exec(q,
                   sql("SELECT o.call_sid, o.conversation_id, o.sent_at FROM outbox o"
                       " JOIN decisions d ON d.call_sid = o.call_sid JOIN calls c ON c.sid = o.call_sid"
                       " WHERE o.purpose = 'text_back' AND o.state = 'sent' AND d.action = 'text' AND %1"),
                   {start, end}))
        return fail();
    while (q.next()) {
        const QDateTime sent = Database::fromText(q.value(2));
        texted.append({q.value(1).toString(), sent});
        // Measured from the end of the call: that is when the caller starts waiting.
        if (sent.isValid()) {
            // Clock skew between the provider's end time and ours must not make a negative bar.
            f.latenciesMs.append(qMax<qint64>(0, callEnded.value(q.value(0).toString()).msecsTo(sent)));
        }
    }
    f.texted = texted.size();
    std::sort(f.latenciesMs.begin(), f.latenciesMs.end());

    const QString conversationsOfTexted = sql("SELECT o2.conversation_id FROM outbox o2 JOIN calls c"
                                              " ON c.sid = o2.call_sid WHERE o2.purpose = 'text_back' AND %1");
    QHash<QString, QList<QDateTime>> textBacksByConversation;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT o.conversation_id, o.sent_at FROM outbox o WHERE o.purpose = 'text_back'"
                                  " AND o.state = 'sent' AND o.conversation_id IN (")
                       + conversationsOfTexted + QLatin1Char(')'),
                   {start, end}))
        return fail();
    while (q.next())
        textBacksByConversation[q.value(0).toString()].append(Database::fromText(q.value(1)));
    QHash<QString, QList<QDateTime>> repliesByConversation;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT m.conversation_id, m.created_at FROM messages m WHERE m.direction = 'in'"
                                  " AND m.conversation_id IN (")
                       + conversationsOfTexted + QLatin1Char(')'),
                   {start, end}))
        return fail();
    while (q.next())
        repliesByConversation[q.value(0).toString()].append(Database::fromText(q.value(1)));
    // A reply answers the latest text-back before it: a caller texted twice a month apart
    // who answers only the second does not count as answering the first.
    for (const TextBack &t : std::as_const(texted)) {
        QDateTime next;
        for (const QDateTime &other : textBacksByConversation.value(t.conversationId)) {
            if (other > t.sentAt && (!next.isValid() || other < next))
                next = other;
        }
        const QList<QDateTime> replies = repliesByConversation.value(t.conversationId);
        const bool answered = std::any_of(replies.cbegin(), replies.cend(), [&](const QDateTime &at) {
            return at >= t.sentAt && (!next.isValid() || at < next);
        });
        if (answered)
            ++f.replied;
    }

    // Lead cards from the period's calls; a card with no call behind it is outside the funnel.
    QHash<QDate, qint64> bookedByDay;
    if (!m_db.exec(q,
                   sql("SELECT l.call_sid, l.kind, l.score, l.name, l.service, l.status, l.job_value_cents"
                       " FROM leads l JOIN calls c ON c.sid = l.call_sid WHERE %1"),
                   {start, end}))
        return fail();
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const QString score = q.value(2).toString();
        if (kind == QLatin1String("lead") && (score == QLatin1String("hot") || score == QLatin1String("warm"))
            && !q.value(3).toString().trimmed().isEmpty() && !q.value(4).toString().trimmed().isEmpty())
            ++f.qualified;
        if (q.value(5).toString() != QLatin1String("booked"))
            continue;
        ++f.booked;
        if (q.value(6).isNull()) {
            ++f.bookedWithoutValue;
            continue;
        }
        const qint64 cents = qMax<qint64>(0, q.value(6).toLongLong());
        f.bookedRevenueCents += cents;
        bookedByDay[callDay.value(q.value(0).toString())] += cents;
    }

    // The Leads page's own count, so both show the same figures: every card of the period whatever
    // its kind (a vendor or an opted-out caller is scored cold there, not hidden).
    const LeadScoreCounts scores = ReadModels(m_db).leadScoreCounts(period.startUtc(), period.endUtc());
    f.hotLeads = scores.hot;
    f.warmLeads = scores.warm;
    f.coldLeads = scores.cold;

    for (QDate d = period.first; d <= period.last; d = d.addDays(1)) {
        f.missedPerDay.append({d, missedByDay.value(d)});
        f.bookedRevenuePerDay.append({d, bookedByDay.value(d)});
    }

    // Every judged call of the period, answered too, for when the business misses them.
    if (!m_db.exec(q,
                   QStringLiteral("SELECT c.caller, COALESCE(c.started_at, c.first_seen_at), c.ended_at, c.duration,"
                                  " c.outcome FROM calls c WHERE c.parent_sid IS NULL AND c.direction = 'inbound'"
                                  " AND c.outcome IN ('missed', 'answered')"
                                  " AND COALESCE(c.ended_at, c.first_seen_at) >= ?"
                                  " AND COALESCE(c.ended_at, c.first_seen_at) < ?"),
                   {start, end}))
        return fail();
    QHash<QString, int> callsBy;
    QSet<QString> missedCallers;
    while (q.next()) {
        const QString caller = q.value(0).toString();
        const QDateTime started = Database::fromText(q.value(1));
        const QDateTime ended = Database::fromText(q.value(2));
        qint64 seconds = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        if (seconds < 0 && started.isValid() && ended.isValid())
            seconds = started.secsTo(ended);
        const bool wasMissed = q.value(4).toString() == QLatin1String("missed");
        f.patterns.add(started.toTimeZone(period.zone), wasMissed, seconds);
        ++callsBy[caller];
        if (wasMissed)
            missedCallers.insert(caller);
    }
    for (const QString &caller : std::as_const(missedCallers))
        f.patterns.repeatCallers += callsBy.value(caller) > 1 ? 1 : 0;
    f.advice = adviseFrom(f.patterns);
    return f;
}

std::optional<DashboardFigures> DashboardStats::computeAt(const QString &location, const DashboardPeriod &period,
                                                          QString *error)
{
    if (!Database::isPostgresUrl(location) && !QFileInfo(location).isFile()) {
        if (error)
            *error = QStringLiteral("There is no Rebound database at %1.").arg(location);
        return std::nullopt;
    }
    StoreError openError;
    Database db = Database::open(location, &openError);
    if (!db.isOpen()) {
        if (error)
            *error = openError.message;
        return std::nullopt;
    }
    return DashboardStats(db).compute(period, error);
}

QJsonObject dashboardToJson(const DashboardFigures &f)
{
    QJsonArray missedPerDay;
    for (const DayCount &d : f.missedPerDay)
        missedPerDay.append(
            QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)}, {QStringLiteral("missed"), d.count}});
    QJsonArray bookedPerDay;
    qint64 cumulative = 0;
    for (const DayAmount &d : f.bookedRevenuePerDay) {
        cumulative += d.cents;
        bookedPerDay.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                        {QStringLiteral("revenue"), hundredthsToDouble(d.cents)},
                                        {QStringLiteral("cumulative"), hundredthsToDouble(cumulative)}});
    }
    QJsonArray histogram;
    for (const LatencyBin &b : f.latencyHistogram()) {
        histogram.append(QJsonObject{
            {QStringLiteral("from_seconds"), b.fromMs / 1000},
            {QStringLiteral("to_seconds"), b.toMs > 0 ? QJsonValue(b.toMs / 1000) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("count"), b.count}});
    }
    const auto ms = [&f](int p) {
        const auto v = f.latencyPercentileMs(p);
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    const auto average = f.averageJobValueCents();
    const auto rate = [](const std::optional<double> &r) {
        return r ? std::optional<double>(roundTo(*r, 4)) : std::nullopt;
    };
    const int days = f.period.dayCount();
    return QJsonObject{
        {QStringLiteral("from"), f.period.first.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.period.last.toString(Qt::ISODate)},
        {QStringLiteral("time_zone"), QString::fromUtf8(f.period.zone.id())},
        {QStringLiteral("days"), days},
        {QStringLiteral("missed_calls"), f.missed},
        {QStringLiteral("missed_per_week"), days > 0 ? roundTo(double(f.missed) * 7 / days, 2) : 0.0},
        {QStringLiteral("texted"), f.texted},
        {QStringLiteral("replied"), f.replied},
        {QStringLiteral("reply_rate"), optionalNumber(rate(f.replyRate()))},
        {QStringLiteral("text_back_latency_ms"),
         QJsonObject{{QStringLiteral("count"), qint64(f.latenciesMs.size())},
                     {QStringLiteral("median"), ms(50)},
                     {QStringLiteral("p95"), ms(95)},
                     {QStringLiteral("histogram"), histogram}}},
        {QStringLiteral("leads_by_score"),
         QJsonObject{{QStringLiteral("hot"), f.hotLeads},
                     {QStringLiteral("warm"), f.warmLeads},
                     {QStringLiteral("cold"), f.coldLeads}}},
        {QStringLiteral("funnel"),
         QJsonObject{{QStringLiteral("missed"), f.missed},
                     {QStringLiteral("texted"), f.texted},
                     {QStringLiteral("replied"), f.replied},
                     {QStringLiteral("qualified"), f.qualified},
                     {QStringLiteral("booked"), f.booked}}},
        {QStringLiteral("booked_revenue"), hundredthsToDouble(f.bookedRevenueCents)},
        {QStringLiteral("booked_without_value"), f.bookedWithoutValue},
        {QStringLiteral("average_job_value"),
         average ? QJsonValue(hundredthsToDouble(*average)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("achieved_recovery_rate"), optionalNumber(rate(f.achievedRecoveryRate()))},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("missed_per_day"), missedPerDay},
        {QStringLiteral("booked_revenue_per_day"), bookedPerDay},
        {QStringLiteral("call_patterns"), callPatternsToJson(f.patterns, f.advice)},
    };
}

} // namespace Rebound::Core
