#pragma once

#include "domain/leadcard.h"

namespace Rebound::Core {

// SCHEMA.md's score: hot is a lead with a service that is needed now or within about two
// days; warm a lead that can wait, is vague or is price-shopping; cold everything that is
// not a lead, and a lead who no longer needs the job.
class LeadScorer
{
public:
    static LeadCard::Score score(const LeadCard &card);
};

} // namespace Rebound::Core
