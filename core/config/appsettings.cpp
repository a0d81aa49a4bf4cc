#include "appsettings.h"

#include "../provider/providerconfig.h"
#include "privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimeZone>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSettings, "rebound.settings", QtInfoMsg)

namespace Rebound::Core {

namespace {
// The layout version of the file; migrate() brings older files forward.
constexpr int kVersion = 2; // 2: structured opening hours

namespace Key {
constexpr auto version = "version";
constexpr auto provider = "provider/kind";
constexpr auto signalWireSpace = "provider/signalwire_space";
constexpr auto customBaseUrl = "provider/base_url";
constexpr auto accountSid = "provider/account_sid";
constexpr auto apiKeySid = "provider/api_key_sid";
constexpr auto lines = "lines/numbers";
constexpr auto businessName = "business/name";
constexpr auto trade = "business/trade";
constexpr auto timeZone = "business/time_zone";
constexpr auto hours = "business/hours";
constexpr auto serviceArea = "business/service_area";
constexpr auto licensing = "business/licensing";
constexpr auto emergencyPolicy = "business/emergency_policy";
constexpr auto pricingPolicy = "business/pricing_policy";
constexpr auto ownerFirstName = "business/owner_first_name";
constexpr auto ownerCell = "alerts/owner_cell";
constexpr auto businessHoursTemplate = "templates/business_hours";
constexpr auto afterHoursTemplate = "templates/after_hours";
constexpr auto webhooksEnabled = "webhooks/enabled";
constexpr auto webhookPublicUrl = "webhooks/public_url";
constexpr auto webhookListen = "webhooks/listen";
constexpr auto pollInterval = "engine/poll_interval_seconds";
constexpr auto assistantUrl = "assistant/url";
constexpr auto sharedDatabase = "database/shared";
constexpr auto seatName = "database/seat_name";
constexpr auto assistantModel = "assistant/model";
constexpr auto language = "ui/language";
constexpr auto trayHintShown = "ui/tray_hint_shown";
constexpr auto openingSpans = "hours/spans";
constexpr auto closures = "hours/closures";
constexpr auto unreadHours = "hours/unread_text";
constexpr auto desktopNotifications = "alerts/desktop_notifications";
constexpr auto startAtLogin = "ui/start_at_login";
} // namespace Key

QString systemTimeZone()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    // Region/City ids only: the bare abbreviations hide daylight saving.
    return QTimeZone::isTimeZoneIdAvailable(system) && system.contains('/') && !system.startsWith("Etc/")
        ? QString::fromLatin1(system)
        : QStringLiteral("America/Chicago");
}
} // namespace

QString AppSettings::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("rebound.ini"));
}

AppSettings::AppSettings(const QString &path)
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    PrivateFiles::makeFolder(QFileInfo(file).absolutePath());
    // QSettings keeps an existing file's permissions when it rewrites it.
    PrivateFiles::restrictFile(file);
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    // QSettings reads the file lazily: ask for the keys so status() reflects it.
    m_settings->allKeys();
    if (m_settings->status() != QSettings::NoError) {
        // Unreadable: keep the damaged file for the user, start from the defaults.
        m_settings.reset();
        m_backupPath = file + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(file, m_backupPath);
        m_recovered = true;
        qCWarning(lcSettings) << "settings file was unreadable; moved to" << m_backupPath;
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
    migrate();
}

AppSettings::~AppSettings()
{
    if (m_settings)
        m_settings->sync();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(QLatin1String(Key::version), 0).toInt();
    if (version > kVersion) {
        qCWarning(lcSettings) << "settings written by a newer version" << version << "; unknown keys are kept";
        return;
    }
    // 1 → 2: the hours were only free text; read them into the structured keys.
    if (version < 2 && !m_settings->contains(QLatin1String(Key::openingSpans)))
        readHoursText(value(Key::hours, QString()).toString());
    if (version < kVersion)
        m_settings->setValue(QLatin1String(Key::version), kVersion);
}

QString AppSettings::path() const
{
    return m_settings->fileName();
}

QVariant AppSettings::value(const char *key, const QVariant &fallback) const
{
    return m_settings->value(QLatin1String(key), fallback);
}

void AppSettings::setValue(const char *key, const QVariant &v)
{
    m_settings->setValue(QLatin1String(key), v);
}

void AppSettings::sync()
{
    m_settings->sync();
}

bool AppSettings::isConfigured() const
{
    return !accountSid().isEmpty() && !lines().isEmpty();
}

AppSettings::Provider AppSettings::provider() const
{
    const QString v = value(Key::provider, QStringLiteral("twilio")).toString();
    if (v == QLatin1String("signalwire"))
        return Provider::SignalWire;
    if (v == QLatin1String("custom"))
        return Provider::Custom;
    return Provider::Twilio;
}

void AppSettings::setProvider(Provider p)
{
    setValue(Key::provider,
             p == Provider::SignalWire   ? QStringLiteral("signalwire")
                 : p == Provider::Custom ? QStringLiteral("custom")
                                         : QStringLiteral("twilio"));
}

QString AppSettings::signalWireSpace() const
{
    return value(Key::signalWireSpace, QString()).toString();
}

void AppSettings::setSignalWireSpace(const QString &space)
{
    setValue(Key::signalWireSpace, space.trimmed());
}

QString AppSettings::customBaseUrl() const
{
    return value(Key::customBaseUrl, QString()).toString();
}

void AppSettings::setCustomBaseUrl(const QString &url)
{
    setValue(Key::customBaseUrl, url.trimmed());
}

QString AppSettings::baseUrl() const
{
    switch (provider()) {
    case Provider::SignalWire:
        return ProviderConfig::signalWireBaseUrl(signalWireSpace()).toString();
    case Provider::Custom:
        return customBaseUrl();
    case Provider::Twilio:
        break;
    }
    return QString::fromLatin1(ProviderConfig::twilioBaseUrl);
}

QString AppSettings::accountSid() const
{
    return value(Key::accountSid, QString()).toString();
}

void AppSettings::setAccountSid(const QString &sid)
{
    setValue(Key::accountSid, sid.trimmed());
}

QString AppSettings::apiKeySid() const
{
    return value(Key::apiKeySid, QString()).toString();
}

void AppSettings::setApiKeySid(const QString &sid)
{
    setValue(Key::apiKeySid, sid.trimmed());
}

QList<ConfiguredLine> AppSettings::lines() const
{
    // Stored as "+15125550100=forwarded" entries.
    QList<ConfiguredLine> out;
    const QStringList entries = value(Key::lines, QStringList()).toStringList();
    for (const QString &entry : entries) {
        const QString number = entry.section(QLatin1Char('='), 0, 0).trimmed();
        if (number.isEmpty())
            continue;
        ConfiguredLine line;
        line.e164 = number;
        line.wiring = wiringFromString(entry.section(QLatin1Char('='), 1, 1)).value_or(Wiring::Forwarded);
        out.append(line);
    }
    return out;
}

void AppSettings::setLines(const QList<ConfiguredLine> &lines)
{
    QStringList entries;
    for (const ConfiguredLine &l : lines)
        entries.append(l.e164 + QLatin1Char('=') + toString(l.wiring));
    setValue(Key::lines, entries);
}

BusinessProfile AppSettings::business() const
{
    BusinessProfile p;
    p.name = value(Key::businessName, QString()).toString();
    p.trade = value(Key::trade, QStringLiteral("plumbing")).toString();
    p.timeZone = timeZone();
    p.hours = value(Key::hours, QString()).toString();
    p.serviceArea = value(Key::serviceArea, QString()).toString();
    p.licensing = value(Key::licensing, QString()).toString();
    p.emergencyPolicy = value(Key::emergencyPolicy, QString()).toString();
    p.pricingPolicy = value(Key::pricingPolicy, QString()).toString();
    p.ownerFirstName = value(Key::ownerFirstName, QString()).toString();
    return p;
}

void AppSettings::setBusiness(const BusinessProfile &p)
{
    if (p.hours.trimmed() != value(Key::hours, QString()).toString().trimmed()
        || !m_settings->contains(QLatin1String(Key::openingSpans)))
        readHoursText(p.hours);
    setValue(Key::businessName, p.name);
    setValue(Key::trade, p.trade);
    setValue(Key::timeZone, p.timeZone);
    setValue(Key::hours, p.hours);
    setValue(Key::serviceArea, p.serviceArea);
    setValue(Key::licensing, p.licensing);
    setValue(Key::emergencyPolicy, p.emergencyPolicy);
    setValue(Key::pricingPolicy, p.pricingPolicy);
    setValue(Key::ownerFirstName, p.ownerFirstName);
}

void AppSettings::readHoursText(const QString &text)
{
    // Blank text says nothing new: what was set (or the standard hours) stays.
    if (text.trimmed().isEmpty())
        return;
    if (const auto parsed = OpeningHours::parse(text, timeZone().toUtf8())) {
        setValue(Key::openingSpans, parsed->spansToStorage());
        setValue(Key::unreadHours, QString());
        return;
    }
    // Unreadable: the standard hours apply, and the pages say so until the person sets them.
    qCInfo(lcSettings) << "opening hours not understood:" << text;
    m_settings->remove(QLatin1String(Key::openingSpans));
    setValue(Key::unreadHours, text.trimmed());
}

QString AppSettings::timeZone() const
{
    const QString zone = value(Key::timeZone, QString()).toString();
    return zone.isEmpty() ? systemTimeZone() : zone;
}

void AppSettings::setTimeZone(const QString &zone)
{
    setValue(Key::timeZone, zone.trimmed());
}

OpeningHours AppSettings::openingHours() const
{
    const QByteArray zone = timeZone().toUtf8();
    OpeningHours hours = OpeningHours::standard(zone);
    if (m_settings->contains(QLatin1String(Key::openingSpans))) {
        if (const auto spans = OpeningHours::spansFromStorage(value(Key::openingSpans, QString()).toString()))
            hours.spans = *spans;
        else
            qCWarning(lcSettings) << "stored opening hours are damaged; using the standard hours";
    }
    for (const QString &date : value(Key::closures, QStringList()).toStringList())
        hours.addClosure(QDate::fromString(date, Qt::ISODate));
    return hours;
}

void AppSettings::setOpeningHours(const OpeningHours &hours)
{
    setValue(Key::openingSpans, hours.spansToStorage());
    QStringList dates;
    for (const QDate &date : hours.closures)
        dates.append(date.toString(Qt::ISODate));
    setValue(Key::closures, dates);
    if (!hours.timeZone.isEmpty())
        setTimeZone(QString::fromLatin1(hours.timeZone));
    // The qualifier tells callers the profile's text: keep it true to the hours.
    setValue(Key::hours, hours.describe());
    setValue(Key::unreadHours, QString());
}

QString AppSettings::unreadHoursText() const
{
    return value(Key::unreadHours, QString()).toString();
}

QString AppSettings::ownerCell() const
{
    return value(Key::ownerCell, QString()).toString();
}

void AppSettings::setOwnerCell(const QString &e164)
{
    setValue(Key::ownerCell, e164);
}

QString AppSettings::businessHoursTemplate() const
{
    return value(Key::businessHoursTemplate, TextBackRules::defaultBusinessHoursTemplate()).toString();
}

void AppSettings::setBusinessHoursTemplate(const QString &text)
{
    setValue(Key::businessHoursTemplate, text);
}

QString AppSettings::afterHoursTemplate() const
{
    return value(Key::afterHoursTemplate, TextBackRules::defaultAfterHoursTemplate()).toString();
}

void AppSettings::setAfterHoursTemplate(const QString &text)
{
    setValue(Key::afterHoursTemplate, text);
}

bool AppSettings::webhooksEnabled() const
{
    return value(Key::webhooksEnabled, false).toBool();
}

void AppSettings::setWebhooksEnabled(bool on)
{
    setValue(Key::webhooksEnabled, on);
}

QString AppSettings::webhookPublicUrl() const
{
    return value(Key::webhookPublicUrl, QString()).toString();
}

void AppSettings::setWebhookPublicUrl(const QString &url)
{
    setValue(Key::webhookPublicUrl, url.trimmed());
}

QString AppSettings::webhookListen() const
{
    return value(Key::webhookListen, QStringLiteral("127.0.0.1:8787")).toString();
}

void AppSettings::setWebhookListen(const QString &hostPort)
{
    setValue(Key::webhookListen, hostPort.trimmed());
}

QString AppSettings::sharedDatabase() const
{
    return value(Key::sharedDatabase, QString()).toString();
}

void AppSettings::setSharedDatabase(const QString &location)
{
    // The password lives in the credential store, never here.
    const QString trimmed = location.trimmed();
    setValue(Key::sharedDatabase,
             trimmed.isEmpty() ? QString() : QUrl(trimmed).toString(QUrl::RemovePassword | QUrl::FullyEncoded));
}

QString AppSettings::seatName() const
{
    const QString name = value(Key::seatName, QString()).toString();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

void AppSettings::setSeatName(const QString &name)
{
    setValue(Key::seatName, name.simplified().left(60));
}

QString AppSettings::assistantUrl() const
{
    return value(Key::assistantUrl, QString()).toString();
}

void AppSettings::setAssistantUrl(const QString &url)
{
    setValue(Key::assistantUrl, url.trimmed());
}

QString AppSettings::assistantModel() const
{
    return value(Key::assistantModel, QString()).toString();
}

void AppSettings::setAssistantModel(const QString &model)
{
    setValue(Key::assistantModel, model.trimmed());
}

int AppSettings::pollIntervalSeconds() const
{
    return std::clamp(value(Key::pollInterval, 5).toInt(), 1, 3600);
}

void AppSettings::setPollIntervalSeconds(int seconds)
{
    setValue(Key::pollInterval, std::clamp(seconds, 1, 3600));
}

QString AppSettings::language() const
{
    const QString v = value(Key::language, QStringLiteral("system")).toString();
    return (v == QLatin1String("en") || v == QLatin1String("es")) ? v : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::language, language);
}

bool AppSettings::desktopNotifications() const
{
    return value(Key::desktopNotifications, true).toBool();
}

void AppSettings::setDesktopNotifications(bool on)
{
    setValue(Key::desktopNotifications, on);
}

bool AppSettings::startAtLogin() const
{
    return value(Key::startAtLogin, false).toBool();
}

void AppSettings::setStartAtLogin(bool on)
{
    setValue(Key::startAtLogin, on);
}

EngineSettings AppSettings::engineSettings() const
{
    EngineSettings s;
    s.pollInterval = std::chrono::seconds(pollIntervalSeconds());
    s.ownerCell = ownerCell();
    s.desktopAlerts = desktopNotifications();
    const QString name = value(Key::businessName, QString()).toString();
    s.rules.businessName = name.isEmpty() ? QStringLiteral("our office") : name;
    s.rules.hours = openingHours();
    s.rules.businessHoursTemplate = businessHoursTemplate();
    s.rules.afterHoursTemplate = afterHoursTemplate();
    s.business = business();
    return s;
}

bool AppSettings::trayHintShown() const
{
    return value(Key::trayHintShown, false).toBool();
}

void AppSettings::setTrayHintShown(bool shown)
{
    setValue(Key::trayHintShown, shown);
}

} // namespace Rebound::Core
