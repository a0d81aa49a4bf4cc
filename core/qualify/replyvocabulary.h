#pragma once

#include "phrasematcher.h"

#include <QList>

namespace Rebound::Core {

// Phrases about where the job stands (no longer needed, price shopping) and the topics of
// a caller's questions (ReplyCue tags).
class ReplyVocabulary
{
public:
    static QList<PhraseMatcher::Entry> entries();
};

} // namespace Rebound::Core
