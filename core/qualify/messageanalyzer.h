#pragma once

#include "messagefacts.h"
#include "phrasematcher.h"
#include "tokenizedtext.h"

namespace Rebound::Core {

// Reads one caller message: finds the address and the name, matches the vocabularies on
// what is left, and turns the hits into MessageFacts. Pure and thread-safe.
class MessageAnalyzer
{
public:
    struct Context
    {
        QualifySlot asked = QualifySlot::None; // what the business's previous text asked for
        bool hasName = false;
        QString currentName; // a fuller version of it may follow ("Brad" then "Brad Jones")
        QString currentHouseNumber; // for "4421 not 4412"
        QString businessName; // its words are not evidence ("Hi Drain King")
    };

    static MessageFacts analyze(const QString &message, const Context &context);

private:
    static void blockBusinessName(const TokenizedText &text, const QString &businessName, QList<bool> &blocked);
    static void readHits(const QList<PhraseMatcher::Hit> &hits, const TokenizedText &text, MessageFacts &facts);
    static void readNumbers(const TokenizedText &text, const QList<bool> &blocked, MessageFacts &facts);
    static void readShape(const TokenizedText &text, const QList<bool> &blocked, MessageFacts &facts);
    static void readQuestions(const TokenizedText &text, const QList<PhraseMatcher::Hit> &hits, MessageFacts &facts);
    static QString sentenceAround(const TokenizedText &text, qsizetype token);
    static QString preferredTime(const TokenizedText &text, const QList<bool> &blocked);
};

} // namespace Rebound::Core
