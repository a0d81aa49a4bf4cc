#pragma once

#include "../domain/account.h"
#include "../domain/call.h"
#include "../domain/message.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Rebound::Core {

namespace Sandbox {
struct Reply;
}

// A Twilio-compatible REST server on loopback: the 2010-04-01 subset Rebound
// uses (accounts, incoming numbers, calls, messages) with the same JSON
// shapes, Basic auth, paging and error bodies; signed webhooks to the URLs
// set on a number and in its <Dial> TwiML; fault injection; and a control API
// under /sandbox/ that scripts and tests use to place calls and have
// customers text.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr auto demoAccountSid = "AC5a9d0c0ffee5a9d0c0ffee5a9d0c0ffe";
    static constexpr auto demoAuthToken = "sandbox";
    static constexpr auto demoApiKeySid = "SK5a9d0c0ffee5a9d0c0ffee5a9d0c0ffe";
    static constexpr auto suspendedAccountSid = "AC0dd0dd0dd0dd0dd0dd0dd0dd0dd0dd0d";
    static constexpr auto demoBusinessNumber = "+15125550100";
    static constexpr auto demoNumberSid = "PN5a9d0c0ffee5a9d0c0ffee5a9d0c0100";
    // The owner's cell that a <Dial> wiring rings.
    static constexpr auto demoOwnerCell = "+15125550199";
    // The phone a sequential <Dial> rings after the owner's cell.
    static constexpr auto demoBackupCell = "+15125550197";
    // The demo business's own number at its phone company, the one its
    // customers dial: unanswered calls there are forwarded to demoBusinessNumber.
    static constexpr auto demoOfficeNumber = "+15125550180";

    struct SandboxAccount
    {
        Account account;
        QString authToken;
        QString apiKeySid; // optional second credential, secret = authToken
        QList<IncomingNumber> numbers;
    };

    // One injected failure, matched against incoming REST requests in order.
    struct Fault
    {
        enum class Kind {
            Status, // answer `status` with a Twilio error body; the request is not carried out
            Drop, // close the connection without carrying out the request
            DropAfterProcessing, // carry out the request, then close without answering
            StatusAfterProcessing, // carry out the request, then answer `status`
            Delay, // carry out the request and answer after delayMs
            Malformed, // answer 200 with a body that is not JSON
            Truncated, // announce the full body, send half of it, close
            // The next three are states rather than single hits; they last until
            // cleared (an outage until it ends), whatever `count` says.
            ListLag, // a message created through the API is missing from list pages for lagMs
            Outage, // answer `status` to every matching request for durationMs after it is added
            ClockOffset, // the sandbox's clock runs offsetMs away from this machine's
            // Not a REST answer: a webhook or status callback the sandbox posts to
            // a URL containing pathContains goes out delayMs late, so callbacks
            // can arrive out of order, as Twilio warns they may.
            WebhookDelay,
        };
        Kind kind = Kind::Status;
        int status = 500; // the control API's outage defaults to 503
        int retryAfterSeconds = -1; // Retry-After header when >= 0
        int delayMs = 0;
        int lagMs = 0; // ListLag
        int durationMs = 0; // Outage
        qint64 offsetMs = 0; // ClockOffset; negative: the sandbox is behind
        QByteArray method; // empty: any
        QString pathContains; // empty: any REST path; ListLag: the list request's path and query
        int count = 1; // how many matching requests it applies to; -1: until cleared
        double probability = 1.0; // chance each matching request is hit

        static std::optional<Kind> kindFromString(QStringView name);
        static QString kindName(Kind kind); // the control API's name, e.g. "drop_after_processing"
    };

    // A call the control API or the scenario places.
    struct PlacedCall
    {
        enum class Outcome { Missed, Answered, Voicemail, Busy, Canceled, Failed };
        enum class Wiring { Forwarded, Dial };
        QString from;
        QString to; // a number of the account; the first one when empty
        Outcome outcome = Outcome::Missed;
        Wiring wiring = Wiring::Forwarded;
        int ringMs = 3000; // how long a leg rings before it is answered or ends unanswered
        int talkSeconds = 45; // length of an answered call

        // What the number's TwiML asks of its <Dial>s (Dial wiring only).
        QString dialActionUrl; // <Dial action>, requested as each <Dial> ends; empty: none
        QString dialStatusCallback; // <Number statusCallback> for the dialled legs; empty: none
        bool machineDetection = false; // <Number machineDetection="Enable">
        int amdDelayMs = 3000; // how long detection listens to an answered leg
        // Successive <Dial>s, one number each: the next rings only when the one
        // before ended unanswered. Empty: a single <Dial> ending as `outcome`.
        QList<Outcome> legs;
    };

    // A number at the business's phone company. A call nobody answers there
    // within forwardAfterMs is forwarded to forwardsTo, a number of an
    // account; with forwardsTo empty, forwarding is off and calls ring out.
    // The line's own voicemail, when it picks up first, answers the call
    // instead and hangs up after recording; a busy line ends the call busy.
    struct CarrierLine
    {
        QString number;
        QString forwardsTo;
        int forwardAfterMs = 4000;
        int voicemailAfterMs = -1; // -1: no voicemail on the line
        bool busy = false;
    };

    struct LoggedRequest
    {
        QDateTime at; // UTC, millisecond precision
        QByteArray method;
        QString path; // with query
        int status = 0; // 0 when the connection was dropped
        QString fault; // empty when none applied
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // The demo account (active, one number) and a suspended one, each with its
    // token; `authToken` replaces the demo account's token when not empty.
    void resetWorld(const QString &authToken = {});
    void addAccount(const SandboxAccount &account);

    // Listens on loopback; returns the port, 0 on failure.
    quint16 start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }

    // The world, for in-process use (the demo, tests).
    QString placeCall(const PlacedCall &call, const QString &accountSid = QString::fromLatin1(demoAccountSid));
    QString receiveText(const QString &from, const QString &to, const QString &body,
                        const QString &accountSid = QString::fromLatin1(demoAccountSid));
    // Adds or replaces the line with the same number.
    void setCarrierLine(const CarrierLine &line);
    // How a call placed through the REST API to one of the account's numbers
    // is handled: forwarded (the default) is answered by the number's
    // voicemail; dial rings the owner's cell, which nobody answers.
    void setNumberWiring(const QString &e164, PlacedCall::Wiring wiring);
    // Texts to `e164` fail as Twilio reports a phone that cannot take them:
    // 21614 refuses the send at once (not a mobile number); any other code
    // (30003, 30005, 30006, 30007, 30034...) lets it be sent, then marks it
    // undelivered with that error_code. 0 makes the number ordinary again.
    void setHandsetError(const QString &e164, int errorCode);

    void addFault(const Fault &fault);
    void clearFaults();
    // The faults still in force (an ended outage is gone).
    QList<Fault> faults() const;
    // How long an outgoing text stays queued, and when it is delivered (both from creation).
    void setMessageTimings(int sentAfterMs, int deliveredAfterMs);
    // Newest first, as the API lists them.
    QList<Call> calls(const QString &accountSid = QString::fromLatin1(demoAccountSid)) const;
    QList<Message> messages(const QString &accountSid = QString::fromLatin1(demoAccountSid)) const;
    QList<LoggedRequest> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }

Q_SIGNALS:
    // The business sent a text (a POST to Messages.json that was carried out).
    void messageCreated(const Rebound::Core::Message &message);
    // A customer's text arrived at the business.
    void messageReceived(const Rebound::Core::Message &message);
    void callPlaced(const Rebound::Core::Call &call);
    void callEnded(const Rebound::Core::Call &call);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct World;

    void handleRest(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket);

    // A fault as it stands, with the moment an outage ends.
    struct ActiveFault
    {
        Fault fault;
        QDeadlineTimer ends = QDeadlineTimer::Forever;
    };

    // What a one-hit fault acts on: a REST request the sandbox answers, or a webhook it posts.
    enum class FaultOn { Request, Webhook };
    // The first one-hit fault that applies, used up as its count says.
    std::optional<Fault> takeFault(const QByteArray &method, const QString &target, FaultOn on = FaultOn::Request);
    // How late the webhook the sandbox is about to post to `url` goes out; 0: at once.
    int takeWebhookDelayMs(const QString &url);
    // The outage a request runs into, if any.
    std::optional<Fault> outageFor(const QByteArray &method, const QString &target);
    // The longest ListLag that applies to a list request; 0 when none does.
    int listLagMs(const QByteArray &method, const QString &target) const;
    qint64 clockOffsetMs() const;
    void dropEndedFaults();
    void appendLog(const LoggedRequest &entry);
    void send(QTcpSocket *socket, const Sandbox::Reply &reply, bool keepAlive);

    std::unique_ptr<World> m_world;
    QList<ActiveFault> m_faults;
    QList<LoggedRequest> m_log;
    QNetworkAccessManager *m_webhooks = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Rebound::Core
