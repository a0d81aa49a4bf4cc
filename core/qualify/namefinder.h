#pragma once

#include "messagefacts.h"
#include "tokenizedtext.h"

#include <QList>

#include <optional>

namespace Rebound::Core {

// Finds the caller's own name: "this is Jen", "it's Carlos Mendez", "me llamo Rosa", "soy
// Maribel", "Ron Peterson here", a "- Bob" signature, a "*Kristin" correction, or a reply
// that is just a name. Never "Yes", "Ok", "Asap", a weekday, a street or a third party's
// name ("her name is Linda").
class NameFinder
{
public:
    struct Context
    {
        QualifySlot asked = QualifySlot::None; // what the business's last text asked for
        bool hasName = false;
        QString currentName;
        bool hasAddress = false; // this message held an address (its tokens are blocked)
    };

    // blocked: tokens already explained (an address); covered: tokens inside vocabulary phrases.
    static std::optional<NameFinding> find(const TokenizedText &text, const QList<bool> &blocked,
                                           const QList<bool> &covered, const Context &context);

private:
    static std::optional<NameFinding> introduction(const TokenizedText &text, const QList<bool> &blocked,
                                                   const QList<bool> &covered);
    static std::optional<NameFinding> signature(const TokenizedText &text, const QList<bool> &blocked,
                                                const QList<bool> &covered);
    static std::optional<NameFinding> here(const TokenizedText &text, const QList<bool> &blocked,
                                           const QList<bool> &covered);
    static std::optional<NameFinding> affiliation(const TokenizedText &text, const QList<bool> &blocked,
                                                  const QList<bool> &covered);
    static std::optional<NameFinding> lastSentence(const TokenizedText &text, const QList<bool> &blocked,
                                                   const QList<bool> &covered);
    static std::optional<NameFinding> bare(const TokenizedText &text, const QList<bool> &blocked,
                                           const QList<bool> &covered, const Context &context);
    static std::optional<NameFinding> correction(const TokenizedText &text, const Context &context);
    // Up to three name words from 'from'; lenient: lower case accepted for ordinary names.
    static qsizetype nameRun(const TokenizedText &text, qsizetype from, const QList<bool> &blocked,
                             const QList<bool> &covered, bool lenient);
};

} // namespace Rebound::Core
