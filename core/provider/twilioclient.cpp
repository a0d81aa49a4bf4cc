#include "twilioclient.h"

#include "twiliojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <thread>

Q_LOGGING_CATEGORY(lcProvider, "rebound.provider", QtInfoMsg)

namespace Rebound::Core {

namespace {

constexpr auto kApiVersion = "/2010-04-01";

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

ProviderError errorFromResponse(const HttpResponse &response)
{
    return TwilioJson::parseError(response.status, response.body);
}

ProviderError fromTransport(const TransportError &t)
{
    ProviderError e;
    e.message = t.message;
    switch (t.kind) {
    case TransportError::Kind::Timeout:
        e.kind = ProviderError::Kind::Timeout;
        break;
    case TransportError::Kind::Tls:
        e.kind = ProviderError::Kind::Tls;
        break;
    case TransportError::Kind::Cancelled:
        e.kind = ProviderError::Kind::Cancelled;
        break;
    case TransportError::Kind::Refused:
        e.kind = ProviderError::Kind::InvalidArgument;
        break;
    default:
        e.kind = ProviderError::Kind::Network;
        break;
    }
    return e;
}

bool isTransientTransport(const TransportError &t)
{
    switch (t.kind) {
    case TransportError::Kind::Tls:
    case TransportError::Kind::Cancelled:
    case TransportError::Kind::Refused:
        return false;
    default:
        return true;
    }
}

} // namespace

TwilioClient::TwilioClient(ProviderConfig config)
    : m_config(std::move(config))
    , m_gateway(HttpGateway::Options{
          m_config.connectTimeout, m_config.requestTimeout, {}, {}, HttpGateway::Options{}.userAgent})
{ }

TwilioClient::~TwilioClient() = default;

void TwilioClient::cancel()
{
    m_gateway.cancel();
}

QUrl TwilioClient::accountUrl(const QString &resource, const Query &query) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QLatin1String(kApiVersion) + QStringLiteral("/Accounts/") + m_config.accountSid;
    path += resource.isEmpty() ? QStringLiteral(".json") : QLatin1Char('/') + resource;
    url.setPath(path);
    if (!query.isEmpty()) {
        // Names like "StartTime>" and values like "+1512..." must be percent-encoded
        // byte for byte; QUrlQuery would leave '+' (a space to the server) alone.
        url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    }
    return url;
}

bool TwilioClient::sleepFor(std::chrono::milliseconds delay)
{
    using namespace std::chrono;
    const auto until = steady_clock::now() + delay;
    while (steady_clock::now() < until) {
        if (m_gateway.isCancelled())
            return false;
        std::this_thread::sleep_for(
            std::min<milliseconds>(milliseconds(20), duration_cast<milliseconds>(until - steady_clock::now())));
    }
    return !m_gateway.isCancelled();
}

void TwilioClient::noteProviderClock(const QByteArray &dateHeader)
{
    // HTTP dates end in "GMT", which Qt's RFC 2822 reader does not take.
    QString text = QString::fromLatin1(dateHeader).trimmed();
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return;
    // The header has whole seconds: its middle is the best guess of the
    // provider's "now", and differences inside that second are noise.
    const qint64 offset = QDateTime::currentDateTimeUtc().msecsTo(date.toUTC().addMSecs(500));
    m_clockOffsetMs = std::abs(offset) < 1500 ? 0 : offset;
}

Result<QJsonObject> TwilioClient::send(HttpRequest request, bool idempotent)
{
    request.username = m_config.username();
    request.password = m_config.secret;
    request.mustNotRepeat = !idempotent;
    const RetryPolicy &policy = m_config.retry;
    ProviderError last;
    for (int attempt = 1;; ++attempt) {
        ++m_requestCount;
        const HttpOutcome outcome = m_gateway.perform(request);
        std::optional<std::chrono::milliseconds> retryAfter;
        bool retryable = false;

        if (const auto *t = std::get_if<TransportError>(&outcome)) {
            last = fromTransport(*t);
            if (!idempotent && t->requestSent) {
                // The server may have acted on it; only the caller can find out.
                last.kind = ProviderError::Kind::OutcomeUnknown;
                last.attempts = attempt;
                return last;
            }
            retryable = isTransientTransport(*t);
        } else {
            const HttpResponse &response = std::get<HttpResponse>(outcome);
            noteProviderClock(response.header("Date"));
            if (response.status >= 200 && response.status < 300) {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
                if (!doc.isNull() && doc.isObject())
                    return doc.object();
                last = ProviderError{ProviderError::Kind::Malformed,
                                     response.status,
                                     0,
                                     doc.isNull() ? parseError.errorString() : QStringLiteral("expected a JSON object"),
                                     {},
                                     attempt};
                if (!idempotent) {
                    last.kind = ProviderError::Kind::OutcomeUnknown;
                    last.message = QStringLiteral("the provider accepted it but its answer was unreadable");
                    return last;
                }
                retryable = true;
            } else {
                last = errorFromResponse(response);
                if (response.status == 429) {
                    // Twilio: "Requests that receive 429 responses aren't processed and are safe to retry".
                    retryable = true;
                    retryAfter = RetryPolicy::parseRetryAfter(response.header("Retry-After"));
                } else if (response.status >= 500) {
                    if (!idempotent) {
                        last.kind = ProviderError::Kind::OutcomeUnknown;
                        last.attempts = attempt;
                        return last;
                    }
                    retryable = true;
                    retryAfter = RetryPolicy::parseRetryAfter(response.header("Retry-After"));
                }
            }
        }

        last.attempts = attempt;
        if (!retryable || attempt >= policy.maxAttempts)
            return last;
        if (retryAfter && *retryAfter > policy.maxRetryAfter)
            return last;
        const auto delay = retryAfter ? *retryAfter : policy.backoff(attempt);
        qCDebug(lcProvider) << request.method << request.url.path() << "retrying after" << delay.count()
                            << "ms:" << ProviderError::kindName(last.kind);
        if (!sleepFor(delay))
            return ProviderError{ProviderError::Kind::Cancelled, 0, 0, {}, {}, attempt};
    }
}

template<typename T>
Result<QList<T>> TwilioClient::listPaged(QUrl url, const char *arrayKey, int maxPages,
                                         std::optional<T> (*parse)(const QJsonObject &, QString *),
                                         const PageVisitor<T> &visit)
{
    QList<T> all;
    QSet<QString> seen;
    for (int page = 0; maxPages <= 0 || page < maxPages; ++page) {
        seen.insert(QString::fromUtf8(url.toEncoded()));
        HttpRequest request;
        request.url = url;
        auto result = send(request, true);
        if (!result)
            return result.error();
        const QJsonObject &body = result.value();
        const QJsonValue items = body.value(QLatin1String(arrayKey));
        if (!items.isArray()) {
            return ProviderError{ProviderError::Kind::Malformed,
                                 200,
                                 0,
                                 QStringLiteral("the list has no \"%1\" array").arg(QLatin1String(arrayKey)),
                                 {},
                                 1};
        }
        QList<T> pageItems;
        const QJsonArray array = items.toArray();
        pageItems.reserve(array.size());
        for (const QJsonValue &v : array) {
            QString error;
            std::optional<T> item = parse(v.toObject(), &error);
            if (!item)
                return ProviderError{ProviderError::Kind::Malformed, 200, 0, error, {}, 1};
            pageItems.append(std::move(*item));
        }
        all += pageItems;
        if (visit && !visit(pageItems))
            break;
        const std::optional<QUrl> next =
            TwilioJson::nextPageUrl(m_config.baseUrl, body.value(QLatin1String("next_page_uri")).toString());
        // A server that hands back a page already read would keep us here forever.
        if (!next || seen.contains(QString::fromUtf8(next->toEncoded())))
            break;
        url = *next;
    }
    return all;
}

Result<Account> TwilioClient::fetchAccount()
{
    HttpRequest request;
    request.url = accountUrl({});
    auto result = send(request, true);
    if (!result)
        return result.error();
    QString error;
    auto account = TwilioJson::parseAccount(result.value(), &error);
    if (!account)
        return ProviderError{ProviderError::Kind::Malformed, 200, 0, error, {}, 1};
    return *account;
}

Result<QList<IncomingNumber>> TwilioClient::listIncomingNumbers(int maxPages)
{
    return listPaged<IncomingNumber>(
        accountUrl(QStringLiteral("IncomingPhoneNumbers.json"), {{QStringLiteral("PageSize"), QStringLiteral("100")}}),
        "incoming_phone_numbers", maxPages, &TwilioJson::parseIncomingNumber, {});
}

Result<QList<Call>> TwilioClient::listCalls(const CallFilter &filter, const PageVisitor<Call> &visit)
{
    Query query;
    if (!filter.to.isEmpty())
        query.append({QStringLiteral("To"), filter.to});
    if (!filter.from.isEmpty())
        query.append({QStringLiteral("From"), filter.from});
    if (!filter.parentCallSid.isEmpty())
        query.append({QStringLiteral("ParentCallSid"), filter.parentCallSid});
    if (filter.status)
        query.append({QStringLiteral("Status"), toString(*filter.status)});
    if (filter.startedOnOrAfter)
        query.append({QStringLiteral("StartTime>"), day(*filter.startedOnOrAfter)});
    if (filter.startedBefore)
        query.append({QStringLiteral("StartTime<"), day(*filter.startedBefore)});
    query.append({QStringLiteral("PageSize"), QString::number(std::clamp(filter.pageSize, 1, 1000))});
    return listPaged<Call>(accountUrl(QStringLiteral("Calls.json"), query), "calls", filter.maxPages,
                           &TwilioJson::parseCall, visit);
}

Result<IncomingNumber> TwilioClient::updateIncomingNumberWebhooks(const QString &numberSid,
                                                                  const QString &statusCallback, const QString &smsUrl)
{
    if (numberSid.isEmpty() || numberSid.contains(QLatin1Char('/')))
        return ProviderError{
            ProviderError::Kind::InvalidArgument, 0, 0, QStringLiteral("A phone number SID is required."), {}, 0};
    QList<QPair<QString, QString>> form;
    if (!statusCallback.isEmpty()) {
        form.append({QStringLiteral("StatusCallback"), statusCallback});
        form.append({QStringLiteral("StatusCallbackMethod"), QStringLiteral("POST")});
    }
    if (!smsUrl.isEmpty()) {
        form.append({QStringLiteral("SmsUrl"), smsUrl});
        form.append({QStringLiteral("SmsMethod"), QStringLiteral("POST")});
    }
    HttpRequest request;
    request.method = "POST";
    request.url = accountUrl(QStringLiteral("IncomingPhoneNumbers/%1.json").arg(numberSid));
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formEncode(form);
    // Setting the same URLs twice is harmless, so this update may be retried.
    auto result = send(request, true);
    if (!result)
        return result.error();
    QString error;
    auto number = TwilioJson::parseIncomingNumber(result.value(), &error);
    if (!number)
        return ProviderError{ProviderError::Kind::Malformed, 200, 0, error, {}, 1};
    return *number;
}

template<typename T>
Result<T> TwilioClient::fetchById(const QString &collection, const QString &sid,
                                  std::optional<T> (*parse)(const QJsonObject &, QString *))
{
    if (sid.isEmpty() || sid.contains(QLatin1Char('/')))
        return ProviderError{ProviderError::Kind::InvalidArgument, 0, 0, QStringLiteral("A SID is required."), {}, 0};
    HttpRequest request;
    request.url = accountUrl(collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(sid))
                             + QStringLiteral(".json"));
    auto result = send(request, true);
    if (!result)
        return result.error();
    QString error;
    auto item = parse(result.value(), &error);
    if (!item)
        return ProviderError{ProviderError::Kind::Malformed, 200, 0, error, {}, 1};
    return *item;
}

template<typename T>
Result<T> TwilioClient::create(const QString &collection, const Query &form,
                               std::optional<T> (*parse)(const QJsonObject &, QString *))
{
    HttpRequest request;
    request.method = "POST";
    request.url = accountUrl(collection + QStringLiteral(".json"));
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formEncode(form);
    auto result = send(request, false);
    if (!result)
        return result.error();
    QString error;
    auto created = parse(result.value(), &error);
    if (!created) {
        // Accepted (2xx) but without a usable SID: only reconciliation can tell which one it was.
        return ProviderError{ProviderError::Kind::OutcomeUnknown, 201, 0, error, {}, 1};
    }
    return *created;
}

Result<Call> TwilioClient::fetchCall(const QString &sid)
{
    return fetchById<Call>(QStringLiteral("Calls"), sid, &TwilioJson::parseCall);
}

Result<Message> TwilioClient::fetchMessage(const QString &sid)
{
    return fetchById<Message>(QStringLiteral("Messages"), sid, &TwilioJson::parseMessage);
}

Result<QList<Message>> TwilioClient::listMessages(const MessageFilter &filter, const PageVisitor<Message> &visit)
{
    Query query;
    if (!filter.to.isEmpty())
        query.append({QStringLiteral("To"), filter.to});
    if (!filter.from.isEmpty())
        query.append({QStringLiteral("From"), filter.from});
    if (filter.sentOnOrAfter)
        query.append({QStringLiteral("DateSent>"), day(*filter.sentOnOrAfter)});
    if (filter.sentBefore)
        query.append({QStringLiteral("DateSent<"), day(*filter.sentBefore)});
    query.append({QStringLiteral("PageSize"), QString::number(std::clamp(filter.pageSize, 1, 1000))});
    return listPaged<Message>(accountUrl(QStringLiteral("Messages.json"), query), "messages", filter.maxPages,
                              &TwilioJson::parseMessage, visit);
}

Result<Call> TwilioClient::createCall(const OutgoingCall &call)
{
    auto invalid = [](const QString &why) {
        return ProviderError{ProviderError::Kind::InvalidArgument, 0, 0, why, {}, 0};
    };
    if (call.to.isEmpty() || call.from.isEmpty())
        return invalid(QStringLiteral("A call needs a number to call and a number to call from."));
    if (call.twiml.trimmed().isEmpty())
        return invalid(QStringLiteral("A call needs the TwiML it runs once answered."));
    if (call.timeoutSeconds < 5 || call.timeoutSeconds > 600)
        return invalid(QStringLiteral("A call rings 5 to 600 seconds, not %1.").arg(call.timeoutSeconds));

    QList<QPair<QString, QString>> form{{QStringLiteral("To"), call.to},
                                        {QStringLiteral("From"), call.from},
                                        {QStringLiteral("Twiml"), call.twiml},
                                        {QStringLiteral("Timeout"), QString::number(call.timeoutSeconds)}};
    if (call.timeLimitSeconds > 0)
        form.append({QStringLiteral("TimeLimit"), QString::number(call.timeLimitSeconds)});
    return create<Call>(QStringLiteral("Calls"), form, &TwilioJson::parseCall);
}

Result<Message> TwilioClient::createMessage(const OutgoingMessage &message)
{
    auto invalid = [](const QString &why) {
        return ProviderError{ProviderError::Kind::InvalidArgument, 0, 0, why, {}, 0};
    };
    if (message.to.isEmpty())
        return invalid(QStringLiteral("A recipient number is required."));
    if (message.from.isEmpty() && message.messagingServiceSid.isEmpty())
        return invalid(QStringLiteral("A sender number or messaging service is required."));
    if (message.body.trimmed().isEmpty())
        return invalid(QStringLiteral("The message text is empty."));
    if (message.body.size() > 1600)
        return invalid(QStringLiteral("The message is %1 characters long; the provider accepts at most 1,600.")
                           .arg(message.body.size()));

    QList<QPair<QString, QString>> form{{QStringLiteral("To"), message.to}};
    if (!message.from.isEmpty())
        form.append({QStringLiteral("From"), message.from});
    if (!message.messagingServiceSid.isEmpty())
        form.append({QStringLiteral("MessagingServiceSid"), message.messagingServiceSid});
    form.append({QStringLiteral("Body"), message.body});
    if (!message.statusCallback.isEmpty())
        form.append({QStringLiteral("StatusCallback"), message.statusCallback});
    return create<Message>(QStringLiteral("Messages"), form, &TwilioJson::parseMessage);
}

} // namespace Rebound::Core
