#pragma once

#include "engine/responder.h"

namespace Rebound::Core {

// The built-in lead qualifier: reads each reply after a text-back, keeps the lead card up
// to date (kind, name, service, urgency, address, score...) and answers with at most one
// text. Pure: the card is re-derived from the thread in input.history on every call, so it
// keeps no state between calls and may be used from several threads at once.
class Qualifier final : public Responder
{
public:
    ResponderOutput respond(const ResponderInput &input) override;
};

} // namespace Rebound::Core
