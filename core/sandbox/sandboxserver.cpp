#include "sandboxserver.h"

#include "sandboxfaults.h"
#include "sandboxpaging.h"
#include "sandboxworld.h"

#include "../provider/twiliojson.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Rebound::Core {

using namespace Sandbox;

namespace {

constexpr int kMaxLogEntries = 5000;

} // namespace

SandboxServer::World::AccountState *SandboxServer::World::authenticate(const QByteArray &authorization)
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

Reply SandboxServer::World::rest(const RestRequest &r)
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
            if (isGet)
                return listCalls(acc, r);
            return isPost ? createCall(acc, r.form) : methodNotAllowed();
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

    m_world->carrierLines.clear();
    m_world->numberWirings.clear();
    m_world->bridgedTo.clear();
    m_world->handsetErrors.clear();
    setCarrierLine(CarrierLine{QString::fromLatin1(demoOfficeNumber), QString::fromLatin1(demoBusinessNumber), 4000});
}

void SandboxServer::addAccount(const SandboxAccount &account)
{
    SandboxAccount copy = account;
    if (copy.account.sid.isEmpty())
        copy.account.sid = m_world->newSid(QLatin1String("AC"));
    if (!copy.account.dateCreated.isValid())
        copy.account.dateCreated = m_world->now();
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
    send(socket, notFound(request.url().path()), true);
}

void SandboxServer::send(QTcpSocket *socket, const Reply &reply, bool keepAlive)
{
    writeReply(socket, reply, keepAlive, m_world->now());
}

void SandboxServer::handleRest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RestRequest r;
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
    // The log is for scripts on this machine, so it keeps this machine's time
    // even when a clock_offset fault moves the sandbox's.
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = r.method;
    entry.path = r.target;

    // An outage stands in front of everything else and uses up no other fault.
    std::optional<Fault> fault = outageFor(r.method, r.target);
    if (!fault)
        fault = takeFault(r.method, r.target);
    if (fault)
        entry.fault = Fault::kindName(fault->kind);

    // Faults that stand in front of the API: the request is never carried out.
    if (fault && (fault->kind == Fault::Kind::Status || fault->kind == Fault::Kind::Outage)) {
        const Reply reply = faultReply(fault->status, fault->retryAfterSeconds);
        entry.status = reply.status;
        appendLog(entry);
        send(socket, reply, keepAlive);
        return;
    }
    if (fault && fault->kind == Fault::Kind::Drop) {
        appendLog(entry);
        socket->abort();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Malformed) {
        const Reply reply = malformedReply(m_world->malformedCount++);
        entry.status = reply.status;
        appendLog(entry);
        send(socket, reply, keepAlive);
        return;
    }

    Reply reply = m_world->rest(r);
    entry.status = reply.status;
    if (!fault) {
        appendLog(entry);
        send(socket, reply, keepAlive);
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
        send(socket, reply, keepAlive);
        return;
    case Fault::Kind::Delay: {
        appendLog(entry);
        QTimer::singleShot(
            std::max(0, fault->delayMs), this,
            [this, sock = QPointer<QTcpSocket>(socket), reply, keepAlive] { send(sock.data(), reply, keepAlive); });
        return;
    }
    case Fault::Kind::Truncated: {
        appendLog(entry);
        // The headers announce the whole body; the connection dies halfway through it.
        if (reply.body.isEmpty()) {
            socket->abort();
            return;
        }
        const QByteArray bytes = serialize(reply, true, m_world->now());
        socket->write(bytes.left(bytes.size() - (reply.body.size() - reply.body.size() / 2)));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    default:
        appendLog(entry);
        send(socket, reply, keepAlive);
        return;
    }
}

} // namespace Rebound::Core
