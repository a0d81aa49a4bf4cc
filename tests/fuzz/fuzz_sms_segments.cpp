// Counting SMS segments, which the template editors show as the owner types
// and the engine records for every text: any UTF-8 (or broken UTF-8) text.
#include "domain/smssegments.h"
#include "fuzzinput.h"

using namespace Rebound::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Rebound::Fuzz::bytes(data, size));
    const SmsSegments m = SmsSegments::measure(text);

    FUZZ_CHECK((m.segments == 0) == text.isEmpty());
    FUZZ_CHECK(m.unitsLeftInSegment >= 0);
    bool gsm = true;
    for (const QChar c : text)
        gsm = gsm && SmsSegments::isGsm7(c);
    FUZZ_CHECK(gsm == (m.encoding == SmsSegments::Encoding::Gsm7));
    if (text.isEmpty())
        return 0;
    // 160 septets or 70 UTF-16 units fit one segment; with a header for
    // joining them, 153 or 67 each (3GPP TS 23.038, 23.040).
    const int single = m.encoding == SmsSegments::Encoding::Gsm7 ? 160 : 70;
    const int part = m.encoding == SmsSegments::Encoding::Gsm7 ? 153 : 67;
    if (m.encoding == SmsSegments::Encoding::Ucs2)
        FUZZ_CHECK(m.units == text.size());
    else
        FUZZ_CHECK(m.units >= text.size() && m.units <= 2 * text.size());
    if (m.segments == 1) {
        FUZZ_CHECK(m.units <= single);
    } else {
        FUZZ_CHECK(m.units > single);
        FUZZ_CHECK(m.units <= m.segments * part);
        // A character that takes two units (an escape or a surrogate pair)
        // is never split, so a full part may hold one unit less.
        FUZZ_CHECK(m.units > (m.segments - 1) * (part - 1));
    }
    return 0;
}
