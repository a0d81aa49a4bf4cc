#pragma once

#include "engine/setupselftest.h"
#include "sandbox/sandboxserver.h"

#include <chrono>

namespace Rebound::Test {

// The sandbox's demo phone network, as the setup self-test meets it: the
// office line customers dial forwards to the watched line; the owner's cell
// gets the text.
inline const QString kDemoLine = QString::fromLatin1(Core::SandboxServer::demoBusinessNumber);
inline const QString kDemoOffice = QString::fromLatin1(Core::SandboxServer::demoOfficeNumber);
inline const QString kDemoOwner = QString::fromLatin1(Core::SandboxServer::demoOwnerCell);

// A self-test of the demo line that rings 10 s and looks every 200 ms.
inline Core::SelfTestOptions demoSelfTestOptions(const QString &businessName)
{
    Core::SelfTestOptions o;
    o.line.e164 = kDemoLine;
    o.callNumber = kDemoOffice;
    o.ownerCell = kDemoOwner;
    o.rules.businessName = businessName;
    o.ringSeconds = 10;
    o.lookInterval = std::chrono::milliseconds(200);
    return o;
}

} // namespace Rebound::Test
