#pragma once

#include "../engine/missedcalldetector.h"
#include "../engine/responder.h"
#include "../engine/textbackpolicy.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace Rebound::Core {

// One business line as configured.
struct ConfiguredLine
{
    QString e164;
    Wiring wiring = Wiring::Forwarded;
};

// Everything the user configures, with its default, read and written in one
// place. Stored as an INI file in the user's config folder; never the token.
class AppSettings
{
public:
    enum class Provider { Twilio, SignalWire, Custom };

    // Opens `path` (the default location when empty). A file that cannot be
    // read is moved aside to <name>.corrupt-<time> and replaced by defaults;
    // recoveredFromCorruption() then says so once.
    explicit AppSettings(const QString &path = {});
    ~AppSettings();

    static QString defaultPath();
    QString path() const;
    bool recoveredFromCorruption() const { return m_recovered; }
    QString corruptBackupPath() const { return m_backupPath; }

    // Set up when an account has been connected; until then the app runs the demo.
    bool isConfigured() const;

    Provider provider() const;
    void setProvider(Provider provider);
    QString signalWireSpace() const;
    void setSignalWireSpace(const QString &space);
    QString customBaseUrl() const;
    void setCustomBaseUrl(const QString &url);
    // The REST base URL the provider choice implies.
    QString baseUrl() const;
    QString accountSid() const;
    void setAccountSid(const QString &sid);
    QString apiKeySid() const; // empty: the Account SID signs in
    void setApiKeySid(const QString &sid);

    QList<ConfiguredLine> lines() const;
    void setLines(const QList<ConfiguredLine> &lines);

    BusinessProfile business() const;
    void setBusiness(const BusinessProfile &profile);
    QString ownerCell() const;
    void setOwnerCell(const QString &e164);
    QString businessHoursTemplate() const;
    void setBusinessHoursTemplate(const QString &text);
    QString afterHoursTemplate() const;
    void setAfterHoursTemplate(const QString &text);

    bool webhooksEnabled() const;
    void setWebhooksEnabled(bool on);
    QString webhookPublicUrl() const;
    void setWebhookPublicUrl(const QString &url);
    QString webhookListen() const; // HOST:PORT
    void setWebhookListen(const QString &hostPort);

    // The optional conversation assistant (an OpenAI-compatible endpoint); its key is a secret.
    QString assistantUrl() const;
    void setAssistantUrl(const QString &url);
    QString assistantModel() const;
    void setAssistantModel(const QString &model);
    static QString assistantSecretKey() { return QStringLiteral("assistant/api_key"); }

    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);
    QString language() const; // "system", "en" or "es"
    void setLanguage(const QString &language);
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    void sync();

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);
    void migrate();

    std::unique_ptr<QSettings> m_settings;
    bool m_recovered = false;
    QString m_backupPath;
};

} // namespace Rebound::Core
