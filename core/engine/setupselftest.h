#pragma once

#include "engineconfig.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace Rebound::Core {

class TwilioClient;

// One step of the setup self-test as it is shown: what was checked, how it went.
struct SelfTestStep
{
    enum class State { Running, Passed, Failed };
    QString id; // account, call, reached, judged, text, delivered
    State state = State::Running;
    QString text; // one or two sentences for the owner
    QJsonObject details; // SIDs, numbers, seconds: for --json and for support
};
QString toString(SelfTestStep::State state);

struct SelfTestOptions
{
    BusinessLine line; // the number Rebound watches, and how it is wired
    QString callNumber; // the number customers dial; empty: line.e164
    QString fromNumber; // a number of the account to call from; empty: line.e164
    QString ownerCell; // where the text a caller would get is sent
    TextBackRules rules;
    int ringSeconds = 45; // how long the test call may ring before it gives up
    std::chrono::milliseconds lookInterval{1000};
};

// "Test my setup": places a real call from the account to the business's
// number, lets it go unanswered, and shows step by step that the call reached
// the watched line (the carrier's forwarding works), that Rebound judges it
// missed for the right reason, and what a caller would be texted: that text
// goes to the owner's cell, never to a customer. Blocking; the call and the
// text cost what the provider charges for them.
class SetupSelfTest
{
public:
    using Report = std::function<void(const SelfTestStep &)>;

    SetupSelfTest(TwilioClient &client, SelfTestOptions options, Report report);

    // Runs the steps in order until one fails; true when all passed.
    bool run();
    // Thread-safe: the run stops at its next look, failing the step it was on.
    void cancel();

    // What running it does and costs, for the owner to agree to first.
    static QString costNotice(const SelfTestOptions &options);

private:
    QString callNumber() const;
    QString fromNumber() const;
    void running(const QString &id, const QString &text);
    bool pass(const QString &id, const QString &text, QJsonObject details = {});
    bool fail(const QString &id, const QString &text, QJsonObject details = {});
    // Sleeps one look interval; false when cancelled.
    bool pause();

    TwilioClient &m_client;
    SelfTestOptions m_options;
    Report m_report;
    std::atomic_bool m_cancelled{false};
};

} // namespace Rebound::Core
