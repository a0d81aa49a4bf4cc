#include "leadscorer.h"

namespace Rebound::Core {

LeadCard::Score LeadScorer::score(const LeadCard &card)
{
    if (card.kind != LeadCard::Kind::Lead || card.noLongerNeeded)
        return LeadCard::Score::Cold;
    const bool urgent = card.urgency == LeadCard::Urgency::Emergency || card.urgency == LeadCard::Urgency::Soon;
    if (urgent && !card.service.isEmpty() && !card.priceShopping)
        return LeadCard::Score::Hot;
    return LeadCard::Score::Warm;
}

} // namespace Rebound::Core
