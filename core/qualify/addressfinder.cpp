#include "addressfinder.h"

#include "wordlists.h"

#include <cstdlib>

namespace Rebound::Core {

namespace {

bool isLetterWord(const Token &t)
{
    if (t.raw.isEmpty())
        return false;
    for (QChar c : t.raw) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

bool isOrdinal(const Token &t)
{
    // 8th, 52nd, 1st, 3rd
    const QString &r = t.raw;
    if (r.size() < 3 || !r.at(0).isDigit())
        return false;
    const QStringView tail = QStringView(r).right(2);
    if (tail != u"st" && tail != u"nd" && tail != u"rd" && tail != u"th")
        return false;
    for (qsizetype i = 0; i < r.size() - 2; ++i) {
        if (!r.at(i).isDigit())
            return false;
    }
    return true;
}

bool isZip(const Token &t)
{
    return t.number && t.raw.size() == 5 && !t.raw.startsWith(QLatin1Char('-'));
}

// Words that say "what follows is where I am".
bool isAddressCue(QStringView w)
{
    return w == u"address" || w == u"addy" || w == u"located" || w == u"live" || w == u"at" || w == u"direccion"
        || w == u"vivo" || w == u"estamos" || w == u"queda" || w == u"domicilio" || w == u"is";
}

// "4412", or "123B" with a letter for the half lot.
bool isNumberToken(const Token &t)
{
    if (t.number)
        return !t.raw.startsWith(QLatin1Char('-')) && !t.raw.contains(QLatin1Char('.'))
            && !t.raw.contains(QLatin1Char(','));
    const qsizetype n = t.raw.size();
    if (n < 2 || !t.raw.at(n - 1).isLetter() || t.raw.at(n - 1) == QLatin1Char('x'))
        return false;
    for (qsizetype i = 0; i < n - 1; ++i) {
        if (!t.raw.at(i).isDigit())
            return false;
    }
    return true;
}

bool isHouseNumber(const TokenizedText &text, qsizetype i)
{
    const Token &t = text.at(i);
    if (!isNumberToken(t) || t.raw.size() > 6)
        return false;
    const QStringView before = text.gapBefore(i);
    if (before.endsWith(QLatin1Char('$')) || before.endsWith(QLatin1Char('#')) || before.endsWith(QLatin1Char('*')))
        return false;
    const QStringView after = text.gapAfter(i);
    if (!after.isEmpty()) {
        const QChar c = after.at(0);
        if (c == QLatin1Char('%') || c == QLatin1Char(':') || c == QChar(0x00B0) || c == QLatin1Char('\'')
            || c == QLatin1Char('/') || c == QLatin1Char('$') || c == QLatin1Char('.'))
            return false;
    }
    if (i + 1 < text.size() && WordLists::isMeasureWord(text.at(i + 1).raw))
        return false;
    return true;
}

} // namespace

AddressFinder::Result AddressFinder::find(const TokenizedText &text, bool addressAsked,
                                          const QString &currentHouseNumber)
{
    Result result;
    // The last address in a message wins: "not 4410 Tennyson, it's at 3345 W 38th Ave".
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isHouseNumber(text, i))
            continue;
        if (auto found = addressAt(text, i, addressAsked)) {
            result.address = found;
            i = found->last;
        }
    }
    if (!result.address && !currentHouseNumber.isEmpty())
        result.correctedHouseNumber = correction(text, currentHouseNumber);
    return result;
}

std::optional<AddressFinding> AddressFinder::addressAt(const TokenizedText &text, qsizetype i, bool addressAsked)
{
    const qsizetype n = text.size();
    const Token &number = text.at(i);
    qsizetype numberEnd = i;
    // Queens-style "78-15 Parsons Blvd".
    if (i + 1 < n && text.at(i + 1).number && text.gapBefore(i + 1) == u"-")
        numberEnd = i + 1;
    const int sentence = number.sentence;
    const auto sameRun = [&](qsizetype k) { return k < n && text.at(k).sentence == sentence; };
    const auto sameClause = [&](qsizetype k) { return sameRun(k) && text.at(k).clause == text.at(numberEnd).clause; };

    qsizetype p = numberEnd + 1;
    bool leadingDirection = false;
    if (sameClause(p) && WordLists::isDirection(text.at(p).raw) && p + 1 < n) {
        leadingDirection = true;
        ++p;
    }
    qsizetype streetEnd = -1;
    bool numberedRoadSuffix = false;
    // Rural delivery has no street: "RR 2 Box 118", "Rural Route 3, Box 7".
    qsizetype streetStart = i;
    const bool ruralRoute = i >= 1 && sameClause(i - 1)
        && (text.at(i - 1).raw == u"rr"
            || (i >= 2 && text.at(i - 1).raw == u"route" && text.at(i - 2).raw == u"rural"
                && text.at(i - 2).clause == text.at(i).clause));
    if (ruralRoute) {
        streetStart = text.at(i - 1).raw == u"rr" ? i - 1 : i - 2;
        streetEnd = i;
        if (sameRun(i + 2) && text.at(i + 1).raw == u"box" && text.at(i + 2).number)
            streetEnd = i + 2;
    }

    if (streetEnd < 0 && sameClause(p) && WordLists::isNumberedRoad(text.at(p).raw)) {
        // "Hwy 17", "FM 1187", "County Rd 12", "State Route 9".
        qsizetype q = p;
        if (sameClause(q + 1)
            && (WordLists::streetSuffix(text.at(q + 1).raw) != WordLists::StreetSuffix::None
                || WordLists::isNumberedRoad(text.at(q + 1).raw)))
            ++q;
        if (sameClause(q + 1) && text.at(q + 1).number && text.at(q + 1).raw.size() <= 4) {
            streetEnd = q + 1;
        }
    }
    if (streetEnd < 0 && sameClause(p + 1) && !leadingDirection
        && WordLists::streetSuffix(text.at(p).raw) == WordLists::StreetSuffix::Strong
        && (text.at(p + 1).raw.size() == 1 || text.at(p + 1).number) && !WordLists::isDirection(text.at(p + 1).raw)) {
        // "4708 Avenue H", "12 Street 5": the street's name after its type.
        streetEnd = p + 1;
    }
    if (streetEnd < 0 && sameClause(p) && WordLists::isSpanishStreetWord(text.at(p).raw)) {
        // "Avenida La Costa", "Via de Ventura", "Calle Ocho".
        qsizetype q = p + 1;
        qsizetype lastName = -1;
        int taken = 0;
        while (sameClause(q) && taken < 4) {
            const Token &t = text.at(q);
            if (WordLists::isDirection(t.raw) || WordLists::isUnitWord(t.raw) || WordLists::isNeverStreetWord(t.raw))
                break;
            if (WordLists::isStreetConnector(t.raw)) {
                ++q;
                ++taken;
                continue;
            }
            if (!isLetterWord(t) && !isOrdinal(t) && !t.number)
                break;
            lastName = q;
            ++q;
            ++taken;
        }
        if (lastName >= 0) {
            streetEnd = lastName;
        }
    }
    if (streetEnd < 0) {
        // Street words up to the last suffix: strong suffixes (St, Ave, Dr) beat weak ones (Way, Run).
        qsizetype lastStrong = -1;
        qsizetype lastWeak = -1;
        qsizetype q = p;
        int taken = 0;
        bool capitalized = true;
        while (sameClause(q) && taken <= 5) {
            const Token &t = text.at(q);
            const auto suffix = WordLists::streetSuffix(t.raw);
            if (suffix != WordLists::StreetSuffix::None && (taken > 0 || leadingDirection)) {
                // "Randolph Ave St Paul": after a street's own suffix, "St" starts a city (Saint).
                const bool saint = lastStrong >= 0 && (t.raw == u"st" || t.raw == u"ft" || t.raw == u"mt")
                    && sameClause(q + 1) && text.at(q + 1).capitalized;
                if (saint)
                    break;
                if (suffix == WordLists::StreetSuffix::Strong)
                    lastStrong = q;
                else
                    lastWeak = q;
            }
            const bool nameish =
                (isLetterWord(t) && !WordLists::isNeverStreetWord(t.raw) && !WordLists::isUnitWord(t.raw))
                || isOrdinal(t) || WordLists::isStreetConnector(t.raw);
            if (!nameish)
                break;
            if (isLetterWord(t) && !t.capitalized && !WordLists::isStreetConnector(t.raw))
                capitalized = false;
            ++taken;
            ++q;
        }
        if (lastStrong >= 0) {
            streetEnd = lastStrong;
        } else if (lastWeak >= 0 && (capitalized || addressAsked)) {
            streetEnd = lastWeak;
        }
        // "123B" is a house number only before a real street.
        if (!number.number && streetEnd < 0)
            return std::nullopt;
        if (streetEnd >= 0) {
            const QString &s = text.at(streetEnd).raw;
            numberedRoadSuffix = s == u"rd" || s == u"road" || s == u"hwy" || s == u"highway";
            // A one-digit number before lower-case words is more often a count ("2 sons drive").
            if (number.raw.size() == 1 && !capitalized && !addressAsked)
                return std::nullopt;
        }
    }
    if (streetEnd < 0) {
        // No suffix: "88 Glenmont", "4412 Ridgeview Austin" only when the address was asked for
        // or announced ("my address is").
        bool cued = addressAsked;
        for (qsizetype b = std::max<qsizetype>(0, i - 3); b < i && !cued; ++b)
            cued = isAddressCue(text.at(b).word);
        if (!cued)
            return std::nullopt;
        qsizetype q = p;
        int taken = 0;
        while (sameClause(q) && taken < 3) {
            const Token &t = text.at(q);
            if (!isLetterWord(t) || WordLists::isNeverStreetWord(t.raw) || WordLists::isUnitWord(t.raw)
                || (WordLists::isCommonWord(t.raw) && !t.capitalized))
                break;
            streetEnd = q;
            ++q;
            ++taken;
        }
        if (streetEnd < 0)
            return std::nullopt;
    }

    // Trailing parts: direction, road number, unit, city, state, ZIP.
    qsizetype e = streetEnd;
    if (sameRun(e + 1) && WordLists::isDirection(text.at(e + 1).raw) && text.at(e + 1).raw.size() <= 2)
        ++e;
    if (numberedRoadSuffix && sameRun(e + 1) && text.at(e + 1).number && text.at(e + 1).raw.size() <= 4
        && text.at(e + 1).clause == text.at(e).clause)
        ++e;
    QStringList parts{text.originalSpan(streetStart, e)};
    qsizetype last = e;
    qsizetype k = e + 1;
    if (sameRun(k) && WordLists::isUnitWord(text.at(k).raw) && sameRun(k + 1)
        && (text.at(k + 1).hasDigit || text.at(k + 1).raw.size() <= 2)) {
        parts.append(text.originalSpan(k, k + 1));
        last = k + 1;
        k += 2;
    } else if (sameRun(k) && text.gapBefore(k).contains(QLatin1Char('#'))
               && (text.at(k).hasDigit || text.at(k).raw.size() <= 2)) {
        parts.append(QLatin1Char('#') + text.originalSpan(k, k));
        last = k;
        ++k;
    }
    // City words, then a state, then a ZIP; lower-case city words only when a state or ZIP follows.
    qsizetype cityFirst = k;
    qsizetype cityEnd = k - 1;
    bool cityCapitalized = true;
    while (sameRun(cityEnd + 1) && cityEnd + 1 - cityFirst < 3) {
        const Token &t = text.at(cityEnd + 1);
        if (!isLetterWord(t) || WordLists::isNeverStreetWord(t.raw) || WordLists::isUnitWord(t.raw))
            break;
        if (WordLists::isStateCode(t.raw) && (t.allCaps || (sameRun(cityEnd + 2) && isZip(text.at(cityEnd + 2)))))
            break;
        if (!t.capitalized && WordLists::isCommonWord(t.raw))
            break;
        cityCapitalized = cityCapitalized && (t.capitalized || WordLists::isStreetConnector(t.raw));
        ++cityEnd;
    }
    qsizetype s = cityEnd + 1;
    qsizetype state = -1;
    if (sameRun(s) && WordLists::isStateCode(text.at(s).raw)
        && (text.at(s).allCaps || (text.at(s).raw.size() > 2 && text.at(s).capitalized)
            || (sameRun(s + 1) && isZip(text.at(s + 1))))) {
        state = s;
        ++s;
    }
    qsizetype zip = sameRun(s) && isZip(text.at(s)) ? s : -1;
    const bool hasCity = cityEnd >= cityFirst && (cityCapitalized || state >= 0 || zip >= 0);
    if (hasCity) {
        parts.append(text.originalSpan(cityFirst, cityEnd));
        last = cityEnd;
    }
    if (state >= 0 && (hasCity || zip >= 0)) {
        parts.append(text.originalSpan(state, state));
        last = state;
    }
    if (zip >= 0 && (hasCity || state >= 0 || zip == cityFirst)) {
        parts.append(text.originalSpan(zip, zip));
        last = zip;
    }
    // A city written first: "cape coral, 1421 SE 8th Terrace".
    qsizetype first = streetStart;
    if (!ruralRoute && i > 0 && text.gapBefore(i).contains(QLatin1Char(','))) {
        qsizetype b = i - 1;
        const int clause = text.at(b).clause;
        while (b > 0 && text.at(b - 1).clause == clause)
            --b;
        // ... unless it is the caller's name: "Rosa Jimenez, 4410 W 32nd Ave".
        bool cityLike = i - b <= 3 && (b == 0 || text.at(b).sentence != text.at(b - 1).sentence)
            && !WordLists::isFirstName(text.at(b).raw);
        for (qsizetype c = b; c < i && cityLike; ++c) {
            const Token &t = text.at(c);
            cityLike = isLetterWord(t) && !WordLists::isNeverStreetWord(t.raw) && !WordLists::isCommonWord(t.raw)
                && !WordLists::isGreeting(t.raw);
        }
        if (cityLike) {
            parts.append(text.originalSpan(b, i - 1));
            first = b;
        }
    }
    AddressFinding found;
    found.text = parts.join(QStringLiteral(", "));
    found.houseNumber = text.originalSpan(i, numberEnd);
    found.first = first;
    found.last = last;
    return found;
}

QString AddressFinder::correction(const TokenizedText &text, const QString &currentHouseNumber)
{
    QList<qsizetype> numbers;
    bool cue = text.size() > 0 && text.gapBefore(0).contains(QLatin1Char('*'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.number && t.raw.size() >= 2 && t.raw.size() <= 6 && !t.raw.startsWith(QLatin1Char('-')))
            numbers.append(i);
        const QString &w = t.word;
        cue = cue || w == u"not" || w == u"meant" || w == u"typo" || w == u"sorry" || w == u"actually"
            || w == u"correction" || w == u"oops" || w == u"perdon" || w == u"quise" || w == u"instead" || w == u"wrong"
            || w == u"no" || w == u"es" || w == u"its";
    }
    if (numbers.isEmpty() || !cue)
        return {};
    // "4421 not 4412": the number that is not the current one is the correction.
    QString candidate;
    for (qsizetype i : numbers) {
        const QString &raw = text.at(i).raw;
        if (raw == currentHouseNumber)
            continue;
        if (!candidate.isEmpty())
            return {}; // two new numbers: not a plain correction
        candidate = raw;
    }
    if (candidate.isEmpty() || std::abs(candidate.size() - currentHouseNumber.size()) > 1)
        return {};
    return candidate;
}

} // namespace Rebound::Core
