#include "providererror.h"

namespace Rebound::Core {

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::AccountInactive:
        return QStringLiteral("account_inactive");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid_argument");
    }
    return QStringLiteral("unknown");
}

QString ProviderError::describe() const
{
    const QString detail = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
    const QString codeText = code ? QStringLiteral(" [error %1]").arg(code) : QString();
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("Could not reach the provider%1; check the network connection and the server address.")
            .arg(detail);
    case Kind::Timeout:
        return QStringLiteral("The provider did not answer in time%1.").arg(detail);
    case Kind::Tls:
        return QStringLiteral("The provider's secure connection could not be verified%1; nothing was sent.")
            .arg(detail);
    case Kind::Authentication:
        return QStringLiteral(
                   "The provider refused the credentials%1%2; check the Account SID and the auth token or API key.")
            .arg(codeText, detail);
    case Kind::AccountInactive:
        return QStringLiteral("The provider account is not active%1%2; it may be suspended or closed.")
            .arg(codeText, detail);
    case Kind::NotFound:
        return QStringLiteral("The provider has no such resource%1%2.").arg(codeText, detail);
    case Kind::RateLimited:
        return QStringLiteral("The provider is limiting requests%1 and still refused after %2 attempts.")
            .arg(codeText)
            .arg(attempts);
    case Kind::Server:
        return QStringLiteral("The provider had a server error (HTTP %1)%2 after %3 attempts.")
            .arg(httpStatus)
            .arg(detail)
            .arg(attempts);
    case Kind::Rejected:
        if (code == 21610)
            return QStringLiteral(
                "The recipient has opted out of texts from this number (they replied STOP) [error 21610].");
        return QStringLiteral("The provider rejected the request%1%2.").arg(codeText, detail);
    case Kind::Malformed:
        return QStringLiteral("The provider's answer could not be read%1.").arg(detail);
    case Kind::OutcomeUnknown:
        return QStringLiteral("The message may or may not have been sent: the connection failed after the request "
                              "left%1. It must be checked against the provider's message list before any retry.")
            .arg(detail);
    case Kind::Cancelled:
        return QStringLiteral("The request was cancelled.");
    case Kind::InvalidArgument:
        return message.isEmpty() ? QStringLiteral("The request is not valid.") : message;
    }
    return message;
}

} // namespace Rebound::Core
