#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Rebound::Core {

// One thing that happened, as the CLI prints it and the app shows it:
// call_missed, text_sent, text_skipped, reply_received, lead_updated,
// provider_error, and engine_started / engine_stopped.
struct EngineEvent
{
    QString type;
    QDateTime at;
    QJsonObject fields;

    QJsonObject toJson() const;
    // "2026-11-30T14:02:11.204Z call_missed call_sid=CA… from=+1512…"
    QString toText() const;
};

} // namespace Rebound::Core
