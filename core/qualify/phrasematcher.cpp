#include "phrasematcher.h"

#include <algorithm>

namespace Rebound::Core {

namespace {

QList<QStringView> splitWords(QStringView s)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool space = i == s.size() || s.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        else if (space && start >= 0) {
            out.append(s.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

// Elements are separated by spaces, except inside ( ) and [ ] where spaces join the words
// of one alternative.
QList<QStringView> splitElements(QStringView s)
{
    QList<QStringView> out;
    qsizetype start = -1;
    int depth = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const QChar c = i < s.size() ? s.at(i) : QLatin1Char(' ');
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
            --depth;
        const bool space = c.isSpace() && depth <= 0;
        if (!space && start < 0)
            start = i;
        else if (space && start >= 0) {
            out.append(s.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

// "a|(b c)|(d|e f)" -> {"a"}, {"b c"}, {"d"}, {"e f"}: '|' at the outer level separates
// alternatives; parentheses group the words of one, and may hold alternatives of their own.
void splitAlternatives(QStringView s, QList<QStringView> &out)
{
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const QChar c = i < s.size() ? s.at(i) : QLatin1Char('|');
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c != QLatin1Char('|') || depth > 0)
            continue;
        QStringView part = s.mid(start, i - start).trimmed();
        start = i + 1;
        if (part.startsWith(QLatin1Char('(')) && part.endsWith(QLatin1Char(')')))
            splitAlternatives(part.mid(1, part.size() - 2), out);
        else
            out.append(part);
    }
}

} // namespace

PhraseMatcher::PhraseMatcher(const QList<Entry> &entries)
{
    m_phrases.reserve(entries.size());
    for (const Entry &e : entries)
        compile(e);
    // Indexes hold views into the phrases' strings, so they are built once all phrases exist.
    for (int i = 0; i < m_phrases.size(); ++i)
        index(i);
}

quint64 PhraseMatcher::packed(QStringView s, qsizetype length)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 3; ++i)
        key = (key << 16) | (i < length && i < s.size() ? s.at(i).unicode() : 0u);
    return key;
}

void PhraseMatcher::compile(const Entry &entry)
{
    Phrase phrase;
    phrase.category = entry.category;
    phrase.tag = entry.tag;
    phrase.weight = entry.weight;
    QStringView pattern = QStringView(entry.pattern).trimmed();
    if (pattern.startsWith(QLatin1Char('!'))) {
        phrase.suppressor = true;
        pattern = pattern.mid(1);
    }
    const QList<QStringView> words = splitElements(pattern);
    for (qsizetype w = 0; w < words.size(); ++w) {
        QStringView word = words.at(w);
        if (word == u"^" && w == 0) {
            phrase.anchoredStart = true;
            continue;
        }
        if (word == u"$" && w == words.size() - 1) {
            phrase.anchoredEnd = true;
            continue;
        }
        Element element;
        if (word.startsWith(QLatin1Char('~'))) {
            bool ok = false;
            element.gap = word.mid(1).toInt(&ok);
            if (!ok || element.gap <= 0) {
                m_errors.append(QStringLiteral("bad gap in \"%1\"").arg(entry.pattern));
                return;
            }
            phrase.elements.append(element);
            continue;
        }
        if (word.startsWith(QLatin1Char('[')) && word.endsWith(QLatin1Char(']'))) {
            element.optional = true;
            word = word.mid(1, word.size() - 2);
        }
        QList<QStringView> alternatives;
        splitAlternatives(word, alternatives);
        for (QStringView alternative : std::as_const(alternatives)) {
            QList<Alt> sequence;
            for (QStringView part : splitWords(alternative)) {
                Alt a;
                if (part == u"#") {
                    a.kind = AltKind::Number;
                } else if (part == u"_") {
                    a.kind = AltKind::Any;
                } else if (part.endsWith(QLatin1Char('*')) && part.size() > 1) {
                    a.kind = AltKind::Prefix;
                    a.text = part.chopped(1).toString();
                } else {
                    a.text = part.toString();
                }
                if (a.kind != AltKind::Number && a.kind != AltKind::Any
                    && (a.text.isEmpty() || a.text.contains(QLatin1Char('(')) || a.text.contains(QLatin1Char(')'))
                        || a.text.contains(QLatin1Char('[')) || a.text.contains(QLatin1Char(']')))) {
                    m_errors.append(QStringLiteral("bad word in \"%1\"").arg(entry.pattern));
                    return;
                }
                sequence.append(a);
            }
            if (sequence.isEmpty()) {
                m_errors.append(QStringLiteral("empty alternative in \"%1\"").arg(entry.pattern));
                return;
            }
            element.sequences.append(sequence);
        }
        phrase.elements.append(element);
    }
    if (phrase.elements.isEmpty() || phrase.elements.constFirst().gap > 0 || phrase.elements.constLast().gap > 0) {
        m_errors.append(QStringLiteral("a pattern must start and end with a word: \"%1\"").arg(entry.pattern));
        return;
    }
    // The index needs a required first word: an optional one becomes two phrases.
    if (phrase.elements.constFirst().optional) {
        Phrase without = phrase;
        without.elements.removeFirst();
        phrase.elements.first().optional = false;
        m_phrases.append(phrase);
        if (!without.elements.isEmpty() && without.elements.constFirst().gap == 0) {
            Entry rest = entry;
            QStringList parts;
            // Every word but the optional first element (which follows "^" when anchored).
            const qsizetype skip = phrase.anchoredStart ? 1 : 0;
            for (qsizetype w = 0; w < words.size(); ++w) {
                if (w != skip)
                    parts.append(words.at(w).toString());
            }
            rest.pattern = (phrase.suppressor ? QStringLiteral("!") : QString()) + parts.join(QLatin1Char(' '));
            compile(rest);
        }
        return;
    }
    m_phrases.append(phrase);
}

void PhraseMatcher::index(int phraseIndex)
{
    const Phrase &phrase = m_phrases.at(phraseIndex);
    for (const QList<Alt> &sequence : phrase.elements.constFirst().sequences) {
        const Alt &alt = sequence.constFirst();
        switch (alt.kind) {
        case AltKind::Literal:
            m_exact[QStringView(alt.text)].append(phraseIndex);
            break;
        case AltKind::Prefix: {
            const qsizetype length = std::min<qsizetype>(3, alt.text.size());
            m_prefix[packed(alt.text, length)].append(phraseIndex);
            if (length < 3)
                m_shortPrefixes[length] = true;
            break;
        }
        case AltKind::Number:
        case AltKind::Any:
            if (!m_numberFirst.contains(phraseIndex))
                m_numberFirst.append(phraseIndex);
            break;
        }
    }
}

bool PhraseMatcher::matches(const Alt &alt, const Token &token)
{
    switch (alt.kind) {
    case AltKind::Literal:
        return token.word == alt.text || token.raw == alt.text;
    case AltKind::Prefix:
        return token.word.startsWith(alt.text) || token.raw.startsWith(alt.text);
    case AltKind::Number:
        return token.number;
    case AltKind::Any:
        return true;
    }
    return false;
}

bool PhraseMatcher::matchFrom(const Phrase &phrase, int element, qsizetype token, int sentence,
                              const TokenizedText &text, const QList<bool> *blocked, qsizetype &end) const
{
    const qsizetype n = text.size();
    if (element == phrase.elements.size()) {
        if (phrase.anchoredEnd && token != n)
            return false;
        end = token - 1;
        return true;
    }
    const Element &el = phrase.elements.at(element);
    // Blocked tokens (an address, a name) and the next sentence are out of reach of every pattern.
    const auto usable = [&](qsizetype t) {
        return t < n && text.at(t).sentence == sentence && !(blocked && blocked->at(t));
    };
    if (el.gap > 0) {
        // Shortest gap first: the tightest reading of "pipe ~2 burst" is the likeliest.
        for (int skip = 0; skip <= el.gap; ++skip) {
            if (skip > 0 && !usable(token + skip - 1))
                break;
            if (matchFrom(phrase, element + 1, token + skip, sentence, text, blocked, end))
                return true;
        }
        return false;
    }
    for (const QList<Alt> &sequence : el.sequences) {
        qsizetype k = 0;
        while (k < sequence.size() && usable(token + k) && matches(sequence.at(k), text.at(token + k)))
            ++k;
        if (k == sequence.size() && matchFrom(phrase, element + 1, token + k, sentence, text, blocked, end))
            return true;
    }
    return el.optional && matchFrom(phrase, element + 1, token, sentence, text, blocked, end);
}

QList<PhraseMatcher::Hit> PhraseMatcher::find(const TokenizedText &text, const QList<bool> *blocked) const
{
    QList<Hit> hits;
    QList<int> candidates;
    const qsizetype n = text.size();
    for (qsizetype t = 0; t < n; ++t) {
        if (blocked && blocked->at(t))
            continue;
        const Token &token = text.at(t);
        candidates.clear();
        const auto collect = [&](const QString &word) {
            const auto exact = m_exact.find(QStringView(word));
            if (exact != m_exact.end())
                candidates += exact->second;
            for (qsizetype len = 1; len <= 3 && len <= word.size(); ++len) {
                if (len < 3 && !m_shortPrefixes[len])
                    continue;
                const auto prefix = m_prefix.find(packed(word, len));
                if (prefix != m_prefix.end())
                    candidates += prefix->second; // matchFrom checks the whole prefix
            }
        };
        collect(token.word);
        if (token.raw != token.word)
            collect(token.raw);
        candidates += m_numberFirst;
        if (candidates.size() > 1) {
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        }
        for (int index : std::as_const(candidates)) {
            const Phrase &phrase = m_phrases.at(index);
            if (phrase.anchoredStart && t != 0)
                continue;
            qsizetype end = t;
            if (matchFrom(phrase, 0, t, token.sentence, text, blocked, end))
                hits.append({phrase.category, phrase.tag, phrase.weight, t, end, phrase.suppressor});
        }
    }
    // A suppressor ("not leaking", "since this morning") hides the shorter hits inside it.
    bool anySuppressor = false;
    for (const Hit &h : std::as_const(hits))
        anySuppressor = anySuppressor || h.suppressor;
    if (anySuppressor) {
        QList<Hit> kept;
        kept.reserve(hits.size());
        for (const Hit &h : std::as_const(hits)) {
            bool hidden = false;
            for (const Hit &s : std::as_const(hits)) {
                if (s.suppressor && s.first <= h.first && h.last <= s.last && (h.last - h.first) < (s.last - s.first)) {
                    hidden = true;
                    break;
                }
            }
            if (!hidden)
                kept.append(h);
        }
        hits.swap(kept);
    }
    return hits;
}

} // namespace Rebound::Core
