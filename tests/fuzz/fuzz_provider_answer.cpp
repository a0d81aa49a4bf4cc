// The provider's answers: whatever a Twilio-compatible server (or something
// pretending to be one) sends back as a resource, a list page or an error.
#include "fuzzinput.h"
#include "provider/retrypolicy.h"
#include "provider/twiliojson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Rebound::Core;

namespace {

// What was read back from what we write must be read the same again: the
// sandbox writes these shapes and the client reads them.
template<typename T, typename Parse> void checkRoundTrip(const T &value, Parse parse)
{
    const QJsonObject written = TwilioJson::toJson(value);
    QString error;
    const std::optional<T> again = parse(written, &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(TwilioJson::toJson(*again) == written);
}

void readResources(const QJsonObject &o)
{
    QString error;
    if (const auto call = TwilioJson::parseCall(o, &error)) {
        FUZZ_CHECK(!call->sid.isEmpty());
        checkRoundTrip(*call, &TwilioJson::parseCall);
        (void)call->endedAt();
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    error.clear();
    if (const auto message = TwilioJson::parseMessage(o, &error)) {
        FUZZ_CHECK(!message->sid.isEmpty());
        checkRoundTrip(*message, &TwilioJson::parseMessage);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    error.clear();
    if (const auto account = TwilioJson::parseAccount(o, &error))
        checkRoundTrip(*account, &TwilioJson::parseAccount);
    else
        FUZZ_CHECK(!error.isEmpty());
    error.clear();
    if (!TwilioJson::parseIncomingNumber(o, &error))
        FUZZ_CHECK(!error.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Rebound::Fuzz::bytes(data, size);

    // Any status may come with any body.
    for (const int status : {400, 401, 403, 404, 429, 500, 503}) {
        const ProviderError e = TwilioJson::parseError(status, body);
        FUZZ_CHECK(e.httpStatus == status);
        FUZZ_CHECK(!e.message.isEmpty());
        FUZZ_CHECK(status != 429 || e.kind == ProviderError::Kind::RateLimited);
        FUZZ_CHECK(status < 500 || e.kind == ProviderError::Kind::Server);
    }
    // The same bytes as a Retry-After header: never a negative wait.
    if (const auto wait = RetryPolicy::parseRetryAfter(body.left(200)))
        FUZZ_CHECK(wait->count() >= 0);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0;
    const QJsonObject page = doc.object();
    readResources(page);
    for (const char *list : {"calls", "messages", "incoming_phone_numbers"}) {
        const QJsonArray items = page.value(QLatin1String(list)).toArray();
        for (const QJsonValue &item : items)
            readResources(item.toObject());
    }

    // A page link never leads off the API's host, whatever it says.
    static const QUrl base(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC00/Calls.json"));
    const QString link = page.value(QLatin1String("next_page_uri")).toString();
    if (const auto next = TwilioJson::nextPageUrl(base, link)) {
        FUZZ_CHECK(next->isValid());
        FUZZ_CHECK(next->scheme() == base.scheme());
        FUZZ_CHECK(next->host() == base.host());
        FUZZ_CHECK(next->port() == base.port());
    }
    return 0;
}
