#include "setupselftest.h"

#include "missedcalldetector.h"
#include "textbackpolicy.h"

#include "../domain/deliveryfailure.h"
#include "../domain/phonenumber.h"
#include "../provider/twilioclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>

namespace Rebound::Core {

namespace {

// What the test call does once something answers it: wait quietly, then hang up.
const QString kWaitTwiml = QStringLiteral("<Response><Pause length=\"60\"/><Hangup/></Response>");
// How long the provider's call list may lag a call that has already ended.
constexpr int kListGraceSeconds = 10;
// A ring, a voicemail greeting and a short message.
constexpr int kEndWithinSeconds = 180;
// How long the carrier has to confirm the text to the owner's cell.
constexpr int kDeliveryWithinSeconds = 30;

QString shown(const QString &e164)
{
    const PhoneNumber n = PhoneNumber::fromE164(e164);
    return n.isValid() ? n.display() : e164;
}

QString errorText(const ProviderError &error)
{
    if (error.code != 0) {
        if (const auto failure = deliveryFailure(error.code))
            return failure->reason;
    }
    return error.message;
}

// Why the test call to `call` never reached the watched `line`, from how the
// placed call ended (`outbound`, when it could be read), and what to fix.
QString notReachedText(const QString &call, const QString &line, const std::optional<Call> &outbound)
{
    const QString status = outbound ? toString(outbound->status) : QStringLiteral("unknown");
    if (call == line)
        return QCoreApplication::translate("SetupSelfTest", "The call to %1 never arrived there (it ended %2).")
            .arg(shown(line), status);
    if (!outbound || outbound->status == CallStatus::NoAnswer || !isTerminal(outbound->status))
        return QCoreApplication::translate(
                   "SetupSelfTest",
                   "The call to %1 rang unanswered but never reached %2: your phone company is not "
                   "forwarding unanswered calls from %1 to %2. Ask it to forward calls not answered "
                   "within about 20 seconds (\"forward on no answer\") to %2, then test again.")
            .arg(shown(call), shown(line));
    if (outbound->status == CallStatus::Busy)
        return QCoreApplication::translate("SetupSelfTest",
                                           "%1 was busy and the call was not forwarded to %2. Ask your phone company "
                                           "to forward busy calls to %2 as well.")
            .arg(shown(call), shown(line));
    if (outbound->status == CallStatus::Completed)
        return QCoreApplication::translate(
                   "SetupSelfTest",
                   "The call to %1 was answered, by a person or by a voicemail that picks up before the "
                   "call is forwarded, so it never reached %2. Have unanswered calls forwarded to %2 after "
                   "fewer rings than the voicemail waits, or turn that voicemail off.")
            .arg(shown(call), shown(line));
    return QCoreApplication::translate("SetupSelfTest", "The call to %1 did not go through (%2).")
        .arg(shown(call), status);
}

} // namespace

QString toString(SelfTestStep::State state)
{
    switch (state) {
    case SelfTestStep::State::Running:
        return QStringLiteral("running");
    case SelfTestStep::State::Passed:
        return QStringLiteral("passed");
    case SelfTestStep::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("running");
}

SetupSelfTest::SetupSelfTest(TwilioClient &client, SelfTestOptions options, Report report)
    : m_client(client)
    , m_options(std::move(options))
    , m_report(std::move(report))
{ }

QString SetupSelfTest::callNumber() const
{
    return m_options.callNumber.isEmpty() ? m_options.line.e164 : m_options.callNumber;
}

QString SetupSelfTest::fromNumber() const
{
    return m_options.fromNumber.isEmpty() ? m_options.line.e164 : m_options.fromNumber;
}

QString SetupSelfTest::costNotice(const SelfTestOptions &options)
{
    const QString call = options.callNumber.isEmpty() ? options.line.e164 : options.callNumber;
    const QString from = options.fromNumber.isEmpty() ? options.line.e164 : options.fromNumber;
    QString notice = QCoreApplication::translate(
                         "SetupSelfTest",
                         "The test places one real call from %1 to %2 and lets it ring unanswered for up to %3 "
                         "seconds, then sends one text to your cell, %4. Your phone provider charges for both, "
                         "usually a few cents.")
                         .arg(shown(from), shown(call))
                         .arg(options.ringSeconds)
                         .arg(shown(options.ownerCell));
    if (options.line.wiring == Wiring::Dial)
        notice += QLatin1Char(' ')
            + QCoreApplication::translate("SetupSelfTest", "Your cell will ring: let it ring out without answering.");
    else
        notice += QLatin1Char(' ')
            + QCoreApplication::translate("SetupSelfTest", "Let the office phone ring without answering.");
    return notice;
}

void SetupSelfTest::cancel()
{
    m_cancelled = true;
    m_client.cancel();
}

void SetupSelfTest::running(const QString &id, const QString &text)
{
    m_report(SelfTestStep{id, SelfTestStep::State::Running, text, {}});
}

bool SetupSelfTest::pass(const QString &id, const QString &text, QJsonObject details)
{
    m_report(SelfTestStep{id, SelfTestStep::State::Passed, text, std::move(details)});
    return true;
}

bool SetupSelfTest::fail(const QString &id, const QString &text, QJsonObject details)
{
    m_report(SelfTestStep{id, SelfTestStep::State::Failed, text, std::move(details)});
    return false;
}

bool SetupSelfTest::pause()
{
    QDeadlineTimer until(m_options.lookInterval);
    while (!until.hasExpired()) {
        if (m_cancelled)
            return false;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, until.remainingTime())));
    }
    return !m_cancelled;
}

bool SetupSelfTest::run()
{
    const QString call = callNumber();
    const QString from = fromNumber();
    const QString line = m_options.line.e164;
    if (m_options.ownerCell.isEmpty())
        return fail(QStringLiteral("account"),
                    QCoreApplication::translate("SetupSelfTest", "Set your cell number first: the test texts it."));

    // 1. The account holds the watched number and the one the call comes from.
    running(QStringLiteral("account"),
            QCoreApplication::translate("SetupSelfTest", "Checking the account and its numbers..."));
    const auto numbers = m_client.listIncomingNumbers();
    if (!numbers)
        return fail(QStringLiteral("account"),
                    QCoreApplication::translate("SetupSelfTest", "The account could not be read: %1")
                        .arg(errorText(numbers.error())));
    auto holds = [&](const QString &e164) {
        return std::any_of(numbers.value().begin(), numbers.value().end(),
                           [&](const IncomingNumber &n) { return n.phoneNumber == e164; });
    };
    if (!holds(line))
        return fail(QStringLiteral("account"),
                    QCoreApplication::translate(
                        "SetupSelfTest",
                        "The account has no number %1, so Rebound cannot watch it. Choose one of the account's "
                        "numbers in Settings.")
                        .arg(shown(line)));
    if (!holds(from))
        return fail(QStringLiteral("account"),
                    QCoreApplication::translate(
                        "SetupSelfTest", "The test call would come from %1, which is not a number of the account.")
                        .arg(shown(from)));
    pass(QStringLiteral("account"),
         QCoreApplication::translate("SetupSelfTest", "The account holds %1.").arg(shown(line)),
         {{QStringLiteral("line"), line}});

    // 2. The call. Calls already on the line from the same number are not the test's.
    running(QStringLiteral("call"), QCoreApplication::translate("SetupSelfTest", "Placing the test call..."));
    CallFilter earlier;
    earlier.to = line;
    earlier.from = from;
    earlier.startedOnOrAfter = QDateTime::currentDateTimeUtc().date().addDays(-1);
    earlier.maxPages = 1;
    const auto before = m_client.listCalls(earlier);
    if (!before)
        return fail(QStringLiteral("call"),
                    QCoreApplication::translate("SetupSelfTest", "The account's calls could not be read: %1")
                        .arg(errorText(before.error())));
    QSet<QString> known;
    for (const Call &c : before.value())
        known.insert(c.sid);
    OutgoingCall outgoing;
    outgoing.to = call;
    outgoing.from = from;
    outgoing.twiml = kWaitTwiml;
    outgoing.timeoutSeconds = m_options.ringSeconds;
    outgoing.timeLimitSeconds = 90;
    const auto placed = m_client.createCall(outgoing);
    if (!placed)
        return fail(QStringLiteral("call"),
                    QCoreApplication::translate("SetupSelfTest", "The test call could not be placed: %1")
                        .arg(errorText(placed.error())));
    QElapsedTimer sinceCall;
    sinceCall.start();
    pass(QStringLiteral("call"),
         QCoreApplication::translate("SetupSelfTest", "Calling %1 from %2. Let it ring; do not answer.")
             .arg(shown(call), shown(from)),
         {{QStringLiteral("call_sid"), placed.value().sid},
          {QStringLiteral("to"), call},
          {QStringLiteral("from"), from}});

    // 3. It reaches the watched line: the forwarding works.
    running(QStringLiteral("reached"),
            QCoreApplication::translate("SetupSelfTest", "Waiting for the call to reach %1...").arg(shown(line)));
    std::optional<Call> arrived;
    std::optional<Call> outbound;
    QDeadlineTimer giveUp{std::chrono::seconds(m_options.ringSeconds + 30)};
    std::optional<QDeadlineTimer> listGrace;
    while (!arrived) {
        if (!pause())
            return fail(QStringLiteral("reached"),
                        QCoreApplication::translate("SetupSelfTest", "The test was stopped."));
        CallFilter filter = earlier;
        const auto listed = m_client.listCalls(filter);
        if (listed) {
            for (const Call &c : listed.value()) {
                if (c.isInbound() && c.sid != placed.value().sid && !known.contains(c.sid)) {
                    arrived = c;
                    break;
                }
            }
        }
        if (arrived)
            break;
        const auto fetched = m_client.fetchCall(placed.value().sid);
        if (fetched) {
            outbound = fetched.value();
            if (isTerminal(outbound->status) && !listGrace)
                listGrace = QDeadlineTimer(std::chrono::seconds(kListGraceSeconds));
        }
        if ((listGrace && listGrace->hasExpired()) || giveUp.hasExpired())
            break;
    }
    if (!arrived) {
        const QString status = outbound ? toString(outbound->status) : QStringLiteral("unknown");
        return fail(QStringLiteral("reached"), notReachedText(call, line, outbound),
                    {{QStringLiteral("call_status"), status}});
    }
    const qint64 reachedAfter = sinceCall.elapsed() / 1000;
    QJsonObject reachedDetails{{QStringLiteral("call_sid"), arrived->sid},
                               {QStringLiteral("seconds"), double(reachedAfter)}};
    if (!arrived->forwardedFrom.isEmpty())
        reachedDetails.insert(QStringLiteral("forwarded_from"), arrived->forwardedFrom);
    pass(QStringLiteral("reached"),
         call == line ? QCoreApplication::translate("SetupSelfTest", "The call reached %1.").arg(shown(line))
                      : QCoreApplication::translate("SetupSelfTest",
                                                    "%1 forwarded the unanswered call to %2, where Rebound saw it.")
                            .arg(shown(call), shown(line)),
         reachedDetails);

    // 4. Judged as the engine judges it, once it has ended.
    running(QStringLiteral("judged"), QCoreApplication::translate("SetupSelfTest", "Waiting for the call to end..."));
    QDeadlineTimer endBy{std::chrono::seconds(kEndWithinSeconds)};
    CallVerdict verdict;
    for (;;) {
        const auto parent = m_client.fetchCall(arrived->sid);
        if (parent) {
            QList<Call> children;
            bool childrenRead = true;
            if (m_options.line.wiring == Wiring::Dial) {
                CallFilter legs;
                legs.parentCallSid = arrived->sid;
                legs.maxPages = 2;
                const auto listed = m_client.listCalls(legs);
                childrenRead = bool(listed);
                if (listed)
                    children = listed.value();
            }
            if (childrenRead)
                verdict = judgeCall(parent.value(), children, m_options.line.wiring);
        }
        if (verdict.kind != CallVerdict::Kind::NotYet)
            break;
        if (endBy.hasExpired())
            return fail(QStringLiteral("judged"),
                        QCoreApplication::translate(
                            "SetupSelfTest", "The call had not ended after three minutes, so it could not be judged."));
        if (!pause())
            return fail(QStringLiteral("judged"),
                        QCoreApplication::translate("SetupSelfTest", "The test was stopped."));
    }
    const QJsonObject verdictDetails{{QStringLiteral("detail"), verdict.detail},
                                     {QStringLiteral("wiring"), toString(m_options.line.wiring)}};
    if (verdict.kind == CallVerdict::Kind::Answered)
        return fail(QStringLiteral("judged"),
                    QCoreApplication::translate(
                        "SetupSelfTest",
                        "Rebound would not text this caller back: a person, not a voicemail, answered the call "
                        "(%1). Run the test again and let the phone ring out.")
                        .arg(verdict.detail),
                    verdictDetails);
    if (verdict.kind != CallVerdict::Kind::Missed)
        return fail(
            QStringLiteral("judged"),
            QCoreApplication::translate(
                "SetupSelfTest", "Rebound would not text this caller back: the call is not an inbound call (%1).")
                .arg(verdict.detail),
            verdictDetails);
    pass(
        QStringLiteral("judged"),
        m_options.line.wiring == Wiring::Dial
            ? QCoreApplication::translate("SetupSelfTest", "Rebound judges it missed: your phone did not pick up (%1).")
                  .arg(verdict.detail)
            : QCoreApplication::translate("SetupSelfTest",
                                          "Rebound judges it missed: a call reaches %1 only when nobody answered it.")
                  .arg(shown(line)),
        verdictDetails);

    // 5. The text a caller would get, sent to the owner's cell instead.
    running(QStringLiteral("text"),
            QCoreApplication::translate("SetupSelfTest", "Sending the text a caller would get to your cell..."));
    TextBackInput input;
    input.caller = m_options.ownerCell;
    input.now = QDateTime::currentDateTimeUtc();
    input.endedAt = input.now;
    const TextBackDecision decision = decideTextBack(input, m_options.rules);
    OutgoingMessage message;
    message.from = line;
    message.to = m_options.ownerCell;
    message.body = QCoreApplication::translate(
                       "SetupSelfTest", "Rebound setup test passed. A caller who just missed you would get: \"%1\"")
                       .arg(decision.body);
    const auto sent = m_client.createMessage(message);
    if (!sent)
        return fail(QStringLiteral("text"),
                    QCoreApplication::translate("SetupSelfTest", "The text to your cell %1 could not be sent: %2")
                        .arg(shown(m_options.ownerCell), errorText(sent.error())),
                    {{QStringLiteral("error_code"), sent.error().code}});
    pass(QStringLiteral("text"),
         QCoreApplication::translate("SetupSelfTest", "Sent to your cell %1 the text a caller would get: \"%2\"")
             .arg(shown(m_options.ownerCell), decision.body),
         {{QStringLiteral("message_sid"), sent.value().sid}, {QStringLiteral("template"), decision.templateName}});

    // 6. It arrives.
    running(QStringLiteral("delivered"),
            QCoreApplication::translate("SetupSelfTest", "Waiting for your phone company to deliver it..."));
    QDeadlineTimer deliverBy{std::chrono::seconds(kDeliveryWithinSeconds)};
    MessageStatus status = sent.value().status;
    for (;;) {
        if (!pause())
            return fail(QStringLiteral("delivered"),
                        QCoreApplication::translate("SetupSelfTest", "The test was stopped."));
        const auto fetched = m_client.fetchMessage(sent.value().sid);
        if (fetched) {
            status = fetched.value().status;
            if (status == MessageStatus::Delivered)
                return pass(QStringLiteral("delivered"),
                            QCoreApplication::translate("SetupSelfTest", "Your cell received it. Everything works."),
                            {{QStringLiteral("status"), toString(status)}});
            if (status == MessageStatus::Undelivered || status == MessageStatus::Failed) {
                const int code = fetched.value().errorCode.value_or(0);
                const auto failure = deliveryFailure(code);
                QString text = QCoreApplication::translate("SetupSelfTest", "The text did not reach your cell: %1")
                                   .arg(failure ? failure->reason : fetched.value().errorMessage);
                if (failure && failure->registrationProblem)
                    text += QLatin1Char(' ')
                        + QCoreApplication::translate("SetupSelfTest",
                                                      "Until then callers do not get their text-backs either.");
                return fail(QStringLiteral("delivered"), text,
                            {{QStringLiteral("status"), toString(status)}, {QStringLiteral("error_code"), code}});
            }
        }
        if (deliverBy.hasExpired())
            return pass(QStringLiteral("delivered"),
                        QCoreApplication::translate(
                            "SetupSelfTest",
                            "Your phone company accepted the text (%1) but has not confirmed delivery yet; check "
                            "your cell.")
                            .arg(toString(status)),
                        {{QStringLiteral("status"), toString(status)}});
    }
}

} // namespace Rebound::Core
