#pragma once

#include "twilioclient.h"

#include <QDateTime>
#include <QSet>

#include <optional>

namespace Rebound::Core {

// After a send whose outcome is unknown, looks in the provider's message list
// for the message that send may have created, so it is neither lost nor sent
// twice.
class SentMessageFinder
{
public:
    // The provider's clock and ours may differ by this much.
    static constexpr int clockSkewSeconds = 300;

    // Searches outbound messages from `message.from` to `message.to` created
    // since `attemptStartedUtc` (less the skew) with the same body, ignoring
    // `knownSids` (messages already accounted for). A found message means the
    // send went through; nullopt means it did not reach the provider.
    static Result<std::optional<Message>> find(TwilioClient &client, const OutgoingMessage &message,
                                               const QDateTime &attemptStartedUtc, const QSet<QString> &knownSids = {});

    // Sends `message` so that it goes out once: after an unknown outcome the
    // list is searched until the message shows up or `grace` (the request
    // timeout plus how far the list may lag) has passed since the attempt, and
    // searched once more right before sending again; up to `maxSends` requests.
    static Result<Message> sendOnce(TwilioClient &client, const OutgoingMessage &message, int maxSends = 3,
                                    bool *reconciled = nullptr,
                                    std::chrono::milliseconds grace = std::chrono::seconds(90));
};

} // namespace Rebound::Core
