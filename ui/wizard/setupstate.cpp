#include "setupstate.h"

#include "domain/phonenumber.h"
#include "provider/providerconfig.h"

#include <QTimeZone>

namespace Rebound::Ui {

SetupState SetupState::fromSettings(const Core::AppSettings &settings)
{
    SetupState s;
    s.provider = settings.provider();
    s.signalWireSpace = settings.signalWireSpace();
    s.customBaseUrl = settings.customBaseUrl();
    s.accountSid = settings.accountSid();
    s.apiKeySid = settings.apiKeySid();
    s.useApiKey = !s.apiKeySid.isEmpty();
    s.lines = settings.lines();
    s.business = settings.business();
    // A first run suggests the computer's own zone rather than the settings' fallback.
    if (!settings.isConfigured()) {
        const QByteArray system = QTimeZone::systemTimeZoneId();
        if (QTimeZone::isTimeZoneIdAvailable(system) && system.contains('/'))
            s.business.timeZone = QString::fromLatin1(system);
    }
    s.ownerCell = settings.ownerCell();
    s.businessHoursTemplate = settings.businessHoursTemplate();
    s.afterHoursTemplate = settings.afterHoursTemplate();
    s.webhooksEnabled = settings.webhooksEnabled();
    s.webhookPublicUrl = settings.webhookPublicUrl();
    s.webhookListen = settings.webhookListen();
    return s;
}

void SetupState::writeTo(Core::AppSettings &settings) const
{
    settings.setProvider(provider);
    settings.setSignalWireSpace(provider == Provider::SignalWire ? signalWireSpace : QString());
    settings.setCustomBaseUrl(provider == Provider::Custom ? customBaseUrl : QString());
    settings.setAccountSid(accountSid);
    settings.setApiKeySid(useApiKey ? apiKeySid : QString());
    settings.setLines(lines);
    settings.setBusiness(business);
    settings.setOwnerCell(ownerCell);
    settings.setBusinessHoursTemplate(businessHoursTemplate);
    settings.setAfterHoursTemplate(afterHoursTemplate);
    settings.setWebhooksEnabled(webhooksEnabled);
    settings.setWebhookPublicUrl(webhooksEnabled ? webhookPublicUrl : QString());
    settings.setWebhookListen(webhookListen);
    settings.sync();
}

QUrl SetupState::baseUrl() const
{
    switch (provider) {
    case Provider::SignalWire:
        return Core::ProviderConfig::signalWireBaseUrl(signalWireSpace);
    case Provider::Custom:
        return Core::ProviderConfig::normalizeBaseUrl(customBaseUrl);
    case Provider::Twilio:
        break;
    }
    return QUrl(QString::fromLatin1(Core::ProviderConfig::twilioBaseUrl));
}

QString SetupState::providerName() const
{
    switch (provider) {
    case Provider::SignalWire:
        return QStringLiteral("SignalWire");
    case Provider::Custom:
        return tr("the server at %1").arg(baseUrl().toDisplayString());
    case Provider::Twilio:
        break;
    }
    return QStringLiteral("Twilio");
}

QString SetupState::consoleName() const
{
    return provider == Provider::SignalWire ? tr("your SignalWire Space") : tr("your Twilio Console");
}

QList<std::pair<QString, QString>> SetupState::trades()
{
    return {{QStringLiteral("plumbing"), tr("Plumbing")},
            {QStringLiteral("hvac"), tr("Heating and cooling (HVAC)")},
            {QStringLiteral("electrical"), tr("Electrical")},
            {QStringLiteral("roofing"), tr("Roofing")},
            {QStringLiteral("landscaping"), tr("Landscaping")}};
}

QString SetupState::tradeName(const QString &key)
{
    for (const auto &[k, name] : trades()) {
        if (k == key)
            return name;
    }
    return key;
}

QString SetupState::homeRegion() const
{
    for (const Core::ConfiguredLine &line : lines) {
        const QString region = Core::PhoneNumber::fromE164(line.e164).regionCode();
        if (!region.isEmpty())
            return region;
    }
    return QStringLiteral("US");
}

} // namespace Rebound::Ui
