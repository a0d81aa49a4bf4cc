#pragma once

#include "phrasematcher.h"

#include <QList>

namespace Rebound::Core {

// Phrases about how soon, and about damage happening now (UrgencyCue tags), plus the
// negations and look-alikes that must not count ("not leaking yet", "since this morning").
class UrgencyVocabulary
{
public:
    static QList<PhraseMatcher::Entry> entries();
};

} // namespace Rebound::Core
