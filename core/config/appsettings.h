#pragma once

#include "openinghours.h"

#include "../engine/engineconfig.h"
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
    // Also reads the profile's free-text hours into openingHours() when they changed.
    void setBusiness(const BusinessProfile &profile);
    QString timeZone() const; // IANA id; the computer's own zone until one is chosen
    void setTimeZone(const QString &zone);
    // The structured hours the text-back template is chosen by; the standard
    // hours (Mon–Fri 8–18, Sat 9–13) until the person gives theirs.
    OpeningHours openingHours() const;
    // Replaces the hours (and the profile's text, which callers are told).
    void setOpeningHours(const OpeningHours &hours);
    // The free-text hours that could not be read (the standard hours apply
    // meanwhile); empty when they were read or never given.
    QString unreadHoursText() const;
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
    // A PostgreSQL database several seats (desks) and the service share,
    // postgresql://user@host:5432/name[?sslmode=verify-full...], kept without
    // its password (that is in the credential store under databaseSecretKey());
    // empty: this computer's own SQLite file.
    QString sharedDatabase() const;
    void setSharedDatabase(const QString &location);
    static QString databaseSecretKey() { return QStringLiteral("database/password"); }
    // How this desk is named to the others ("Front desk"); the computer's name until set.
    QString seatName() const;
    void setSeatName(const QString &name);

    QString assistantUrl() const;
    void setAssistantUrl(const QString &url);
    QString assistantModel() const;
    void setAssistantModel(const QString &model);
    static QString assistantSecretKey() { return QStringLiteral("assistant/api_key"); }

    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);
    QString language() const; // "system", "en" or "es"
    void setLanguage(const QString &language);
    bool desktopNotifications() const; // a desktop alert for each new or newly-hot lead
    void setDesktopNotifications(bool on);
    bool startAtLogin() const; // what the person chose; ui/platform/autostart applies it
    void setStartAtLogin(bool on);
    // What the running engine takes from here (Engine::applySettings).
    EngineSettings engineSettings() const;
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    void sync();

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);
    void migrate();
    void readHoursText(const QString &text);

    std::unique_ptr<QSettings> m_settings;
    bool m_recovered = false;
    QString m_backupPath;
};

} // namespace Rebound::Core
