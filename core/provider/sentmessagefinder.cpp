#include "sentmessagefinder.h"

#include <QElapsedTimer>
#include <QThread>

namespace Rebound::Core {

namespace {
// The provider may normalise line endings and surrounding space.
QString normalizedBody(const QString &body)
{
    QString b = body;
    b.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return b.trimmed();
}
} // namespace

Result<std::optional<Message>> SentMessageFinder::find(TwilioClient &client, const OutgoingMessage &message,
                                                       const QDateTime &attemptStartedUtc,
                                                       const QSet<QString> &knownSids)
{
    const QDateTime since = attemptStartedUtc.toUTC().addSecs(-clockSkewSeconds);
    MessageFilter filter;
    filter.to = message.to;
    filter.from = message.from;
    // No DateSent filter: a message still queued has no date_sent yet and
    // would be missed. Lists are newest first, so paging stops at `since`.
    filter.pageSize = 50;
    const QString body = normalizedBody(message.body);
    std::optional<Message> found;
    auto result = client.listMessages(filter, [&](const QList<Message> &page) {
        for (const Message &m : page) {
            if (m.isInbound() || knownSids.contains(m.sid))
                continue;
            const QDateTime created = m.dateCreated.isValid() ? m.dateCreated : m.dateSent;
            if (created.isValid() && created < since)
                return false; // lists are newest first: nothing older can match
            if (normalizedBody(m.body) == body) {
                found = m;
                return false;
            }
        }
        return true;
    });
    if (!result)
        return result.error();
    return found;
}

Result<Message> SentMessageFinder::sendOnce(TwilioClient &client, const OutgoingMessage &message, int maxSends,
                                            bool *reconciled, std::chrono::milliseconds grace)
{
    if (reconciled)
        *reconciled = false;
    const QDateTime firstAttempt = QDateTime::currentDateTimeUtc();
    ProviderError last;
    for (int send = 1; send <= maxSends; ++send) {
        auto result = client.createMessage(message);
        if (result || result.error().kind != ProviderError::Kind::OutcomeUnknown)
            return result;
        last = result.error();
        QElapsedTimer sinceAttempt;
        sinceAttempt.start();
        // A list may lag the sends it reports: "not listed" means "not sent"
        // only once the grace has passed.
        for (;;) {
            auto lookup = find(client, message, firstAttempt.addMSecs(client.clockOffsetMs()));
            if (!lookup)
                return last; // without the list we cannot know; sending again could double the text
            if (lookup.value()) {
                if (reconciled)
                    *reconciled = true;
                return *lookup.value();
            }
            if (sinceAttempt.elapsed() >= grace.count())
                break;
            QThread::msleep(quint64(std::min<qint64>(2000, grace.count() - sinceAttempt.elapsed())));
        }
    }
    return last;
}

} // namespace Rebound::Core
