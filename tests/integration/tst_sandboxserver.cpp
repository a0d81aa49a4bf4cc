#include "provider/sandboxscenario.h"
#include "provider/sandboxserver.h"
#include "provider/twiliosignature.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Rebound::Core;

namespace {

using Params = QList<QPair<QString, QString>>;

const QString kDemoSid = QString::fromLatin1(SandboxServer::demoAccountSid);
const QString kToken = QString::fromLatin1(SandboxServer::demoAuthToken);
const QString kBusiness = QString::fromLatin1(SandboxServer::demoBusinessNumber);

QByteArray basic(const QString &user, const QString &secret)
{
    return "Basic " + QString(user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString accountPath(const QString &rest = {}, const QString &sid = kDemoSid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + sid + rest;
}

QByteArray form(const Params &params)
{
    QByteArray out;
    for (const auto &[k, v] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

// Decodes a form body on its own, so the test does not lean on the code under test.
Params parseForm(const QByteArray &body)
{
    Params out;
    for (QByteArray part : body.split('&')) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : part.mid(eq + 1)))});
    }
    return out;
}

QString value(const Params &params, const char *name)
{
    for (const auto &[k, v] : params) {
        if (k == QLatin1String(name))
            return v;
    }
    return {};
}

bool has(const Params &params, const char *name)
{
    return std::any_of(params.cbegin(), params.cend(),
                       [name](const auto &p) { return p.first == QLatin1String(name); });
}

// Twilio's algorithm written out again: Base64(HMAC-SHA1(token, url + sorted name+value)).
QByteArray referenceSignature(const QString &token, const QString &url, Params params)
{
    std::sort(params.begin(), params.end());
    QByteArray data = url.toUtf8();
    for (const auto &[k, v] : params)
        data += k.toUtf8() + v.toUtf8();
    return QMessageAuthenticationCode::hash(data, token.toUtf8(), QCryptographicHash::Sha1).toBase64();
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct RawResult
{
    QByteArray bytes;
    bool closed = false;
    qint64 elapsedMs = 0;

    int status() const
    {
        const QList<QByteArray> words = bytes.left(bytes.indexOf("\r\n")).split(' ');
        return words.size() > 1 ? words.at(1).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const
    {
        const qsizetype at = bytes.indexOf("\r\n\r\n");
        return at < 0 ? QByteArray() : bytes.mid(at + 4);
    }
};

// Receives webhooks the way an app's listener would, and remembers them.
class WebhookSink final : public QAbstractHttpServer
{
public:
    struct Hit
    {
        QString path;
        QString query;
        QByteArray signature;
        QByteArray contentType;
        Params params;
    };
    QList<Hit> hits;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        hits.append({request.url().path(), request.url().query(QUrl::FullyEncoded),
                     request.value(QByteArrayLiteral("x-twilio-signature")),
                     request.value(QByteArrayLiteral("content-type")), parseForm(request.body())});
        const QByteArray body = QByteArrayLiteral("<Response/>");
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\n\r\n" + body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void auth_missingOrWrongCredentials_answer401With20003();
    void auth_apiKeyAndAccountToken_bothWork();
    void auth_otherAccountInPath_answers401With20003();
    void account_suspended_canFetchItselfOnly();
    void rest_unknownResource_answers404With20404();
    void numbers_listFilterAndUpdate();
    void calls_paging_isStableWhileCallsArrive();
    void calls_filters_selectTheRightLegs();
    void calls_plusNotEscaped_matchesNothingLikeTwilio();
    void calls_forwardedWiring_endsAsDescribed();
    void calls_dialWiring_hasChildLegs();
    void messages_create_queuesThenDelivers();
    void messages_create_validatesLikeTwilio();
    void messages_optOut_blocksUntilStart();
    void messages_list_filtersByToAndDateSent();
    void faults_statusWithRetryAfter();
    void faults_dropClosesWithoutAnswer();
    void faults_dropAfterProcessing_carriesOutTheRequest();
    void faults_statusAfterProcessing_carriesOutTheRequest();
    void faults_delay_answersLate();
    void faults_malformed_answersUnreadableBody();
    void faults_truncated_cutsTheBody();
    void faults_filters_matchMethodPathAndCount();
    void control_callsAndMessages();
    void control_badInput_answers400WithASentence();
    void control_faultsAndLog();
    void webhooks_callStatusAndDialAction_areSigned();
    void webhooks_incomingSms_isSigned();
    void webhooks_messageStatus_followsTheStatusCallback();
    void scenario_quietPersona_answersWhatIsAsked();
    void scenario_spanishPersona_answersInSpanish();
    void scenario_unknownNumber_doesNotReply();
    void scenario_stopPersona_optsOut();
    void scenario_demo_placesCallsFromDistinctPersonas();
    void kinds_fromString();

private:
    HttpResult http(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &authorization = basic(kDemoSid, kToken),
                    const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"));
    HttpResult get(const QString &pathAndQuery) { return http("GET", pathAndQuery); }
    HttpResult postForm(const QString &path, const Params &params) { return http("POST", path, form(params)); }
    RawResult raw(const QByteArray &verb, const QString &path, const QByteArray &body = {}, int timeoutMs = 5000);
    QJsonArray listAll(const QString &firstPage, const char *key, int *pages);
    SandboxServer::PlacedCall placed(const QString &from, SandboxServer::PlacedCall::Outcome outcome,
                                     SandboxServer::PlacedCall::Wiring wiring, int ringMs = 30);
    QList<Message> inboundFrom(const QString &number) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_base;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setMessageTimings(20, 60);
    QVERIFY(m_server->start() != 0);
    m_base = m_server->baseUrl().toString();
    QVERIFY(m_base.startsWith(QLatin1String("http://127.0.0.1:")));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestSandboxServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

HttpResult TestSandboxServer::http(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                   const QByteArray &authorization, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_base + pathAndQuery));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

RawResult TestSandboxServer::raw(const QByteArray &verb, const QString &path, const QByteArray &body, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    RawResult r;
    if (!socket.waitForConnected(3000))
        return r;
    QByteArray request = verb + ' ' + path.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic(kDemoSid, kToken) + "\r\nConnection: close\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/x-www-form-urlencoded\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QElapsedTimer clock;
    clock.start();
    socket.write(request);
    // The server runs in this thread: spin the event loop rather than block in waitFor*.
    QEventLoop loop;
    connect(&socket, &QTcpSocket::readyRead, &loop, [&] { r.bytes += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    r.bytes += socket.readAll();
    r.closed = socket.state() != QAbstractSocket::ConnectedState;
    r.elapsedMs = clock.elapsed();
    return r;
}

QJsonArray TestSandboxServer::listAll(const QString &firstPage, const char *key, int *pages)
{
    QJsonArray all;
    QString next = firstPage;
    *pages = 0;
    while (!next.isEmpty() && *pages < 50) {
        const HttpResult r = get(next);
        if (r.status != 200)
            break;
        ++*pages;
        for (const QJsonValue &v : r.json.value(QLatin1String(key)).toArray())
            all.append(v);
        next = r.json.value(QLatin1String("next_page_uri")).toString();
    }
    return all;
}

SandboxServer::PlacedCall TestSandboxServer::placed(const QString &from, SandboxServer::PlacedCall::Outcome outcome,
                                                    SandboxServer::PlacedCall::Wiring wiring, int ringMs)
{
    SandboxServer::PlacedCall call;
    call.from = from;
    call.outcome = outcome;
    call.wiring = wiring;
    call.ringMs = ringMs;
    call.talkSeconds = 1;
    return call;
}

QList<Message> TestSandboxServer::inboundFrom(const QString &number) const
{
    QList<Message> out;
    for (const Message &m : m_server->messages()) {
        if (m.isInbound() && m.from == number)
            out.prepend(m); // oldest first
    }
    return out;
}

// ---------------------------------------------------------------------------

void TestSandboxServer::auth_missingOrWrongCredentials_answer401With20003()
{
    for (const QByteArray &auth : {QByteArray(), basic(kDemoSid, QStringLiteral("wrong")),
                                   basic(QStringLiteral("ACnope"), kToken), QByteArray("Bearer abc")}) {
        const HttpResult r = http("GET", accountPath(QStringLiteral("/Calls.json")), {}, auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20003);
        QCOMPARE(r.json.value(QLatin1String("message")).toString(), QStringLiteral("Authenticate"));
        QCOMPARE(r.json.value(QLatin1String("more_info")).toString(),
                 QStringLiteral("https://www.twilio.com/docs/errors/20003"));
        QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 401);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Basic"));
    }
}

void TestSandboxServer::auth_apiKeyAndAccountToken_bothWork()
{
    HttpResult r = get(accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("sid")).toString(), kDemoSid);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(r.json.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Rebound demo"));

    r = http("GET", accountPath(QStringLiteral("/IncomingPhoneNumbers.json")), {},
             basic(QString::fromLatin1(SandboxServer::demoApiKeySid), kToken));
    QCOMPARE(r.status, 200);

    // A fresh world with another token refuses the old one.
    m_server->resetWorld(QStringLiteral("s3cret"));
    QCOMPARE(get(accountPath(QStringLiteral(".json"))).status, 401);
    QCOMPARE(http("GET", accountPath(QStringLiteral(".json")), {}, basic(kDemoSid, QStringLiteral("s3cret"))).status,
             200);
}

void TestSandboxServer::auth_otherAccountInPath_answers401With20003()
{
    const HttpResult r =
        get(accountPath(QStringLiteral("/Calls.json"), QString::fromLatin1(SandboxServer::suspendedAccountSid)));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20003);
}

void TestSandboxServer::account_suspended_canFetchItselfOnly()
{
    const QString sid = QString::fromLatin1(SandboxServer::suspendedAccountSid);
    const QByteArray auth = basic(sid, kToken);
    HttpResult r = http("GET", accountPath(QStringLiteral(".json"), sid), {}, auth);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("suspended"));
    for (const QString &rest : {QStringLiteral("/Calls.json"), QStringLiteral("/Messages.json"),
                                QStringLiteral("/IncomingPhoneNumbers.json")}) {
        r = http("GET", accountPath(rest, sid), {}, auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20005);
        QCOMPARE(r.json.value(QLatin1String("message")).toString(), QStringLiteral("Account not active"));
    }
}

void TestSandboxServer::rest_unknownResource_answers404With20404()
{
    for (const QString &rest : {QStringLiteral("/Calls/CA00000000000000000000000000000000.json"),
                                QStringLiteral("/Messages/SM00000000000000000000000000000000.json"),
                                QStringLiteral("/Recordings.json"), QStringLiteral("/Calls")}) {
        const HttpResult r = get(accountPath(rest));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20404);
        QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 404);
    }
    QCOMPARE(get(QStringLiteral("/nothing-here")).status, 404);
}

void TestSandboxServer::numbers_listFilterAndUpdate()
{
    HttpResult r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json")));
    QCOMPARE(r.status, 200);
    QJsonArray numbers = r.json.value(QLatin1String("incoming_phone_numbers")).toArray();
    QCOMPARE(numbers.size(), 1);
    const QJsonObject n = numbers.first().toObject();
    QCOMPARE(n.value(QLatin1String("phone_number")).toString(), kBusiness);
    QCOMPARE(n.value(QLatin1String("sid")).toString(), QString::fromLatin1(SandboxServer::demoNumberSid));
    QCOMPARE(n.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Demo Plumbing line"));
    QVERIFY(n.value(QLatin1String("capabilities")).toObject().value(QLatin1String("sms")).toBool());
    QVERIFY(n.value(QLatin1String("capabilities")).toObject().value(QLatin1String("voice")).toBool());
    QVERIFY(r.json.value(QLatin1String("next_page_uri")).isNull());

    r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json?PhoneNumber=%2B1512555****")));
    QCOMPARE(r.json.value(QLatin1String("incoming_phone_numbers")).toArray().size(), 1);
    r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json?PhoneNumber=%2B1999")));
    QCOMPARE(r.json.value(QLatin1String("incoming_phone_numbers")).toArray().size(), 0);

    const QString path = accountPath(
        QStringLiteral("/IncomingPhoneNumbers/%1.json").arg(QString::fromLatin1(SandboxServer::demoNumberSid)));
    r = postForm(path,
                 {{QStringLiteral("StatusCallback"), QStringLiteral("https://hooks.example.com/voice/status")},
                  {QStringLiteral("SmsUrl"), QStringLiteral("https://hooks.example.com/sms")},
                  {QStringLiteral("FriendlyName"), QStringLiteral("Main line")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status_callback")).toString(),
             QStringLiteral("https://hooks.example.com/voice/status"));
    r = get(path);
    QCOMPARE(r.json.value(QLatin1String("sms_url")).toString(), QStringLiteral("https://hooks.example.com/sms"));
    QCOMPARE(r.json.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Main line"));

    r = postForm(path, {{QStringLiteral("VoiceUrl"), QStringLiteral("not a url")}});
    QCOMPARE(r.status, 400);
}

void TestSandboxServer::calls_paging_isStableWhileCallsArrive()
{
    using PC = SandboxServer::PlacedCall;
    QStringList placedSids;
    for (int i = 0; i < 120; ++i) {
        const QString from = QStringLiteral("+1737555%1").arg(1000 + i);
        placedSids.append(m_server->placeCall(placed(from, PC::Outcome::Missed, PC::Wiring::Forwarded, 600000)));
    }
    HttpResult page0 = get(accountPath(QStringLiteral("/Calls.json?PageSize=50")));
    QCOMPARE(page0.status, 200);
    QJsonArray calls = page0.json.value(QLatin1String("calls")).toArray();
    QCOMPARE(calls.size(), 50);
    QCOMPARE(page0.json.value(QLatin1String("page")).toInt(), 0);
    QCOMPARE(page0.json.value(QLatin1String("page_size")).toInt(), 50);
    QCOMPARE(page0.json.value(QLatin1String("start")).toInt(), 0);
    QCOMPARE(page0.json.value(QLatin1String("end")).toInt(), 49);
    QVERIFY(page0.json.value(QLatin1String("previous_page_uri")).isNull());
    QVERIFY(page0.json.value(QLatin1String("first_page_uri")).toString().contains(QLatin1String("Page=0")));
    QVERIFY(page0.json.value(QLatin1String("uri")).toString().startsWith(accountPath(QStringLiteral("/Calls.json?"))));
    // Newest first.
    QCOMPARE(calls.first().toObject().value(QLatin1String("sid")).toString(), placedSids.last());

    // New calls between pages must not shift the pages that follow.
    for (int i = 0; i < 5; ++i)
        m_server->placeCall(
            placed(QStringLiteral("+1737555%1").arg(2000 + i), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));

    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(calls))
        seen.insert(v.toObject().value(QLatin1String("sid")).toString());
    QString next = page0.json.value(QLatin1String("next_page_uri")).toString();
    QVERIFY(next.startsWith(QLatin1String("/2010-04-01/Accounts/")));
    QVERIFY(next.contains(QLatin1String("PageSize=50")));
    QVERIFY(next.contains(QLatin1String("Page=1")));
    QVERIFY(next.contains(QLatin1String("PageToken=")));
    int pageCount = 1;
    while (!next.isEmpty()) {
        const HttpResult page = get(next);
        QCOMPARE(page.status, 200);
        ++pageCount;
        QCOMPARE(page.json.value(QLatin1String("page")).toInt(), pageCount - 1);
        QVERIFY(!page.json.value(QLatin1String("previous_page_uri")).isNull());
        const QJsonArray items = page.json.value(QLatin1String("calls")).toArray();
        for (const QJsonValue &v : items)
            seen.insert(v.toObject().value(QLatin1String("sid")).toString());
        if (pageCount == 2) {
            QCOMPARE(items.size(), 50);
            QCOMPARE(page.json.value(QLatin1String("start")).toInt(), 50);
            QCOMPARE(page.json.value(QLatin1String("end")).toInt(), 99);
        } else {
            QCOMPARE(items.size(), 20);
        }
        next = page.json.value(QLatin1String("next_page_uri")).toString();
        QVERIFY(pageCount <= 3);
    }
    QCOMPARE(pageCount, 3);
    QCOMPARE(seen, QSet<QString>(placedSids.cbegin(), placedSids.cend()));

    // PageSize is capped at 1000; garbage tokens are refused.
    HttpResult big = get(accountPath(QStringLiteral("/Calls.json?PageSize=5000")));
    QCOMPARE(big.json.value(QLatin1String("page_size")).toInt(), 1000);
    QCOMPARE(big.json.value(QLatin1String("calls")).toArray().size(), 125);
    QVERIFY(big.json.value(QLatin1String("next_page_uri")).isNull());
    const HttpResult bad = get(accountPath(QStringLiteral("/Calls.json?PageSize=50&Page=1&PageToken=garbage")));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value(QLatin1String("code")).toInt(), 21481);
}

void TestSandboxServer::calls_filters_selectTheRightLegs()
{
    using PC = SandboxServer::PlacedCall;
    const QString parent =
        m_server->placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 600000));
    m_server->placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));
    m_server->placeCall(placed(QStringLiteral("+15125550113"), PC::Outcome::Busy, PC::Wiring::Forwarded, 600000));
    QVERIFY(!parent.isEmpty());

    auto count = [this](const QString &query) {
        return get(accountPath(QStringLiteral("/Calls.json?") + query))
            .json.value(QLatin1String("calls"))
            .toArray()
            .size();
    };
    QCOMPARE(count({}), 4);
    QCOMPARE(count(QStringLiteral("From=%2B15125550111")), 1);
    QCOMPARE(count(QStringLiteral("To=%2B15125550100")), 3);
    QCOMPARE(count(QStringLiteral("To=%2B15125550199")), 1);
    QCOMPARE(count(QStringLiteral("Status=ringing")), 3);
    QCOMPARE(count(QStringLiteral("Status=in-progress")), 1);
    QCOMPARE(count(QStringLiteral("Status=completed")), 0);
    const HttpResult children = get(accountPath(QStringLiteral("/Calls.json?ParentCallSid=") + parent));
    const QJsonArray legs = children.json.value(QLatin1String("calls")).toArray();
    QCOMPARE(legs.size(), 1);
    QCOMPARE(legs.first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("outbound-dial"));
    QCOMPARE(legs.first().toObject().value(QLatin1String("parent_call_sid")).toString(), parent);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString d0 = today.toString(Qt::ISODate);
    const QString dPlus = today.addDays(1).toString(Qt::ISODate);
    const QString dMinus = today.addDays(-1).toString(Qt::ISODate);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + dMinus), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + dPlus), 0);
    QCOMPARE(count(QStringLiteral("StartTime%3C=") + dMinus), 0);
    QCOMPARE(count(QStringLiteral("StartTime%3C=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + d0 + QStringLiteral("&From=%2B15125550112")), 1);
    // The filters travel with the paging links.
    const HttpResult paged =
        get(accountPath(QStringLiteral("/Calls.json?StartTime%3E=") + d0 + QStringLiteral("&PageSize=2")));
    const QString next = paged.json.value(QLatin1String("next_page_uri")).toString();
    QVERIFY(next.contains(QStringLiteral("StartTime%3E=") + d0));
    QCOMPARE(get(next).json.value(QLatin1String("calls")).toArray().size(), 2);

    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json?StartTime%3E=yesterday"))).status, 400);
    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json?Status=exploded"))).status, 400);
}

void TestSandboxServer::calls_plusNotEscaped_matchesNothingLikeTwilio()
{
    using PC = SandboxServer::PlacedCall;
    m_server->placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));
    // An unescaped '+' is a space in a query string, as Twilio decodes it.
    const HttpResult r = get(accountPath(QStringLiteral("/Calls.json?From=+15125550111")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("calls")).toArray().size(), 0);
}

void TestSandboxServer::calls_forwardedWiring_endsAsDescribed()
{
    using PC = SandboxServer::PlacedCall;
    const QString missed =
        m_server->placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Forwarded));
    const QString busy =
        m_server->placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Busy, PC::Wiring::Forwarded));
    const QString canceled =
        m_server->placeCall(placed(QStringLiteral("+15125550113"), PC::Outcome::Canceled, PC::Wiring::Forwarded));

    HttpResult r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));
    QCOMPARE(r.json.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
    QCOMPARE(r.json.value(QLatin1String("to")).toString(), kBusiness);
    QVERIFY(!r.json.value(QLatin1String("start_time")).toString().isEmpty());
    QVERIFY(r.json.value(QLatin1String("end_time")).isNull());

    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("completed"));
    r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed)));
    const int seconds = r.json.value(QLatin1String("duration")).toString().toInt();
    QVERIFY(seconds >= 5 && seconds <= 20);
    QVERIFY(!r.json.value(QLatin1String("end_time")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(r.json.value(QLatin1String("date_updated")).toString(), Qt::RFC2822Date).isValid());

    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(busy))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("busy"));
    QVERIFY(get(accountPath(QStringLiteral("/Calls/%1.json").arg(busy)))
                .json.value(QLatin1String("duration"))
                .toString()
                .isEmpty());
    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(canceled))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("canceled"));
}

void TestSandboxServer::calls_dialWiring_hasChildLegs()
{
    using PC = SandboxServer::PlacedCall;
    QList<Call> ended;
    connect(m_server.get(), &SandboxServer::callEnded, this, [&ended](const Call &c) { ended.append(c); });

    struct Case
    {
        PC::Outcome outcome;
        const char *childStatus;
        bool hasDuration;
        const char *answeredBy;
    };
    const QList<Case> cases{
        {PC::Outcome::Missed, "no-answer", false, ""},          {PC::Outcome::Busy, "busy", false, ""},
        {PC::Outcome::Canceled, "canceled", false, ""},         {PC::Outcome::Failed, "failed", false, ""},
        {PC::Outcome::Voicemail, "completed", true, "machine"}, {PC::Outcome::Answered, "completed", true, ""},
    };
    for (const Case &c : cases) {
        const QString parent = m_server->placeCall(placed(QStringLiteral("+15125550111"), c.outcome, PC::Wiring::Dial));
        QVERIFY(!parent.isEmpty());
        HttpResult r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(parent)));
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
        const QString childrenPath = accountPath(QStringLiteral("/Calls.json?ParentCallSid=") + parent);
        QJsonObject child = get(childrenPath).json.value(QLatin1String("calls")).toArray().first().toObject();
        QCOMPARE(child.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));
        QCOMPARE(child.value(QLatin1String("from")).toString(), kBusiness);
        QCOMPARE(child.value(QLatin1String("to")).toString(), QString::fromLatin1(SandboxServer::demoOwnerCell));

        QTRY_COMPARE_WITH_TIMEOUT(get(accountPath(QStringLiteral("/Calls/%1.json").arg(parent)))
                                      .json.value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("completed"), 5000);
        child = get(childrenPath).json.value(QLatin1String("calls")).toArray().first().toObject();
        QCOMPARE(child.value(QLatin1String("status")).toString(), QLatin1String(c.childStatus));
        QCOMPARE(!child.value(QLatin1String("duration")).toString().isEmpty(), c.hasDuration);
        QCOMPARE(child.value(QLatin1String("answered_by")).toString(), QLatin1String(c.answeredBy));
        QVERIFY(!child.value(QLatin1String("end_time")).toString().isEmpty());
        if (c.outcome == PC::Outcome::Voicemail) {
            const int seconds = child.value(QLatin1String("duration")).toString().toInt();
            QVERIFY(seconds >= 15 && seconds <= 25);
        }
    }
    QCOMPARE(ended.size(), cases.size() * 2);
}

void TestSandboxServer::messages_create_queuesThenDelivers()
{
    QList<Message> created;
    connect(m_server.get(), &SandboxServer::messageCreated, this, [&created](const Message &m) { created.append(m); });
    HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")),
                            {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                             {QStringLiteral("From"), kBusiness},
                             {QStringLiteral("Body"), QStringLiteral("Sorry we missed your call! How can we help?")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(r.json.value(QLatin1String("direction")).toString(), QStringLiteral("outbound-api"));
    QCOMPARE(r.json.value(QLatin1String("num_segments")).toString(), QStringLiteral("1"));
    QVERIFY(r.json.value(QLatin1String("price")).isNull());
    QCOMPARE(r.json.value(QLatin1String("from")).toString(), kBusiness);
    const QString sid = r.json.value(QLatin1String("sid")).toString();
    QVERIFY(sid.startsWith(QLatin1String("SM")));
    QCOMPARE(sid.size(), 34);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().sid, sid);

    const QString path = accountPath(QStringLiteral("/Messages/%1.json").arg(sid));
    QTRY_COMPARE(get(path).json.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    r = get(path);
    QVERIFY(QDateTime::fromString(r.json.value(QLatin1String("date_sent")).toString(), Qt::RFC2822Date).isValid());

    // Two GSM-7 segments, then UCS-2 for an emoji.
    r = postForm(accountPath(QStringLiteral("/Messages.json")),
                 {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                  {QStringLiteral("From"), kBusiness},
                  {QStringLiteral("Body"), QString(200, QLatin1Char('a'))}});
    QCOMPARE(r.json.value(QLatin1String("num_segments")).toString(), QStringLiteral("2"));

    // A Messaging Service picks the sender itself.
    r = postForm(accountPath(QStringLiteral("/Messages.json")),
                 {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                  {QStringLiteral("MessagingServiceSid"), QStringLiteral("MG00000000000000000000000000000001")},
                  {QStringLiteral("Body"), QStringLiteral("hi")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("from")).toString(), kBusiness);
}

void TestSandboxServer::messages_create_validatesLikeTwilio()
{
    const QString path = accountPath(QStringLiteral("/Messages.json"));
    struct Case
    {
        Params params;
        int code;
    };
    const QList<Case> cases{
        {{{QStringLiteral("From"), kBusiness}, {QStringLiteral("Body"), QStringLiteral("hi")}}, 21604},
        {{{QStringLiteral("To"), QStringLiteral("5125550111")},
          {QStringLiteral("From"), kBusiness},
          {QStringLiteral("Body"), QStringLiteral("hi")}},
         21211},
        {{{QStringLiteral("To"), QStringLiteral("+0125550111")},
          {QStringLiteral("From"), kBusiness},
          {QStringLiteral("Body"), QStringLiteral("hi")}},
         21211},
        {{{QStringLiteral("To"), QStringLiteral("+15125550111")}, {QStringLiteral("Body"), QStringLiteral("hi")}},
         21603},
        {{{QStringLiteral("To"), QStringLiteral("+15125550111")},
          {QStringLiteral("From"), QStringLiteral("+15125559999")},
          {QStringLiteral("Body"), QStringLiteral("hi")}},
         21606},
        {{{QStringLiteral("To"), QStringLiteral("+15125550111")}, {QStringLiteral("From"), kBusiness}}, 21602},
        {{{QStringLiteral("To"), QStringLiteral("+15125550111")},
          {QStringLiteral("From"), kBusiness},
          {QStringLiteral("Body"), QString()}},
         21602},
        {{{QStringLiteral("To"), QStringLiteral("+15125550111")},
          {QStringLiteral("From"), kBusiness},
          {QStringLiteral("Body"), QString(1601, QLatin1Char('x'))}},
         21617},
    };
    for (const Case &c : cases) {
        const HttpResult r = postForm(path, c.params);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), c.code);
        QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 400);
        QVERIFY(!r.json.value(QLatin1String("message")).toString().isEmpty());
    }
    QVERIFY(m_server->messages().isEmpty());
    // Exactly 1600 characters is allowed.
    QCOMPARE(postForm(path,
                      {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QString(1600, QLatin1Char('x'))}})
                 .status,
             201);
}

void TestSandboxServer::messages_optOut_blocksUntilStart()
{
    const QString path = accountPath(QStringLiteral("/Messages.json"));
    const Params text{{QStringLiteral("To"), QStringLiteral("+15125550111")},
                      {QStringLiteral("From"), kBusiness},
                      {QStringLiteral("Body"), QStringLiteral("Hi")}};
    QCOMPARE(postForm(path, text).status, 201);
    // Not a lone keyword: no opt-out.
    m_server->receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("stop calling me please"));
    QCOMPARE(postForm(path, text).status, 201);
    m_server->receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("  Stop "));
    HttpResult r = postForm(path, text);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 21610);
    // Another recipient is unaffected.
    Params other = text;
    other[0].second = QStringLiteral("+15125550112");
    QCOMPARE(postForm(path, other).status, 201);
    m_server->receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("unstop"));
    QCOMPARE(postForm(path, text).status, 201);
    m_server->receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("OPTOUT"));
    QCOMPARE(postForm(path, text).json.value(QLatin1String("code")).toInt(), 21610);
}

void TestSandboxServer::messages_list_filtersByToAndDateSent()
{
    m_server->receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("hello?"));
    m_server->receiveText(QStringLiteral("+15125550112"), {}, QStringLiteral("hola"));
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("Hi! How can we help?")}})
                 .status,
             201);
    auto list = [this](const QString &query) {
        return get(accountPath(QStringLiteral("/Messages.json?") + query))
            .json.value(QLatin1String("messages"))
            .toArray();
    };
    QCOMPARE(list({}).size(), 3);
    QCOMPARE(list({}).first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("outbound-api"));
    QCOMPARE(list(QStringLiteral("To=%2B15125550111")).size(), 1);
    QCOMPARE(list(QStringLiteral("From=%2B15125550112")).first().toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("hola"));
    QCOMPARE(list(QStringLiteral("From=%2B15125550112")).first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("received"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QTRY_COMPARE(list(QStringLiteral("DateSent%3E=") + today.toString(Qt::ISODate)).size(), 3);
    QCOMPARE(list(QStringLiteral("DateSent%3E=") + today.addDays(1).toString(Qt::ISODate)).size(), 0);
    QCOMPARE(list(QStringLiteral("DateSent=") + today.toString(Qt::ISODate)).size(), 3);
    QCOMPARE(list(QStringLiteral("PageSize=2")).size(), 2);
}

// ---- faults, observed on the socket ------------------------------------------

void TestSandboxServer::faults_statusWithRetryAfter()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Status;
    f.status = 429;
    f.retryAfterSeconds = 7;
    m_server->addFault(f);
    RawResult r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status(), 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
    QCOMPARE(body.value(QLatin1String("code")).toInt(), 20429);
    QCOMPARE(body.value(QLatin1String("status")).toInt(), 429);
    // count = 1: the next request goes through.
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 200);

    f.status = 503;
    f.retryAfterSeconds = -1;
    m_server->addFault(f);
    r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status(), 503);
    QVERIFY(r.header("Retry-After").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("code")).toInt(), 20503);

    const QList<SandboxServer::LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 429);
    QCOMPARE(log.at(0).fault, QStringLiteral("status"));
    QVERIFY(log.at(1).fault.isEmpty());
}

void TestSandboxServer::faults_dropClosesWithoutAnswer()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Drop;
    m_server->addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}}));
    QVERIFY(r.closed);
    QVERIFY(r.bytes.isEmpty());
    QVERIFY(m_server->messages().isEmpty());
    QCOMPARE(m_server->requestLog().last().status, 0);
    QCOMPARE(m_server->requestLog().last().fault, QStringLiteral("drop"));
}

void TestSandboxServer::faults_dropAfterProcessing_carriesOutTheRequest()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::DropAfterProcessing;
    f.method = "POST";
    m_server->addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("outcome unknown")}}));
    QVERIFY(r.closed);
    QVERIFY(r.bytes.isEmpty());
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().first().body, QStringLiteral("outcome unknown"));
    QCOMPARE(m_server->requestLog().last().fault, QStringLiteral("drop_after_processing"));
}

void TestSandboxServer::faults_statusAfterProcessing_carriesOutTheRequest()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::StatusAfterProcessing;
    f.status = 500;
    m_server->addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}}));
    QCOMPARE(r.status(), 500);
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("code")).toInt(), 20500);
    QCOMPARE(m_server->messages().size(), 1);
}

void TestSandboxServer::faults_delay_answersLate()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Delay;
    f.delayMs = 800;
    m_server->addFault(f);
    const RawResult r = raw("GET", accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status(), 200);
    QVERIFY2(r.elapsedMs >= 780, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("sid")).toString(), kDemoSid);
    QVERIFY(raw("GET", accountPath(QStringLiteral(".json"))).elapsedMs < 700);
}

void TestSandboxServer::faults_malformed_answersUnreadableBody()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Malformed;
    f.count = 2;
    m_server->addFault(f);
    for (int i = 0; i < 2; ++i) {
        const RawResult r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
        QCOMPARE(r.status(), 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body(), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(r.header("Content-Length").toInt(), r.body().size());
    }
    QVERIFY(m_server->faults().isEmpty());
}

void TestSandboxServer::faults_truncated_cutsTheBody()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Truncated;
    m_server->addFault(f);
    const RawResult r = raw("GET", accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status(), 200);
    QVERIFY(r.closed);
    const int announced = r.header("Content-Length").toInt();
    QVERIFY(announced > 0);
    QVERIFY(r.body().size() < announced);
    QVERIFY(!r.body().isEmpty());
}

void TestSandboxServer::faults_filters_matchMethodPathAndCount()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Status;
    f.status = 500;
    f.method = "POST";
    f.pathContains = QStringLiteral("Messages");
    f.count = -1;
    m_server->addFault(f);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Messages.json"))).status(), 200);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 200);
    const QByteArray body = form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(raw("POST", accountPath(QStringLiteral("/Messages.json")), body).status(), 500);
    QVERIFY(m_server->messages().isEmpty());
    QCOMPARE(m_server->faults().size(), 1);
    m_server->clearFaults();
    QCOMPARE(raw("POST", accountPath(QStringLiteral("/Messages.json")), body).status(), 201);
}

// ---- control API ---------------------------------------------------------------

void TestSandboxServer::control_callsAndMessages()
{
    HttpResult r = http("GET", QStringLiteral("/sandbox/health"), {}, {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QLatin1String("ok")).toBool());
    QCOMPARE(r.json.value(QLatin1String("account_sid")).toString(), kDemoSid);
    QCOMPARE(r.json.value(QLatin1String("numbers")).toArray().first().toString(), kBusiness);

    r = http("POST", QStringLiteral("/sandbox/calls"),
             R"({"from": "+15125550111", "outcome": "missed", "wiring": "dial", "ring_ms": 20})", {},
             "application/json");
    QCOMPARE(r.status, 201);
    const QString parent = r.json.value(QLatin1String("sid")).toString();
    QVERIFY(parent.startsWith(QLatin1String("CA")));
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    QVERIFY(r.json.value(QLatin1String("child_sid")).toString().startsWith(QLatin1String("CA")));
    QTRY_COMPARE(m_server->calls().size(), 2);
    auto allEnded = [this] {
        const QList<Call> calls = m_server->calls();
        return std::all_of(calls.cbegin(), calls.cend(), [](const Call &c) { return isTerminal(c.status); });
    };
    QTRY_VERIFY(allEnded());

    r = http("POST", QStringLiteral("/sandbox/calls"), "from=%2B15125550112&outcome=busy&ring_ms=10", {});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));

    QList<Message> received;
    connect(m_server.get(), &SandboxServer::messageReceived, this,
            [&received](const Message &m) { received.append(m); });
    r = http("POST", QStringLiteral("/sandbox/messages"),
             R"({"from": "+15125550111", "body": "Hi I just called 🙂"})", {}, "application/json");
    QCOMPARE(r.status, 201);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().body, QStringLiteral("Hi I just called 🙂"));
    QCOMPARE(received.first().to, kBusiness);
    QVERIFY(received.first().status == MessageStatus::Received);
    QCOMPARE(received.first().numSegments, 1);
    QCOMPARE(r.json.value(QLatin1String("sid")).toString(), received.first().sid);
}

void TestSandboxServer::control_badInput_answers400WithASentence()
{
    const QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("/sandbox/calls"), R"({"from": "5125550111"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "outcome": "exploded"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "wiring": "carrier-pigeon"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "to": "+15125559999"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "ring_ms": "soon"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": )"},
        {QStringLiteral("/sandbox/messages"), R"({"from": "+15125550111"})"},
        {QStringLiteral("/sandbox/messages"), R"({"from": "nobody", "body": "hi"})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "gremlins"})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "status", "probability": 3})"},
    };
    for (const auto &[path, body] : cases) {
        const HttpResult r = http("POST", path, body, {}, "application/json");
        QCOMPARE(r.status, 400);
        const QString error = r.json.value(QLatin1String("error")).toString();
        QVERIFY2(error.endsWith(QLatin1Char('.')) && error.size() > 10, qPrintable(error));
    }
    QVERIFY(m_server->calls().isEmpty());
    QCOMPARE(http("GET", QStringLiteral("/sandbox/nothing"), {}, {}).status, 404);
    QCOMPARE(http("GET", QStringLiteral("/sandbox/calls"), {}, {}).status, 405);
}

void TestSandboxServer::control_faultsAndLog()
{
    HttpResult r = http(
        "POST", QStringLiteral("/sandbox/faults"),
        R"({"kind": "status", "status": 429, "retry_after": 2, "method": "GET", "path_contains": "/Calls.json", "count": 2})",
        {}, "application/json");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("status"));
    r = http("POST", QStringLiteral("/sandbox/faults"), "kind=delay&delay_ms=50&path_contains=IncomingPhoneNumbers",
             {});
    QCOMPARE(r.status, 201);
    QCOMPARE(
        http("GET", QStringLiteral("/sandbox/faults"), {}, {}).json.value(QLatin1String("faults")).toArray().size(), 2);

    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json"))).status, 429);
    r = get(accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("2"));
    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json"))).status, 200);
    QCOMPARE(get(accountPath(QStringLiteral("/Messages.json"))).status, 200);

    r = http("GET", QStringLiteral("/sandbox/log"), {}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray requests = r.json.value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 4); // control requests are not logged
    const QJsonObject first = requests.first().toObject();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    QVERIFY2(iso.match(first.value(QLatin1String("at")).toString()).hasMatch(),
             qPrintable(first.value(QLatin1String("at")).toString()));
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QLatin1String("path")).toString(), accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(first.value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(first.value(QLatin1String("fault")).toString(), QStringLiteral("status"));
    QVERIFY(requests.at(2).toObject().value(QLatin1String("fault")).isNull());

    QCOMPARE(http("DELETE", QStringLiteral("/sandbox/faults"), {}, {}).status, 204);
    QVERIFY(m_server->faults().isEmpty());
    QCOMPARE(http("DELETE", QStringLiteral("/sandbox/log"), {}, {}).status, 204);
    QVERIFY(m_server->requestLog().isEmpty());
}

// ---- webhooks --------------------------------------------------------------------

void TestSandboxServer::webhooks_callStatusAndDialAction_areSigned()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/hooks/voice/status?tenant=a+b").arg(port);
    HttpResult r = postForm(
        accountPath(
            QStringLiteral("/IncomingPhoneNumbers/%1.json").arg(QString::fromLatin1(SandboxServer::demoNumberSid))),
        {{QStringLiteral("StatusCallback"), url}});
    QCOMPARE(r.status, 200);

    using PC = SandboxServer::PlacedCall;
    const QString parent =
        m_server->placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 20));
    // child status, <Dial> action, parent status
    QTRY_COMPARE(sink.hits.size(), 3);

    for (const WebhookSink::Hit &hit : std::as_const(sink.hits)) {
        QCOMPARE(hit.path, QStringLiteral("/hooks/voice/status"));
        QVERIFY(hit.contentType.startsWith("application/x-www-form-urlencoded"));
        QVERIFY(!hit.signature.isEmpty());
        QCOMPARE(hit.signature, TwilioSignature::compute(kToken, url, hit.params));
        QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
        QCOMPARE(value(hit.params, "AccountSid"), kDemoSid);
        QCOMPARE(value(hit.params, "ApiVersion"), QStringLiteral("2010-04-01"));
    }
    // The child's status and the <Dial> action leave together, so they may arrive in either order.
    auto find = [&sink](const std::function<bool(const Params &)> &pick) {
        for (const WebhookSink::Hit &hit : std::as_const(sink.hits)) {
            if (pick(hit.params))
                return hit.params;
        }
        return Params();
    };
    const Params child = find([](const Params &p) { return has(p, "ParentCallSid"); });
    const Params action = find([](const Params &p) { return has(p, "DialCallStatus"); });
    const Params parentHook =
        find([](const Params &p) { return !has(p, "ParentCallSid") && !has(p, "DialCallStatus"); });
    QCOMPARE(value(child, "CallStatus"), QStringLiteral("no-answer"));
    QCOMPARE(value(child, "ParentCallSid"), parent);
    QCOMPARE(value(child, "Direction"), QStringLiteral("outbound-dial"));
    QCOMPARE(value(child, "From"), kBusiness);
    QCOMPARE(value(child, "CallbackSource"), QStringLiteral("call-progress-events"));
    QCOMPARE(value(child, "SequenceNumber"), QStringLiteral("0"));
    QVERIFY(QDateTime::fromString(value(child, "Timestamp"), Qt::RFC2822Date).isValid());
    QVERIFY(has(child, "CallDuration"));
    QVERIFY(!has(child, "AnsweredBy"));

    QCOMPARE(value(action, "CallSid"), parent);
    QCOMPARE(value(action, "DialCallStatus"), QStringLiteral("no-answer"));
    QCOMPARE(value(action, "DialCallSid"), value(child, "CallSid"));
    QVERIFY(has(action, "DialCallDuration"));

    QCOMPARE(value(parentHook, "CallSid"), parent);
    QCOMPARE(value(parentHook, "CallStatus"), QStringLiteral("completed"));
    QCOMPARE(value(parentHook, "Direction"), QStringLiteral("inbound"));
    QCOMPARE(value(parentHook, "From"), QStringLiteral("+15125550111"));
    QCOMPARE(value(parentHook, "To"), kBusiness);
    QVERIFY(!has(parentHook, "ParentCallSid"));

    // A voicemail pickup reports who answered.
    sink.hits.clear();
    m_server->placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Voicemail, PC::Wiring::Dial, 20));
    QTRY_COMPARE(sink.hits.size(), 3);
    QCOMPARE(value(find([](const Params &p) { return has(p, "ParentCallSid"); }), "AnsweredBy"),
             QStringLiteral("machine"));
    QCOMPARE(value(find([](const Params &p) { return has(p, "DialCallStatus"); }), "DialCallStatus"),
             QStringLiteral("completed"));
}

void TestSandboxServer::webhooks_incomingSms_isSigned()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms").arg(port);
    QCOMPARE(postForm(accountPath(QStringLiteral("/IncomingPhoneNumbers/%1.json")
                                      .arg(QString::fromLatin1(SandboxServer::demoNumberSid))),
                      {{QStringLiteral("SmsUrl"), url}})
                 .status,
             200);
    const QString body = QStringLiteral("My water heater + the sink are leaking, 50% of the floor is wet");
    const QString sid = m_server->receiveText(QStringLiteral("+15125550111"), {}, body);
    QTRY_COMPARE(sink.hits.size(), 1);
    const WebhookSink::Hit hit = sink.hits.first();
    QCOMPARE(value(hit.params, "Body"), body);
    QCOMPARE(value(hit.params, "MessageSid"), sid);
    QCOMPARE(value(hit.params, "SmsSid"), sid);
    QCOMPARE(value(hit.params, "From"), QStringLiteral("+15125550111"));
    QCOMPARE(value(hit.params, "To"), kBusiness);
    QCOMPARE(value(hit.params, "NumMedia"), QStringLiteral("0"));
    QCOMPARE(value(hit.params, "NumSegments"), QStringLiteral("1"));
    QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
    QCOMPARE(hit.signature, TwilioSignature::compute(kToken, url, hit.params));
}

void TestSandboxServer::webhooks_messageStatus_followsTheStatusCallback()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms/status").arg(port);
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")),
                                  {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Body"), QStringLiteral("On our way")},
                                   {QStringLiteral("StatusCallback"), url}});
    QCOMPARE(r.status, 201);
    QTRY_COMPARE(sink.hits.size(), 2);
    QStringList statuses;
    for (const WebhookSink::Hit &hit : std::as_const(sink.hits)) {
        QCOMPARE(value(hit.params, "MessageSid"), r.json.value(QLatin1String("sid")).toString());
        QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
        statuses.append(value(hit.params, "MessageStatus"));
    }
    statuses.sort();
    QCOMPARE(statuses, QStringList({QStringLiteral("delivered"), QStringLiteral("sent")}));
}

// ---- scenario ----------------------------------------------------------------------

namespace {

SandboxScenario::Options fastOptions(const QString &trade = QStringLiteral("plumbing"))
{
    SandboxScenario::Options o;
    o.trade = trade;
    o.replyDelayMinMs = 5;
    o.replyDelayMaxMs = 15;
    return o;
}

QString factOf(const SandboxScenario::Persona &p, SandboxScenario::Persona::Fact fact)
{
    for (const auto &[f, text] : p.facts) {
        if (f == fact)
            return text;
    }
    return {};
}

} // namespace

void TestSandboxServer::scenario_quietPersona_answersWhatIsAsked()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(m_server.get(), fastOptions());
    scenario.start(SandboxScenario::Kind::Quiet);
    QCOMPARE(scenario.kind(), SandboxScenario::Kind::Quiet);
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(), [](const Persona &p) {
        return p.role == Persona::Role::Customer && p.language == QLatin1String("en");
    });
    QVERIFY(it != personas.cend());
    const Persona persona = *it;
    QCOMPARE(persona.trade, QStringLiteral("plumbing"));

    auto text = [this, &persona](const QString &body) {
        return postForm(accountPath(QStringLiteral("/Messages.json")),
                        {{QStringLiteral("To"), persona.number},
                         {QStringLiteral("From"), kBusiness},
                         {QStringLiteral("Body"), body}})
            .status;
    };
    QCOMPARE(text(QStringLiteral("Thanks for calling Demo Plumbing! What's the address for the job?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 1);
    QCOMPARE(inboundFrom(persona.number).at(0).body, factOf(persona, Persona::Fact::Address));
    QCOMPARE(inboundFrom(persona.number).at(0).to, kBusiness);

    QCOMPARE(text(QStringLiteral("Got it. And what's your name?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 2);
    QCOMPARE(inboundFrom(persona.number).at(1).body, factOf(persona, Persona::Fact::Name));

    QCOMPARE(text(QStringLiteral("How soon do you need someone out there?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 3);
    QCOMPARE(inboundFrom(persona.number).at(2).body, factOf(persona, Persona::Fact::Urgency));

    // An unclear text gets the next fact not yet given: the problem.
    QCOMPARE(text(QStringLiteral("OK!")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 4);
    QCOMPARE(inboundFrom(persona.number).at(3).body, factOf(persona, Persona::Fact::Problem));

    // Then one closing line and silence, whatever the business sends.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(text(QStringLiteral("Anything else? What's the address again?")), 201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 5);
    QCOMPARE(inboundFrom(persona.number).at(4).body, persona.closing);
    QTest::qWait(150);
    QCOMPARE(inboundFrom(persona.number).size(), 5);
}

void TestSandboxServer::scenario_spanishPersona_answersInSpanish()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(m_server.get(), SandboxScenario::Kind::Quiet, fastOptions(QStringLiteral("hvac")));
    scenario.start();
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(), [](const Persona &p) {
        return p.role == Persona::Role::Customer && p.language == QLatin1String("es");
    });
    QVERIFY(it != personas.cend());
    const Persona persona = *it;
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), persona.number},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("¡Gracias por llamar! ¿Cuál es su dirección?")}})
                 .status,
             201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 1);
    QCOMPARE(inboundFrom(persona.number).first().body, factOf(persona, Persona::Fact::Address));
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), persona.number},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("¿Y su nombre, por favor?")}})
                 .status,
             201);
    QTRY_COMPARE(inboundFrom(persona.number).size(), 2);
    QCOMPARE(inboundFrom(persona.number).at(1).body, factOf(persona, Persona::Fact::Name));
}

void TestSandboxServer::scenario_unknownNumber_doesNotReply()
{
    SandboxScenario scenario(m_server.get(), SandboxScenario::Kind::Quiet, fastOptions());
    scenario.start();
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), QStringLiteral("+14155550100")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("What's your name?")}})
                 .status,
             201);
    QTest::qWait(150);
    QVERIFY(inboundFrom(QStringLiteral("+14155550100")).isEmpty());
    // A persona of another trade is not part of this scenario.
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")),
                      {{QStringLiteral("To"), QStringLiteral("+17375550121")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("What's your name?")}})
                 .status,
             201);
    QTest::qWait(150);
    QVERIFY(inboundFrom(QStringLiteral("+17375550121")).isEmpty());
}

void TestSandboxServer::scenario_stopPersona_optsOut()
{
    using Persona = SandboxScenario::Persona;
    SandboxScenario scenario(m_server.get(), SandboxScenario::Kind::Quiet, fastOptions(QStringLiteral("roofing")));
    scenario.start();
    const QList<Persona> personas = scenario.personas();
    const auto it = std::find_if(personas.cbegin(), personas.cend(),
                                 [](const Persona &p) { return p.role == Persona::Role::OptsOut; });
    QVERIFY(it != personas.cend());
    const Params text{{QStringLiteral("To"), it->number},
                      {QStringLiteral("From"), kBusiness},
                      {QStringLiteral("Body"), QStringLiteral("Sorry we missed you! How can we help?")}};
    QCOMPARE(postForm(accountPath(QStringLiteral("/Messages.json")), text).status, 201);
    QTRY_COMPARE(inboundFrom(it->number).size(), 1);
    QCOMPARE(inboundFrom(it->number).first().body, QStringLiteral("STOP"));
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")), text);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 21610);
}

void TestSandboxServer::scenario_demo_placesCallsFromDistinctPersonas()
{
    SandboxScenario::Options o = fastOptions(QStringLiteral("electrical"));
    o.firstCallDelayMs = 10;
    o.callIntervalMinMs = 20;
    o.callIntervalMaxMs = 30;
    o.ringMs = 20;
    o.answeredShare = 0.0;
    o.wiring = SandboxServer::PlacedCall::Wiring::Dial;
    SandboxScenario scenario(m_server.get(), SandboxScenario::Kind::Demo, o);
    QStringList callers;
    connect(&scenario, &SandboxScenario::callPlaced, this,
            [&callers](const QString &, const QString &from) { callers.append(from); });
    scenario.start();
    QTRY_VERIFY(callers.size() >= 5);
    scenario.stop();
    const int placedCount = int(callers.size());
    QTest::qWait(100);
    QCOMPARE(callers.size(), placedCount);

    const QStringList firstFive = callers.mid(0, 5);
    QCOMPARE(QSet<QString>(firstFive.cbegin(), firstFive.cend()).size(), 5);
    for (const QString &from : std::as_const(callers)) {
        const auto persona = scenario.personaFor(from);
        QVERIFY(persona);
        QVERIFY(persona->trade.isEmpty() || persona->trade == QLatin1String("electrical"));
        QVERIFY(persona->role != SandboxScenario::Persona::Role::Spam);
    }
    // Every persona number sits in the fictional 555-01xx range and none repeats.
    QSet<QString> numbers;
    for (const auto &p : SandboxScenario::allPersonas()) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\+1\\d{3}55501\\d{2}$")).match(p.number).hasMatch(),
                 qPrintable(p.number));
        numbers.insert(p.number);
    }
    QCOMPARE(numbers.size(), SandboxScenario::allPersonas().size());
    for (const QString &trade : SandboxScenario::trades()) {
        int count = 0;
        for (const auto &p : SandboxScenario::allPersonas())
            count += p.trade == trade ? 1 : 0;
        QVERIFY(count >= 5);
    }
}

void TestSandboxServer::kinds_fromString()
{
    using K = SandboxServer::Fault::Kind;
    QCOMPARE(SandboxServer::Fault::kindFromString(u"drop_after_processing"), std::optional<K>(K::DropAfterProcessing));
    QCOMPARE(SandboxServer::Fault::kindFromString(u"Truncated"), std::optional<K>(K::Truncated));
    QVERIFY(!SandboxServer::Fault::kindFromString(u"gremlins"));
    QCOMPARE(SandboxServer::Fault::kindName(K::StatusAfterProcessing), QStringLiteral("status_after_processing"));
    QCOMPARE(SandboxScenario::kindFromString(u"quiet"),
             std::optional<SandboxScenario::Kind>(SandboxScenario::Kind::Quiet));
    QCOMPARE(SandboxScenario::kindFromString(u"Demo"),
             std::optional<SandboxScenario::Kind>(SandboxScenario::Kind::Demo));
    QVERIFY(!SandboxScenario::kindFromString(u"loud"));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
