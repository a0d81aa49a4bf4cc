#pragma once

#include <QString>

#include <optional>

namespace Rebound::Core {

// Why a text can never reach a number, from the provider's error code, in
// words an owner understands. Only the codes that sending again will not cure.
struct DeliveryFailure
{
    int code = 0;
    QString reason; // one sentence, translated
    // The business's sending number needs A2P 10DLC registration (or the
    // carrier filters its texts): every text-back is at risk, not this one.
    bool registrationProblem = false;
};

// nullopt for codes that are not a lasting failure to reach the number.
std::optional<DeliveryFailure> deliveryFailure(int errorCode);

// Twilio's page on registering a US number for business texting.
inline constexpr auto a2pRegistrationUrl = "https://www.twilio.com/docs/messaging/compliance/a2p-10dlc";

} // namespace Rebound::Core
