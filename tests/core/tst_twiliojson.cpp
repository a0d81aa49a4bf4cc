#include "provider/providerconfig.h"
#include "provider/retrypolicy.h"
#include "provider/twiliojson.h"
#include "testprinters.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Rebound::Core;

class TestTwilioJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDate_readsRfc2822AsUtc()
    {
        const QDateTime d = TwilioJson::parseDate(QStringLiteral("Fri, 13 Aug 2010 01:16:24 +0000"));
        QVERIFY(d.isValid());
        QCOMPARE(d, QDateTime(QDate(2010, 8, 13), QTime(1, 16, 24), Qt::UTC));
        QCOMPARE(TwilioJson::parseDate(QStringLiteral("Thu, 12 Aug 2010 20:16:24 -0500")), d);
    }

    void parseDate_toleratesLongMonthNamesAndEmpty()
    {
        QVERIFY(TwilioJson::parseDate(QStringLiteral("Wed, 19 Sept 2018 20:00:00 +0000")).isValid());
        QVERIFY(!TwilioJson::parseDate(QJsonValue(QJsonValue::Null)).isValid());
        QVERIFY(!TwilioJson::parseDate(QStringLiteral("")).isValid());
        QVERIFY(!TwilioJson::parseDate(QStringLiteral("yesterday")).isValid());
    }

    void formatDate_roundTripsInEnglishWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish));
        const QDateTime d(QDate(2026, 11, 30), QTime(9, 5, 7), Qt::UTC);
        QCOMPARE(TwilioJson::formatDate(d), QStringLiteral("Mon, 30 Nov 2026 09:05:07 +0000"));
        QCOMPARE(TwilioJson::parseDate(TwilioJson::formatDate(d)), d);
        QLocale::setDefault(QLocale::c());
    }

    void parseCall_readsStringTypedNumbers()
    {
        const auto o = QJsonDocument::fromJson(R"({"sid":"CA1","status":"no-answer","duration":"0",
            "direction":"inbound","from":"+15125550100","to":"+15125550101","parent_call_sid":null,
            "start_time":"Fri, 13 Aug 2010 01:16:24 +0000","end_time":null,"answered_by":null})")
                           .object();
        QString error;
        const auto call = TwilioJson::parseCall(o, &error);
        QVERIFY(call);
        QCOMPARE(toString(call->status), toString(CallStatus::NoAnswer));
        QCOMPARE(call->durationSeconds, 0);
        QVERIFY(call->isInbound());
        QVERIFY(call->parentCallSid.isEmpty());
        QVERIFY(!call->endTime.isValid());
    }

    void parseCall_acceptsNumericFieldsFromCompatibleProviders()
    {
        const auto o =
            QJsonDocument::fromJson(R"({"sid":"3f1c-uuid","status":"completed","duration":42,"direction":"inbound"})")
                .object();
        QString error;
        const auto call = TwilioJson::parseCall(o, &error);
        QVERIFY(call);
        QCOMPARE(call->durationSeconds, 42);
    }

    void parseCall_withoutSidIsRefused()
    {
        QString error;
        QVERIFY(!TwilioJson::parseCall(QJsonObject{{QStringLiteral("status"), QStringLiteral("ringing")}}, &error));
        QVERIFY(error.contains(QStringLiteral("sid")));
    }

    void parseMessage_readsSegmentsAndErrorCode()
    {
        const auto o = QJsonDocument::fromJson(R"({"sid":"SM1","status":"undelivered","direction":"outbound-api",
            "num_segments":"2","num_media":"0","error_code":30003,"error_message":"Unreachable"})")
                           .object();
        QString error;
        const auto m = TwilioJson::parseMessage(o, &error);
        QVERIFY(m);
        QCOMPARE(m->numSegments, 2);
        QCOMPARE(m->errorCode.value_or(0), 30003);
        QCOMPARE(toString(m->status), toString(MessageStatus::Undelivered));
        QCOMPARE(toString(m->direction), toString(MessageDirection::OutboundApi));
    }

    void toJson_writesTheSpecsStringTypes()
    {
        Call c;
        c.sid = QStringLiteral("CA1");
        c.accountSid = QStringLiteral("AC1");
        c.status = CallStatus::Completed;
        c.durationSeconds = 17;
        const QJsonObject o = TwilioJson::toJson(c);
        QVERIFY(o.value(QStringLiteral("duration")).isString());
        QVERIFY(o.value(QStringLiteral("parent_call_sid")).isNull());
        QCOMPARE(o.value(QStringLiteral("uri")).toString(), QStringLiteral("/2010-04-01/Accounts/AC1/Calls/CA1.json"));
        QString error;
        QCOMPARE(TwilioJson::parseCall(o, &error)->durationSeconds, 17);
    }

    void accountJson_neverCarriesTheToken()
    {
        Account a;
        a.sid = QStringLiteral("AC1");
        QVERIFY(TwilioJson::toJson(a).value(QStringLiteral("auth_token")).isNull());
    }

    void retryPolicy_backoffIsCappedFullJitter()
    {
        RetryPolicy p;
        p.baseDelay = std::chrono::milliseconds(100);
        p.maxDelay = std::chrono::milliseconds(1000);
        for (int attempt = 1; attempt < 30; ++attempt) {
            const auto d = p.backoff(attempt);
            QVERIFY(d.count() >= 0);
            QVERIFY(d.count() <= std::min<qint64>(1000, 100LL << std::min(attempt - 1, 20)));
        }
    }

    void retryPolicy_readsRetryAfterSecondsAndDates()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("2")->count(), 2000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ")->count(), 0);
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("Mon, 30 Nov 2026 12:00:05 GMT", now)->count(), 5000);
        QVERIFY(!RetryPolicy::parseRetryAfter("soon"));
        QVERIFY(!RetryPolicy::parseRetryAfter("-3"));
        QVERIFY(!RetryPolicy::parseRetryAfter(""));
    }

    void baseUrl_dropsTheApiVersionSuffix()
    {
        QCOMPARE(
            ProviderConfig::normalizeBaseUrl(QStringLiteral("https://example.signalwire.com/api/laml/2010-04-01/")),
            QUrl(QStringLiteral("https://example.signalwire.com/api/laml")));
        QCOMPARE(ProviderConfig::signalWireBaseUrl(QStringLiteral("example")),
                 QUrl(QStringLiteral("https://example.signalwire.com/api/laml")));
        QString error;
        QVERIFY(ProviderConfig::normalizeBaseUrl(QStringLiteral("ftp://x"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTwilioJson)
#include "tst_twiliojson.moc"
