#pragma once

#include <QString>

namespace Rebound::Core {

// How a text is split into SMS segments (3GPP TS 23.038): GSM-7 with its
// extension table when every character fits, UCS-2 otherwise.
struct SmsSegments
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int segments = 0; // 0 for an empty text
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2) in the whole text
    int unitsLeftInSegment = 0; // how many more units fit before another segment starts

    static SmsSegments measure(const QString &text);
    static bool isGsm7(QChar c);
};

} // namespace Rebound::Core
