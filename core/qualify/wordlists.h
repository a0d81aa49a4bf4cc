#pragma once

#include <QString>
#include <QStringView>

namespace Rebound::Core {

// Word lists the qualifier consults by single folded word: spelling fixes, words that are
// never names, common given names, language markers and the vocabulary of US addresses.
class WordLists
{
public:
    // "tmrw" -> "tomorrow", "pls" -> "please", "furnance" -> "furnace"; otherwise the word itself.
    static QString canonicalSpelling(const QString &raw);

    static bool isCommonWord(QStringView word); // an ordinary word, never (part of) a name
    static bool isFirstName(QStringView word); // a common given name, English or Spanish
    static bool isGreeting(QStringView word); // hi, hello, hola, hey
    static bool isAcknowledgement(QStringView word); // ok, yes, thanks, cool, si, gracias
    static int spanishMarker(QStringView word); // how strongly a word says "Spanish" (0 = not)
    static int englishMarker(QStringView word);

    enum class StreetSuffix { None, Strong, Weak };
    static StreetSuffix streetSuffix(QStringView word); // St, Ave, Dr ... (Strong); Way, Run, Point ... (Weak)
    static bool isNumberedRoad(QStringView word); // Hwy 17, FM 1187, Route 9: takes a number
    static bool isSpanishStreetWord(QStringView word); // Calle, Avenida, Via, Camino: precede the name
    static bool isStreetConnector(QStringView word); // de, la, del, of, the inside a street name
    static bool isDirection(QStringView word);
    static bool isUnitWord(QStringView word); // apt, unit, suite, casa, #
    static bool isStateCode(QStringView word); // tx, ca, ny ... and state names
    static bool isMeasureWord(QStringView word); // "2000 sq ft", "3 month old": a number is not a house number
    static bool isNeverStreetWord(QStringView word); // pronouns, verbs, prepositions
    static bool isAbbreviation(QStringView word); // a dot after it does not end a sentence
    static bool isWeekday(QStringView word);
};

} // namespace Rebound::Core
