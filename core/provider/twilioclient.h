#pragma once

#include "../domain/account.h"
#include "../domain/call.h"
#include "../domain/message.h"
#include "httpgateway.h"
#include "providerconfig.h"
#include "providererror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Rebound::Core {

struct CallFilter
{
    QString to;
    QString from;
    QString parentCallSid;
    std::optional<CallStatus> status;
    std::optional<QDate> startedOnOrAfter; // StartTime>= (UTC day)
    std::optional<QDate> startedBefore; // StartTime<= (UTC day)
    int pageSize = 50;
    int maxPages = 0; // 0: follow next_page_uri until it is null
};

struct MessageFilter
{
    QString to;
    QString from;
    std::optional<QDate> sentOnOrAfter; // DateSent>= (UTC day)
    std::optional<QDate> sentBefore; // DateSent<= (UTC day)
    int pageSize = 50;
    int maxPages = 0;
};

// The Twilio 2010-04-01 REST API: the subset Rebound needs, with paging,
// typed errors and retries. Blocking; one client per thread.
class TwilioClient
{
public:
    // Called with each page as it arrives; return false to stop paging.
    template<typename T> using PageVisitor = std::function<bool(const QList<T> &page)>;

    explicit TwilioClient(ProviderConfig config);
    ~TwilioClient();
    TwilioClient(const TwilioClient &) = delete;
    TwilioClient &operator=(const TwilioClient &) = delete;

    Result<Account> fetchAccount();
    Result<QList<IncomingNumber>> listIncomingNumbers(int maxPages = 0);
    Result<QList<Call>> listCalls(const CallFilter &filter, const PageVisitor<Call> &visit = {});
    // POST IncomingPhoneNumbers/{sid}.json: where Twilio sends call-status
    // callbacks and incoming texts for the number. Empty values are left alone.
    Result<IncomingNumber> updateIncomingNumberWebhooks(const QString &numberSid, const QString &statusCallback,
                                                        const QString &smsUrl);
    Result<Call> fetchCall(const QString &sid);
    // Places a call (never retried: a lost answer may mean it rings).
    Result<Call> createCall(const OutgoingCall &call);
    Result<QList<Message>> listMessages(const MessageFilter &filter, const PageVisitor<Message> &visit = {});
    // POST Messages.json. 429 and failures before the request left are
    // retried; an answer lost after sending is returned as OutcomeUnknown and
    // never re-sent here.
    Result<Message> createMessage(const OutgoingMessage &message);
    Result<Message> fetchMessage(const QString &sid);

    const ProviderConfig &config() const { return m_config; }
    // Thread-safe: stops a running request or backoff wait.
    void cancel();
    // How many HTTP requests this client made (each retry counts).
    int requestCount() const { return m_requestCount; }
    // How far the provider's clock is ahead of ours (negative: behind), read
    // from the Date header of its answers; 0 until one came, or when the two
    // agree to within the header's one-second resolution.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }

private:
    using Query = QList<QPair<QString, QString>>;

    Result<QJsonObject> send(HttpRequest request, bool idempotent);
    void noteProviderClock(const QByteArray &dateHeader);
    QUrl accountUrl(const QString &resource, const Query &query = {}) const;
    // GET COLLECTION/SID.json, read by `parse`.
    template<typename T>
    Result<T> fetchById(const QString &collection, const QString &sid,
                        std::optional<T> (*parse)(const QJsonObject &, QString *));
    // POST COLLECTION.json with `form`, never retried blindly: an answer
    // without a usable resource is OutcomeUnknown, for reconciliation.
    template<typename T>
    Result<T> create(const QString &collection, const Query &form,
                     std::optional<T> (*parse)(const QJsonObject &, QString *));
    template<typename T>
    Result<QList<T>> listPaged(QUrl url, const char *arrayKey, int maxPages,
                               std::optional<T> (*parse)(const QJsonObject &, QString *), const PageVisitor<T> &visit);
    bool sleepFor(std::chrono::milliseconds delay);

    ProviderConfig m_config;
    HttpGateway m_gateway;
    int m_requestCount = 0;
    qint64 m_clockOffsetMs = 0;
};

} // namespace Rebound::Core
