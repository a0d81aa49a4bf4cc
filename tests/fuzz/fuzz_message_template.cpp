// The text-back templates the owner writes, filled with the business's name
// and the caller's name (from the contact, which callers' texts fill in).
// The input is the template, the business's name and the caller's name, one
// per line.
#include "domain/smssegments.h"
#include "engine/textbackpolicy.h"
#include "fuzzinput.h"

using namespace Rebound::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = Rebound::Fuzz::parts(Rebound::Fuzz::bytes(data, size), '\n', 3);
    const QString text = QString::fromUtf8(input.at(0));
    const QString business = QString::fromUtf8(input.at(1));
    const QString caller = QString::fromUtf8(input.at(2));

    const QString out = renderTemplate(text, business, caller);
    // Each placeholder is filled once: a name that reads "{first_name}" stays
    // as written and cannot make the text grow past what was filled in.
    const qsizetype bound = text.size() + text.count(QStringLiteral("{business}")) * business.size()
        + text.count(QStringLiteral("{first_name}")) * caller.size();
    FUZZ_CHECK(out.size() <= bound);
    FUZZ_CHECK(out == out.simplified());
    if (!text.contains(QLatin1Char('{')))
        FUZZ_CHECK(out.size() <= text.size());

    const SmsSegments measured = SmsSegments::measure(out);
    FUZZ_CHECK((measured.segments == 0) == out.isEmpty());
    return 0;
}
