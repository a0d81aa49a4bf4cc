#include "twiliojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

namespace Rebound::Core::TwilioJson {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QJsonValue strOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(formatDate(d)) : QJsonValue(QJsonValue::Null);
}

bool requireSid(const QJsonObject &o, const char *what, QString *error)
{
    if (!str(o, "sid").isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("the provider sent a %1 without a sid").arg(QLatin1String(what));
    return false;
}

} // namespace

QDateTime parseDate(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QString text = v.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!d.isValid()) {
        // Compatible providers have been seen writing "Sept" and ISO 8601.
        static const QRegularExpression longMonth(
            QStringLiteral("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]+\\b"));
        text.replace(longMonth, QStringLiteral("\\1"));
        d = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODateWithMs);
    return d.isValid() ? d.toUTC() : QDateTime();
}

QString formatDate(const QDateTime &utc)
{
    // Twilio writes "+0000" where Qt's RFC 2822 output would say so too, but
    // day and month names must be English whatever the locale.
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + QStringLiteral(" +0000");
}

int parseInt(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

std::optional<Account> parseAccount(const QJsonObject &o, QString *error)
{
    if (!requireSid(o, "account", error))
        return std::nullopt;
    Account a;
    a.sid = str(o, "sid");
    a.friendlyName = str(o, "friendly_name");
    a.status = str(o, "status");
    a.type = str(o, "type");
    a.ownerAccountSid = str(o, "owner_account_sid");
    a.dateCreated = parseDate(o.value(QLatin1String("date_created")));
    return a;
}

std::optional<IncomingNumber> parseIncomingNumber(const QJsonObject &o, QString *error)
{
    if (!requireSid(o, "phone number", error))
        return std::nullopt;
    IncomingNumber n;
    n.sid = str(o, "sid");
    n.phoneNumber = str(o, "phone_number");
    if (n.phoneNumber.isEmpty()) {
        if (error)
            *error = QStringLiteral("the provider sent a phone number without its number");
        return std::nullopt;
    }
    n.friendlyName = str(o, "friendly_name");
    const QJsonObject caps = o.value(QLatin1String("capabilities")).toObject();
    // Twilio writes lower case keys; some older payloads capitalise them.
    auto cap = [&caps](const char *lower, const char *upper) {
        return caps.value(QLatin1String(lower)).toBool(caps.value(QLatin1String(upper)).toBool());
    };
    n.voice = cap("voice", "Voice");
    n.sms = cap("sms", "SMS");
    n.mms = cap("mms", "MMS");
    n.voiceUrl = str(o, "voice_url");
    n.smsUrl = str(o, "sms_url");
    n.statusCallback = str(o, "status_callback");
    return n;
}

std::optional<Call> parseCall(const QJsonObject &o, QString *error)
{
    if (!requireSid(o, "call", error))
        return std::nullopt;
    Call c;
    c.sid = str(o, "sid");
    c.parentCallSid = str(o, "parent_call_sid");
    c.accountSid = str(o, "account_sid");
    c.from = str(o, "from");
    c.to = str(o, "to");
    c.direction = str(o, "direction");
    c.answeredBy = str(o, "answered_by");
    c.forwardedFrom = str(o, "forwarded_from");
    c.callerName = str(o, "caller_name");
    c.phoneNumberSid = str(o, "phone_number_sid");
    c.status = callStatusFromString(str(o, "status"));
    c.dateCreated = parseDate(o.value(QLatin1String("date_created")));
    c.dateUpdated = parseDate(o.value(QLatin1String("date_updated")));
    c.startTime = parseDate(o.value(QLatin1String("start_time")));
    c.endTime = parseDate(o.value(QLatin1String("end_time")));
    c.durationSeconds = parseInt(o.value(QLatin1String("duration")), -1);
    return c;
}

std::optional<Message> parseMessage(const QJsonObject &o, QString *error)
{
    if (!requireSid(o, "message", error))
        return std::nullopt;
    Message m;
    m.sid = str(o, "sid");
    m.accountSid = str(o, "account_sid");
    m.messagingServiceSid = str(o, "messaging_service_sid");
    m.from = str(o, "from");
    m.to = str(o, "to");
    m.body = str(o, "body");
    m.status = messageStatusFromString(str(o, "status"));
    m.direction = messageDirectionFromString(str(o, "direction"));
    m.numSegments = parseInt(o.value(QLatin1String("num_segments")), 0);
    m.numMedia = parseInt(o.value(QLatin1String("num_media")), 0);
    const QJsonValue code = o.value(QLatin1String("error_code"));
    const int parsed = parseInt(code, 0);
    if (parsed != 0)
        m.errorCode = parsed;
    m.errorMessage = str(o, "error_message");
    m.dateCreated = parseDate(o.value(QLatin1String("date_created")));
    m.dateSent = parseDate(o.value(QLatin1String("date_sent")));
    m.dateUpdated = parseDate(o.value(QLatin1String("date_updated")));
    return m;
}

QJsonObject toJson(const Account &a)
{
    const QString base = QStringLiteral("/2010-04-01/Accounts/") + a.sid;
    QJsonObject sub;
    sub.insert(QStringLiteral("calls"), QString(base + QStringLiteral("/Calls.json")));
    sub.insert(QStringLiteral("messages"), QString(base + QStringLiteral("/Messages.json")));
    sub.insert(QStringLiteral("incoming_phone_numbers"), QString(base + QStringLiteral("/IncomingPhoneNumbers.json")));
    return QJsonObject{
        {QStringLiteral("sid"), a.sid},
        {QStringLiteral("friendly_name"), a.friendlyName},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("owner_account_sid"), a.ownerAccountSid.isEmpty() ? a.sid : a.ownerAccountSid},
        {QStringLiteral("auth_token"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("date_created"), dateOrNull(a.dateCreated)},
        {QStringLiteral("date_updated"), dateOrNull(a.dateCreated)},
        {QStringLiteral("uri"), QString(base + QStringLiteral(".json"))},
        {QStringLiteral("subresource_uris"), sub},
    };
}

QJsonObject toJson(const IncomingNumber &n, const QString &accountSid)
{
    return QJsonObject{
        {QStringLiteral("sid"), n.sid},
        {QStringLiteral("account_sid"), accountSid},
        {QStringLiteral("phone_number"), n.phoneNumber},
        {QStringLiteral("friendly_name"), n.friendlyName},
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("voice"), n.voice},
                     {QStringLiteral("sms"), n.sms},
                     {QStringLiteral("mms"), n.mms},
                     {QStringLiteral("fax"), false}}},
        {QStringLiteral("voice_url"), strOrNull(n.voiceUrl)},
        {QStringLiteral("voice_method"), QStringLiteral("POST")},
        {QStringLiteral("sms_url"), strOrNull(n.smsUrl)},
        {QStringLiteral("sms_method"), QStringLiteral("POST")},
        {QStringLiteral("status_callback"), strOrNull(n.statusCallback)},
        {QStringLiteral("status_callback_method"), QStringLiteral("POST")},
        {QStringLiteral("voice_application_sid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sms_application_sid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trunk_sid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("origin"), QStringLiteral("twilio")},
        {QStringLiteral("status"), QStringLiteral("in-use")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("uri"),
         QStringLiteral("/2010-04-01/Accounts/%1/IncomingPhoneNumbers/%2.json").arg(accountSid, n.sid)},
    };
}

QJsonObject toJson(const Call &c)
{
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2.json").arg(c.accountSid, c.sid);
    return QJsonObject{
        {QStringLiteral("sid"), c.sid},
        {QStringLiteral("date_created"), dateOrNull(c.dateCreated)},
        {QStringLiteral("date_updated"), dateOrNull(c.dateUpdated)},
        {QStringLiteral("parent_call_sid"), strOrNull(c.parentCallSid)},
        {QStringLiteral("account_sid"), c.accountSid},
        {QStringLiteral("to"), c.to},
        {QStringLiteral("to_formatted"), c.to},
        {QStringLiteral("from"), c.from},
        {QStringLiteral("from_formatted"), c.from},
        {QStringLiteral("phone_number_sid"), strOrNull(c.phoneNumberSid)},
        {QStringLiteral("status"), toString(c.status)},
        {QStringLiteral("start_time"), dateOrNull(c.startTime)},
        {QStringLiteral("end_time"), dateOrNull(c.endTime)},
        // Twilio sends the duration as a string, and none while ringing or unanswered.
        {QStringLiteral("duration"),
         c.durationSeconds >= 0 ? QJsonValue(QString::number(c.durationSeconds)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("price"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("direction"), c.direction},
        {QStringLiteral("answered_by"), strOrNull(c.answeredBy)},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("forwarded_from"), strOrNull(c.forwardedFrom)},
        {QStringLiteral("group_sid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("caller_name"), strOrNull(c.callerName)},
        {QStringLiteral("queue_time"), QStringLiteral("0")},
        {QStringLiteral("trunk_sid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("uri"), uri},
        {QStringLiteral("subresource_uris"),
         QJsonObject{{QStringLiteral("notifications"),
                      QString(uri).replace(QStringLiteral(".json"), QStringLiteral("/Notifications.json"))},
                     {QStringLiteral("recordings"),
                      QString(uri).replace(QStringLiteral(".json"), QStringLiteral("/Recordings.json"))}}},
    };
}

QJsonObject toJson(const Message &m)
{
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(m.accountSid, m.sid);
    return QJsonObject{
        {QStringLiteral("sid"), m.sid},
        {QStringLiteral("account_sid"), m.accountSid},
        {QStringLiteral("messaging_service_sid"), strOrNull(m.messagingServiceSid)},
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("status"), toString(m.status)},
        {QStringLiteral("direction"), toString(m.direction)},
        {QStringLiteral("num_segments"), QString::number(m.numSegments)},
        {QStringLiteral("num_media"), QString::number(m.numMedia)},
        {QStringLiteral("error_code"), m.errorCode ? QJsonValue(*m.errorCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_message"), strOrNull(m.errorMessage)},
        {QStringLiteral("price"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("date_created"), dateOrNull(m.dateCreated)},
        {QStringLiteral("date_sent"), dateOrNull(m.dateSent)},
        {QStringLiteral("date_updated"), dateOrNull(m.dateUpdated)},
        {QStringLiteral("uri"), uri},
        {QStringLiteral("subresource_uris"),
         QJsonObject{
             {QStringLiteral("media"), QString(uri).replace(QStringLiteral(".json"), QStringLiteral("/Media.json"))}}},
    };
}

QJsonObject errorBody(int code, const QString &message, int httpStatus)
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
        {QStringLiteral("status"), httpStatus},
    };
}

ProviderError parseError(int httpStatus, const QByteArray &body)
{
    ProviderError e;
    e.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = TwilioJson::parseInt(o.value(QLatin1String("code")), 0);
    e.message = o.value(QLatin1String("message")).toString();
    if (e.message.isEmpty())
        e.message = o.value(QLatin1String("detail")).toString(o.value(QLatin1String("title")).toString());
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1").arg(httpStatus);
    e.moreInfo = o.value(QLatin1String("more_info")).toString();

    if (httpStatus == 429)
        e.kind = ProviderError::Kind::RateLimited;
    else if (httpStatus >= 500)
        e.kind = ProviderError::Kind::Server;
    else if (e.code == 20005 || e.code == 20008 || e.code == 10001)
        e.kind = ProviderError::Kind::AccountInactive;
    else if (httpStatus == 401 || httpStatus == 403 || e.code == 20003)
        e.kind = ProviderError::Kind::Authentication;
    else if (httpStatus == 404)
        e.kind = ProviderError::Kind::NotFound;
    else
        e.kind = ProviderError::Kind::Rejected;
    return e;
}

std::optional<QUrl> nextPageUrl(const QUrl &baseUrl, const QString &nextPageUri)
{
    if (nextPageUri.isEmpty())
        return std::nullopt;
    QUrl next;
    if (nextPageUri.startsWith(QLatin1Char('/'))) {
        // next_page_uri is a path on the API's host, used verbatim.
        next = QUrl::fromEncoded(baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toEncoded()
                                 + nextPageUri.toUtf8());
    } else {
        next = QUrl::fromEncoded(nextPageUri.toUtf8());
    }
    // Credentials go with every request: never follow a page link off the API host.
    if (!next.isValid() || next.host() != baseUrl.host() || next.port() != baseUrl.port()
        || next.scheme() != baseUrl.scheme())
        return std::nullopt;
    return next;
}

} // namespace Rebound::Core::TwilioJson
