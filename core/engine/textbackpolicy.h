#pragma once

#include "../config/openinghours.h"
#include "../store/contactrepository.h"
#include "../store/decisionrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace Rebound::Core {

// The opening hours the text-back template is chosen by (the wizard's and
// the settings page's, see OpeningHours).
using BusinessHours = OpeningHours;

// The rules for texting back a missed call, with their defaults.
struct TextBackRules
{
    QString businessName = QStringLiteral("our office");
    BusinessHours hours = BusinessHours::standard("America/Chicago");
    int windowHours = 24; // one text-back per caller in this window
    int catchUpMinutes = 15; // calls found later than this after they ended are not texted
    QString businessHoursTemplate = defaultBusinessHoursTemplate();
    QString afterHoursTemplate = defaultAfterHoursTemplate();

    static QString defaultBusinessHoursTemplate();
    static QString defaultAfterHoursTemplate();
};

struct TextBackInput
{
    QString callSid;
    QString caller; // E.164 or whatever the provider gave ("Anonymous", "+266696687")
    QDateTime endedAt; // when the call ended, by the provider's clock
    Contact contact;
    std::optional<QDateTime> lastTextBack; // to this caller from this line
    QDateTime installedAt; // the engine's very first start (provider's clock): calls before it are history
    bool historyImport = false; // found by the first look at the line: history when endedAt is unknown
    bool ownNumber = false; // from one of the business's own lines (the setup self-test's call)
    QDateTime now; // by the provider's clock
};

struct TextBackDecision
{
    Decision::Action action = Decision::Action::Skip;
    QString reason;
    QString templateName;
    QString body; // rendered when action is Text
    bool repeatCaller = false;
};

// Decides whether and how to text back one missed call. Pure.
TextBackDecision decideTextBack(const TextBackInput &input, const TextBackRules &rules);

// Fills {business} and {first_name}; a missing name leaves no stray space.
QString renderTemplate(const QString &text, const QString &business, const QString &fullName);

// Numbers that cannot receive a text: withheld caller ID and Twilio's
// placeholders for it, short codes, anything not a valid E.164 number.
bool isTextableNumber(const QString &number);

} // namespace Rebound::Core
