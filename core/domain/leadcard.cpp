#include "leadcard.h"

#include <array>
#include <utility>

namespace Rebound::Core {

namespace {
constexpr std::array<std::pair<LeadCard::Kind, const char *>, 6> kKinds{{
    {LeadCard::Kind::Lead, "lead"},
    {LeadCard::Kind::ExistingCustomer, "existing_customer"},
    {LeadCard::Kind::Vendor, "vendor"},
    {LeadCard::Kind::Spam, "spam"},
    {LeadCard::Kind::WrongNumber, "wrong_number"},
    {LeadCard::Kind::OptOut, "opt_out"},
}};
constexpr std::array<std::pair<LeadCard::Urgency, const char *>, 4> kUrgencies{{
    {LeadCard::Urgency::Unknown, "unknown"},
    {LeadCard::Urgency::Emergency, "emergency"},
    {LeadCard::Urgency::Soon, "soon"},
    {LeadCard::Urgency::Flexible, "flexible"},
}};
constexpr std::array<std::pair<LeadCard::Score, const char *>, 3> kScores{{
    {LeadCard::Score::Cold, "cold"},
    {LeadCard::Score::Warm, "warm"},
    {LeadCard::Score::Hot, "hot"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView text, Enum fallback)
{
    for (const auto &[v, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return v;
    }
    return fallback;
}
} // namespace

QString toString(LeadCard::Kind kind)
{
    return nameOf(kKinds, kind);
}

QString toString(LeadCard::Urgency urgency)
{
    return nameOf(kUrgencies, urgency);
}

QString toString(LeadCard::Score score)
{
    return nameOf(kScores, score);
}

LeadCard::Kind leadKindFromString(QStringView text)
{
    return valueOf(kKinds, text, LeadCard::Kind::Lead);
}

LeadCard::Urgency urgencyFromString(QStringView text)
{
    return valueOf(kUrgencies, text, LeadCard::Urgency::Unknown);
}

LeadCard::Score scoreFromString(QStringView text)
{
    return valueOf(kScores, text, LeadCard::Score::Warm);
}

} // namespace Rebound::Core
