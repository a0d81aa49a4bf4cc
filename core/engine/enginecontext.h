#pragma once

#include "engineconfig.h"

#include "../provider/providererror.h"
#include "../provider/twilioclient.h"
#include "../store/database.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace Rebound::Core {

// What the parts of the engine (call watcher, missed-call handler,
// conversations, outbox) share: one database connection, one provider client,
// the settings, and the engine's outlets for events. Lives on the engine's thread.
struct EngineContext
{
    Database &db;
    TwilioClient &client;
    const EngineConfig &config;
    QDateTime installedAt; // the engine's very first start, by our clock
    bool importingHistory = false; // the pass in progress is a line's first look

    std::function<void(const QString &type, QJsonObject fields)> emitEvent;
    std::function<void()> storeChanged;
    std::function<void()> flushOutbox;
    std::function<void(const QString &leadId, const QString &summary)> leadAlert;

    // Now by the provider's clock: what its timestamps are compared with.
    QDateTime providerNow() const { return QDateTime::currentDateTimeUtc().addMSecs(client.clockOffsetMs()); }
    // The first start by the provider's clock.
    QDateTime installedAtProviderTime() const { return installedAt.addMSecs(client.clockOffsetMs()); }
    void providerError(const QString &operation, const ProviderError &error) const;
    const BusinessLine *lineFor(const QString &e164) const;
};

} // namespace Rebound::Core
