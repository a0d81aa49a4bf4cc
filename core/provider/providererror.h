#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Rebound::Core {

// What went wrong talking to the provider, typed so callers can act on it.
struct ProviderError
{
    enum class Kind {
        Network, // could not reach the server (DNS, refused, dropped before sending)
        Timeout, // no complete answer in time
        Tls, // certificate or handshake failure; never bypassed
        Authentication, // wrong SID, token or key (HTTP 401 / 20003)
        AccountInactive, // the account is suspended or closed
        NotFound, // HTTP 404 / 20404
        RateLimited, // HTTP 429 / 20429 still refused after the last retry
        Server, // HTTP 5xx still failing after the last retry
        Rejected, // any other 4xx: the provider refused the request (see code)
        Malformed, // the answer was not the JSON the API describes
        OutcomeUnknown, // a send reached the server but its answer was lost
        Cancelled, // the caller stopped the request
        InvalidArgument, // refused before any request was made
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    int code = 0; // the provider's error code (21610, 20003...), 0 if none
    QString message; // the provider's or transport's own words
    QString moreInfo; // the provider's documentation link
    int attempts = 1;

    // One sentence for a person: what happened and, where known, what to do.
    QString describe() const;
    static QString kindName(Kind kind);
};

// Either a value or the error that prevented it.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(ProviderError error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const ProviderError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ProviderError> m_data;
};

} // namespace Rebound::Core
