#pragma once

#include "sandboxhttp.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

#include <algorithm>

// Listing the way the 2010-04-01 API does: day filters, newest first, and
// pages whose links anchor on an item so that paging stays stable while new
// items arrive.
namespace Rebound::Core::Sandbox {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// A day filter on a list: `StartTime=`, `StartTime<=` (on or before) and
// `StartTime>=` (on or after), all by UTC calendar day.
struct DayFilter
{
    enum class Op { On, OnOrBefore, OnOrAfter };
    Op op = Op::On;
    QDate day;

    bool matches(const QDateTime &t) const
    {
        if (!t.isValid())
            return false;
        const QDate d = t.toUTC().date();
        switch (op) {
        case Op::On:
            return d == day;
        case Op::OnOrBefore:
            return d <= day;
        case Op::OnOrAfter:
            return d >= day;
        }
        return false;
    }
};

// Reads `Name`, `Name<` and `Name>` from the query; false and `error` set when a value is unreadable.
bool readDayFilters(const Params &query, const QString &name, QList<DayFilter> *out, QString *error);
bool matchesAll(const QList<DayFilter> &filters, const QDateTime &t);

// Lists run newest first by creation time, then by SID.
template<typename T> bool newerThan(const T &a, const T &b)
{
    const qint64 am = a.dateCreated.toMSecsSinceEpoch();
    const qint64 bm = b.dateCreated.toMSecsSinceEpoch();
    if (am != bm)
        return am > bm;
    return a.sid > b.sid;
}

struct SortKey
{
    qint64 ms = 0;
    QString sid;
};

template<typename T> SortKey keyOf(const T &item)
{
    return {item.dateCreated.toMSecsSinceEpoch(), item.sid};
}

// true when `item` sorts after (is older than) `key`
template<typename T> bool olderThanKey(const T &item, const SortKey &key)
{
    const qint64 ms = item.dateCreated.toMSecsSinceEpoch();
    if (ms != key.ms)
        return ms < key.ms;
    return item.sid < key.sid;
}

// One page of `items` (already filtered, newest first), in Twilio's envelope.
template<typename T, typename ToJson>
Reply listPage(const QList<T> &items, const QList<T> &all, const RestRequest &r, QLatin1String arrayKey, ToJson toJson)
{
    int pageSize = kDefaultPageSize;
    if (const auto v = paramValue(r.query, QLatin1String("PageSize"))) {
        bool ok = false;
        pageSize = v->toInt(&ok);
        if (!ok || pageSize < 1)
            return twilioError(400, 20001, QStringLiteral("PageSize must be a positive integer, got '%1'").arg(*v));
        pageSize = std::min(pageSize, kMaxPageSize);
    }
    int page = 0;
    if (const auto v = paramValue(r.query, QLatin1String("Page"))) {
        bool ok = false;
        page = v->toInt(&ok);
        if (!ok || page < 0)
            return twilioError(400, 20001, QStringLiteral("Page must be a non-negative integer, got '%1'").arg(*v));
    }
    const QString token = param(r.query, QLatin1String("PageToken"));

    QList<T> slice;
    if (token.isEmpty()) {
        const qsizetype offset = qsizetype(page) * pageSize;
        if (offset < items.size())
            slice = items.mid(offset, pageSize);
    } else {
        // PA<sid>: the page after that item; PB<sid>: the page before it.
        // Anchoring on an item keeps paging stable while new ones arrive.
        const bool forward = token.startsWith(QLatin1String("PA"));
        const QString anchor = token.mid(2);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&anchor](const T &x) { return x.sid == anchor; });
        if ((!forward && !token.startsWith(QLatin1String("PB"))) || it == all.cend())
            return twilioError(
                400, 21481, QStringLiteral("Invalid PageToken: be sure you are requesting the provided paging urls"));
        const SortKey key = keyOf(*it);
        if (forward) {
            for (const T &x : items) {
                if (olderThanKey(x, key)) {
                    slice.append(x);
                    if (slice.size() == pageSize)
                        break;
                }
            }
        } else {
            QList<T> newer;
            for (const T &x : items) {
                if (!olderThanKey(x, key) && x.sid != anchor)
                    newer.append(x);
            }
            slice = newer.mid(std::max<qsizetype>(0, newer.size() - pageSize));
        }
    }
    bool hasNext = false;
    if (!slice.isEmpty()) {
        const SortKey last = keyOf(slice.last());
        hasNext = std::any_of(items.cbegin(), items.cend(), [&last](const T &x) { return olderThanKey(x, last); });
    }

    const QString base = r.path;
    Params filters;
    for (const auto &pair : r.query) {
        if (pair.first != QLatin1String("PageSize") && pair.first != QLatin1String("Page")
            && pair.first != QLatin1String("PageToken"))
            filters.append(pair);
    }
    auto uri = [&](int pageNumber, const QString &pageToken) {
        QByteArray query;
        for (const auto &[name, value] : filters) {
            query += encodeComponent(name, false) + '=' + encodeComponent(value, false) + '&';
        }
        query += "PageSize=" + QByteArray::number(pageSize) + "&Page=" + QByteArray::number(pageNumber);
        if (!pageToken.isEmpty())
            query += "&PageToken=" + encodeComponent(pageToken, false);
        return QString(base + QLatin1Char('?') + QString::fromLatin1(query));
    };

    QJsonArray array;
    for (const T &x : slice)
        array.append(toJson(x));
    const int start = page * pageSize;
    QJsonObject o{
        {arrayKey, array},
        {QStringLiteral("end"), start + std::max<int>(0, int(slice.size()) - 1)},
        {QStringLiteral("first_page_uri"), uri(0, {})},
        {QStringLiteral("next_page_uri"),
         hasNext ? QJsonValue(uri(page + 1, QStringLiteral("PA") + slice.last().sid)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("page"), page},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("previous_page_uri"),
         page > 0 && !slice.isEmpty() ? QJsonValue(uri(page - 1, QStringLiteral("PB") + slice.first().sid))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("start"), start},
        {QStringLiteral("uri"), uri(page, token)},
    };
    return jsonReply(200, o);
}

} // namespace Rebound::Core::Sandbox
