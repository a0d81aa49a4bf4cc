#include "textbackpolicy.h"

#include "../domain/phonenumber.h"

#include <QRegularExpression>

namespace Rebound::Core {

QString TextBackRules::defaultBusinessHoursTemplate()
{
    return QStringLiteral("Hi {first_name}, this is {business}. Sorry we missed your call! "
                          "What can we help you with? Reply STOP to opt out.");
}

QString TextBackRules::defaultAfterHoursTemplate()
{
    return QStringLiteral("Hi {first_name}, this is {business}. We're closed right now but saw your call. "
                          "Text us what you need and we'll get back to you first thing. Reply STOP to opt out.");
}

QString renderTemplate(const QString &text, const QString &business, const QString &fullName)
{
    const QString firstName = fullName.simplified().section(QLatin1Char(' '), 0, 0);
    // One pass over the template: a name that itself reads "{first_name}"
    // is written as it is, never filled in again.
    static const QRegularExpression placeholder(QStringLiteral("\\{(business|first_name)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(from, m.capturedStart() - from);
        out += m.capturedView(1) == u"business" ? business.simplified() : firstName;
        from = m.capturedEnd();
    }
    out += QStringView(text).sliced(from);
    // "Hi , this is" → "Hi, this is" when the name is unknown.
    static const QRegularExpression strayGap(QStringLiteral("[ \\t]+([,.!?])"));
    out.replace(strayGap, QStringLiteral("\\1"));
    return out.simplified();
}

bool isTextableNumber(const QString &number)
{
    // Twilio reports withheld caller ID with these placeholders.
    static const QStringList withheld{QStringLiteral("+266696687"), QStringLiteral("+7378742833"),
                                      QStringLiteral("+2562533"), QStringLiteral("+8656696")};
    if (withheld.contains(number))
        return false;
    return PhoneNumber::fromE164(number).isValid();
}

namespace {
// Provider times have whole seconds, and the clock offset read from its Date
// header is good to about half a second.
constexpr int historyToleranceSeconds = 2;
} // namespace

TextBackDecision decideTextBack(const TextBackInput &in, const TextBackRules &rules)
{
    TextBackDecision d;
    auto skip = [&d](const QString &reason) {
        d.action = Decision::Action::Skip;
        d.reason = reason;
        return d;
    };
    if (!isTextableNumber(in.caller))
        return skip(QStringLiteral("no_caller_id"));
    if (in.ownNumber)
        return skip(QStringLiteral("own_number"));
    // History is what ended before the very first start, by its own time:
    // not "what the first look found", which a first look that failed midway
    // would stretch over calls that came after it. Only a call with no time
    // at all falls back to the first look.
    if (in.endedAt.isValid() ? in.installedAt.isValid() && in.endedAt.addSecs(historyToleranceSeconds) < in.installedAt
                             : in.historyImport)
        return skip(QStringLiteral("history"));
    if (in.endedAt.isValid() && in.endedAt.secsTo(in.now) > qint64(rules.catchUpMinutes) * 60)
        return skip(QStringLiteral("late"));
    if (in.contact.isBlocked)
        return skip(QStringLiteral("blocked"));
    if (in.contact.isVendor)
        return skip(QStringLiteral("vendor"));
    if (in.contact.optedOut)
        return skip(QStringLiteral("opted_out"));
    if (in.lastTextBack && in.lastTextBack->secsTo(in.now) < qint64(rules.windowHours) * 3600) {
        d.repeatCaller = true;
        return skip(QStringLiteral("repeat_caller"));
    }
    const bool open = rules.hours.isOpen(in.endedAt.isValid() ? in.endedAt : in.now);
    d.action = Decision::Action::Text;
    d.reason = QStringLiteral("missed");
    d.templateName = open ? QStringLiteral("business_hours") : QStringLiteral("after_hours");
    d.body = renderTemplate(open ? rules.businessHoursTemplate : rules.afterHoursTemplate, rules.businessName,
                            in.contact.name);
    return d;
}

} // namespace Rebound::Core
