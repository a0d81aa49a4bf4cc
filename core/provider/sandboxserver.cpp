#include "sandboxserver.h"

#include "../domain/smssegments.h"
#include "twiliojson.h"
#include "twiliosignature.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <utility>

namespace Rebound::Core {

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "rebound.sandbox")

using Params = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr int kMaxLogEntries = 5000;
constexpr int kMaxBodyLength = 1600;
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;
// The parent leg of a <Dial> ends this long after its child: Twilio runs the
// action TwiML (usually a hang-up or a short voicemail prompt) in between.
constexpr int kParentHangupMs = 300;

const QString &apiVersion()
{
    static const QString v = QStringLiteral("2010-04-01");
    return v;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return re.match(number).hasMatch();
}

QString randomHex(int digits)
{
    QString out;
    out.reserve(digits);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < digits; ++i)
        out.append(QLatin1Char("0123456789abcdef"[rng->bounded(16)]));
    return out;
}

// application/x-www-form-urlencoded, decoded the way Twilio decodes it: '+'
// is a space, so a client that forgets to escape the '+' of an E.164 number
// finds nothing, exactly as it would against the real API.
Params parseForm(const QByteArray &data)
{
    Params out;
    const QList<QByteArray> parts = data.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray encodeComponent(const QString &text, bool spaceAsPlus)
{
    QByteArray out = QUrl::toPercentEncoding(text, spaceAsPlus ? QByteArrayLiteral(" ") : QByteArray());
    if (spaceAsPlus)
        out.replace(' ', '+');
    return out;
}

QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodeComponent(name, true));
        out.append('=');
        out.append(encodeComponent(value, true));
    }
    return out;
}

std::optional<QString> paramValue(const Params &params, QLatin1String name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QString param(const Params &params, QLatin1String name)
{
    return paramValue(params, name).value_or(QString());
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QJsonValue strOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The outcome of one REST or control request before any fault touches it.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    Headers headers;
};

Reply jsonReply(int status, const QJsonObject &o)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply twilioError(int httpStatus, int code, const QString &message)
{
    return jsonReply(httpStatus, TwilioJson::errorBody(code, message, httpStatus));
}

Reply unauthenticated()
{
    Reply r = twilioError(401, 20003, QStringLiteral("Authenticate"));
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Twilio API\"")});
    return r;
}

Reply notFound(const QString &path)
{
    return twilioError(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path));
}

Reply methodNotAllowed()
{
    return twilioError(405, 20004, QStringLiteral("Method not allowed"));
}

// The Twilio error a status fault answers with.
Reply faultReply(int status, int retryAfterSeconds)
{
    Reply r;
    switch (status) {
    case 429:
        r = twilioError(429, 20429, QStringLiteral("Too Many Requests"));
        break;
    case 500:
        r = twilioError(500, 20500, QStringLiteral("Internal Server Error"));
        break;
    case 503:
        r = twilioError(503, 20503, QStringLiteral("Service Unavailable"));
        break;
    case 400:
        r = twilioError(400, 20001, QStringLiteral("Bad Request"));
        break;
    case 401:
        r = unauthenticated();
        break;
    case 404:
        r = twilioError(404, 20404, QStringLiteral("Not Found"));
        break;
    default:
        r = twilioError(status, 20000 + status, QString::fromLatin1(reasonPhrase(status)));
        break;
    }
    if (retryAfterSeconds >= 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return r;
}

QByteArray serialize(const Reply &reply, bool keepAlive)
{
    QByteArray out;
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(reply.status));
    out.append(' ');
    out.append(reasonPhrase(reply.status));
    out.append("\r\n");
    if (reply.status != 204) {
        out.append("Content-Type: ");
        out.append(reply.contentType);
        out.append("\r\n");
    }
    out.append("Content-Length: ");
    out.append(QByteArray::number(reply.body.size()));
    out.append("\r\n");
    out.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("Twilio-Request-Id: RQ");
    out.append(randomHex(32).toLatin1());
    out.append("\r\n");
    for (const auto &[name, value] : reply.headers) {
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    out.append("\r\n");
    out.append(reply.body);
    return out;
}

void writeReply(QTcpSocket *socket, const Reply &reply, bool keepAlive)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serialize(reply, keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

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

// Reads `Name`, `Name<` and `Name>` from the query; false and `error` set when a value is unreadable.
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

QString fillWildcard(const QString &pattern)
{
    QString re;
    for (const QChar c : pattern)
        re += c == QLatin1Char('*') ? QStringLiteral("\\d") : QRegularExpression::escape(QString(c));
    return re;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

const std::array<std::pair<SandboxServer::Fault::Kind, const char *>, 7> kFaultNames{{
    {SandboxServer::Fault::Kind::Status, "status"},
    {SandboxServer::Fault::Kind::Drop, "drop"},
    {SandboxServer::Fault::Kind::DropAfterProcessing, "drop_after_processing"},
    {SandboxServer::Fault::Kind::StatusAfterProcessing, "status_after_processing"},
    {SandboxServer::Fault::Kind::Delay, "delay"},
    {SandboxServer::Fault::Kind::Malformed, "malformed"},
    {SandboxServer::Fault::Kind::Truncated, "truncated"},
}};

bool isStopWord(const QString &word)
{
    static const QStringList words{QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
                                   QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
                                   QStringLiteral("REVOKE"), QStringLiteral("OPTOUT")};
    return words.contains(word);
}

bool isStartWord(const QString &word)
{
    static const QStringList words{QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES")};
    return words.contains(word);
}

QString optOutKey(const QString &sender, const QString &recipient)
{
    return sender + QLatin1Char('|') + recipient;
}

QString durationText(int seconds)
{
    return seconds >= 0 ? QString::number(seconds) : QStringLiteral("0");
}

} // namespace

// ---------------------------------------------------------------------------
// The world: accounts, their numbers, calls, messages and opt-outs.

struct SandboxServer::World
{
    struct AccountState
    {
        SandboxAccount data;
        QList<Call> calls; // in creation order
        QList<Message> messages; // in creation order
        QHash<QString, int> sequence; // next SequenceNumber of each call's status callbacks
        QHash<QString, QString> messageCallbacks; // message sid -> StatusCallback URL
        QSet<QString> optedOut; // optOutKey(business number, customer)
    };

    struct RestRequest
    {
        QByteArray method;
        QString path;
        QString target; // path and query, as logged
        Params query;
        Params form;
        QByteArray authorization;
    };

    explicit World(SandboxServer *server)
        : q(server)
    { }

    SandboxServer *q;
    std::map<QString, AccountState> accounts;
    quint32 counter = QRandomGenerator::global()->bounded(0x10000000u, 0x7fffffffu);
    int sentAfterMs = 400;
    int deliveredAfterMs = 1500;
    int malformedCount = 0;

    // SIDs grow within a run so that items created in the same millisecond
    // still list in creation order; the random tail keeps them unique across runs.
    QString newSid(QLatin1String prefix)
    {
        return prefix + QString::number(++counter, 16).rightJustified(8, QLatin1Char('0')) + randomHex(24);
    }

    AccountState *account(const QString &sid)
    {
        const auto it = accounts.find(sid);
        return it == accounts.end() ? nullptr : &it->second;
    }

    static const IncomingNumber *number(const AccountState &acc, const QString &e164)
    {
        for (const IncomingNumber &n : acc.data.numbers) {
            if (n.phoneNumber == e164)
                return &n;
        }
        return nullptr;
    }

    static Call *call(AccountState &acc, const QString &sid)
    {
        for (Call &c : acc.calls) {
            if (c.sid == sid)
                return &c;
        }
        return nullptr;
    }

    static Message *message(AccountState &acc, const QString &sid)
    {
        for (Message &m : acc.messages) {
            if (m.sid == sid)
                return &m;
        }
        return nullptr;
    }

    AccountState *authenticate(const QByteArray &authorization)
    {
        if (authorization.left(6).toLower() != "basic ")
            return nullptr;
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon <= 0)
            return nullptr;
        const QString user = QString::fromUtf8(decoded.left(colon));
        const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
        for (auto &[sid, acc] : accounts) {
            const bool userMatches = user == sid || (!acc.data.apiKeySid.isEmpty() && user == acc.data.apiKeySid);
            if (userMatches && !acc.data.authToken.isEmpty() && secret == acc.data.authToken)
                return &acc;
        }
        return nullptr;
    }

    // ---- webhooks -------------------------------------------------------

    void postWebhook(const QString &url, const Params &params, const QString &token)
    {
        const QUrl target(url);
        if (!target.isValid()
            || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
            qCWarning(lcSandbox) << "not posting a webhook to an unusable URL" << url;
            return;
        }
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TwilioProxy/1.1"));
        request.setRawHeader("X-Twilio-Signature", TwilioSignature::compute(token, url, params));
        request.setRawHeader("I-Twilio-Idempotency-Token", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = q->m_webhooks->post(request, formEncode(params));
        // Twilio's own retries are out of scope: a failed webhook is only logged.
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url] {
            if (reply->error() != QNetworkReply::NoError)
                qCInfo(lcSandbox) << "webhook to" << url << "failed:" << reply->errorString();
            reply->deleteLater();
        });
    }

    // The IncomingPhoneNumber a call belongs to: the called number of an
    // inbound leg, the calling number of a <Dial> child leg.
    static const IncomingNumber *numberOfCall(const AccountState &acc, const Call &c)
    {
        if (const IncomingNumber *n = number(acc, c.to))
            return n;
        return number(acc, c.from);
    }

    void postCallStatus(AccountState &acc, const Call &c)
    {
        const IncomingNumber *n = numberOfCall(acc, c);
        if (!n || n->statusCallback.isEmpty())
            return;
        const int sequence = acc.sequence.value(c.sid, 0);
        acc.sequence.insert(c.sid, sequence + 1);
        Params p{
            {QStringLiteral("CallSid"), c.sid},
            {QStringLiteral("AccountSid"), c.accountSid},
            {QStringLiteral("From"), c.from},
            {QStringLiteral("Caller"), c.from},
            {QStringLiteral("To"), c.to},
            {QStringLiteral("Called"), c.to},
            {QStringLiteral("CallStatus"), toString(c.status)},
            {QStringLiteral("Direction"), c.direction},
            {QStringLiteral("ApiVersion"), apiVersion()},
            {QStringLiteral("CallDuration"), durationText(c.durationSeconds)},
            {QStringLiteral("Timestamp"), TwilioJson::formatDate(nowUtc())},
            {QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events")},
            {QStringLiteral("SequenceNumber"), QString::number(sequence)},
        };
        if (!c.parentCallSid.isEmpty())
            p.append({QStringLiteral("ParentCallSid"), c.parentCallSid});
        if (!c.answeredBy.isEmpty())
            p.append({QStringLiteral("AnsweredBy"), c.answeredBy});
        if (!c.forwardedFrom.isEmpty())
            p.append({QStringLiteral("ForwardedFrom"), c.forwardedFrom});
        postWebhook(n->statusCallback, p, acc.data.authToken);
    }

    void postDialAction(AccountState &acc, const Call &parent, const Call &child)
    {
        const IncomingNumber *n = numberOfCall(acc, parent);
        if (!n || n->statusCallback.isEmpty())
            return;
        const Params p{
            {QStringLiteral("CallSid"), parent.sid},
            {QStringLiteral("AccountSid"), parent.accountSid},
            {QStringLiteral("From"), parent.from},
            {QStringLiteral("Caller"), parent.from},
            {QStringLiteral("To"), parent.to},
            {QStringLiteral("Called"), parent.to},
            {QStringLiteral("CallStatus"), toString(parent.status)},
            {QStringLiteral("Direction"), parent.direction},
            {QStringLiteral("ApiVersion"), apiVersion()},
            {QStringLiteral("DialCallStatus"), toString(child.status)},
            {QStringLiteral("DialCallSid"), child.sid},
            {QStringLiteral("DialCallDuration"), durationText(child.durationSeconds)},
        };
        postWebhook(n->statusCallback, p, acc.data.authToken);
    }

    void postIncomingSms(AccountState &acc, const Message &m)
    {
        const IncomingNumber *n = number(acc, m.to);
        if (!n || n->smsUrl.isEmpty())
            return;
        const Params p{
            {QStringLiteral("MessageSid"), m.sid},
            {QStringLiteral("SmsSid"), m.sid},
            {QStringLiteral("SmsMessageSid"), m.sid},
            {QStringLiteral("AccountSid"), m.accountSid},
            {QStringLiteral("From"), m.from},
            {QStringLiteral("To"), m.to},
            {QStringLiteral("Body"), m.body},
            {QStringLiteral("NumMedia"), QStringLiteral("0")},
            {QStringLiteral("NumSegments"), QString::number(m.numSegments)},
            {QStringLiteral("SmsStatus"), QStringLiteral("received")},
            {QStringLiteral("ApiVersion"), apiVersion()},
        };
        postWebhook(n->smsUrl, p, acc.data.authToken);
    }

    void postMessageStatus(AccountState &acc, const Message &m)
    {
        const QString url = acc.messageCallbacks.value(m.sid);
        if (url.isEmpty())
            return;
        Params p{
            {QStringLiteral("MessageSid"), m.sid},
            {QStringLiteral("SmsSid"), m.sid},
            {QStringLiteral("AccountSid"), m.accountSid},
            {QStringLiteral("From"), m.from},
            {QStringLiteral("To"), m.to},
            {QStringLiteral("MessageStatus"), toString(m.status)},
            {QStringLiteral("SmsStatus"), toString(m.status)},
            {QStringLiteral("ApiVersion"), apiVersion()},
        };
        if (!m.messagingServiceSid.isEmpty())
            p.append({QStringLiteral("MessagingServiceSid"), m.messagingServiceSid});
        postWebhook(url, p, acc.data.authToken);
    }

    // ---- calls ----------------------------------------------------------

    // Applies `change` to a call that may since have been wiped by resetWorld().
    bool updateCall(const QString &accountSid, const QString &sid, const std::function<void(Call &)> &change)
    {
        AccountState *acc = account(accountSid);
        Call *c = acc ? call(*acc, sid) : nullptr;
        if (!c)
            return false;
        change(*c);
        c->dateUpdated = nowUtc();
        return true;
    }

    void endCall(const QString &accountSid, const QString &sid, CallStatus status, int durationSeconds,
                 const QString &answeredBy = {})
    {
        const bool found = updateCall(accountSid, sid, [&](Call &c) {
            c.status = status;
            c.durationSeconds = durationSeconds;
            c.endTime = nowUtc();
            if (!answeredBy.isEmpty())
                c.answeredBy = answeredBy;
        });
        if (!found)
            return;
        AccountState &acc = *account(accountSid);
        const Call ended = *call(acc, sid);
        postCallStatus(acc, ended);
        Q_EMIT q->callEnded(ended);
    }

    Call newLeg(const AccountState &acc, const QString &from, const QString &to, const QString &direction,
                const QString &phoneNumberSid)
    {
        Call c;
        c.sid = newSid(QLatin1String("CA"));
        c.accountSid = acc.data.account.sid;
        c.from = from;
        c.to = to;
        c.direction = direction;
        c.phoneNumberSid = phoneNumberSid;
        c.dateCreated = nowUtc();
        c.dateUpdated = c.dateCreated;
        c.startTime = c.dateCreated;
        return c;
    }

    static int voicemailSeconds() { return QRandomGenerator::global()->bounded(5, 21); }

    QString placeForwarded(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc)
    {
        Call leg = newLeg(acc, pc.from, n.phoneNumber, QStringLiteral("inbound"), n.sid);
        leg.status = CallStatus::Ringing;
        acc.calls.append(leg);
        Q_EMIT q->callPlaced(leg);

        const QString accountSid = acc.data.account.sid;
        const QString sid = leg.sid;
        QTimer::singleShot(pc.ringMs, q, [this, accountSid, sid, pc] {
            // The carrier only forwards calls nobody answered, and Twilio
            // answers them itself (voicemail TwiML), so a missed call shows up
            // here as a short completed call.
            switch (pc.outcome) {
            case PlacedCall::Outcome::Missed:
            case PlacedCall::Outcome::Voicemail:
                endCall(accountSid, sid, CallStatus::Completed, voicemailSeconds());
                break;
            case PlacedCall::Outcome::Busy:
                endCall(accountSid, sid, CallStatus::Busy, -1);
                break;
            case PlacedCall::Outcome::Canceled:
                endCall(accountSid, sid, CallStatus::Canceled, -1);
                break;
            case PlacedCall::Outcome::Failed:
                endCall(accountSid, sid, CallStatus::Failed, -1);
                break;
            case PlacedCall::Outcome::Answered:
                if (updateCall(accountSid, sid, [](Call &c) { c.status = CallStatus::InProgress; })) {
                    QTimer::singleShot(pc.talkSeconds * 1000, q, [this, accountSid, sid, pc] {
                        endCall(accountSid, sid, CallStatus::Completed, pc.talkSeconds);
                    });
                }
                break;
            }
        });
        return sid;
    }

    QString placeDial(AccountState &acc, const IncomingNumber &n, const PlacedCall &pc)
    {
        Call parent = newLeg(acc, pc.from, n.phoneNumber, QStringLiteral("inbound"), n.sid);
        // Twilio answers the inbound leg to run the TwiML that <Dial>s the owner.
        parent.status = CallStatus::InProgress;
        acc.calls.append(parent);
        Call child =
            newLeg(acc, n.phoneNumber, QString::fromLatin1(demoOwnerCell), QStringLiteral("outbound-dial"), {});
        child.parentCallSid = parent.sid;
        child.status = CallStatus::Ringing;
        acc.calls.append(child);
        Q_EMIT q->callPlaced(parent);
        Q_EMIT q->callPlaced(child);

        const QString accountSid = acc.data.account.sid;
        const QString parentSid = parent.sid;
        const QString childSid = child.sid;
        const int ringSeconds = (pc.ringMs + 999) / 1000;

        auto finish = [this, accountSid, parentSid, childSid,
                       ringSeconds](CallStatus status, int duration, const QString &answeredBy, int afterSeconds) {
            endCall(accountSid, childSid, status, duration, answeredBy);
            AccountState *a = account(accountSid);
            const Call *p = a ? call(*a, parentSid) : nullptr;
            const Call *c = a ? call(*a, childSid) : nullptr;
            if (!p || !c)
                return;
            postDialAction(*a, *p, *c);
            const int parentSeconds = ringSeconds + std::max(duration, 0) + afterSeconds;
            QTimer::singleShot(kParentHangupMs, q, [this, accountSid, parentSid, parentSeconds] {
                endCall(accountSid, parentSid, CallStatus::Completed, parentSeconds);
            });
        };

        QTimer::singleShot(pc.ringMs, q, [this, accountSid, childSid, pc, finish] {
            switch (pc.outcome) {
            case PlacedCall::Outcome::Missed:
                // The caller then hears the app's own voicemail prompt on the parent leg.
                finish(CallStatus::NoAnswer, -1, {}, voicemailSeconds());
                break;
            case PlacedCall::Outcome::Voicemail:
                // The owner's carrier voicemail picked up: completed, but by a machine.
                finish(CallStatus::Completed, 20 + QRandomGenerator::global()->bounded(-3, 4),
                       QStringLiteral("machine"), 0);
                break;
            case PlacedCall::Outcome::Busy:
                finish(CallStatus::Busy, -1, {}, 0);
                break;
            case PlacedCall::Outcome::Canceled:
                finish(CallStatus::Canceled, -1, {}, 0);
                break;
            case PlacedCall::Outcome::Failed:
                finish(CallStatus::Failed, -1, {}, 0);
                break;
            case PlacedCall::Outcome::Answered:
                if (updateCall(accountSid, childSid, [](Call &c) { c.status = CallStatus::InProgress; })) {
                    QTimer::singleShot(pc.talkSeconds * 1000, q,
                                       [pc, finish] { finish(CallStatus::Completed, pc.talkSeconds, {}, 0); });
                }
                break;
            }
        });
        return parentSid;
    }

    // ---- messages -------------------------------------------------------

    void advanceMessage(const QString &accountSid, const QString &sid, MessageStatus status)
    {
        AccountState *acc = account(accountSid);
        Message *m = acc ? message(*acc, sid) : nullptr;
        if (!m)
            return;
        m->status = status;
        m->dateUpdated = nowUtc();
        if (status == MessageStatus::Sent && !m->dateSent.isValid())
            m->dateSent = m->dateUpdated;
        postMessageStatus(*acc, *m);
    }

    Reply createMessage(AccountState &acc, const Params &form)
    {
        const auto to = paramValue(form, QLatin1String("To"));
        const QString from = param(form, QLatin1String("From")).trimmed();
        const QString service = param(form, QLatin1String("MessagingServiceSid")).trimmed();
        const auto body = paramValue(form, QLatin1String("Body"));
        const QString statusCallback = param(form, QLatin1String("StatusCallback"));

        if (!to || to->trimmed().isEmpty())
            return twilioError(400, 21604, QStringLiteral("A 'To' phone number is required."));
        const QString recipient = to->trimmed();
        if (from.isEmpty() && service.isEmpty())
            return twilioError(400, 21603, QStringLiteral("A 'From' phone number is required."));
        if (!body || body->isEmpty())
            return twilioError(400, 21602, QStringLiteral("Message body is required."));
        if (!isE164(recipient))
            return twilioError(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(recipient));

        const IncomingNumber *sender = nullptr;
        if (!from.isEmpty()) {
            sender = number(acc, from);
            if (!sender || !sender->sms) {
                return twilioError(400, 21606,
                                   QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone "
                                                  "number or short code for your account.")
                                       .arg(from));
            }
        } else {
            // A Messaging Service picks a sender from its pool: here, the account's first SMS number.
            for (const IncomingNumber &n : acc.data.numbers) {
                if (n.sms) {
                    sender = &n;
                    break;
                }
            }
            if (!sender)
                return twilioError(400, 21606,
                                   QStringLiteral("The Messaging Service has no phone number to send from."));
        }
        if (sender->phoneNumber == recipient)
            return twilioError(400, 21266,
                               QStringLiteral("'To' and 'From' number cannot be the same: %1").arg(recipient));
        if (body->size() > kMaxBodyLength)
            return twilioError(400, 21617,
                               QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
        if (!statusCallback.isEmpty()) {
            const QUrl cb(statusCallback);
            if (!cb.isValid() || (cb.scheme() != QLatin1String("http") && cb.scheme() != QLatin1String("https")))
                return twilioError(400, 21609, QStringLiteral("Invalid StatusCallback URL: %1").arg(statusCallback));
        }
        // With a Messaging Service the opt-out covers every number of the service.
        bool optedOut = acc.optedOut.contains(optOutKey(sender->phoneNumber, recipient));
        if (!service.isEmpty() && from.isEmpty()) {
            for (const IncomingNumber &n : acc.data.numbers)
                optedOut = optedOut || acc.optedOut.contains(optOutKey(n.phoneNumber, recipient));
        }
        if (optedOut)
            return twilioError(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));

        Message m;
        m.sid = newSid(QLatin1String("SM"));
        m.accountSid = acc.data.account.sid;
        m.messagingServiceSid = service;
        m.from = sender->phoneNumber;
        m.to = recipient;
        m.body = *body;
        m.status = MessageStatus::Queued;
        m.direction = MessageDirection::OutboundApi;
        m.numSegments = SmsSegments::measure(m.body).segments;
        m.dateCreated = nowUtc();
        m.dateUpdated = m.dateCreated;
        acc.messages.append(m);
        if (!statusCallback.isEmpty())
            acc.messageCallbacks.insert(m.sid, statusCallback);

        const QString accountSid = m.accountSid;
        const QString sid = m.sid;
        QTimer::singleShot(sentAfterMs, q,
                           [this, accountSid, sid] { advanceMessage(accountSid, sid, MessageStatus::Sent); });
        QTimer::singleShot(std::max(deliveredAfterMs, sentAfterMs), q,
                           [this, accountSid, sid] { advanceMessage(accountSid, sid, MessageStatus::Delivered); });
        Q_EMIT q->messageCreated(m);
        return jsonReply(201, TwilioJson::toJson(m));
    }

    // ---- listing --------------------------------------------------------

    // One page of `items` (already filtered, newest first), in Twilio's envelope.
    template<typename T, typename ToJson>
    Reply listPage(const QList<T> &items, const QList<T> &all, const RestRequest &r, QLatin1String arrayKey,
                   ToJson toJson)
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
                    400, 21481,
                    QStringLiteral("Invalid PageToken: be sure you are requesting the provided paging urls"));
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
             hasNext ? QJsonValue(uri(page + 1, QStringLiteral("PA") + slice.last().sid))
                     : QJsonValue(QJsonValue::Null)},
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

    Reply listCalls(AccountState &acc, const RestRequest &r)
    {
        QString error;
        QList<DayFilter> startFilters;
        QList<DayFilter> endFilters;
        if (!readDayFilters(r.query, QStringLiteral("StartTime"), &startFilters, &error)
            || !readDayFilters(r.query, QStringLiteral("EndTime"), &endFilters, &error))
            return twilioError(400, 20001, error);
        const auto to = paramValue(r.query, QLatin1String("To"));
        const auto from = paramValue(r.query, QLatin1String("From"));
        const auto parent = paramValue(r.query, QLatin1String("ParentCallSid"));
        const auto statusText = paramValue(r.query, QLatin1String("Status"));
        std::optional<CallStatus> status;
        if (statusText) {
            status = callStatusFromString(*statusText);
            if (*status == CallStatus::Unknown)
                return twilioError(400, 20001,
                                   QStringLiteral("Status is not a valid call status: '%1'").arg(*statusText));
        }
        QList<Call> all = acc.calls;
        std::sort(all.begin(), all.end(), newerThan<Call>);
        QList<Call> items;
        for (const Call &c : std::as_const(all)) {
            if ((to && c.to != *to) || (from && c.from != *from) || (parent && c.parentCallSid != *parent)
                || (status && c.status != *status) || !matchesAll(startFilters, c.startTime)
                || !matchesAll(endFilters, c.endTime))
                continue;
            items.append(c);
        }
        return listPage(items, all, r, QLatin1String("calls"), [](const Call &c) { return TwilioJson::toJson(c); });
    }

    Reply listMessages(AccountState &acc, const RestRequest &r)
    {
        QString error;
        QList<DayFilter> sentFilters;
        if (!readDayFilters(r.query, QStringLiteral("DateSent"), &sentFilters, &error))
            return twilioError(400, 20001, error);
        const auto to = paramValue(r.query, QLatin1String("To"));
        const auto from = paramValue(r.query, QLatin1String("From"));
        QList<Message> all = acc.messages;
        std::sort(all.begin(), all.end(), newerThan<Message>);
        QList<Message> items;
        for (const Message &m : std::as_const(all)) {
            if ((to && m.to != *to) || (from && m.from != *from) || !matchesAll(sentFilters, m.dateSent))
                continue;
            items.append(m);
        }
        return listPage(items, all, r, QLatin1String("messages"),
                        [](const Message &m) { return TwilioJson::toJson(m); });
    }

    // Numbers have no creation time of their own here; they list in the order they were added.
    struct ListedNumber
    {
        IncomingNumber number;
        QString sid;
        QDateTime dateCreated;
    };

    Reply listNumbers(AccountState &acc, const RestRequest &r)
    {
        const auto phone = paramValue(r.query, QLatin1String("PhoneNumber"));
        const auto friendly = paramValue(r.query, QLatin1String("FriendlyName"));
        QRegularExpression phoneRe;
        if (phone)
            phoneRe.setPattern(fillWildcard(phone->trimmed()));
        QList<ListedNumber> all;
        const QDateTime base = acc.data.account.dateCreated.isValid() ? acc.data.account.dateCreated : nowUtc();
        const qsizetype count = acc.data.numbers.size();
        for (qsizetype i = 0; i < count; ++i) {
            const IncomingNumber &n = acc.data.numbers.at(i);
            all.append({n, n.sid, base.addSecs(count - i)});
        }
        QList<ListedNumber> items;
        for (const ListedNumber &n : std::as_const(all)) {
            if (phone && !phoneRe.match(n.number.phoneNumber).hasMatch())
                continue;
            if (friendly && n.number.friendlyName != *friendly)
                continue;
            items.append(n);
        }
        const QString accountSid = acc.data.account.sid;
        return listPage(items, all, r, QLatin1String("incoming_phone_numbers"),
                        [accountSid](const ListedNumber &n) { return TwilioJson::toJson(n.number, accountSid); });
    }

    Reply updateNumber(AccountState &acc, IncomingNumber &n, const Params &form)
    {
        struct Field
        {
            QLatin1String name;
            QString *target;
            bool isUrl;
        };
        const std::array<Field, 4> fields{{
            {QLatin1String("VoiceUrl"), &n.voiceUrl, true},
            {QLatin1String("SmsUrl"), &n.smsUrl, true},
            {QLatin1String("StatusCallback"), &n.statusCallback, true},
            {QLatin1String("FriendlyName"), &n.friendlyName, false},
        }};
        for (const Field &f : fields) {
            const auto v = paramValue(form, f.name);
            if (!v || !f.isUrl || v->isEmpty())
                continue;
            const QUrl url(*v);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                return twilioError(400, 21502, QStringLiteral("%1 is not a valid URL: %2").arg(f.name, *v));
        }
        if (const auto v = paramValue(form, QLatin1String("FriendlyName")); v && v->size() > 64)
            return twilioError(400, 20001, QStringLiteral("FriendlyName must be at most 64 characters"));
        for (const Field &f : fields) {
            if (const auto v = paramValue(form, f.name))
                *f.target = *v;
        }
        return jsonReply(200, TwilioJson::toJson(n, acc.data.account.sid));
    }

    // ---- routing ----------------------------------------------------------

    Reply rest(const RestRequest &r)
    {
        const QString prefix = QStringLiteral("/2010-04-01/");
        if (!r.path.startsWith(prefix))
            return notFound(r.path);
        const QString rest = r.path.mid(prefix.size());
        const bool isGet = r.method == "GET";
        const bool isPost = r.method == "POST";

        AccountState *caller = authenticate(r.authorization);
        if (rest == QLatin1String("Accounts.json")) {
            if (!caller)
                return unauthenticated();
            if (!isGet)
                return methodNotAllowed();
            Reply page = listPage(QList<Account>{caller->data.account}, QList<Account>{caller->data.account}, r,
                                  QLatin1String("accounts"), [](const Account &a) { return TwilioJson::toJson(a); });
            return page;
        }
        if (!rest.startsWith(QLatin1String("Accounts/")))
            return notFound(r.path);
        const QStringList segments = rest.mid(int(qstrlen("Accounts/"))).split(QLatin1Char('/'));
        QString accountSid = segments.first();
        const bool accountFetch = segments.size() == 1;
        if (accountFetch) {
            if (!accountSid.endsWith(QLatin1String(".json")))
                return notFound(r.path);
            accountSid.chop(5);
        }
        // A valid key for another account is refused like a wrong one (20003).
        if (!caller || caller->data.account.sid != accountSid)
            return unauthenticated();
        AccountState &acc = *caller;
        if (accountFetch) {
            if (!isGet)
                return methodNotAllowed();
            return jsonReply(200, TwilioJson::toJson(acc.data.account));
        }
        if (acc.data.account.status != QLatin1String("active"))
            return twilioError(401, 20005, QStringLiteral("Account not active"));

        auto jsonName = [](const QString &segment) -> QString {
            return segment.endsWith(QLatin1String(".json")) ? segment.chopped(5) : QString();
        };
        if (segments.size() == 2) {
            const QString collection = jsonName(segments.at(1));
            if (collection == QLatin1String("Calls")) {
                return isGet ? listCalls(acc, r) : methodNotAllowed();
            }
            if (collection == QLatin1String("Messages")) {
                if (isGet)
                    return listMessages(acc, r);
                return isPost ? createMessage(acc, r.form) : methodNotAllowed();
            }
            if (collection == QLatin1String("IncomingPhoneNumbers"))
                return isGet ? listNumbers(acc, r) : methodNotAllowed();
            return notFound(r.path);
        }
        if (segments.size() == 3) {
            const QString collection = segments.at(1);
            const QString sid = jsonName(segments.at(2));
            if (sid.isEmpty())
                return notFound(r.path);
            if (collection == QLatin1String("Calls")) {
                const Call *c = call(acc, sid);
                if (!c)
                    return notFound(r.path);
                return isGet ? jsonReply(200, TwilioJson::toJson(*c)) : methodNotAllowed();
            }
            if (collection == QLatin1String("Messages")) {
                const Message *m = message(acc, sid);
                if (!m)
                    return notFound(r.path);
                return isGet ? jsonReply(200, TwilioJson::toJson(*m)) : methodNotAllowed();
            }
            if (collection == QLatin1String("IncomingPhoneNumbers")) {
                for (IncomingNumber &n : acc.data.numbers) {
                    if (n.sid != sid)
                        continue;
                    if (isGet)
                        return jsonReply(200, TwilioJson::toJson(n, acc.data.account.sid));
                    return isPost ? updateNumber(acc, n, r.form) : methodNotAllowed();
                }
                return notFound(r.path);
            }
        }
        return notFound(r.path);
    }
};

// ---------------------------------------------------------------------------

std::optional<SandboxServer::Fault::Kind> SandboxServer::Fault::kindFromString(QStringView name)
{
    for (const auto &[kind, text] : kFaultNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString SandboxServer::Fault::kindName(Kind kind)
{
    for (const auto &[k, text] : kFaultNames) {
        if (k == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_world(std::make_unique<World>(this))
    , m_webhooks(new QNetworkAccessManager(this))
{
    // Webhooks go to a listener on this machine or a tunnel; a system proxy
    // would only get in the way.
    m_webhooks->setProxy(QNetworkProxy::NoProxy);
    resetWorld();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::resetWorld(const QString &authToken)
{
    m_world->accounts.clear();
    const QString token = authToken.isEmpty() ? QString::fromLatin1(demoAuthToken) : authToken;
    const QDateTime created(QDate(2024, 3, 1), QTime(15, 0), Qt::UTC);

    SandboxAccount demo;
    demo.account.sid = QString::fromLatin1(demoAccountSid);
    demo.account.friendlyName = QStringLiteral("Rebound demo");
    demo.account.status = QStringLiteral("active");
    demo.account.type = QStringLiteral("Full");
    demo.account.dateCreated = created;
    demo.authToken = token;
    demo.apiKeySid = QString::fromLatin1(demoApiKeySid);
    IncomingNumber line;
    line.sid = QString::fromLatin1(demoNumberSid);
    line.phoneNumber = QString::fromLatin1(demoBusinessNumber);
    line.friendlyName = QStringLiteral("Demo Plumbing line");
    line.voice = true;
    line.sms = true;
    demo.numbers.append(line);
    addAccount(demo);

    SandboxAccount suspended;
    suspended.account.sid = QString::fromLatin1(suspendedAccountSid);
    suspended.account.friendlyName = QStringLiteral("Rebound suspended demo");
    suspended.account.status = QStringLiteral("suspended");
    suspended.account.type = QStringLiteral("Full");
    suspended.account.dateCreated = created;
    suspended.authToken = token;
    IncomingNumber old;
    old.phoneNumber = QStringLiteral("+15125550198");
    old.friendlyName = QStringLiteral("Old line");
    old.voice = true;
    old.sms = true;
    suspended.numbers.append(old);
    addAccount(suspended);
}

void SandboxServer::addAccount(const SandboxAccount &account)
{
    SandboxAccount copy = account;
    if (copy.account.sid.isEmpty())
        copy.account.sid = m_world->newSid(QLatin1String("AC"));
    if (!copy.account.dateCreated.isValid())
        copy.account.dateCreated = nowUtc();
    if (copy.account.status.isEmpty())
        copy.account.status = QStringLiteral("active");
    if (copy.account.ownerAccountSid.isEmpty())
        copy.account.ownerAccountSid = copy.account.sid;
    for (IncomingNumber &n : copy.numbers) {
        if (n.sid.isEmpty())
            n.sid = m_world->newSid(QLatin1String("PN"));
    }
    World::AccountState state;
    state.data = copy;
    m_world->accounts.insert_or_assign(copy.account.sid, std::move(state));
}

quint16 SandboxServer::start(quint16 port, const QHostAddress &address)
{
    m_address = address;
    m_port = listen(address, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "the sandbox could not listen on" << address << port;
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address.isNull();
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

QString SandboxServer::placeCall(const PlacedCall &call, const QString &accountSid)
{
    World::AccountState *acc = m_world->account(accountSid);
    if (!acc || call.from.isEmpty() || call.ringMs < 0 || call.talkSeconds < 0)
        return {};
    const IncomingNumber *number = nullptr;
    for (const IncomingNumber &n : acc->data.numbers) {
        if ((call.to.isEmpty() && n.voice) || n.phoneNumber == call.to) {
            number = &n;
            break;
        }
    }
    if (!number)
        return {};
    const IncomingNumber copy = *number;
    return call.wiring == PlacedCall::Wiring::Dial ? m_world->placeDial(*acc, copy, call)
                                                   : m_world->placeForwarded(*acc, copy, call);
}

QString SandboxServer::receiveText(const QString &from, const QString &to, const QString &body,
                                   const QString &accountSid)
{
    World::AccountState *acc = m_world->account(accountSid);
    if (!acc || from.isEmpty() || body.isEmpty())
        return {};
    const IncomingNumber *number = nullptr;
    for (const IncomingNumber &n : acc->data.numbers) {
        if ((to.isEmpty() && n.sms) || n.phoneNumber == to) {
            number = &n;
            break;
        }
    }
    if (!number)
        return {};

    Message m;
    m.sid = m_world->newSid(QLatin1String("SM"));
    m.accountSid = acc->data.account.sid;
    m.from = from;
    m.to = number->phoneNumber;
    m.body = body;
    m.status = MessageStatus::Received;
    m.direction = MessageDirection::Inbound;
    m.numSegments = SmsSegments::measure(body).segments;
    m.dateCreated = nowUtc();
    m.dateSent = m.dateCreated;
    m.dateUpdated = m.dateCreated;
    acc->messages.append(m);

    // Twilio's default opt-out handling: only a lone keyword counts.
    const QString word = body.trimmed().toUpper();
    const QString key = optOutKey(m.to, m.from);
    if (isStopWord(word))
        acc->optedOut.insert(key);
    else if (isStartWord(word))
        acc->optedOut.remove(key);

    Q_EMIT messageReceived(m);
    m_world->postIncomingSms(*acc, m);
    return m.sid;
}

void SandboxServer::addFault(const Fault &fault)
{
    if (fault.count == 0 || fault.probability <= 0.0)
        return;
    m_faults.append(fault);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

void SandboxServer::setMessageTimings(int sentAfterMs, int deliveredAfterMs)
{
    m_world->sentAfterMs = std::max(0, sentAfterMs);
    m_world->deliveredAfterMs = std::max(m_world->sentAfterMs, deliveredAfterMs);
}

QList<Call> SandboxServer::calls(const QString &accountSid) const
{
    const World::AccountState *acc = m_world->account(accountSid);
    if (!acc)
        return {};
    QList<Call> out = acc->calls;
    std::sort(out.begin(), out.end(), newerThan<Call>);
    return out;
}

QList<Message> SandboxServer::messages(const QString &accountSid) const
{
    const World::AccountState *acc = m_world->account(accountSid);
    if (!acc)
        return {};
    QList<Message> out = acc->messages;
    std::sort(out.begin(), out.end(), newerThan<Message>);
    return out;
}

std::optional<SandboxServer::Fault> SandboxServer::takeFault(const QByteArray &method, const QString &target)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.pathContains.isEmpty() && !target.contains(f.pathContains, Qt::CaseInsensitive))
            continue;
        if (f.probability < 1.0 && QRandomGenerator::global()->generateDouble() >= f.probability)
            continue;
        const Fault hit = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

void SandboxServer::appendLog(const LoggedRequest &entry)
{
    m_log.append(entry);
    if (m_log.size() > kMaxLogEntries)
        m_log.remove(0, m_log.size() - kMaxLogEntries);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/sandbox") || path.startsWith(QLatin1String("/sandbox/")))
        handleControl(request, socket);
    else
        handleRest(request, socket);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeReply(socket, notFound(request.url().path()), true);
}

void SandboxServer::handleRest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    World::RestRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    const QString query = request.url().query(QUrl::FullyEncoded);
    r.target = query.isEmpty() ? r.path : r.path + QLatin1Char('?') + query;
    r.query = parseForm(query.toUtf8());
    if (r.method == "POST")
        r.form = parseForm(request.body());
    r.authorization = request.value(QByteArrayLiteral("authorization"));
    const bool keepAlive = request.value(QByteArrayLiteral("connection")).toLower() != "close";

    LoggedRequest entry;
    entry.at = nowUtc();
    entry.method = r.method;
    entry.path = r.target;

    const std::optional<Fault> fault = takeFault(r.method, r.target);
    if (fault)
        entry.fault = Fault::kindName(fault->kind);

    // Faults that stand in front of the API: the request is never carried out.
    if (fault && fault->kind == Fault::Kind::Status) {
        const Reply reply = faultReply(fault->status, fault->retryAfterSeconds);
        entry.status = reply.status;
        appendLog(entry);
        writeReply(socket, reply, keepAlive);
        return;
    }
    if (fault && fault->kind == Fault::Kind::Drop) {
        appendLog(entry);
        socket->abort();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Malformed) {
        // Alternate between a cut-off JSON object and an HTML error page from a proxy.
        Reply reply;
        if (m_world->malformedCount++ % 2 == 0) {
            reply.body = QByteArrayLiteral("{\"sid\": \"SM12");
        } else {
            reply.body = QByteArrayLiteral("<html>oops</html>");
            reply.contentType = QByteArrayLiteral("text/html");
        }
        entry.status = reply.status;
        appendLog(entry);
        writeReply(socket, reply, keepAlive);
        return;
    }

    Reply reply = m_world->rest(r);
    entry.status = reply.status;
    if (!fault) {
        appendLog(entry);
        writeReply(socket, reply, keepAlive);
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::DropAfterProcessing:
        entry.status = 0;
        appendLog(entry);
        socket->abort();
        return;
    case Fault::Kind::StatusAfterProcessing:
        reply = faultReply(fault->status, fault->retryAfterSeconds);
        entry.status = reply.status;
        appendLog(entry);
        writeReply(socket, reply, keepAlive);
        return;
    case Fault::Kind::Delay: {
        appendLog(entry);
        QTimer::singleShot(std::max(0, fault->delayMs), this, [sock = QPointer<QTcpSocket>(socket), reply, keepAlive] {
            writeReply(sock.data(), reply, keepAlive);
        });
        return;
    }
    case Fault::Kind::Truncated: {
        appendLog(entry);
        // The headers announce the whole body; the connection dies halfway through it.
        if (reply.body.isEmpty()) {
            socket->abort();
            return;
        }
        const QByteArray bytes = serialize(reply, true);
        socket->write(bytes.left(bytes.size() - (reply.body.size() - reply.body.size() / 2)));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    default:
        appendLog(entry);
        writeReply(socket, reply, keepAlive);
        return;
    }
}

// ---------------------------------------------------------------------------
// The control API: no auth, loopback only; form or JSON bodies, JSON answers,
// {"error": "..."} with 400 on bad input.
//   GET    /sandbox/health     ok, account_sid, numbers, owner_cell, calls, messages, faults
//   POST   /sandbox/calls      from, to?, outcome?, wiring?, ring_ms?, talk_seconds?, account_sid?
//                              -> 201 {sid, status, child_sid?}
//   POST   /sandbox/messages   from, to?, body, account_sid? -> 201 {sid, status}
//   GET, POST, DELETE /sandbox/faults
//                              kind, status?, retry_after?, delay_ms?, method?, path_contains?,
//                              count?, probability?
//   GET, DELETE /sandbox/log   {requests: [{at, method, path, status, fault}]}
//   POST   /sandbox/reset      auth_token?: a fresh world, no faults, an empty log

namespace {

Reply controlError(int status, const QString &sentence)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), sentence}});
}

// Form fields and JSON members alike, as strings; nullopt with `error` when the body is unreadable.
std::optional<QHash<QString, QString>> controlParams(const QHttpServerRequest &request, QString *error)
{
    QHash<QString, QString> out;
    for (const auto &[k, v] : parseForm(request.url().query(QUrl::FullyEncoded).toUtf8()))
        out.insert(k, v);
    const QByteArray body = request.body().trimmed();
    if (body.isEmpty())
        return out;
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).toLower();
    if (type.contains("json") || body.startsWith('{')) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("The body is not a JSON object (%1).").arg(parseError.errorString());
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                out.insert(it.key(), v.toString());
            else if (v.isDouble())
                out.insert(it.key(), QString::number(v.toDouble(), 'g', 15));
            else if (v.isBool())
                out.insert(it.key(), boolText(v.toBool()));
        }
        return out;
    }
    for (const auto &[k, v] : parseForm(body))
        out.insert(k, v);
    return out;
}

// Reads an optional integer field; false with `error` set when it is there but unreadable.
bool readInt(const QHash<QString, QString> &p, const QString &name, int min, int max, int *value, QString *error)
{
    if (!p.contains(name))
        return true;
    bool ok = false;
    const double d = p.value(name).toDouble(&ok);
    if (!ok || d < min || d > max || d != static_cast<double>(static_cast<qint64>(d))) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return false;
    }
    *value = static_cast<int>(d);
    return true;
}

QJsonObject faultToJson(const SandboxServer::Fault &f)
{
    return QJsonObject{
        {QStringLiteral("kind"), SandboxServer::Fault::kindName(f.kind)},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("retry_after"), f.retryAfterSeconds},
        {QStringLiteral("delay_ms"), f.delayMs},
        {QStringLiteral("method"), strOrNull(QString::fromLatin1(f.method))},
        {QStringLiteral("path_contains"), strOrNull(f.pathContains)},
        {QStringLiteral("count"), f.count},
        {QStringLiteral("probability"), f.probability},
    };
}

std::optional<SandboxServer::PlacedCall::Outcome> outcomeFromString(const QString &text)
{
    using O = SandboxServer::PlacedCall::Outcome;
    static const QHash<QString, O> names{
        {QStringLiteral("missed"), O::Missed},       {QStringLiteral("answered"), O::Answered},
        {QStringLiteral("voicemail"), O::Voicemail}, {QStringLiteral("busy"), O::Busy},
        {QStringLiteral("canceled"), O::Canceled},   {QStringLiteral("failed"), O::Failed},
    };
    const auto it = names.constFind(text.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional<O>(*it);
}

} // namespace

void SandboxServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool keepAlive = request.value(QByteArrayLiteral("connection")).toLower() != "close";
    auto send = [socket, keepAlive](const Reply &reply) { writeReply(socket, reply, keepAlive); };

    if (!request.remoteAddress().isLoopback()) {
        send(controlError(403, QStringLiteral("The sandbox control API only answers requests from this machine.")));
        return;
    }
    const QString path = request.url().path();
    const QString endpoint = path.mid(int(qstrlen("/sandbox/")));
    const QHttpServerRequest::Method method = request.method();
    const bool isGet = method == QHttpServerRequest::Method::Get;
    const bool isPost = method == QHttpServerRequest::Method::Post;
    const bool isDelete = method == QHttpServerRequest::Method::Delete;

    QString error;
    const auto parsed = controlParams(request, &error);
    if (!parsed) {
        send(controlError(400, error));
        return;
    }
    const QHash<QString, QString> &p = *parsed;
    const QString accountSid = p.value(QStringLiteral("account_sid"), QString::fromLatin1(demoAccountSid));
    auto methodError = [&send, &path] {
        send(controlError(405, QStringLiteral("%1 does not accept this method.").arg(path)));
    };

    if (endpoint == QLatin1String("health")) {
        if (!isGet)
            return methodError();
        const World::AccountState *acc = m_world->account(QString::fromLatin1(demoAccountSid));
        QJsonArray numbers;
        if (acc) {
            for (const IncomingNumber &n : acc->data.numbers)
                numbers.append(n.phoneNumber);
        }
        send(jsonReply(200,
                       QJsonObject{
                           {QStringLiteral("ok"), true},
                           {QStringLiteral("account_sid"), QString::fromLatin1(demoAccountSid)},
                           {QStringLiteral("numbers"), numbers},
                           {QStringLiteral("owner_cell"), QString::fromLatin1(demoOwnerCell)},
                           {QStringLiteral("calls"), acc ? int(acc->calls.size()) : 0},
                           {QStringLiteral("messages"), acc ? int(acc->messages.size()) : 0},
                           {QStringLiteral("faults"), int(m_faults.size())},
                       }));
        return;
    }

    if (endpoint == QLatin1String("calls")) {
        if (!isPost)
            return methodError();
        World::AccountState *acc = m_world->account(accountSid);
        if (!acc)
            return send(controlError(400, QStringLiteral("There is no sandbox account %1.").arg(accountSid)));
        PlacedCall call;
        call.from = p.value(QStringLiteral("from")).trimmed();
        call.to = p.value(QStringLiteral("to")).trimmed();
        if (!isE164(call.from))
            return send(controlError(
                400, QStringLiteral("'from' must be an E.164 number such as +15125550123, got '%1'.").arg(call.from)));
        if (!call.to.isEmpty() && !World::number(*acc, call.to))
            return send(
                controlError(400, QStringLiteral("'to' must be one of the account's numbers, got '%1'.").arg(call.to)));
        const auto outcome = outcomeFromString(p.value(QStringLiteral("outcome"), QStringLiteral("missed")));
        if (!outcome)
            return send(controlError(
                400,
                QStringLiteral("'outcome' must be one of missed, answered, voicemail, busy, canceled or failed.")));
        call.outcome = *outcome;
        const QString wiring = p.value(QStringLiteral("wiring"), QStringLiteral("forwarded")).trimmed().toLower();
        if (wiring == QLatin1String("dial"))
            call.wiring = PlacedCall::Wiring::Dial;
        else if (wiring != QLatin1String("forwarded"))
            return send(controlError(400, QStringLiteral("'wiring' must be forwarded or dial.")));
        if (!readInt(p, QStringLiteral("ring_ms"), 0, 600000, &call.ringMs, &error)
            || !readInt(p, QStringLiteral("talk_seconds"), 0, 14400, &call.talkSeconds, &error))
            return send(controlError(400, error));
        const QString sid = placeCall(call, accountSid);
        if (sid.isEmpty())
            return send(controlError(400, QStringLiteral("The account has no number that can take this call.")));
        QJsonObject o{{QStringLiteral("sid"), sid}};
        const Call *parent = World::call(*acc, sid);
        o.insert(QStringLiteral("status"), parent ? toString(parent->status) : QString());
        for (const Call &c : std::as_const(acc->calls)) {
            if (c.parentCallSid == sid)
                o.insert(QStringLiteral("child_sid"), c.sid);
        }
        return send(jsonReply(201, o));
    }

    if (endpoint == QLatin1String("messages")) {
        if (!isPost)
            return methodError();
        World::AccountState *acc = m_world->account(accountSid);
        if (!acc)
            return send(controlError(400, QStringLiteral("There is no sandbox account %1.").arg(accountSid)));
        const QString from = p.value(QStringLiteral("from")).trimmed();
        const QString to = p.value(QStringLiteral("to")).trimmed();
        const QString body = p.value(QStringLiteral("body"));
        if (!isE164(from))
            return send(controlError(
                400, QStringLiteral("'from' must be an E.164 number such as +15125550123, got '%1'.").arg(from)));
        if (!to.isEmpty() && !World::number(*acc, to))
            return send(
                controlError(400, QStringLiteral("'to' must be one of the account's numbers, got '%1'.").arg(to)));
        if (body.isEmpty())
            return send(controlError(400, QStringLiteral("'body' must not be empty.")));
        if (body.size() > kMaxBodyLength)
            return send(controlError(400, QStringLiteral("'body' must be at most 1600 characters.")));
        const QString sid = receiveText(from, to, body, accountSid);
        if (sid.isEmpty())
            return send(controlError(400, QStringLiteral("The account has no number that can receive texts.")));
        return send(jsonReply(
            201, QJsonObject{{QStringLiteral("sid"), sid}, {QStringLiteral("status"), QStringLiteral("received")}}));
    }

    if (endpoint == QLatin1String("faults")) {
        if (isDelete) {
            clearFaults();
            return send(Reply{204, {}, {}, {}});
        }
        if (isGet) {
            QJsonArray list;
            for (const Fault &f : std::as_const(m_faults))
                list.append(faultToJson(f));
            return send(jsonReply(200, QJsonObject{{QStringLiteral("faults"), list}}));
        }
        if (!isPost)
            return methodError();
        Fault f;
        const auto kind = Fault::kindFromString(p.value(QStringLiteral("kind")).trimmed());
        if (!kind)
            return send(controlError(400,
                                     QStringLiteral("'kind' must be one of status, drop, drop_after_processing, "
                                                    "status_after_processing, delay, malformed or truncated.")));
        f.kind = *kind;
        if (!readInt(p, QStringLiteral("status"), 100, 599, &f.status, &error)
            || !readInt(p, QStringLiteral("retry_after"), -1, 86400, &f.retryAfterSeconds, &error)
            || !readInt(p, QStringLiteral("delay_ms"), 0, 600000, &f.delayMs, &error)
            || !readInt(p, QStringLiteral("count"), -1, 1000000, &f.count, &error))
            return send(controlError(400, error));
        if (f.count == 0)
            return send(controlError(400, QStringLiteral("'count' must be -1 (until cleared) or at least 1.")));
        if (p.contains(QStringLiteral("probability"))) {
            bool ok = false;
            f.probability = p.value(QStringLiteral("probability")).toDouble(&ok);
            if (!ok || f.probability <= 0.0 || f.probability > 1.0)
                return send(controlError(400, QStringLiteral("'probability' must be a number above 0 and at most 1.")));
        }
        f.method = p.value(QStringLiteral("method")).trimmed().toUpper().toLatin1();
        f.pathContains = p.value(QStringLiteral("path_contains"));
        addFault(f);
        return send(jsonReply(201, faultToJson(f)));
    }

    if (endpoint == QLatin1String("log")) {
        if (isDelete) {
            clearRequestLog();
            return send(Reply{204, {}, {}, {}});
        }
        if (!isGet)
            return methodError();
        QJsonArray list;
        for (const LoggedRequest &e : std::as_const(m_log)) {
            list.append(QJsonObject{
                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("method"), QString::fromLatin1(e.method)},
                {QStringLiteral("path"), e.path},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("fault"), strOrNull(e.fault)},
            });
        }
        return send(jsonReply(200, QJsonObject{{QStringLiteral("requests"), list}}));
    }

    if (endpoint == QLatin1String("reset")) {
        if (!isPost)
            return methodError();
        resetWorld(p.value(QStringLiteral("auth_token")));
        clearFaults();
        clearRequestLog();
        return send(Reply{204, {}, {}, {}});
    }

    send(controlError(404, QStringLiteral("There is no sandbox endpoint %1.").arg(path)));
}

} // namespace Rebound::Core
