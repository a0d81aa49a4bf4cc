#pragma once

#include "../store/leadrepository.h"

namespace Rebound::Core {

// The owner's SMS about a lead: who, what, how urgent, where, and the number
// to call back, in at most two segments.
QString ownerAlertText(const Lead &lead, const QString &businessName);

// Whether the owner should hear about this card now: when it is made, and
// when it becomes hot; never twice for the same score, never for non-leads.
bool shouldAlertOwner(const Lead &lead, bool created);

} // namespace Rebound::Core
