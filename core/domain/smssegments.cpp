#include "smssegments.h"

#include <string_view>

namespace Rebound::Core {

namespace {

// A segment is 140 octets; a multi-part segment gives 6 of them to the user
// data header, hence 153 septets or 67 UTF-16 units per part.
constexpr int Gsm7Single = 160;
constexpr int Gsm7Multi = 153;
constexpr int Ucs2Single = 70;
constexpr int Ucs2Multi = 67;

// The basic-set characters outside printable ASCII, as Twilio's segment
// calculator maps them (3GPP TS 23.038); note that á í ó ú are not among them.
constexpr std::u16string_view Gsm7BasicNonAscii = u"¡£¤¥§¿ÄÅÆÉÑÖØÜßàäåæÇèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ";
// Reached through ESC, so each costs two septets.
constexpr std::u16string_view Gsm7Extension = u"\f^{}\\[~]|€";

bool isExtension(char16_t c)
{
    return Gsm7Extension.find(c) != std::u16string_view::npos;
}

bool isBasic(char16_t c)
{
    if (c == u'\n' || c == u'\r')
        return true;
    if (c >= 0x20 && c <= 0x7E)
        return c != u'`' && !isExtension(c);
    return Gsm7BasicNonAscii.find(c) != std::u16string_view::npos;
}

// Packs units greedily into parts, never splitting an indivisible unit
// (an ESC pair or a surrogate pair) across two parts.
template<typename CostOf>
SmsSegments pack(const QString &text, SmsSegments::Encoding encoding, int single, int multi, CostOf costOf)
{
    SmsSegments result;
    result.encoding = encoding;
    int total = 0;
    for (qsizetype i = 0; i < text.size();)
        total += costOf(i);
    result.units = total;
    if (total <= single) {
        result.segments = 1;
        result.unitsLeftInSegment = single - total;
        return result;
    }

    int segments = 1;
    int used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const int cost = costOf(i);
        if (used + cost > multi) {
            ++segments;
            used = 0;
        }
        used += cost;
    }
    result.segments = segments;
    result.unitsLeftInSegment = multi - used;
    return result;
}

} // namespace

bool SmsSegments::isGsm7(QChar c)
{
    return isBasic(c.unicode()) || isExtension(c.unicode());
}

SmsSegments SmsSegments::measure(const QString &text)
{
    if (text.isEmpty()) {
        SmsSegments empty;
        empty.unitsLeftInSegment = Gsm7Single;
        return empty;
    }

    bool gsm7 = true;
    for (const QChar c : text) {
        if (!isGsm7(c)) {
            gsm7 = false;
            break;
        }
    }

    if (gsm7) {
        return pack(text, Encoding::Gsm7, Gsm7Single, Gsm7Multi,
                    [&text](qsizetype &i) { return isExtension(text.at(i++).unicode()) ? 2 : 1; });
    }
    return pack(text, Encoding::Ucs2, Ucs2Single, Ucs2Multi, [&text](qsizetype &i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
        return pair ? 2 : 1;
    });
}

} // namespace Rebound::Core
