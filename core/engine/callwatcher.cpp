#include "callwatcher.h"

#include "missedcallhandler.h"

#include "../store/callrepository.h"
#include "../store/decisionrepository.h"

#include <QSet>

namespace Rebound::Core {

namespace {
// A ring, a voicemail greeting and a message fit well within this; a call still
// going after it is a conversation, and the polls see it end.
constexpr qint64 kFollowForSecs = 180;

// Call legs as the webhook describes them (form fields, not the REST JSON).
Call callFromParams(const QHash<QString, QString> &p, const QDateTime &providerNow)
{
    Call c;
    c.sid = p.value(QStringLiteral("CallSid"));
    c.parentCallSid = p.value(QStringLiteral("ParentCallSid"));
    c.accountSid = p.value(QStringLiteral("AccountSid"));
    c.from = p.value(QStringLiteral("From"));
    c.to = p.value(QStringLiteral("To"));
    c.direction = p.value(QStringLiteral("Direction"));
    c.answeredBy = p.value(QStringLiteral("AnsweredBy"));
    c.status = callStatusFromString(p.value(QStringLiteral("CallStatus")));
    const QString duration = p.value(QStringLiteral("CallDuration"));
    c.durationSeconds = duration.isEmpty() ? -1 : duration.toInt();
    if (isTerminal(c.status)) {
        const QDateTime stamp = QDateTime::fromString(p.value(QStringLiteral("Timestamp")), Qt::RFC2822Date);
        c.endTime = stamp.isValid() ? stamp.toUTC() : providerNow;
    }
    return c;
}
} // namespace

CallWatcher::CallWatcher(EngineContext &context, MissedCallHandler &missed)
    : m_ctx(context)
    , m_missed(missed)
{ }

bool CallWatcher::poll(const BusinessLine &line)
{
    CallRepository calls(m_ctx.db);
    const bool first = m_ctx.importingHistory;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallFilter filter;
    filter.to = line.e164;
    // StartTime filters are whole UTC days: yesterday too, so calls across midnight are seen.
    filter.startedOnOrAfter = m_ctx.providerNow().date().addDays(first ? -m_ctx.config.historyDays : -1);
    filter.pageSize = 50;
    filter.maxPages = first ? 40 : 20;
    QSet<QString> seen;
    const auto listed = m_ctx.client.listCalls(filter, [&](const QList<Call> &page) {
        bool news = false;
        for (const Call &call : page) {
            seen.insert(call.sid);
            const auto stored = calls.find(call.sid);
            if (!stored || stored->call.status != call.status || stored->call.answeredBy != call.answeredBy) {
                calls.upsert(call, line.e164, now);
                news = true;
            }
        }
        // Newest first: a page with nothing new or changed means the rest is known.
        return news;
    });
    if (!listed) {
        m_ctx.providerError(QStringLiteral("list_calls"), listed.error());
        return false;
    }
    for (const StoredCall &pending : calls.pending(line.e164))
        refreshAndJudge(line, pending, seen.contains(pending.call.sid) ? Fetch::No : Fetch::Reporting);
    return true;
}

QList<StoredCall> CallWatcher::callsToFollow(const BusinessLine &line)
{
    CallRepository calls(m_ctx.db);
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-kFollowForSecs);
    QList<StoredCall> out;
    for (const StoredCall &pending : calls.pending(line.e164)) {
        if (!isTerminal(pending.call.status) && pending.firstSeenAt >= since)
            out.append(pending);
    }
    return out;
}

bool CallWatcher::hasCallsToFollow(const BusinessLine &line)
{
    return !callsToFollow(line).isEmpty();
}

bool CallWatcher::follow(const BusinessLine &line)
{
    for (const StoredCall &pending : callsToFollow(line))
        refreshAndJudge(line, pending, Fetch::Quietly);
    return hasCallsToFollow(line);
}

bool CallWatcher::listChildLegs(const BusinessLine &line, const QString &parentSid)
{
    CallRepository calls(m_ctx.db);
    CallFilter children;
    children.parentCallSid = parentSid;
    children.maxPages = 2;
    const auto legs = m_ctx.client.listCalls(children);
    if (!legs) {
        m_ctx.providerError(QStringLiteral("list_child_calls"), legs.error());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Call &leg : legs.value())
        calls.upsert(leg, line.e164, now);
    return true;
}

void CallWatcher::refreshAndJudge(const BusinessLine &line, const StoredCall &pending, Fetch fetch)
{
    CallRepository calls(m_ctx.db);
    // A call still ringing at an earlier poll may have dropped off the pages read
    // since; ask for it by SID so it cannot be lost.
    if (fetch != Fetch::No && !isTerminal(pending.call.status)) {
        const auto fresh = m_ctx.client.fetchCall(pending.call.sid);
        if (fresh)
            calls.upsert(fresh.value(), line.e164, QDateTime::currentDateTimeUtc());
        else if (fetch == Fetch::Quietly)
            return;
        else if (fresh.error().kind != ProviderError::Kind::NotFound)
            m_ctx.providerError(QStringLiteral("fetch_call"), fresh.error());
    }
    // The number's own callbacks and list pages say nothing of the <Dial>
    // legs: they are listed by parent before the call is judged.
    if (line.wiring == Wiring::Dial && !listChildLegs(line, pending.call.sid))
        return;
    judge(line, pending.call.sid);
}

void CallWatcher::judge(const BusinessLine &line, const QString &parentSid)
{
    CallRepository calls(m_ctx.db);
    const auto parent = calls.find(parentSid);
    if (!parent || parent->outcome != CallOutcome::Pending)
        return;
    const CallVerdict verdict = judgeCall(parent->call, calls.children(parentSid), line.wiring);
    switch (verdict.kind) {
    case CallVerdict::Kind::NotYet:
        return;
    case CallVerdict::Kind::NotInbound:
        calls.setOutcome(parentSid, CallOutcome::Ignored);
        return;
    case CallVerdict::Kind::Answered: {
        Transaction tx(m_ctx.db);
        DecisionRepository decisions(m_ctx.db);
        bool inserted = false;
        decisions.record(
            Decision{
                parentSid, Decision::Action::Skip, QStringLiteral("answered"), {}, QDateTime::currentDateTimeUtc()},
            &inserted);
        calls.setOutcome(parentSid, CallOutcome::Answered);
        tx.commit();
        return;
    }
    case CallVerdict::Kind::Missed:
        m_missed.act(line, *parent, verdict.detail);
        return;
    }
}

void CallWatcher::handleWebhook(const QHash<QString, QString> &params)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallRepository calls(m_ctx.db);
    Call leg = callFromParams(params, m_ctx.providerNow());
    if (leg.sid.isEmpty())
        return;
    if (!m_ctx.config.provider.accountSid.isEmpty() && !leg.accountSid.isEmpty()
        && leg.accountSid != m_ctx.config.provider.accountSid)
        return; // another account's callback sent here by mistake

    const QString parentSid = leg.parentCallSid.isEmpty() ? leg.sid : leg.parentCallSid;
    std::optional<Call> child;
    const QString dialStatus = params.value(QStringLiteral("DialCallStatus"));
    if (!dialStatus.isEmpty() && leg.parentCallSid.isEmpty()) {
        // A <Dial action> request pointed here by the business's own TwiML:
        // CallSid is the parent; the dialled leg's result rides along.
        Call c;
        c.sid = params.value(QStringLiteral("DialCallSid"));
        c.parentCallSid = leg.sid;
        c.direction = QStringLiteral("outbound-dial");
        c.from = leg.to;
        c.status = dialStatus == QLatin1String("answered") ? CallStatus::Completed : callStatusFromString(dialStatus);
        c.answeredBy = params.value(QStringLiteral("AnsweredBy"));
        c.endTime = m_ctx.providerNow();
        if (!c.sid.isEmpty())
            child = c;
        // The action request itself says nothing final about the parent.
        leg.status = CallStatus::InProgress;
        leg.endTime = QDateTime();
    } else if (!leg.parentCallSid.isEmpty()) {
        child = leg; // a <Number statusCallback> pointed here
    }

    const std::optional<StoredCall> parent = calls.find(parentSid);
    // A parent leg (or the <Dial> action, which names the parent) was made to one of our lines.
    const BusinessLine *line = leg.parentCallSid.isEmpty() ? m_ctx.lineFor(leg.to) : nullptr;
    if (!line && parent)
        line = m_ctx.lineFor(parent->businessNumber);
    if (!line) {
        // A child leg whose parent we have not seen yet: ask the provider for it.
        const auto fetched = m_ctx.client.fetchCall(parentSid);
        if (!fetched) {
            m_ctx.providerError(QStringLiteral("fetch_call"), fetched.error());
            return;
        }
        line = m_ctx.lineFor(fetched.value().to);
        if (!line)
            return;
        calls.upsert(fetched.value(), line->e164, now);
    }
    if (leg.parentCallSid.isEmpty())
        calls.upsert(leg, line->e164, now);
    if (child)
        calls.upsert(*child, line->e164, now);
    const auto stored = calls.find(parentSid);
    if (!stored || stored->outcome != CallOutcome::Pending)
        return;
    refreshAndJudge(*line, *stored, Fetch::No);
}

} // namespace Rebound::Core
