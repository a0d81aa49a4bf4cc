#pragma once

#include <QString>
#include <QStringList>

namespace Rebound::Core {

// What a conversation after a missed call has established about the caller.
struct LeadCard
{
    enum class Kind { Lead, ExistingCustomer, Vendor, Spam, WrongNumber, OptOut };
    enum class Urgency { Unknown, Emergency, Soon, Flexible };
    enum class Score { Cold, Warm, Hot };

    Kind kind = Kind::Lead;
    QString name; // as the caller gave it; empty when never given
    QString service; // a taxonomy key of the trade, "other", or empty when not said
    QString jobWords; // the caller's own words for the job (a short quote); empty when not said
    Urgency urgency = Urgency::Unknown;
    QString address; // the service address as given; empty when not given
    Score score = Score::Warm;
    QString preferredTime; // "tomorrow morning", "after 5"
    QStringList questions; // the caller's own questions, for the owner
    QString language = QStringLiteral("en"); // "en" or "es": the language to answer in
    bool noLongerNeeded = false; // hired someone else, fixed it themselves
    bool priceShopping = false;

    friend bool operator==(const LeadCard &, const LeadCard &) = default;
};

QString toString(LeadCard::Kind kind); // lead, existing_customer, vendor, spam, wrong_number, opt_out
QString toString(LeadCard::Urgency urgency); // emergency, soon, flexible, unknown
QString toString(LeadCard::Score score); // hot, warm, cold
LeadCard::Kind leadKindFromString(QStringView text);
LeadCard::Urgency urgencyFromString(QStringView text);
LeadCard::Score scoreFromString(QStringView text);

} // namespace Rebound::Core
