#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <variant>

namespace Rebound::Core {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // sent as-is with contentType
    QByteArray contentType;
    QString username; // HTTP Basic credentials; never logged
    QString password;
    HttpHeaders headers;
    // On a reused connection that turns out dead, libcurl silently sends the
    // request again on a new one; a request that must not be repeated gets a
    // connection of its own instead.
    bool mustNotRepeat = false;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    // Case-insensitive lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// Why no HTTP answer came back.
struct TransportError
{
    enum class Kind { Resolve, Connect, Tls, Timeout, Dropped, Cancelled, Refused, Other };
    Kind kind = Kind::Other;
    QString message;
    // True when any byte of the request left this machine: the server may
    // have acted on it even though its answer was lost.
    bool requestSent = false;
};

using HttpOutcome = std::variant<HttpResponse, TransportError>;

// The one place that talks HTTP: owns a libcurl easy handle (and so its
// connection cache), applies timeouts, TLS verification and proxy settings.
// Blocking; use one gateway per thread.
class HttpGateway
{
public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{5000};
        std::chrono::milliseconds requestTimeout{30000};
        QString caBundle; // extra CA file; TLS verification stays on either way
        QString proxy; // empty: libcurl's environment defaults
        QByteArray userAgent = "Rebound/" REBOUND_VERSION;
    };

    HttpGateway();
    explicit HttpGateway(Options options);
    ~HttpGateway();
    HttpGateway(const HttpGateway &) = delete;
    HttpGateway &operator=(const HttpGateway &) = delete;

    HttpOutcome perform(const HttpRequest &request);

    // Thread-safe: makes a running or later perform() return Cancelled.
    void cancel();
    void resetCancel();
    bool isCancelled() const { return m_cancelled.load(); }

    const Options &options() const { return m_options; }

    // Plain HTTP is allowed only to this machine; everything else must be HTTPS.
    static bool isAllowedUrl(const QUrl &url, QString *why = nullptr);

private:
    struct Handle;
    Options m_options;
    std::unique_ptr<Handle> m_handle;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Rebound::Core
