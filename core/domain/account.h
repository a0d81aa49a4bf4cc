#pragma once

#include <QDateTime>
#include <QString>

namespace Rebound::Core {

// The provider account the credentials belong to.
struct Account
{
    QString sid;
    QString friendlyName;
    QString status; // active, suspended, closed
    QString type; // Trial, Full
    QString ownerAccountSid;
    QDateTime dateCreated;

    bool isActive() const { return status == QLatin1String("active"); }
};

// A phone number the account owns and can receive calls and texts on.
struct IncomingNumber
{
    QString sid;
    QString phoneNumber; // E.164
    QString friendlyName;
    bool voice = false;
    bool sms = false;
    bool mms = false;
    QString voiceUrl;
    QString smsUrl;
    QString statusCallback;
};

} // namespace Rebound::Core
