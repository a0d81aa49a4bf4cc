#pragma once

#include "tokenizedtext.h"
#include "wordhash.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <unordered_map>

namespace Rebound::Core {

// Many tagged, weighted word patterns matched over a tokenized message in one pass. A
// token-level matcher rather than one huge regular expression: a message is looked up
// word by word in hash indexes, so the cost grows with the message, not the vocabulary.
//
// Pattern syntax (words are canonical folded spellings, see TokenizedText):
//   leak*          a word starting with "leak"        pipe|line      either word
//   (went out|quit) either sequence of words          [the|our]      optional (sequences allowed)
//   ~3             skip 0 to 3 words
//   #              a number                           _              any one word
//   ^ / $          start / end of the message         !...           (leading) the hit hides
//                                                                    shorter hits inside it
// A pattern never spans two sentences.
class PhraseMatcher
{
public:
    struct Entry
    {
        int category = 0;
        int tag = 0;
        int weight = 1;
        QString pattern;
    };
    struct Hit
    {
        int category = 0;
        int tag = 0;
        int weight = 0;
        qsizetype first = 0; // token index
        qsizetype last = 0; // token index, inclusive
        bool suppressor = false;
    };

    explicit PhraseMatcher(const QList<Entry> &entries);

    // All hits, in token order; 'blocked' (optional, one flag per token) hides tokens
    // already explained (an address, a name) from every pattern.
    QList<Hit> find(const TokenizedText &text, const QList<bool> *blocked = nullptr) const;

    QStringList errors() const { return m_errors; }
    qsizetype size() const { return m_phrases.size(); }

private:
    enum class AltKind { Literal, Prefix, Number, Any };
    struct Alt
    {
        AltKind kind = AltKind::Literal;
        QString text;
    };
    struct Element
    {
        QList<QList<Alt>> sequences; // alternatives, each one or more words
        bool optional = false;
        int gap = 0; // > 0: this element skips 0..gap tokens
    };
    struct Phrase
    {
        QList<Element> elements;
        int category = 0;
        int tag = 0;
        int weight = 1;
        bool suppressor = false;
        bool anchoredStart = false;
        bool anchoredEnd = false;
    };

    void compile(const Entry &entry);
    void index(int phraseIndex);
    static bool matches(const Alt &alt, const Token &token);
    bool matchFrom(const Phrase &phrase, int element, qsizetype token, int sentence, const TokenizedText &text,
                   const QList<bool> *blocked, qsizetype &end) const;

    QList<Phrase> m_phrases;
    // Prefix patterns are filed under their first three letters (or fewer, if shorter), packed
    // into an integer: one cheap lookup per token instead of one per prefix length.
    static quint64 packed(QStringView s, qsizetype length);
    std::unordered_map<QStringView, QList<int>, WordHash> m_exact;
    std::unordered_map<quint64, QList<int>> m_prefix;
    bool m_shortPrefixes[3] = {false, false, false}; // prefixes of 1 or 2 letters exist
    QList<int> m_numberFirst;
    QStringList m_errors;
};

} // namespace Rebound::Core
