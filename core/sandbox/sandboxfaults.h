#pragma once

#include "sandboxhttp.h"

namespace Rebound::Core::Sandbox {

// The Twilio error a status fault answers with.
Reply faultReply(int status, int retryAfterSeconds);
// The body of a malformed answer: the `n`th one alternates between a cut-off
// JSON object and an HTML error page from a proxy.
Reply malformedReply(int n);

} // namespace Rebound::Core::Sandbox
