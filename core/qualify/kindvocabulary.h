#pragma once

#include "phrasematcher.h"

#include <QList>

namespace Rebound::Core {

// Phrases that say who is writing: a wrong number, spam, a vendor or an existing customer
// (KindCue tags); opt-outs are consentSignal()'s. Weight 2 or more is enough alone; weaker cues
// must add up.
class KindVocabulary
{
public:
    static QList<PhraseMatcher::Entry> entries();
};

} // namespace Rebound::Core
