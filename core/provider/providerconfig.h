#pragma once

#include "retrypolicy.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace Rebound::Core {

// Where and how to reach a Twilio-compatible REST API.
struct ProviderConfig
{
    static constexpr auto twilioBaseUrl = "https://api.twilio.com";

    // Up to, not including, "/2010-04-01"; SignalWire's compatibility API is
    // https://{space}.signalwire.com/api/laml.
    QUrl baseUrl = QUrl(QString::fromLatin1(twilioBaseUrl));
    QString accountSid; // AC... (SignalWire: the project ID)
    QString apiKeySid; // SK...; when set it is the Basic-auth user instead of accountSid
    QString secret; // auth token or API key secret; never logged or stored
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds requestTimeout{30000};
    RetryPolicy retry;

    QString username() const { return apiKeySid.isEmpty() ? accountSid : apiKeySid; }

    // Accepts "https://api.twilio.com", "https://x.signalwire.com/api/laml/2010-04-01"
    // (the API version suffix is dropped) and "http://127.0.0.1:PORT".
    static QUrl normalizeBaseUrl(const QString &text, QString *error = nullptr);
    static QUrl signalWireBaseUrl(const QString &space);
};

} // namespace Rebound::Core
