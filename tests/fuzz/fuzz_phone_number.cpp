// Phone numbers as people type them and as providers report them: the
// setup's business line and owner cell, every From of a call or a text.
// The input is a region code, a newline, then the number.
#include "domain/phonenumber.h"
#include "engine/textbackpolicy.h"
#include "fuzzinput.h"

using namespace Rebound::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = Rebound::Fuzz::parts(Rebound::Fuzz::bytes(data, size), '\n', 2);
    const QString region = QString::fromUtf8(input.at(0).left(8));
    const QString text = QString::fromUtf8(input.at(1));

    PhoneNumber::Error error = PhoneNumber::Error::None;
    const PhoneNumber typed = PhoneNumber::parse(text, region, &error);
    FUZZ_CHECK(typed.isValid() == (error == PhoneNumber::Error::None));
    if (!typed.isValid()) {
        FUZZ_CHECK(!PhoneNumber::errorMessage(error).isEmpty());
    } else {
        // A number once read is stored as E.164 and read back unchanged.
        const QString e164 = typed.e164();
        FUZZ_CHECK(e164.startsWith(QLatin1Char('+')));
        FUZZ_CHECK(e164.size() <= 16);
        const PhoneNumber stored = PhoneNumber::fromE164(e164);
        FUZZ_CHECK(stored == typed);
        FUZZ_CHECK(PhoneNumber::parse(typed.international(), region) == typed);
        FUZZ_CHECK(!typed.display(region).isEmpty());
        (void)typed.regionCode();
    }

    // As a provider's From: E.164 only, or not a number at all.
    error = PhoneNumber::Error::None;
    const PhoneNumber reported = PhoneNumber::fromE164(text, &error);
    FUZZ_CHECK(reported.isValid() == (error == PhoneNumber::Error::None));
    if (reported.isValid())
        FUZZ_CHECK(reported.e164() == text);
    if (isTextableNumber(text))
        FUZZ_CHECK(reported.isValid());
    return 0;
}
