#pragma once

#include "config/appsettings.h"
#include "domain/account.h"
#include "engine/responder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Rebound::Ui {

// What the setup wizard has gathered so far, shared by its pages. Starts
// from the saved settings; the secret stays in memory until it goes to the
// credential store.
struct SetupState
{
    Q_DECLARE_TR_FUNCTIONS(SetupState)

public:
    using Provider = Core::AppSettings::Provider;

    Provider provider = Provider::Twilio;
    QString signalWireSpace;
    QString customBaseUrl;
    QString accountSid;
    QString apiKeySid; // empty: the Auth Token signs in
    QString secret;
    bool useApiKey = false;

    // From the last successful credential check.
    Core::Account account;
    QList<Core::IncomingNumber> numbers;

    QList<Core::ConfiguredLine> lines;
    Core::BusinessProfile business;
    QString ownerCell; // E.164, empty for no SMS alerts
    QString businessHoursTemplate;
    QString afterHoursTemplate;
    bool webhooksEnabled = false;
    QString webhookPublicUrl;
    QString webhookListen;
    QString webhookAuthToken; // with an API key: the auth token webhooks are signed with; never saved in settings

    static SetupState fromSettings(const Core::AppSettings &settings);
    // Everything but the secret.
    void writeTo(Core::AppSettings &settings) const;

    QUrl baseUrl() const;
    // "Twilio", "SignalWire", or the custom server's address, for messages.
    QString providerName() const;
    // Where the person finds their credentials ("your Twilio Console").
    QString consoleName() const;
    // The trades Rebound knows, as (key, name in words), in the order to offer them.
    static QList<std::pair<QString, QString>> trades();
    static QString tradeName(const QString &key);
    // The ISO region of the first business line ("US"), for parsing the owner's cell.
    QString homeRegion() const;
};

} // namespace Rebound::Ui
