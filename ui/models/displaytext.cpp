#include "displaytext.h"

#include "domain/phonenumber.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace Rebound::Ui {

QString DisplayText::phoneNumber(const QString &e164)
{
    // Twilio reports withheld caller ID with these placeholders instead of a number.
    static const QStringList withheld{QStringLiteral("+266696687"), QStringLiteral("+7378742833"),
                                      QStringLiteral("+2562533"),   QStringLiteral("+8656696"),
                                      QStringLiteral("anonymous"),  QStringLiteral("restricted")};
    if (e164.isEmpty() || withheld.contains(e164, Qt::CaseInsensitive))
        return tr("Withheld number");
    const Core::PhoneNumber number = Core::PhoneNumber::fromE164(e164);
    return number.isValid() ? number.display() : e164;
}

QString DisplayText::caller(const QString &name, const QString &e164)
{
    return name.trimmed().isEmpty() ? phoneNumber(e164) : name.trimmed();
}

QString DisplayText::when(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().daysTo(today) < 7 && local.date() < today)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString DisplayText::timeOfDay(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QDate DisplayText::localDay(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

QString DisplayText::day(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    if (date == today)
        return tr("Today");
    if (date == today.addDays(-1))
        return tr("Yesterday");
    // Translators may reorder the parts; the format letters are QLocale's.
    const QString format = date.year() == today.year() ? tr("dddd, MMM d") : tr("dddd, MMM d, yyyy");
    return QLocale().toString(date, format);
}

QString DisplayText::fullWhen(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

QString DisplayText::leadScore(const QString &score)
{
    if (score == QLatin1String("hot"))
        return tr("Hot lead");
    if (score == QLatin1String("warm"))
        return tr("Warm lead");
    if (score == QLatin1String("cold"))
        return tr("Cold lead");
    return {};
}

QString DisplayText::messageStatus(const QString &status)
{
    if (status == QLatin1String("queued") || status == QLatin1String("accepted")
        || status == QLatin1String("scheduled"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return tr("Delivered");
    if (status == QLatin1String("partially_delivered"))
        return tr("Partly delivered");
    if (status == QLatin1String("undelivered"))
        return tr("Not delivered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Cancelled");
    if (status == QLatin1String("received") || status == QLatin1String("receiving"))
        return tr("Received");
    return {};
}

QString DisplayText::skipReason(const QString &reason)
{
    if (reason == QLatin1String("opted_out"))
        return tr("Not texted: the caller opted out");
    if (reason == QLatin1String("repeat_caller"))
        return tr("Not texted: called again within 24 hours");
    if (reason == QLatin1String("history"))
        return tr("Not texted: the call came before Rebound was watching the line (history)");
    if (reason == QLatin1String("late"))
        return tr("Not texted: found too late to text back (the computer was off or offline)");
    if (reason == QLatin1String("answered"))
        return tr("Not texted: the call was answered");
    if (reason == QLatin1String("no_caller_id"))
        return tr("Not texted: withheld number");
    if (reason == QLatin1String("vendor"))
        return tr("Not texted: the caller is marked as a vendor");
    if (reason == QLatin1String("blocked"))
        return tr("Not texted: the number is blocked");
    if (reason == QLatin1String("own_number"))
        return tr("Not texted: a call from the business's own number (the setup test)");
    if (reason.isEmpty())
        return tr("Not texted");
    return tr("Not texted (%1)").arg(reason);
}

QString DisplayText::service(const QString &key)
{
    if (key.isEmpty())
        return {};
    // Every key of the service taxonomy (shared with the qualifier), as people say it.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("leak"), QT_TR_NOOP("Leak")},
        {QStringLiteral("drain_clog"), QT_TR_NOOP("Drain clog")},
        {QStringLiteral("water_heater"), QT_TR_NOOP("Water heater")},
        {QStringLiteral("toilet"), QT_TR_NOOP("Toilet")},
        {QStringLiteral("sewer"), QT_TR_NOOP("Sewer line")},
        {QStringLiteral("fixture_install"), QT_TR_NOOP("Fixture install")},
        {QStringLiteral("repipe"), QT_TR_NOOP("Repipe")},
        {QStringLiteral("gas_line"), QT_TR_NOOP("Gas line")},
        {QStringLiteral("no_cooling"), QT_TR_NOOP("No cooling")},
        {QStringLiteral("no_heat"), QT_TR_NOOP("No heat")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("Maintenance")},
        {QStringLiteral("install_replace"), QT_TR_NOOP("New system or replacement")},
        {QStringLiteral("thermostat"), QT_TR_NOOP("Thermostat")},
        {QStringLiteral("ductwork"), QT_TR_NOOP("Ductwork")},
        {QStringLiteral("air_quality"), QT_TR_NOOP("Air quality")},
        {QStringLiteral("outage"), QT_TR_NOOP("Power outage")},
        {QStringLiteral("panel"), QT_TR_NOOP("Electrical panel")},
        {QStringLiteral("outlet_switch"), QT_TR_NOOP("Outlet or switch")},
        {QStringLiteral("lighting"), QT_TR_NOOP("Lighting")},
        {QStringLiteral("ev_charger"), QT_TR_NOOP("EV charger")},
        {QStringLiteral("generator"), QT_TR_NOOP("Generator")},
        {QStringLiteral("wiring"), QT_TR_NOOP("Wiring")},
        {QStringLiteral("roof_leak"), QT_TR_NOOP("Roof leak")},
        {QStringLiteral("roof_repair"), QT_TR_NOOP("Roof repair")},
        {QStringLiteral("roof_replacement"), QT_TR_NOOP("Roof replacement")},
        {QStringLiteral("gutters"), QT_TR_NOOP("Gutters")},
        {QStringLiteral("storm_damage"), QT_TR_NOOP("Storm damage")},
        {QStringLiteral("inspection"), QT_TR_NOOP("Roof inspection")},
        {QStringLiteral("lawn_care"), QT_TR_NOOP("Lawn care")},
        {QStringLiteral("tree"), QT_TR_NOOP("Tree work")},
        {QStringLiteral("irrigation"), QT_TR_NOOP("Irrigation")},
        {QStringLiteral("hardscape"), QT_TR_NOOP("Hardscape")},
        {QStringLiteral("cleanup"), QT_TR_NOOP("Yard cleanup")},
        {QStringLiteral("design_install"), QT_TR_NOOP("Landscape design")},
        {QStringLiteral("other"), QT_TR_NOOP("Other job")},
    };
    const auto it = labels.constFind(key);
    if (it == labels.constEnd()) {
        QString text = key;
        return text.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return tr(it.value());
}

QString DisplayText::job(const QString &key, const QString &callerWords)
{
    const QString label = service(key);
    if (callerWords.isEmpty())
        return label;
    if (label.isEmpty())
        return tr("“%1”").arg(callerWords);
    return tr("%1 — “%2”").arg(label, callerWords);
}

} // namespace Rebound::Ui
