#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Rebound::Core {

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelay.count(), baseDelay.count() << shift);
    if (ceiling <= 0)
        return std::chrono::milliseconds(0);
    // Full jitter spreads retries of many clients hit by the same outage.
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        // Anything past a year is as good as "never"; the caller caps the wait far lower.
        constexpr double yearSeconds = 365.0 * 24 * 3600;
        return std::chrono::milliseconds(qint64(std::min(seconds, yearSeconds) * 1000));
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

} // namespace Rebound::Core
