#pragma once

#include "provider/providererror.h"

#include <QTest>

// Readable QCOMPARE failures for core's enums. The domain enums (CallStatus...)
// are compared through their Core::toString names instead: ADL prefers those.
namespace QTest {

template<> inline char *toString(const Rebound::Core::ProviderError::Kind &k)
{
    return qstrdup(Rebound::Core::ProviderError::kindName(k).toUtf8().constData());
}

} // namespace QTest
