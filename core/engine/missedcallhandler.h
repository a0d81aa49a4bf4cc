#pragma once

#include "enginecontext.h"

namespace Rebound::Core {

struct StoredCall;

// Decides what to do about a missed call (text back or not, and why) and,
// in the same transaction, records the decision and queues the text-back:
// one decision per call, whichever of the poll and the webhook sees it first.
class MissedCallHandler
{
public:
    explicit MissedCallHandler(EngineContext &context)
        : m_ctx(context)
    { }

    void act(const BusinessLine &line, const StoredCall &call, const QString &detail);

private:
    EngineContext &m_ctx;
};

} // namespace Rebound::Core
