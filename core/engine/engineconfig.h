#pragma once

#include "missedcalldetector.h"
#include "responder.h"
#include "textbackpolicy.h"

#include "../provider/providerconfig.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Rebound::Core {

// A number of the business and how it is wired.
struct BusinessLine
{
    QString e164;
    Wiring wiring = Wiring::Forwarded;
};

struct EngineConfig
{
    ProviderConfig provider;
    QList<BusinessLine> lines;
    QString databasePath;
    std::chrono::milliseconds pollInterval{5000};
    // While a call on a line rings or is in progress, it is fetched by SID this
    // often and judged the moment it ends; zero leaves it to the polls.
    std::chrono::milliseconds followInterval{500};
    QString ownerCell; // E.164; empty: no SMS alerts
    BusinessProfile business;
    TextBackRules rules;
    int historyDays = 7; // how far back the first start imports calls and texts
    QUrl webhookPublicUrl; // set: the numbers' webhooks are pointed here once the lease is held
    // How far the provider's message list may lag the sends it reports: a
    // send whose answer was lost is sent again only when it is still not
    // listed this long (plus the request timeout) after the attempt.
    std::chrono::milliseconds listLag{60000};
    // The engine lease: renewed every third of this; a standby takes over
    // once it has not been renewed for this long.
    std::chrono::milliseconds leaseTtl{6000};
    QString holderLabel; // who runs this engine, for people ("rebound-cli on office-pc")
    QString seatName; // this desk, for people: who took a thread over ("Front desk")
    bool desktopAlerts = true; // leadAlert() is emitted for new and newly-hot leads
};

// What a person may change while the engine runs (Engine::applySettings).
struct EngineSettings
{
    std::chrono::milliseconds pollInterval{5000};
    QString ownerCell; // E.164; empty: no SMS alerts
    TextBackRules rules; // hours, templates, window
    bool desktopAlerts = true;
    // The business the conversation speaks for (trade, hours, answers); unset keeps the engine's.
    std::optional<BusinessProfile> business;
};

} // namespace Rebound::Core
