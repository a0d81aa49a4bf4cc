#include "sandboxharness.h"

#include <QTest>

using namespace Rebound::Core;
using namespace Rebound::Test;

// Messages: creating, validating, opting out and listing.
class TestSandboxMessages final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void messages_create_queuesThenDelivers();
    void messages_create_validatesLikeTwilio();
    void messages_optOut_blocksUntilStart();
    void messages_list_filtersByToAndDateSent();
};

void TestSandboxMessages::messages_create_queuesThenDelivers()
{
    QList<Message> created;
    connect(&server(), &SandboxServer::messageCreated, this, [&created](const Message &m) { created.append(m); });
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

void TestSandboxMessages::messages_create_validatesLikeTwilio()
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
    QVERIFY(server().messages().isEmpty());
    // Exactly 1600 characters is allowed.
    QCOMPARE(postForm(path,
                      {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QString(1600, QLatin1Char('x'))}})
                 .status,
             201);
}

void TestSandboxMessages::messages_optOut_blocksUntilStart()
{
    const QString path = accountPath(QStringLiteral("/Messages.json"));
    const Params text{{QStringLiteral("To"), QStringLiteral("+15125550111")},
                      {QStringLiteral("From"), kBusiness},
                      {QStringLiteral("Body"), QStringLiteral("Hi")}};
    QCOMPARE(postForm(path, text).status, 201);
    // Not a lone keyword: no opt-out.
    server().receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("stop calling me please"));
    QCOMPARE(postForm(path, text).status, 201);
    server().receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("  Stop "));
    HttpResult r = postForm(path, text);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 21610);
    // Another recipient is unaffected.
    Params other = text;
    other[0].second = QStringLiteral("+15125550112");
    QCOMPARE(postForm(path, other).status, 201);
    server().receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("unstop"));
    QCOMPARE(postForm(path, text).status, 201);
    server().receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("OPTOUT"));
    QCOMPARE(postForm(path, text).json.value(QLatin1String("code")).toInt(), 21610);
}

void TestSandboxMessages::messages_list_filtersByToAndDateSent()
{
    server().receiveText(QStringLiteral("+15125550111"), {}, QStringLiteral("hello?"));
    server().receiveText(QStringLiteral("+15125550112"), {}, QStringLiteral("hola"));
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

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandboxmessages.moc"
