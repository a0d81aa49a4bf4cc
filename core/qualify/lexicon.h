#pragma once

#include "phrasematcher.h"

namespace Rebound::Core {

// Every vocabulary of the qualifier compiled into one matcher, built once on first use
// (thread-safe static) and only read afterwards, so concurrent qualifiers share it.
class Lexicon
{
public:
    static const PhraseMatcher &matcher();
};

} // namespace Rebound::Core
