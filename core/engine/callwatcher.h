#pragma once

#include "enginecontext.h"

#include <QHash>
#include <QString>

namespace Rebound::Core {

class MissedCallHandler;
struct StoredCall;

// Finds out what happened to each inbound call on the business's lines, by
// polling the provider's call list and from call-status webhooks, and hands
// every call it judges missed to the MissedCallHandler, once.
class CallWatcher
{
public:
    CallWatcher(EngineContext &context, MissedCallHandler &missed);

    // Reads the line's calls newest first, page by page, until a page holds
    // nothing new or changed; then judges every call still pending. False
    // when the provider could not be read.
    bool poll(const BusinessLine &line);
    void handleWebhook(const QHash<QString, QString> &params);
    // Fetches each call on the line still ringing or in progress by SID and
    // judges it; true when one is still going.
    bool follow(const BusinessLine &line);
    // Whether a call on the line is ringing or in progress, first seen
    // recently enough to be followed (a long answered call is left to the polls).
    bool hasCallsToFollow(const BusinessLine &line);

private:
    QList<StoredCall> callsToFollow(const BusinessLine &line);
    // How a pending call is looked up by SID before it is judged: not at all
    // (the list or a webhook just told), reporting a failure, or quietly when
    // the next look comes half a second later and the polls report an outage.
    enum class Fetch { No, Reporting, Quietly };
    // Brings a pending call up to date (by SID when asked; its <Dial> legs for
    // a dial-wired line) and judges it.
    void refreshAndJudge(const BusinessLine &line, const StoredCall &pending, Fetch fetch);
    bool listChildLegs(const BusinessLine &line, const QString &parentSid);
    void judge(const BusinessLine &line, const QString &parentSid);

    EngineContext &m_ctx;
    MissedCallHandler &m_missed;
};

} // namespace Rebound::Core
