#include "httpgateway.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcHttp, "rebound.http", QtWarningMsg)

namespace Rebound::Core {

namespace {

// Answers larger than this are not what the REST API sends; refusing them
// keeps a misbehaving server from exhausting memory.
constexpr qsizetype kMaxBody = 32 * 1024 * 1024;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    HttpResponse response;
    qint64 bytesOut = 0;
    bool tooLarge = false;
    const std::atomic<bool> *cancelled = nullptr;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->response.body.size() + qsizetype(n) > kMaxBody) {
        t->tooLarge = true;
        return 0;
    }
    t->response.body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after 100-continue or a proxy CONNECT) starts a fresh header set.
        t->response.headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *t = static_cast<Transfer *>(user);
    return t->cancelled->load() ? 1 : 0;
}

// Counts what left this machine, to tell "never sent" from "sent, answer
// lost". Only sizes are looked at: the request carries credentials.
int onDebug(CURL *, curl_infotype type, char *, size_t size, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    if (type == CURLINFO_HEADER_OUT || type == CURLINFO_DATA_OUT)
        t->bytesOut += qint64(size);
    return 0;
}

TransportError::Kind classify(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return TransportError::Kind::Resolve;
    case CURLE_COULDNT_CONNECT:
        return TransportError::Kind::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportError::Kind::Timeout;
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportError::Kind::Cancelled;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return TransportError::Kind::Tls;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return TransportError::Kind::Dropped;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return TransportError::Kind::Refused;
    default:
        return TransportError::Kind::Other;
    }
}

} // namespace

struct HttpGateway::Handle
{
    CURL *curl = nullptr;
    Handle()
    {
        initCurlOnce();
        curl = curl_easy_init();
    }
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpGateway::HttpGateway()
    : HttpGateway(Options{})
{ }

HttpGateway::HttpGateway(Options options)
    : m_options(std::move(options))
    , m_handle(std::make_unique<Handle>())
{ }

HttpGateway::~HttpGateway() = default;

void HttpGateway::cancel()
{
    m_cancelled.store(true);
}

void HttpGateway::resetCancel()
{
    m_cancelled.store(false);
}

bool HttpGateway::isAllowedUrl(const QUrl &url, QString *why)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http")) {
        // Credentials travel in every request: cleartext only on loopback.
        const QString host = url.host();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return true;
        if (why)
            *why = QStringLiteral("plain http:// is only allowed to a server on this computer; use https://");
        return false;
    }
    if (why)
        *why = QStringLiteral("only https:// addresses are supported");
    return false;
}

HttpOutcome HttpGateway::perform(const HttpRequest &request)
{
    QString why;
    if (!isAllowedUrl(request.url, &why))
        return TransportError{TransportError::Kind::Refused, why, false};
    if (m_cancelled.load())
        return TransportError{TransportError::Kind::Cancelled, QStringLiteral("cancelled"), false};
    CURL *curl = m_handle->curl;
    if (!curl)
        return TransportError{TransportError::Kind::Other, QStringLiteral("libcurl could not start"), false};

    // Reset clears the previous request's options but keeps live connections.
    curl_easy_reset(curl);
    Transfer transfer;
    transfer.cancelled = &m_cancelled;
    char errorText[CURL_ERROR_SIZE] = {};

    const QByteArray url = request.url.toEncoded();
    const QByteArray user = request.username.toUtf8();
    const QByteArray password = request.password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    if (request.mustNotRepeat)
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caBundle.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caBundle.toLocal8Bit().constData());
    if (!m_options.proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PROXY, m_options.proxy.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.requestTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    struct curl_slist *headers = nullptr;
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    if (!request.contentType.isEmpty())
        headers = curl_slist_append(headers, QByteArray("Content-Type: " + request.contentType).constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    // Avoid the 1 s "Expect: 100-continue" pause on larger form bodies.
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    if (request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        if (!request.body.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        }
    }

    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    // Drop the credentials from the handle as soon as they are no longer needed.
    curl_easy_setopt(curl, CURLOPT_USERNAME, nullptr);
    curl_easy_setopt(curl, CURLOPT_PASSWORD, nullptr);

    if (code != CURLE_OK) {
        TransportError error;
        error.kind = transfer.tooLarge ? TransportError::Kind::Other : classify(code);
        error.message = transfer.tooLarge ? QStringLiteral("the answer was larger than %1 MiB").arg(kMaxBody >> 20)
            : errorText[0]                ? QString::fromUtf8(errorText)
                                          : QString::fromUtf8(curl_easy_strerror(code));
        error.requestSent = transfer.bytesOut > 0;
        qCDebug(lcHttp) << request.method << request.url.path() << "failed:" << error.message;
        return error;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = int(status);
    qCDebug(lcHttp) << request.method << request.url.path() << status;
    return std::move(transfer.response);
}

} // namespace Rebound::Core
