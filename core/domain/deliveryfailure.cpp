#include "deliveryfailure.h"

#include <QCoreApplication>

namespace Rebound::Core {

std::optional<DeliveryFailure> deliveryFailure(int errorCode)
{
    switch (errorCode) {
    case 30003:
        return DeliveryFailure{errorCode,
                               QCoreApplication::translate("DeliveryFailure",
                                                           "The phone was switched off or out of reach, and the "
                                                           "carrier gave up on the text."),
                               false};
    case 30005:
        return DeliveryFailure{
            errorCode,
            QCoreApplication::translate("DeliveryFailure", "The number does not exist or is no longer in service."),
            false};
    case 30006:
        return DeliveryFailure{errorCode,
                               QCoreApplication::translate(
                                   "DeliveryFailure", "The number is a landline, or its carrier cannot take texts."),
                               false};
    case 21614:
        return DeliveryFailure{errorCode,
                               QCoreApplication::translate(
                                   "DeliveryFailure", "The number is not a mobile number (most likely a landline)."),
                               false};
    case 30007:
        return DeliveryFailure{errorCode,
                               QCoreApplication::translate("DeliveryFailure",
                                                           "The carrier filtered the text as unwanted. Registering "
                                                           "the business number for texting (A2P 10DLC) stops this."),
                               true};
    case 30034:
        return DeliveryFailure{errorCode,
                               QCoreApplication::translate("DeliveryFailure",
                                                           "Carriers block texts from this business number until it "
                                                           "is registered for business texting (A2P 10DLC)."),
                               true};
    default:
        return std::nullopt;
    }
}

} // namespace Rebound::Core
