#include "sandboxfaults.h"

#include "sandboxserver.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <utility>

namespace Rebound::Core {

namespace Sandbox {

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

Reply malformedReply(int n)
{
    Reply reply;
    if (n % 2 == 0) {
        reply.body = QByteArrayLiteral("{\"sid\": \"SM12");
    } else {
        reply.body = QByteArrayLiteral("<html>oops</html>");
        reply.contentType = QByteArrayLiteral("text/html");
    }
    return reply;
}

} // namespace Sandbox

namespace {

const std::array<std::pair<SandboxServer::Fault::Kind, const char *>, 11> kFaultNames{{
    {SandboxServer::Fault::Kind::Status, "status"},
    {SandboxServer::Fault::Kind::Drop, "drop"},
    {SandboxServer::Fault::Kind::DropAfterProcessing, "drop_after_processing"},
    {SandboxServer::Fault::Kind::StatusAfterProcessing, "status_after_processing"},
    {SandboxServer::Fault::Kind::Delay, "delay"},
    {SandboxServer::Fault::Kind::Malformed, "malformed"},
    {SandboxServer::Fault::Kind::Truncated, "truncated"},
    {SandboxServer::Fault::Kind::ListLag, "list_lag"},
    {SandboxServer::Fault::Kind::Outage, "outage"},
    {SandboxServer::Fault::Kind::ClockOffset, "clock_offset"},
    {SandboxServer::Fault::Kind::WebhookDelay, "webhook_delay"},
}};

// Faults that describe a state of the service rather than hit one request.
bool isState(SandboxServer::Fault::Kind kind)
{
    using K = SandboxServer::Fault::Kind;
    return kind == K::ListLag || kind == K::Outage || kind == K::ClockOffset;
}

bool matches(const SandboxServer::Fault &f, const QByteArray &method, const QString &target)
{
    if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
        return false;
    return f.pathContains.isEmpty() || target.contains(f.pathContains, Qt::CaseInsensitive);
}

} // namespace

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

void SandboxServer::addFault(const Fault &fault)
{
    Fault f = fault;
    if (isState(f.kind)) {
        f.count = -1;
        f.probability = 1.0;
    }
    if (f.count == 0 || f.probability <= 0.0)
        return;
    ActiveFault active{f, QDeadlineTimer(QDeadlineTimer::Forever)};
    if (f.kind == Fault::Kind::Outage)
        active.ends = QDeadlineTimer(std::max(0, f.durationMs));
    // One clock at a time: a new offset replaces the one before.
    if (f.kind == Fault::Kind::ClockOffset) {
        m_faults.removeIf([](const ActiveFault &a) { return a.fault.kind == Fault::Kind::ClockOffset; });
    }
    m_faults.append(active);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

QList<SandboxServer::Fault> SandboxServer::faults() const
{
    QList<Fault> out;
    for (const ActiveFault &a : m_faults) {
        if (!a.ends.hasExpired())
            out.append(a.fault);
    }
    return out;
}

void SandboxServer::dropEndedFaults()
{
    m_faults.removeIf([](const ActiveFault &a) { return a.ends.hasExpired(); });
}

std::optional<SandboxServer::Fault> SandboxServer::takeFault(const QByteArray &method, const QString &target,
                                                             FaultOn on)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i].fault;
        const bool onWebhook = f.kind == Fault::Kind::WebhookDelay;
        if (isState(f.kind) || onWebhook != (on == FaultOn::Webhook) || !matches(f, method, target))
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

int SandboxServer::takeWebhookDelayMs(const QString &url)
{
    const auto delay = takeFault(QByteArrayLiteral("POST"), url, FaultOn::Webhook);
    return delay ? delay->delayMs : 0;
}

std::optional<SandboxServer::Fault> SandboxServer::outageFor(const QByteArray &method, const QString &target)
{
    dropEndedFaults();
    for (const ActiveFault &a : std::as_const(m_faults)) {
        if (a.fault.kind == Fault::Kind::Outage && matches(a.fault, method, target))
            return a.fault;
    }
    return std::nullopt;
}

int SandboxServer::listLagMs(const QByteArray &method, const QString &target) const
{
    int lag = 0;
    for (const ActiveFault &a : m_faults) {
        if (a.fault.kind == Fault::Kind::ListLag && matches(a.fault, method, target))
            lag = std::max(lag, a.fault.lagMs);
    }
    return lag;
}

qint64 SandboxServer::clockOffsetMs() const
{
    for (const ActiveFault &a : m_faults) {
        if (a.fault.kind == Fault::Kind::ClockOffset)
            return a.fault.offsetMs;
    }
    return 0;
}

} // namespace Rebound::Core
