#pragma once

#include <QString>

namespace Rebound::Core {

// What the qualifier can ask a caller for; "none" when an answer asks nothing.
enum class QualifySlot { None, Name, Service, Urgency, Address };

inline QString toString(QualifySlot slot)
{
    switch (slot) {
    case QualifySlot::Name:
        return QStringLiteral("name");
    case QualifySlot::Service:
        return QStringLiteral("service");
    case QualifySlot::Urgency:
        return QStringLiteral("urgency");
    case QualifySlot::Address:
        return QStringLiteral("address");
    case QualifySlot::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace Rebound::Core
