#include "tokenizedtext.h"

#include "wordlists.h"

namespace Rebound::Core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool allDigits(QStringView s)
{
    if (s.startsWith(QLatin1Char('-')))
        s = s.mid(1);
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(','))
            return false;
    }
    return true;
}

} // namespace

TokenizedText::TokenizedText(const QString &original)
    : m_text(original)
{
    split();
}

void TokenizedText::split()
{
    const QString &f = m_text.folded();
    const QString &o = m_text.original();
    const qsizetype n = f.size();
    m_tokens.reserve(n / 5 + 1);
    int sentence = 0;
    int clause = 0;
    qsizetype pos = 0;
    qsizetype lastEnd = 0;
    while (pos < n) {
        const QChar c = f.at(pos);
        const bool sign =
            c == QLatin1Char('-') && pos + 1 < n && f.at(pos + 1).isDigit() && (pos == 0 || !isWordChar(f.at(pos - 1)));
        if (!isWordChar(c) && !sign) {
            ++pos;
            continue;
        }
        // What lies between the previous token and this one decides the sentence and clause.
        if (!m_tokens.isEmpty()) {
            const QStringView gap = QStringView(f).mid(lastEnd, pos - lastEnd);
            bool sentenceEnd = false;
            bool clauseEnd = false;
            for (QChar g : gap) {
                if (g == QLatin1Char('!') || g == QLatin1Char('?') || g == QLatin1Char(';') || g == QLatin1Char('\n'))
                    sentenceEnd = true;
                else if (g == QLatin1Char('.'))
                    sentenceEnd = sentenceEnd || !WordLists::isAbbreviation(m_tokens.constLast().raw);
                else if (g == QLatin1Char(',') || g == QLatin1Char(':') || g == QLatin1Char('(')
                         || g == QLatin1Char(')') || g == QLatin1Char('"') || g == QLatin1Char('-')
                         || g == QLatin1Char('/') || g.isSurrogate() || g.category() == QChar::Symbol_Other)
                    clauseEnd = true;
            }
            if (sentenceEnd)
                ++sentence;
            if (sentenceEnd || clauseEnd)
                ++clause;
        }
        // One token per word or number; "8th", "200a" and "20x20" stay whole so that the address
        // finder can tell a street ordinal from a house number from a size.
        const qsizetype start = pos;
        ++pos;
        bool hasLetter = c.isLetter();
        while (pos < n) {
            const QChar ch = f.at(pos);
            if (isWordChar(ch)) {
                hasLetter = hasLetter || ch.isLetter();
                ++pos;
            } else if (ch == QLatin1Char('\'') && hasLetter && pos + 1 < n && f.at(pos + 1).isLetter()) {
                ++pos;
            } else if ((ch == QLatin1Char('.') || ch == QLatin1Char(',')) && !hasLetter && pos + 1 < n
                       && f.at(pos + 1).isDigit() && f.at(pos - 1).isDigit()) {
                ++pos; // 1.5, 1,200
            } else {
                break;
            }
        }
        Token t;
        t.start = start;
        t.end = pos;
        QString raw = f.mid(start, pos - start);
        raw.remove(QLatin1Char('\''));
        // "a.c.": initials written with dots make one word.
        if (raw.size() == 1 && raw.at(0).isLetter() && pos + 1 < n && f.at(pos) == QLatin1Char('.')
            && f.at(pos + 1).isLetter() && (pos + 2 >= n || !f.at(pos + 2).isLetter())
            && (raw == u"a" && f.at(pos + 1) == QLatin1Char('c'))) {
            raw += f.at(pos + 1);
            pos += 2;
            if (pos < n && f.at(pos) == QLatin1Char('.'))
                ++pos;
            t.end = pos;
        }
        // "a/c", "w/", "w/o": texters' slashes that make one word.
        if (raw.size() == 1 && raw.at(0).isLetter() && pos < n && f.at(pos) == QLatin1Char('/')) {
            const bool letterAfter = pos + 1 < n && f.at(pos + 1).isLetter();
            const bool singleAfter = letterAfter && (pos + 2 >= n || !f.at(pos + 2).isLetter());
            if (singleAfter) {
                raw += f.at(pos + 1);
                pos += 2;
                t.end = pos;
            } else if (raw == QLatin1String("w") && !letterAfter) {
                raw = QStringLiteral("w/");
                ++pos;
                t.end = pos;
            }
        }
        t.raw = raw;
        t.word = WordLists::canonicalSpelling(raw);
        t.number = allDigits(raw);
        for (QChar ch : raw) {
            if (ch.isDigit()) {
                t.hasDigit = true;
                break;
            }
        }
        t.capitalized = o.at(start).isUpper();
        int letters = 0;
        bool upper = true;
        for (qsizetype i = start; i < t.end; ++i) {
            if (o.at(i).isLetter()) {
                ++letters;
                upper = upper && o.at(i).isUpper();
            }
        }
        t.allCaps = upper && letters >= 2;
        t.sentence = sentence;
        t.clause = clause;
        m_tokens.append(std::move(t));
        lastEnd = pos;
    }
}

QStringView TokenizedText::gapBefore(qsizetype i) const
{
    const qsizetype from = i == 0 ? 0 : m_tokens.at(i - 1).end;
    const qsizetype to = i < m_tokens.size() ? m_tokens.at(i).start : original().size();
    return QStringView(original()).mid(from, to - from).trimmed();
}

QStringView TokenizedText::gapAfter(qsizetype i) const
{
    return gapBefore(i + 1);
}

QString TokenizedText::originalSpan(qsizetype first, qsizetype last) const
{
    if (first < 0 || last < first || last >= m_tokens.size())
        return {};
    const qsizetype from = m_tokens.at(first).start;
    return original().mid(from, m_tokens.at(last).end - from);
}

} // namespace Rebound::Core
