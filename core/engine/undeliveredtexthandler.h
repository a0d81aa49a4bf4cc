#pragma once

#include "enginecontext.h"

namespace Rebound::Core {

struct OutboxItem;

// A text-back the caller's phone can never get (a landline, a dead number, a
// carrier that filters the business's texts): the lead card turns into
// "call them back" with the reason in words, the owner is alerted, and a
// sender-registration problem is kept for the app's banner. Once per text.
class UndeliveredTextHandler
{
public:
    explicit UndeliveredTextHandler(EngineContext &context)
        : m_ctx(context)
    { }

    // `item` went out (or was refused) with the provider's `errorCode`.
    // Returns false when the code is not a lasting failure to reach the number.
    bool handle(const OutboxItem &item, int errorCode);

    // The settings key holding the newest registration problem, as JSON
    // {code, number, at}; empty when there is none.
    static QString registrationProblemKey();

private:
    EngineContext &m_ctx;
};

} // namespace Rebound::Core
