#pragma once

#include "responder.h"

namespace Rebound::Core {

// The simplest responder: thanks the caller once, in their language, and
// leaves the rest to the owner. The card records only that they replied.
class AcknowledgementResponder final : public Responder
{
public:
    ResponderOutput respond(const ResponderInput &input) override;
};

} // namespace Rebound::Core
