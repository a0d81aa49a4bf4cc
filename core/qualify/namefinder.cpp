#include "namefinder.h"

#include "wordlists.h"

namespace Rebound::Core {

namespace {

// Letters only, of a length a name word has, and not a key held down ("Xxxxxx").
bool isLetters(const QString &raw)
{
    constexpr qsizetype kLongestNameWord = 24;
    if (raw.size() < 2 || raw.size() > kLongestNameWord)
        return false;
    int run = 0;
    QChar previous;
    for (QChar c : raw) {
        if (!c.isLetter())
            return false;
        run = c.toLower() == previous ? run + 1 : 1;
        if (run >= 4)
            return false;
        previous = c.toLower();
    }
    return true;
}

// Could this token be a word of a name? Capitalized and unusual, or a known given name.
// A surname may look like a street word ("Laura Pike"); a first word may not.
bool nameWord(const Token &t, bool blocked, bool covered, bool lenient, bool first = true)
{
    if (blocked || !isLetters(t.raw))
        return false;
    // Every name has a vowel; "zzzx mm" is a mashed key, not a person.
    bool vowel = false;
    for (QChar c : t.raw)
        vowel = vowel || QStringView(u"aeiouy").contains(c.toLower());
    if (!vowel)
        return false;
    if (WordLists::isFirstName(t.raw))
        return t.capitalized || lenient;
    if (WordLists::isCommonWord(t.raw) || WordLists::isCommonWord(t.word) || covered)
        return first ? false : t.capitalized && WordLists::streetSuffix(t.raw) != WordLists::StreetSuffix::None;
    if (WordLists::isWeekday(t.raw) || (first && WordLists::streetSuffix(t.raw) == WordLists::StreetSuffix::Strong))
        return false;
    return t.capitalized || lenient;
}

// Whose name follows "name is": only the caller's own counts.
// Who someone is to the person the job is for.
bool relation(QStringView word)
{
    return word == u"daughter" || word == u"son" || word == u"wife" || word == u"husband" || word == u"tenant"
        || word == u"landlord" || word == u"neighbor" || word == u"hija" || word == u"hijo" || word == u"esposa"
        || word == u"esposo" || word == u"inquilino" || word == u"inquilina" || word == u"vecino" || word == u"vecina"
        || word == u"nieto" || word == u"nieta" || word == u"grandson" || word == u"granddaughter";
}

bool thirdParty(QStringView word)
{
    return word == u"her" || word == u"his" || word == u"their" || word == u"wifes" || word == u"husbands"
        || word == u"moms" || word == u"dads" || word == u"sons" || word == u"daughters" || word == u"tenants"
        || word == u"landlords" || word == u"mothers" || word == u"fathers" || word == u"su" || word == u"your"
        || word == u"techs" || word == u"guys";
}

} // namespace

qsizetype NameFinder::nameRun(const TokenizedText &text, qsizetype from, const QList<bool> &blocked,
                              const QList<bool> &covered, bool lenient)
{
    const qsizetype n = text.size();
    if (from >= n || !nameWord(text.at(from), blocked.at(from), covered.at(from), lenient))
        return -1;
    const bool capital = text.at(from).capitalized;
    qsizetype last = from;
    for (qsizetype k = from + 1; k < n && k - from < 3; ++k) {
        const Token &t = text.at(k);
        if (t.clause != text.at(from).clause)
            break;
        // "Jenna @ RoofLeadz": what follows an at sign is the company.
        if (text.gapBefore(k).contains(QLatin1Char('@')))
            break;
        // Spanish surnames: "de la Cruz", "del Río". A bare "de" before several capitalized words
        // ("Alma de Seguros Confianza", "Ricardo de Refrigeración del Norte") names the company.
        if ((t.raw == u"de" || t.raw == u"del" || t.raw == u"la") && capital && k + 1 < n && text.at(k + 1).capitalized
            && text.at(k + 1).clause == t.clause) {
            const bool company = t.raw == u"de" && k + 2 < n && text.at(k + 2).clause == t.clause
                && (text.at(k + 2).capitalized || text.at(k + 2).raw == u"de" || text.at(k + 2).raw == u"del");
            if (company)
                break;
            continue;
        }
        // An initial for the surname: "Dana W", "Jen S."
        if (capital && t.raw.size() == 1 && t.raw.at(0).isLetter() && t.capitalized && !blocked.at(k) && t.raw != u"i"
            && t.raw != u"a" && (k + 1 >= n || text.at(k + 1).clause != t.clause)) {
            last = k;
            break;
        }
        // A surname that is also a word ("Rhonda Price", "Tom Waters") ends its clause.
        const bool clauseEnds = k + 1 >= n || text.at(k + 1).clause != t.clause;
        if (capital && t.capitalized && clauseEnds && isLetters(t.raw) && !blocked.at(k)
            && !WordLists::isNeverStreetWord(t.raw) && !WordLists::isGreeting(t.raw)
            && !WordLists::isAcknowledgement(t.word) && WordLists::isFirstName(text.at(from).raw)) {
            last = k;
            break;
        }
        if (t.capitalized != capital || !nameWord(t, blocked.at(k), covered.at(k), lenient, false))
            break;
        last = k;
    }
    return last;
}

std::optional<NameFinding> NameFinder::find(const TokenizedText &text, const QList<bool> &blocked,
                                            const QList<bool> &covered, const Context &context)
{
    if (auto found = correction(text, context))
        return found;
    if (auto found = introduction(text, blocked, covered))
        return found;
    if (auto found = here(text, blocked, covered))
        return found;
    if (auto found = affiliation(text, blocked, covered))
        return found;
    if (auto found = signature(text, blocked, covered))
        return found;
    if (auto found = lastSentence(text, blocked, covered))
        return found;
    return bare(text, blocked, covered, context);
}

std::optional<NameFinding> NameFinder::introduction(const TokenizedText &text, const QList<bool> &blocked,
                                                    const QList<bool> &covered)
{
    const qsizetype n = text.size();
    const auto w = [&](qsizetype k) { return k >= 0 && k < n ? QStringView(text.at(k).raw) : QStringView(); };
    for (qsizetype k = 0; k < n; ++k) {
        qsizetype start = -1;
        bool lenient = false; // "my name is": whatever follows is the name
        if (w(k) == u"my" && w(k + 1) == u"name" && w(k + 2) == u"is") {
            start = k + 3;
            lenient = true;
        } else if (w(k) == u"my" && w(k + 1) == u"names") {
            start = k + 2;
            lenient = true;
        } else if (w(k) == u"name" && w(k + 1) == u"is" && !thirdParty(w(k - 1)) && w(k - 1) != u"my") {
            start = k + 2;
            lenient = k == 0;
        } else if ((w(k) == u"name" || w(k) == u"nombre") && text.gapAfter(k).startsWith(QLatin1Char(':'))) {
            start = k + 1; // "Name: Dana Whitfield"
            lenient = true;
        } else if (w(k) == u"ask" && w(k + 1) == u"for") {
            start = k + 2;
        } else if (w(k) == u"escribe" || w(k) == u"regards" || w(k) == u"atte" || w(k) == u"atentamente"
                   || w(k) == u"saludos" || w(k) == u"sincerely") {
            start = k + 1; // sign-offs: "Saludos, Marta"
        } else if ((w(k) == u"thanks" || w(k) == u"thx" || w(k) == u"gracias") && k >= 4 && k + 2 >= n
                   && text.at(k + 1 < n ? k + 1 : k).capitalized) {
            start = k + 1; // a sign-off ending a longer message: "... thanks, Hal"
        } else if (w(k) == u"names" && k == 0) {
            start = k + 1;
            lenient = true;
        } else if (w(k) == u"me" && w(k + 1) == u"llamo") {
            start = k + 2;
            lenient = true;
        } else if (w(k) == u"mi" && w(k + 1) == u"nombre" && w(k + 2) == u"es") {
            start = k + 3;
            lenient = true;
        } else if (w(k) == u"soy") {
            start = k + 1;
            lenient = true;
        } else if (w(k) == u"call" && w(k + 1) == u"me") {
            start = k + 2;
        } else if (w(k) == u"habla" || (w(k) == u"de" && w(k + 1) == u"parte" && w(k + 2) == u"de")) {
            start = w(k) == u"habla" ? k + 1 : k + 3;
        } else if (w(k) == u"under"
                   && (w(k - 1) == u"account" || w(k - 1) == u"appointment" || w(k - 1) == u"booked"
                       || w(k - 1) == u"its" || w(k - 1) == u"order")) {
            // "Account under Phil Garrity", "it's under the name Diaz".
            start = w(k + 1) == u"the" && w(k + 2) == u"name" ? k + 3 : k + 1;
            lenient = true;
        } else if (w(k) == u"this" && w(k + 1) == u"is" && w(k - 1) != u"is") {
            start = k + 2;
        } else if (w(k) == u"its" || w(k) == u"im") {
            start = k + 1;
        } else if ((w(k) == u"it" || w(k) == u"i") && (w(k + 1) == u"is" || w(k + 1) == u"am")) {
            start = k + 2;
        }
        if (start < 0 || start >= n || text.at(start).sentence != text.at(k).sentence)
            continue;
        // "soy su hija, Claudia", "I'm her son, Dave": the speaker's own name follows the relation.
        if ((w(start) == u"su" || w(start) == u"his" || w(start) == u"her" || w(start) == u"their"
             || w(start) == u"the")
            && relation(w(start + 1)) && start + 2 < n)
            start += 2;
        // "it's me, Jen": the name follows the "me".
        if (w(start) == u"me" && (w(k) == u"its" || w(k) == u"is" || w(k) == u"im"))
            ++start;
        if (start >= n)
            continue;
        const qsizetype last = nameRun(text, start, blocked, covered, lenient);
        if (last < 0)
            continue;
        return NameFinding{text.originalSpan(start, last), NameFinding::Source::Introduction, start, last};
    }
    return std::nullopt;
}

std::optional<NameFinding> NameFinder::here(const TokenizedText &text, const QList<bool> &blocked,
                                            const QList<bool> &covered)
{
    // "Ron Peterson here", "Hi, Dana here".
    qsizetype start = 0;
    while (start < text.size() && WordLists::isGreeting(text.at(start).raw))
        ++start;
    const qsizetype last = nameRun(text, start, blocked, covered, false);
    if (last < 0 || last + 1 >= text.size() || text.at(last + 1).raw != u"here")
        return std::nullopt;
    // "Mike here." or "Mike here from BuildRight Homes", not "Mike here is the address".
    const QStringView after = last + 2 < text.size() ? QStringView(text.at(last + 2).raw) : QStringView();
    if (!after.isNull() && text.at(last + 2).clause == text.at(last + 1).clause && after != u"from" && after != u"with"
        && after != u"at")
        return std::nullopt;
    return NameFinding{text.originalSpan(start, last), NameFinding::Source::Here, start, last};
}

std::optional<NameFinding> NameFinder::affiliation(const TokenizedText &text, const QList<bool> &blocked,
                                                   const QList<bool> &covered)
{
    // "Hi, Marcus Greer with Lakepoint HOA", "Jordan from Ridgeline Finance": a name opening the
    // message and followed by a capitalized company is the speaker introducing themselves.
    qsizetype start = 0;
    while (start < text.size() && WordLists::isGreeting(text.at(start).raw))
        ++start;
    if (start == 0 || start >= text.size() || !text.at(start).capitalized)
        return std::nullopt;
    const qsizetype last = nameRun(text, start, blocked, covered, false);
    if (last < 0 || last + 2 >= text.size())
        return std::nullopt;
    const QStringView link = text.at(last + 1).raw;
    if ((link != u"from" && link != u"with" && link != u"at") || !text.at(last + 2).capitalized)
        return std::nullopt;
    return NameFinding{text.originalSpan(start, last), NameFinding::Source::Here, start, last};
}

std::optional<NameFinding> NameFinder::signature(const TokenizedText &text, const QList<bool> &blocked,
                                                 const QList<bool> &covered)
{
    // "... Thanks - Bob", "- Kyle, RankLocal Pro": a dash, a name, then at most a company.
    const QString &original = text.original();
    const qsizetype n = text.size();
    for (qsizetype j = 0; j < n; ++j) {
        const QStringView gap = text.gapBefore(j);
        if (gap.isEmpty())
            continue;
        const QChar dash = gap.back();
        if (dash != QLatin1Char('-') && dash != QChar(0x2013) && dash != QChar(0x2014) && dash != QLatin1Char('~'))
            continue;
        // A dash inside a word ("drought-tolerant") is not a signature.
        qsizetype dashAt = text.at(j).start - 1;
        while (dashAt > 0 && original.at(dashAt).isSpace())
            --dashAt;
        if (dashAt > 0 && original.at(dashAt - 1).isLetterOrNumber())
            continue;
        // An address signed after the name ("- Nate Collins 4519 Beacon St") is not more sentence.
        qsizetype end = n;
        while (end > j && blocked.at(end - 1))
            --end;
        if (end - j > 5)
            continue;
        const qsizetype last = nameRun(text, j, blocked, covered, false);
        if (last < 0)
            continue;
        // Whatever follows the name must be a separate clause (a company), not more sentence.
        if (last + 1 < end && text.at(last + 1).clause == text.at(last).clause)
            continue;
        return NameFinding{text.originalSpan(j, last), NameFinding::Source::Signature, j, last};
    }
    return std::nullopt;
}

std::optional<NameFinding> NameFinder::lastSentence(const TokenizedText &text, const QList<bool> &blocked,
                                                    const QList<bool> &covered)
{
    // "Need a plumber for a clogged drain. Jen": a known given name alone in the last sentence,
    // perhaps followed by the address ("... flipped the breaker. Derek Hsu 88 Pine St").
    qsizetype n = text.size();
    while (n > 0 && blocked.at(n - 1))
        --n;
    if (n < 3)
        return std::nullopt;
    qsizetype first = n - 1;
    while (first > 0 && text.at(first - 1).sentence == text.at(n - 1).sentence)
        --first;
    if (first == 0 || n - first > 2 || !WordLists::isFirstName(text.at(first).raw) || !text.at(first).capitalized)
        return std::nullopt;
    const qsizetype last = nameRun(text, first, blocked, covered, false);
    if (last != n - 1)
        return std::nullopt;
    return NameFinding{text.originalSpan(first, last), NameFinding::Source::Signature, first, last};
}

std::optional<NameFinding> NameFinder::bare(const TokenizedText &text, const QList<bool> &blocked,
                                            const QList<bool> &covered, const Context &context)
{
    // The words left once greetings and the address are set aside.
    QList<qsizetype> words;
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (blocked.at(k))
            continue;
        const QString &raw = text.at(k).raw;
        // Greetings and texting filler around a name: "Brad Jones actually lol".
        if (WordLists::isGreeting(raw) || raw == u"its" || raw == u"im" || raw == u"name" || raw == u"nombre"
            || raw == u"lol" || raw == u"haha" || raw == u"actually" || raw == u"sorry" || raw == u"oops"
            || raw == u"thanks" || raw == u"thx" || raw == u"pls" || raw == u"please")
            continue;
        words.append(k);
    }
    if (words.isEmpty() || words.size() > 3)
        return std::nullopt;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i) != words.at(i - 1) + 1)
            return std::nullopt;
    }
    if (text.original().contains(QLatin1Char('?')))
        return std::nullopt;
    const bool asked = context.asked == QualifySlot::Name;
    const qsizetype first = words.constFirst();
    // Unasked, a known caller's bare words are a name only when they restate it more fully.
    const bool restates = words.size() > 1
        && context.currentName.section(QLatin1Char(' '), 0, 0)
                .compare(text.originalSpan(first, first), Qt::CaseInsensitive)
            == 0;
    if (!asked && context.hasName && !context.hasAddress && !restates)
        return std::nullopt;
    // Unasked, only a capitalized name counts; where a city could be the answer ("Tampa"),
    // only a known given name.
    const QString &firstWord = text.at(first).raw;
    const bool cityStart = firstWord == u"san" || firstWord == u"santa" || firstWord == u"st" || firstWord == u"fort"
        || firstWord == u"ft" || firstWord == u"mt" || firstWord == u"port" || firstWord == u"new" || firstWord == u"el"
        || firstWord == u"la" || firstWord == u"los" || firstWord == u"las" || firstWord == u"lake"
        || firstWord == u"round" || firstWord == u"palm" || firstWord == u"cape" || WordLists::isDirection(firstWord);
    if (!asked && context.asked == QualifySlot::Address && !context.hasAddress && !WordLists::isFirstName(firstWord)
        && (words.size() < 2 || cityStart))
        return std::nullopt;
    const qsizetype last = nameRun(text, first, blocked, covered, asked);
    if (last != words.constLast())
        return std::nullopt;
    return NameFinding{text.originalSpan(first, last), NameFinding::Source::Bare, first, last};
}

std::optional<NameFinding> NameFinder::correction(const TokenizedText &text, const Context &context)
{
    // "*Kristin lol autocorrect": the starred word replaces its look-alike in the name.
    if (!context.hasName || text.size() == 0)
        return std::nullopt;
    if (text.gapBefore(0).contains(QLatin1Char('*'))) {
        if (!isLetters(text.at(0).raw))
            return std::nullopt;
        return NameFinding{text.originalSpan(0, 0), NameFinding::Source::Correction, 0, 0};
    }
    // "sorry, it's Yazmín with a Y": an apology then "it's" and one word re-spells the name.
    const auto w = [&](qsizetype k) { return k >= 0 && k < text.size() ? QStringView(text.at(k).raw) : QStringView(); };
    if (w(0) != u"sorry" && w(0) != u"perdon" && w(0) != u"oops" && w(0) != u"actually" && w(0) != u"disculpe"
        && w(0) != u"correction")
        return std::nullopt;
    for (qsizetype k = 1; k + 1 < text.size() && k < 4; ++k) {
        if (w(k) != u"its" && w(k) != u"es" && w(k) != u"is")
            continue;
        const Token &t = text.at(k + 1);
        if (!isLetters(t.raw) || !t.capitalized || WordLists::isCommonWord(t.raw))
            return std::nullopt;
        return NameFinding{text.originalSpan(k + 1, k + 1), NameFinding::Source::Correction, k + 1, k + 1};
    }
    return std::nullopt;
}

} // namespace Rebound::Core
