#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Rebound::Core {

// Capped exponential backoff with full jitter, honouring Retry-After.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    std::chrono::milliseconds baseDelay{250};
    std::chrono::milliseconds maxDelay{8000};
    // A Retry-After longer than this is not waited for: the error is returned.
    std::chrono::milliseconds maxRetryAfter{60000};

    // Delay before attempt `attempt + 1` (attempt counts from 1), uniformly
    // drawn from [0, min(maxDelay, baseDelay * 2^(attempt-1))].
    std::chrono::milliseconds backoff(int attempt) const;

    // Parses a Retry-After value: delta-seconds or an HTTP date.
    static std::optional<std::chrono::milliseconds>
    parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Rebound::Core
