#pragma once

#include "normalizedtext.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Rebound::Core {

// One word or number of a caller's message: its span in the original text and its
// canonical folded spelling ("tmrw" -> "tomorrow", "don't" -> "dont", "a/c" -> "ac").
struct Token
{
    qsizetype start = 0; // offsets into the original (and the folded twin: same length)
    qsizetype end = 0;
    QString word; // canonical, folded
    QString raw; // folded as typed, apostrophes removed
    int sentence = 0; // index of the sentence the token belongs to
    int clause = 0; // index of the comma-separated clause
    bool number = false; // digits only (a leading minus sign allowed)
    bool hasDigit = false;
    bool capitalized = false; // first letter upper case in the original
    bool allCaps = false;
};

// A message split into tokens, with the punctuation between them kept reachable
// through the original text. Names and addresses are cut from original() by span.
class TokenizedText
{
public:
    explicit TokenizedText(const QString &original);

    const QString &original() const { return m_text.original(); }
    const QString &folded() const { return m_text.folded(); }
    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype i) const { return m_tokens.at(i); }

    // The non-space characters between token i-1 and token i (before the first token: from the start).
    QStringView gapBefore(qsizetype i) const;
    // The non-space characters after the last token i (to the next token or the end).
    QStringView gapAfter(qsizetype i) const;
    // Original text from token first to token last (inclusive), as typed.
    QString originalSpan(qsizetype first, qsizetype last) const;

private:
    void split();

    NormalizedText m_text;
    QList<Token> m_tokens;
};

} // namespace Rebound::Core
