// A webhook as it reaches the listener: an X-Twilio-Signature header and a
// form body, from Twilio or from anyone who found the port. The input is the
// header's value, a newline, then the body.
#include "fuzzinput.h"
#include "provider/twiliosignature.h"

using namespace Rebound::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = Rebound::Fuzz::parts(Rebound::Fuzz::bytes(data, size), '\n', 2);
    const QByteArray &signature = input.at(0);
    const QByteArray &body = input.at(1);

    static const QString token = QStringLiteral("12345678901234567890123456789012");
    static const QString url = QStringLiteral("https://hooks.example.com/rebound/sms?seat=front");
    static const QString urlWithPort = QStringLiteral("https://hooks.example.com:443/rebound/sms?seat=front");

    const TwilioSignature::FormParams params = TwilioSignature::parseForm(body);
    FUZZ_CHECK(params.size() <= body.count('&') + 1);

    // Twilio's own signature is always accepted...
    const QByteArray genuine = TwilioSignature::compute(token, url, params);
    FUZZ_CHECK(TwilioSignature::validate(token, url, params, genuine));
    // ...and a signature is accepted only if it is the signature of this
    // body, for this URL with or without its default port.
    const bool accepted = TwilioSignature::validate(token, url, params, signature);
    FUZZ_CHECK(accepted == (signature == genuine || signature == TwilioSignature::compute(token, urlWithPort, params)));
    // Nor is it ever accepted under another token.
    if (!signature.isEmpty())
        FUZZ_CHECK(!TwilioSignature::validate(QStringLiteral("another token"), url, params, genuine));
    return 0;
}
