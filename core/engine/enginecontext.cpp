#include "enginecontext.h"

namespace Rebound::Core {

void EngineContext::providerError(const QString &operation, const ProviderError &error) const
{
    if (error.kind == ProviderError::Kind::Cancelled)
        return;
    emitEvent(QStringLiteral("provider_error"),
              {{QStringLiteral("operation"), operation},
               {QStringLiteral("kind"), ProviderError::kindName(error.kind)},
               {QStringLiteral("code"), error.code},
               {QStringLiteral("http_status"), error.httpStatus},
               {QStringLiteral("message"), error.describe()}});
}

const BusinessLine *EngineContext::lineFor(const QString &e164) const
{
    for (const BusinessLine &line : config.lines) {
        if (line.e164 == e164)
            return &line;
    }
    return nullptr;
}

} // namespace Rebound::Core
