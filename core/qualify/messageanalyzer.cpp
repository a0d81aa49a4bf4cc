#include "messageanalyzer.h"

#include "../engine/optoutwords.h"
#include "addressfinder.h"
#include "lexicon.h"
#include "namefinder.h"
#include "servicevocabulary.h"
#include "wordhash.h"
#include "wordlists.h"

#include <array>
#include <cstdlib>
#include <unordered_set>

namespace Rebound::Core {

namespace {

// A word that says what someone was doing: "cleaning", "limpiando", "limpiábamos".
bool isActivity(const QString &word, bool afterAuxiliary)
{
    // Weather and trade nouns end like verbs but describe no activity of the caller's.
    static const QStringList notActivities{
        QStringLiteral("something"),  QStringLiteral("anything"), QStringLiteral("nothing"),
        QStringLiteral("everything"), QStringLiteral("morning"),  QStringLiteral("evening"),
        QStringLiteral("ceiling"),    QStringLiteral("during"),   QStringLiteral("building"),
        QStringLiteral("spring"),     QStringLiteral("string"),   QStringLiteral("wiring"),
        QStringLiteral("plumbing"),   QStringLiteral("heating"),  QStringLiteral("roofing"),
        QStringLiteral("flooring"),   QStringLiteral("siding"),   QStringLiteral("piping"),
        QStringLiteral("ducting"),    QStringLiteral("railing"),  QStringLiteral("awning"),
        QStringLiteral("raining"),    QStringLiteral("pouring"),  QStringLiteral("storming"),
        QStringLiteral("snowing"),    QStringLiteral("freezing"), QStringLiteral("cuando"),
        QStringLiteral("lloviendo"),  QStringLiteral("nevando")};
    if (notActivities.contains(word))
        return false;
    if (word.size() >= 5 && word.endsWith(u"ing"))
        return true;
    if (word.size() >= 6 && (word.endsWith(u"ando") || word.endsWith(u"iendo")))
        return true;
    // The Spanish imperfect tells the same story without an auxiliary ("mientras limpiaba").
    return !afterAuxiliary && word.size() >= 6
        && (word.endsWith(u"aba") || word.endsWith(u"abamos") || word.endsWith(u"aban"));
}

// Tokens whose service words weigh less than the job itself: an aside about what the caller
// was doing when they noticed the problem ("while cleaning the gutters") is how they found it,
// and an extra only hedged ("maybe drip lines") is less wanted than the job named outright.
QList<bool> subordinateTokens(const TokenizedText &text)
{
    QList<bool> out(text.size(), false);
    const auto markClauseFrom = [&text, &out](qsizetype from, qsizetype anchor) {
        for (qsizetype k = from; k < text.size() && text.at(k).sentence == text.at(anchor).sentence
             && text.at(k).clause == text.at(anchor).clause;
             ++k)
            out[k] = true;
    };
    static const QStringList persons{QStringLiteral("i"),   QStringLiteral("we"),      QStringLiteral("he"),
                                     QStringLiteral("she"), QStringLiteral("they"),    QStringLiteral("im"),
                                     QStringLiteral("hes"), QStringLiteral("shes"),    QStringLiteral("theyre"),
                                     QStringLiteral("yo"),  QStringLiteral("nosotros")};
    static const QStringList auxiliaries{
        QStringLiteral("was"),       QStringLiteral("were"),      QStringLiteral("am"),      QStringLiteral("are"),
        QStringLiteral("estaba"),    QStringLiteral("estabamos"), QStringLiteral("estaban"), QStringLiteral("andaba"),
        QStringLiteral("andabamos"), QStringLiteral("andaban"),   QStringLiteral("estoy"),   QStringLiteral("estamos")};
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QString &w = text.at(i).word;
        const QString &next = text.at(i + 1).word;
        if (w == u"maybe" || w == u"possibly" || w == u"perhaps" || w == u"quizas" || w == u"quiza"
            || (w == u"tal" && next == u"vez")) {
            markClauseFrom(i + 1, i);
            continue;
        }
        if (w != u"while" && w != u"when" && w != u"mientras" && w != u"cuando")
            continue;
        qsizetype k = i + 1;
        if (k < text.size() && persons.contains(text.at(k).word))
            ++k;
        const bool auxiliary = k < text.size() && auxiliaries.contains(text.at(k).word);
        if (auxiliary)
            ++k;
        if (k < text.size() && text.at(k).clause == text.at(i).clause && isActivity(text.at(k).word, auxiliary))
            markClauseFrom(k, i);
    }
    return out;
}

// Texting shorthand without vowels: a reply of its own, not a mashed key.
bool isShorthand(const QString &raw)
{
    static const QStringList words{QStringLiteral("idk"), QStringLiteral("lmk"), QStringLiteral("omw"),
                                   QStringLiteral("tbh"), QStringLiteral("smh"), QStringLiteral("wtf"),
                                   QStringLiteral("brb"), QStringLiteral("ppl"), QStringLiteral("ngl"),
                                   QStringLiteral("mrs"), QStringLiteral("hmm"), QStringLiteral("shh"),
                                   QStringLiteral("pst"), QStringLiteral("cst"), QStringLiteral("est"),
                                   QStringLiteral("pdt"), QStringLiteral("mdt"), QStringLiteral("mst")};
    return words.contains(raw) || WordLists::isCommonWord(raw) || WordLists::isAcknowledgement(raw)
        || WordLists::canonicalSpelling(raw) != raw || WordLists::isStateCode(raw)
        || WordLists::streetSuffix(raw) != WordLists::StreetSuffix::None;
}

bool isJunk(const QString &raw)
{
    for (QChar c : raw) {
        if (!c.isLetter())
            return false;
    }
    // One letter doubled ("qq", "zz"): no word is spelt like that.
    if (raw.size() == 2 && raw.at(0) == raw.at(1) && !isShorthand(raw))
        return true;
    if (raw.size() < 3)
        return false;
    // One or two letters hammered ("jjjjjj", "mmmm", "kkkkk").
    QChar distinct[2];
    int distinctCount = 0;
    int longestRun = 1;
    int run = 1;
    bool vowel = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (distinctCount <= 2 && (distinctCount < 1 || distinct[0] != c) && (distinctCount < 2 || distinct[1] != c)) {
            if (distinctCount < 2)
                distinct[distinctCount] = c;
            ++distinctCount;
        }
        if (i > 0) {
            run = c == raw.at(i - 1) ? run + 1 : 1;
            longestRun = std::max(longestRun, run);
        }
        vowel = vowel || QStringView(u"aeiouy").contains(c);
    }
    if (distinctCount <= 2 && longestRun >= 3)
        return true;
    // No vowel at all in a long run of letters ("sdfghjk").
    if (!vowel && raw.size() >= 5)
        return true;
    // Shorter vowel-less runs are junk unless they are texting shorthand ("pls", "tmrw", "thx").
    if (!vowel && raw.size() >= 3 && !isShorthand(raw))
        return true;
    // Keyboard mash ("asdfasdf", "qwerty", "hjkl"): most neighbouring letters are neighbouring keys.
    if (raw.size() < 4 || WordLists::isCommonWord(raw) || WordLists::isFirstName(raw))
        return false;
    // Each letter's keyboard row and place in it (QWERTY), or -1 for letters off the three rows.
    struct Key
    {
        int row = -1;
        int column = -1;
    };
    static const auto keys = [] {
        std::array<Key, 26> table{};
        const char *rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; rows[r][c]; ++c)
                table[size_t(rows[r][c] - 'a')] = {r, c};
        }
        return table;
    }();
    const auto keyOf = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'a' && u <= u'z' ? keys[size_t(u - u'a')] : Key{};
    };
    int adjacent = 0;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const Key a = keyOf(raw.at(i - 1));
        const Key b = keyOf(raw.at(i));
        if (a.row >= 0 && a.row == b.row && std::abs(a.column - b.column) == 1)
            ++adjacent;
    }
    return adjacent * 10 >= (raw.size() - 1) * 7;
}

bool isTld(QStringView w)
{
    static const QStringList tlds{QStringLiteral("com"),    QStringLiteral("net"),  QStringLiteral("org"),
                                  QStringLiteral("co"),     QStringLiteral("ly"),   QStringLiteral("info"),
                                  QStringLiteral("xyz"),    QStringLiteral("io"),   QStringLiteral("me"),
                                  QStringLiteral("us"),     QStringLiteral("biz"),  QStringLiteral("link"),
                                  QStringLiteral("click"),  QStringLiteral("top"),  QStringLiteral("site"),
                                  QStringLiteral("online"), QStringLiteral("app"),  QStringLiteral("gl"),
                                  QStringLiteral("cc"),     QStringLiteral("live"), QStringLiteral("shop")};
    for (const QString &t : tlds) {
        if (w == t)
            return true;
    }
    return false;
}

bool isTimeWord(QStringView w)
{
    static const std::unordered_set<QStringView, WordHash> words{
        u"today",    u"tonight", u"tomorrow", u"morning", u"afternoon", u"evening", u"noon",
        u"weekend",  u"asap",    u"hoy",      u"manana",  u"tarde",     u"noche",   u"temprano",
        u"mediodia", u"am",      u"pm",       u"anytime", u"week",      u"semana"};
    return words.contains(w) || WordLists::isWeekday(w);
}

bool isTimeConnector(QStringView w)
{
    static const std::unordered_set<QStringView, WordHash> words{
        u"or",      u"at",  u"after", u"before", u"around", u"by",    u"in",   u"the",  u"la",
        u"en",      u"por", u"o",     u"y",      u"de",     u"early", u"late", u"next", u"this",
        u"between", u"and", u"until", u"til",    u"las",    u"el",    u"esta", u"a"};
    return words.contains(w);
}

} // namespace

MessageFacts MessageAnalyzer::analyze(const QString &message, const Context &context)
{
    MessageFacts facts;
    const TokenizedText text(message);
    const qsizetype n = text.size();
    // Order matters: the address is cut out first so that "Water St" or "Oak Ave" is not a job,
    // then the vocabularies run, then the name is looked for among the words they left.
    QList<bool> blocked(n, false);
    blockBusinessName(text, context.businessName, blocked);

    const AddressFinder::Result address =
        AddressFinder::find(text, context.asked == QualifySlot::Address, context.currentHouseNumber);
    if (address.address) {
        facts.address = address.address;
        for (qsizetype k = address.address->first; k <= address.address->last; ++k)
            blocked[k] = true;
    }
    facts.correctedHouseNumber = address.correctedHouseNumber;
    // "Unit 4" sent on its own, after the street.
    if (!address.address && n >= 1 && n <= 3) {
        const qsizetype u = WordLists::isUnitWord(text.at(0).raw) && n >= 2 ? 1 : 0;
        const bool pound = u == 0 && text.gapBefore(0).contains(QLatin1Char('#'));
        const Token &value = text.at(u);
        if ((u == 1 || pound) && n == u + 1 && (value.hasDigit || value.raw.size() <= 2) && text.at(0).raw != u"no")
            facts.unit = pound ? QLatin1Char('#') + text.originalSpan(0, 0) : text.originalSpan(0, u);
    }

    QList<PhraseMatcher::Hit> hits = Lexicon::matcher().find(text, &blocked);
    // Words inside a phrase ("Leak", "Asap") are not names, however they are capitalized.
    QList<bool> covered(n, false);
    for (const PhraseMatcher::Hit &h : std::as_const(hits)) {
        if (h.weight <= 0)
            continue;
        for (qsizetype k = h.first; k <= h.last; ++k)
            covered[k] = true;
    }
    NameFinder::Context nameContext;
    nameContext.asked = context.asked;
    nameContext.hasName = context.hasName;
    nameContext.currentName = context.currentName;
    nameContext.hasAddress = facts.address.has_value();
    facts.name = NameFinder::find(text, blocked, covered, nameContext);
    if (facts.name) {
        // A name is not evidence: "this is Bill" says nothing about a bill.
        const NameFinding &name = *facts.name;
        hits.removeIf([&name](const PhraseMatcher::Hit &h) { return h.first <= name.last && name.first <= h.last; });
        for (qsizetype k = name.first; k <= name.last; ++k)
            blocked[k] = true;
    }
    readHits(hits, text, facts);
    // Whether this is an opt-out is the engine's call, made by the one function that decides it
    // for every inbound text; the card must agree with what the engine did.
    if (consentSignal(message, false) == ConsentSignal::OptOut)
        facts.optOut = 3;
    readNumbers(text, blocked, facts);
    readShape(text, blocked, facts);
    readQuestions(text, hits, facts);
    facts.preferredTime = preferredTime(text, blocked);
    for (ServiceEvidence &e : facts.services)
        e.words = sentenceAround(text, e.position);
    return facts;
}

QString MessageAnalyzer::sentenceAround(const TokenizedText &text, qsizetype token)
{
    // The card keeps the caller's own words for the job beside the taxonomy
    // label: the sentence that named it, as typed, cut at a word near 90 characters.
    if (token < 0 || token >= text.size())
        return {};
    const int sentence = text.at(token).sentence;
    qsizetype first = token;
    while (first > 0 && text.at(first - 1).sentence == sentence)
        --first;
    qsizetype last = token;
    while (last + 1 < text.size() && text.at(last + 1).sentence == sentence)
        ++last;
    QString words = text.originalSpan(first, last).simplified();
    constexpr qsizetype maxLength = 90;
    if (words.size() > maxLength) {
        qsizetype cut = words.lastIndexOf(QLatin1Char(' '), maxLength);
        if (cut < maxLength / 2)
            cut = maxLength;
        words = words.left(cut).trimmed() + QChar(0x2026);
    }
    return words;
}

void MessageAnalyzer::blockBusinessName(const TokenizedText &text, const QString &businessName, QList<bool> &blocked)
{
    if (businessName.isEmpty())
        return;
    const TokenizedText name(businessName);
    const qsizetype m = name.size();
    if (m == 0)
        return;
    // Two or more consecutive words of the business's name ("Drain King", "Rooter Bros").
    const qsizetype need = std::min<qsizetype>(2, m);
    for (qsizetype i = 0; i < text.size(); ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            qsizetype len = 0;
            while (i + len < text.size() && j + len < m && text.at(i + len).raw == name.at(j + len).raw)
                ++len;
            if (len >= need) {
                for (qsizetype k = i; k < i + len; ++k)
                    blocked[k] = true;
            }
        }
    }
}

void MessageAnalyzer::readHits(const QList<PhraseMatcher::Hit> &hits, const TokenizedText &text, MessageFacts &facts)
{
    const QList<bool> subordinate = subordinateTokens(text);
    // A negated or look-alike emergency ("no es emergencia", "floodlight") hides the emergency
    // word inside it, even where the matcher saw phrases of the same length.
    const auto hiddenEmergency = [&hits](const PhraseMatcher::Hit &e) {
        for (const PhraseMatcher::Hit &h : hits) {
            if (CueCategory(h.category) != CueCategory::Urgency || h.first > e.last || e.first > h.last)
                continue;
            const UrgencyCue cue = UrgencyCue(h.tag);
            if (cue == UrgencyCue::DeEscalate || (cue == UrgencyCue::Neutral && h.first <= e.first && e.last <= h.last))
                return true;
        }
        return false;
    };
    for (const PhraseMatcher::Hit &h : hits) {
        switch (CueCategory(h.category)) {
        case CueCategory::Kind:
            switch (KindCue(h.tag)) {
            case KindCue::WrongNumber:
                facts.wrongNumber += h.weight;
                break;
            case KindCue::Spam:
                facts.spam += h.weight;
                break;
            case KindCue::Vendor:
                facts.vendor += h.weight;
                break;
            case KindCue::Existing:
                facts.existing += h.weight;
                break;
            case KindCue::Neutral:
                break;
            }
            break;
        case CueCategory::Service: {
            if (h.tag < 0)
                break;
            const int weight = subordinate.value(h.first) ? std::max(1, h.weight / 2) : h.weight;
            bool merged = false;
            for (ServiceEvidence &e : facts.services) {
                if (e.key == h.tag) {
                    e.weight = std::max(e.weight, weight);
                    ++e.count;
                    merged = true;
                    break;
                }
            }
            if (!merged)
                facts.services.append({h.tag, weight, 1, h.first, {}});
            break;
        }
        case CueCategory::Urgency:
            switch (UrgencyCue(h.tag)) {
            case UrgencyCue::Emergency:
                facts.emergency = facts.emergency || !hiddenEmergency(h);
                break;
            case UrgencyCue::DeEscalate:
                facts.deEscalate = true;
                facts.flexibleExplicit = true;
                break;
            case UrgencyCue::HeatLoss:
                facts.heatLoss = true;
                break;
            case UrgencyCue::Freezing:
                facts.freezing = true;
                break;
            case UrgencyCue::Vulnerable:
                facts.vulnerable = true;
                break;
            case UrgencyCue::Soon:
                facts.soon = true;
                break;
            case UrgencyCue::ThisWeek:
                facts.thisWeek = true;
                break;
            case UrgencyCue::FlexibleExplicit: {
                facts.flexibleExplicit = true;
                bool calm = false;
                for (const PhraseMatcher::Hit &d : hits) {
                    calm = calm
                        || (CueCategory(d.category) == CueCategory::Urgency
                            && UrgencyCue(d.tag) == UrgencyCue::DeEscalate && d.first <= h.last && h.first <= d.last);
                }
                facts.flexibleBeyondCalm = facts.flexibleBeyondCalm || !calm;
                break;
            }
            case UrgencyCue::FlexibleImplied:
                facts.flexibleImplied = true;
                break;
            case UrgencyCue::Broken:
                facts.broken = true;
                break;
            case UrgencyCue::ActiveNow:
            case UrgencyCue::ActiveLeak:
            case UrgencyCue::Neutral:
                break;
            }
            break;
        case CueCategory::Reply:
            switch (ReplyCue(h.tag)) {
            case ReplyCue::NoLongerNeeded:
                facts.noLongerNeeded = true;
                break;
            case ReplyCue::StillNeeded:
                facts.stillNeeded = true;
                break;
            case ReplyCue::PriceShopping:
                facts.priceShopping = true;
                break;
            case ReplyCue::Thanks:
                facts.thanks = true;
                break;
            default:
                break;
            }
            break;
        }
    }
    // "Dripping right now": a leak happening as they type.
    bool now = false;
    bool leak = false;
    for (const PhraseMatcher::Hit &h : hits) {
        if (CueCategory(h.category) != CueCategory::Urgency)
            continue;
        now = now || UrgencyCue(h.tag) == UrgencyCue::ActiveNow;
        leak = leak || UrgencyCue(h.tag) == UrgencyCue::ActiveLeak;
    }
    facts.emergency = facts.emergency || (now && leak);
}

void MessageAnalyzer::readNumbers(const TokenizedText &text, const QList<bool> &blocked, MessageFacts &facts)
{
    const qsizetype n = text.size();
    const auto word = [&](qsizetype k) { return k >= 0 && k < n ? QStringView(text.at(k).word) : QStringView(); };
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = text.at(i);
        if (!t.number || blocked.at(i))
            continue;
        bool ok = false;
        const int value = t.raw.toInt(&ok);
        if (!ok)
            continue;
        const QStringView next = word(i + 1);
        const bool degrees = next == u"degrees" || next == u"degree" || next == u"deg" || next == u"f"
            || next == u"grados" || text.gapAfter(i).startsWith(QChar(0x00B0));
        const bool outside = next == u"outside" || next == u"out" || word(i + 2) == u"outside" || next == u"afuera";
        bool indoor = false;
        for (qsizetype b = std::max<qsizetype>(0, i - 4); b < i; ++b) {
            const QStringView w = word(b);
            indoor = indoor || w == u"house" || w == u"inside" || w == u"thermostat" || w == u"indoors" || w == u"casa"
                || w == u"adentro";
        }
        // Freezing weather or a house going cold: what makes a dead furnace an emergency.
        if (t.raw.startsWith(QLatin1Char('-')) && (degrees || outside || indoor))
            facts.freezing = true;
        else if ((degrees || outside) && !indoor && value <= 32)
            facts.freezing = true;
        else if (indoor && value >= 30 && value <= 58)
            facts.freezing = true;
        // A house at 58 has lost its heat; one at 86 its cooling: evidence for the HVAC job too.
        if (indoor && value >= 30 && value <= 62)
            facts.services.append(
                {ServiceVocabulary::indexOf(QStringLiteral("hvac"), QStringLiteral("no_heat")), 5, 1, i, {}});
        else if (indoor && value >= 82 && value <= 110)
            facts.services.append(
                {ServiceVocabulary::indexOf(QStringLiteral("hvac"), QStringLiteral("no_cooling")), 5, 1, i, {}});
        // An elderly person: "my mom is 90", "mi mamá de 80 años".
        if (value >= 75 && value <= 110
            && (next == u"years" || next == u"yrs" || next == u"year" || next == u"yo" || next == u"anos")) {
            for (qsizetype b = std::max<qsizetype>(0, i - 5); b < i; ++b) {
                const QStringView w = word(b);
                if (w == u"mom" || w == u"dad" || w == u"mother" || w == u"father" || w == u"grandma" || w == u"grandpa"
                    || w == u"mama" || w == u"papa" || w == u"abuela" || w == u"abuelo" || w == u"she" || w == u"he"
                    || w == u"husband" || w == u"wife")
                    facts.vulnerable = true;
            }
        }
    }
}

void MessageAnalyzer::readShape(const TokenizedText &text, const QList<bool> &blocked, MessageFacts &facts)
{
    const qsizetype n = text.size();
    // Links: "usps-redeliver-care.com", "http://...", "bit.ly/x".
    bool link = false;
    for (qsizetype k = 0; k < n && !link; ++k) {
        const QString &raw = text.at(k).raw;
        link = raw.startsWith(u"http") || raw == u"www"
            || (k > 0 && text.gapBefore(k) == u"." && isTld(raw) && !text.at(k - 1).number
                && text.at(k - 1).end == text.at(k).start - 1);
    }
    // A link from someone who names no job is almost always bait.
    if (link)
        facts.spam += facts.services.isEmpty() ? 3 : 1;

    // Gibberish and empty replies.
    int junk = 0;
    int meaningful = 0;
    int numbers = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const Token &t = text.at(k);
        if (isJunk(t.raw))
            ++junk;
        else if (t.number)
            ++numbers; // a stray number among mashed keys says nothing ("xjdh 49 qq")
        else if (!WordLists::isAcknowledgement(t.word) && !WordLists::isGreeting(t.word) && t.word != u"lol")
            ++meaningful;
    }
    facts.gibberish = junk > 0 && meaningful == 0;
    facts.contentless = junk == 0 && meaningful == 0 && numbers == 0;

    // Language: marker words outside the name and address.
    for (qsizetype k = 0; k < n; ++k) {
        if (blocked.at(k))
            continue;
        facts.spanish += WordLists::spanishMarker(text.at(k).word);
        facts.english += WordLists::englishMarker(text.at(k).word);
    }
    // Spanish punctuation and letters are strong evidence on their own.
    for (QChar c : text.original()) {
        if (c == QChar(0x00BF) || c == QChar(0x00A1) || c == QChar(0x00F1)) {
            facts.spanish += 2;
            break;
        }
    }
}

void MessageAnalyzer::readQuestions(const TokenizedText &text, const QList<PhraseMatcher::Hit> &hits,
                                    MessageFacts &facts)
{
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n) {
        qsizetype end = start;
        while (end + 1 < n && text.at(end + 1).sentence == text.at(start).sentence)
            ++end;
        const QStringView after = text.gapAfter(end);
        const QStringView before = text.gapBefore(start);
        const QString &first = text.at(start).word;
        // Texters drop the question mark; a question word at the front is enough then.
        const bool question = after.contains(QLatin1Char('?')) || before.contains(QChar(0x00BF))
            || ((first == u"how" || first == u"what" || first == u"when" || first == u"where" || first == u"who"
                 || first == u"whos" || first == u"whats" || first == u"hows" || first == u"wheres" || first == u"why"
                 || first == u"cuanto" || first == u"cuando" || first == u"donde" || first == u"quien")
                && end > start);
        if (question) {
            CallerQuestion q;
            for (const PhraseMatcher::Hit &h : hits) {
                if (CueCategory(h.category) != CueCategory::Reply || h.first < start || h.first > end)
                    continue;
                const ReplyCue cue = ReplyCue(h.tag);
                if (cue >= ReplyCue::AskPrice && cue <= ReplyCue::AskWho) {
                    q.topic = cue;
                    break;
                }
            }
            const qsizetype from = text.at(start).start;
            q.text = text.original().mid(from, text.at(end).end - from).trimmed();
            if (after.contains(QLatin1Char('?')))
                q.text += QLatin1Char('?');
            facts.questions.append(q);
        }
        start = end + 1;
    }
}

QString MessageAnalyzer::preferredTime(const TokenizedText &text, const QList<bool> &blocked)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (blocked.at(i))
            continue;
        const Token &t = text.at(i);
        const bool clock = t.number && i > 0
            && (text.at(i - 1).word == u"at" || text.at(i - 1).word == u"after" || text.at(i - 1).word == u"before"
                || text.at(i - 1).word == u"around" || text.at(i - 1).word == u"by");
        if (!isTimeWord(t.word) && !clock && !(t.hasDigit && (t.raw.endsWith(u"am") || t.raw.endsWith(u"pm"))))
            continue;
        // "since this morning" and "last night" are about the past.
        const QStringView prev = i > 0 ? QStringView(text.at(i - 1).word) : QStringView();
        const QStringView prev2 = i > 1 ? QStringView(text.at(i - 2).word) : QStringView();
        if (prev == u"since" || prev2 == u"since" || prev == u"desde" || prev2 == u"desde" || prev == u"last"
            || prev == u"earlier" || t.word == u"week" || t.word == u"semana")
            continue;
        qsizetype first = i;
        while (first > 0 && !blocked.at(first - 1) && text.at(first - 1).sentence == t.sentence
               && isTimeConnector(text.at(first - 1).word) && text.at(first - 1).word != u"or"
               && text.at(first - 1).word != u"o" && text.at(first - 1).word != u"and")
            --first;
        qsizetype last = i;
        while (last + 1 < n && !blocked.at(last + 1) && text.at(last + 1).sentence == t.sentence
               && (isTimeWord(text.at(last + 1).word) || isTimeConnector(text.at(last + 1).word)
                   || text.at(last + 1).number))
            ++last;
        while (last > i && isTimeConnector(text.at(last).word))
            --last;
        return text.originalSpan(first, last);
    }
    return {};
}

} // namespace Rebound::Core
