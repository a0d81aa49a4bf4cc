#include "sandboxworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace Rebound::Core {

using namespace Sandbox;

// The control API: no auth, loopback only; form or JSON bodies, JSON answers,
// {"error": "..."} with 400 on bad input.
//   GET    /sandbox/health     ok, account_sid, numbers, owner_cell, backup_cell, calls, messages, faults
//   POST   /sandbox/calls      from, to?, outcome?, wiring?, ring_ms?, talk_seconds?, account_sid?
//                              -> 201 {sid, status, child_sid?}
//          with wiring=dial, what the number's TwiML asks of its <Dial>s:
//            dial_action_url?       <Dial action>: requested when each <Dial> ends, with
//                                   DialCallSid, DialCallStatus, DialCallDuration, DialBridged
//                                   and the parent's CallSid, From, To, CallStatus...; absent: none
//            dial_status_callback?  <Number statusCallback>: the dialled legs' status callbacks
//                                   go there, and nowhere when absent (never to the number's
//                                   StatusCallback, which hears only the inbound parent call)
//            machine_detection?     true: AMD on the <Number>; an answered leg is in-progress
//                                   with no answered_by for amd_delay_ms (default 3000), then
//                                   "human" or "machine_start"; false: answered_by stays empty
//            legs?                  a comma list of outcomes (no-answer is missed) for numbers
//                                   dialled one after another, each its own <Dial> of ring_ms:
//                                   the owner's cell, then the backup cell; the next leg rings
//                                   only after the one before ended unanswered; absent: `outcome`
//   POST   /sandbox/messages   from, to?, body, account_sid? -> 201 {sid, status}
//   POST   /sandbox/carrier    number, forwards_to?, forward_after_ms? (4000),
//                              voicemail_after_ms? (-1), busy? (false), wiring?
//                              a number at the business's phone company: a call placed to
//                              it through Calls.json that nobody answers within
//                              forward_after_ms is forwarded to forwards_to (a number of an
//                              account); forwards_to empty: forwarding off, it rings out.
//                              voicemail_after_ms >= 0: the line's own voicemail answers
//                              then, unless the forward comes first, and hangs up 6 s
//                              later (completed); busy: the call ends busy at once.
//                              wiring (forwarded|dial), for a number of an account instead:
//                              how a call placed to it through Calls.json is handled
//                              -> 200 {number, forwards_to, forward_after_ms, voicemail_after_ms, busy}
//                              The demo's office line, demoOfficeNumber, forwards to the
//                              demo number after 4 s.
//   POST   /sandbox/handsets   number, error_code: texts to the number fail as Twilio reports
//                              it: 21614 refuses the send (not a mobile number); 30003, 30005,
//                              30006, 30007, 30034 (or any other) end undelivered with that
//                              error_code; 0: an ordinary phone again -> 200 {number, error_code}
//   GET, POST, DELETE /sandbox/faults
//                              kind, status?, retry_after?, delay_ms?, method?, path_contains?,
//                              count?, probability?, and for the kinds that last until cleared:
//                              list_lag      lag_ms: a message created through the API is
//                                            missing from Messages.json list pages (fetching
//                                            it by SID works) until lag_ms after creation;
//                                            path_contains matches the list request
//                              outage        duration_ms, status? (503): every matching REST
//                                            request is refused with a Twilio error, not
//                                            carried out, for duration_ms after the fault was
//                                            added; then the outage is gone by itself
//                              clock_offset  offset_ms (may be negative): the sandbox's clock,
//                                            for every timestamp it writes and its Date header;
//                                            a new offset replaces the one before
//                              and one that acts on what the sandbox posts, not on requests:
//                              webhook_delay delay_ms: the next `count` webhooks or status
//                                            callbacks to a URL containing path_contains go
//                                            out delay_ms late, so they may arrive out of order
//   GET, DELETE /sandbox/log   {requests: [{at, method, path, status, fault}]}, `at` by this
//                              machine's clock
//   POST   /sandbox/reset      auth_token?: a fresh world, no faults, an empty log

namespace {

Reply controlError(int status, const QString &sentence)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), sentence}});
}

// Form fields and JSON members alike, as strings; nullopt with `error` when the body is unreadable.
std::optional<QHash<QString, QString>> controlParams(const QHttpServerRequest &request, QString *error)
{
    QHash<QString, QString> out;
    for (const auto &[k, v] : parseForm(request.url().query(QUrl::FullyEncoded).toUtf8()))
        out.insert(k, v);
    const QByteArray body = request.body().trimmed();
    if (body.isEmpty())
        return out;
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).toLower();
    if (type.contains("json") || body.startsWith('{')) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("The body is not a JSON object (%1).").arg(parseError.errorString());
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                out.insert(it.key(), v.toString());
            else if (v.isDouble())
                out.insert(it.key(), QString::number(v.toDouble(), 'g', 15));
            else if (v.isBool())
                out.insert(it.key(), boolText(v.toBool()));
        }
        return out;
    }
    for (const auto &[k, v] : parseForm(body))
        out.insert(k, v);
    return out;
}

// Reads an optional integer field; false with `error` set when it is there but unreadable.
bool readInt(const QHash<QString, QString> &p, const QString &name, int min, int max, int *value, QString *error)
{
    if (!p.contains(name))
        return true;
    bool ok = false;
    const double d = p.value(name).toDouble(&ok);
    if (!ok || d < min || d > max || d != static_cast<double>(static_cast<qint64>(d))) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return false;
    }
    *value = static_cast<int>(d);
    return true;
}

QJsonObject faultToJson(const SandboxServer::Fault &f)
{
    return QJsonObject{
        {QStringLiteral("kind"), SandboxServer::Fault::kindName(f.kind)},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("retry_after"), f.retryAfterSeconds},
        {QStringLiteral("delay_ms"), f.delayMs},
        {QStringLiteral("lag_ms"), f.lagMs},
        {QStringLiteral("duration_ms"), f.durationMs},
        {QStringLiteral("offset_ms"), f.offsetMs},
        {QStringLiteral("method"), strOrNull(QString::fromLatin1(f.method))},
        {QStringLiteral("path_contains"), strOrNull(f.pathContains)},
        {QStringLiteral("count"), f.count},
        {QStringLiteral("probability"), f.probability},
    };
}

std::optional<SandboxServer::PlacedCall::Outcome> outcomeFromString(const QString &text)
{
    using O = SandboxServer::PlacedCall::Outcome;
    // "no-answer" is what a missed leg's status says, so it reads as one.
    static const QHash<QString, O> names{
        {QStringLiteral("missed"), O::Missed},     {QStringLiteral("no-answer"), O::Missed},
        {QStringLiteral("answered"), O::Answered}, {QStringLiteral("voicemail"), O::Voicemail},
        {QStringLiteral("busy"), O::Busy},         {QStringLiteral("canceled"), O::Canceled},
        {QStringLiteral("failed"), O::Failed},
    };
    const auto it = names.constFind(text.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional<O>(*it);
}

// Reads an optional true/false field (JSON booleans arrive as "true"/"false").
bool readBool(const QHash<QString, QString> &p, const QString &name, bool *value, QString *error)
{
    if (!p.contains(name))
        return true;
    const QString v = p.value(name).trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1")) {
        *value = true;
    } else if (v == QLatin1String("false") || v == QLatin1String("0")) {
        *value = false;
    } else {
        *error = QStringLiteral("%1 must be true or false.").arg(name);
        return false;
    }
    return true;
}

// Reads an optional webhook URL field: absolute http(s) with a host, as Twilio requires.
bool readUrl(const QHash<QString, QString> &p, const QString &name, QString *value, QString *error)
{
    if (!p.contains(name))
        return true;
    const QString v = p.value(name).trimmed();
    const QUrl url(v);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error = QStringLiteral("%1 must be an http or https URL, got '%2'.").arg(name, v);
        return false;
    }
    *value = v;
    return true;
}

// The call a POST /sandbox/calls describes; nullopt with `error` when a field is wrong.
std::optional<SandboxServer::PlacedCall> readPlacedCall(const QHash<QString, QString> &p,
                                                        const QList<IncomingNumber> &numbers, QString *error)
{
    using PlacedCall = SandboxServer::PlacedCall;
    PlacedCall call;
    call.from = p.value(QStringLiteral("from")).trimmed();
    call.to = p.value(QStringLiteral("to")).trimmed();
    if (!isE164(call.from)) {
        *error = QStringLiteral("'from' must be an E.164 number such as +15125550123, got '%1'.").arg(call.from);
        return std::nullopt;
    }
    const bool ours = std::any_of(numbers.cbegin(), numbers.cend(),
                                  [&call](const IncomingNumber &n) { return n.phoneNumber == call.to; });
    if (!call.to.isEmpty() && !ours) {
        *error = QStringLiteral("'to' must be one of the account's numbers, got '%1'.").arg(call.to);
        return std::nullopt;
    }
    const auto outcome = outcomeFromString(p.value(QStringLiteral("outcome"), QStringLiteral("missed")));
    if (!outcome) {
        *error = QStringLiteral("'outcome' must be one of missed, answered, voicemail, busy, canceled or failed.");
        return std::nullopt;
    }
    call.outcome = *outcome;
    const QString wiring = p.value(QStringLiteral("wiring"), QStringLiteral("forwarded")).trimmed().toLower();
    if (wiring == QLatin1String("dial")) {
        call.wiring = PlacedCall::Wiring::Dial;
    } else if (wiring != QLatin1String("forwarded")) {
        *error = QStringLiteral("'wiring' must be forwarded or dial.");
        return std::nullopt;
    }
    if (!readInt(p, QStringLiteral("ring_ms"), 0, 600000, &call.ringMs, error)
        || !readInt(p, QStringLiteral("talk_seconds"), 0, 14400, &call.talkSeconds, error)
        || !readUrl(p, QStringLiteral("dial_action_url"), &call.dialActionUrl, error)
        || !readUrl(p, QStringLiteral("dial_status_callback"), &call.dialStatusCallback, error)
        || !readBool(p, QStringLiteral("machine_detection"), &call.machineDetection, error)
        || !readInt(p, QStringLiteral("amd_delay_ms"), 0, 60000, &call.amdDelayMs, error))
        return std::nullopt;
    if (p.contains(QStringLiteral("legs"))) {
        const QStringList names = p.value(QStringLiteral("legs")).split(QLatin1Char(','));
        for (const QString &name : names) {
            const auto leg = outcomeFromString(name);
            if (!leg) {
                *error = QStringLiteral("'legs' must list outcomes separated by commas, such as no-answer,answered; "
                                        "got '%1'.")
                             .arg(name.trimmed());
                return std::nullopt;
            }
            call.legs.append(*leg);
        }
        if (call.legs.size() > 10) {
            *error = QStringLiteral("'legs' may list at most 10 outcomes.");
            return std::nullopt;
        }
    }
    static const QStringList dialOnly{QStringLiteral("dial_action_url"), QStringLiteral("dial_status_callback"),
                                      QStringLiteral("machine_detection"), QStringLiteral("amd_delay_ms"),
                                      QStringLiteral("legs")};
    for (const QString &name : dialOnly) {
        if (call.wiring != PlacedCall::Wiring::Dial && p.contains(name)) {
            *error = QStringLiteral("'%1' describes the number's <Dial>, so it needs wiring dial.").arg(name);
            return std::nullopt;
        }
    }
    return call;
}

// Reads a 64-bit whole number field (a clock offset can exceed an int's milliseconds).
bool readInt64(const QHash<QString, QString> &p, const QString &name, qint64 limit, qint64 *value, QString *error)
{
    if (!p.contains(name))
        return true;
    bool ok = false;
    const double d = p.value(name).toDouble(&ok);
    if (!ok || d < double(-limit) || d > double(limit) || d != double(qint64(d))) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3.").arg(name).arg(-limit).arg(limit);
        return false;
    }
    *value = qint64(d);
    return true;
}

// The fault a POST /sandbox/faults describes; nullopt with `error` when a field is wrong.
std::optional<SandboxServer::Fault> readFault(const QHash<QString, QString> &p, QString *error)
{
    using Fault = SandboxServer::Fault;
    Fault f;
    const auto kind = Fault::kindFromString(p.value(QStringLiteral("kind")).trimmed());
    if (!kind) {
        *error = QStringLiteral("'kind' must be one of status, drop, drop_after_processing, status_after_processing, "
                                "delay, malformed, truncated, list_lag, outage, clock_offset or webhook_delay.");
        return std::nullopt;
    }
    f.kind = *kind;
    if (f.kind == Fault::Kind::Outage)
        f.status = 503;
    constexpr qint64 yearMs = 366LL * 24 * 3600 * 1000;
    if (!readInt(p, QStringLiteral("status"), 100, 599, &f.status, error)
        || !readInt(p, QStringLiteral("retry_after"), -1, 86400, &f.retryAfterSeconds, error)
        || !readInt(p, QStringLiteral("delay_ms"), 0, 600000, &f.delayMs, error)
        || !readInt(p, QStringLiteral("lag_ms"), 1, 3600000, &f.lagMs, error)
        || !readInt(p, QStringLiteral("duration_ms"), 1, 86400000, &f.durationMs, error)
        || !readInt64(p, QStringLiteral("offset_ms"), yearMs, &f.offsetMs, error)
        || !readInt(p, QStringLiteral("count"), -1, 1000000, &f.count, error))
        return std::nullopt;
    const QList<std::pair<Fault::Kind, QString>> required{
        {Fault::Kind::ListLag, QStringLiteral("lag_ms")},
        {Fault::Kind::Outage, QStringLiteral("duration_ms")},
        {Fault::Kind::ClockOffset, QStringLiteral("offset_ms")},
        {Fault::Kind::WebhookDelay, QStringLiteral("delay_ms")},
    };
    for (const auto &[k, name] : required) {
        if (f.kind == k && !p.contains(name)) {
            *error = QStringLiteral("A %1 fault needs '%2'.").arg(Fault::kindName(k), name);
            return std::nullopt;
        }
    }
    if (f.count == 0) {
        *error = QStringLiteral("'count' must be -1 (until cleared) or at least 1.");
        return std::nullopt;
    }
    if (p.contains(QStringLiteral("probability"))) {
        bool ok = false;
        f.probability = p.value(QStringLiteral("probability")).toDouble(&ok);
        if (!ok || f.probability <= 0.0 || f.probability > 1.0) {
            *error = QStringLiteral("'probability' must be a number above 0 and at most 1.");
            return std::nullopt;
        }
    }
    f.method = p.value(QStringLiteral("method")).trimmed().toUpper().toLatin1();
    f.pathContains = p.value(QStringLiteral("path_contains"));
    return f;
}

} // namespace

void SandboxServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool keepAlive = request.value(QByteArrayLiteral("connection")).toLower() != "close";
    auto answer = [this, socket, keepAlive](const Reply &reply) { send(socket, reply, keepAlive); };

    if (!request.remoteAddress().isLoopback()) {
        answer(controlError(403, QStringLiteral("The sandbox control API only answers requests from this machine.")));
        return;
    }
    const QString path = request.url().path();
    const QString endpoint = path.mid(int(qstrlen("/sandbox/")));
    const QHttpServerRequest::Method method = request.method();
    const bool isGet = method == QHttpServerRequest::Method::Get;
    const bool isPost = method == QHttpServerRequest::Method::Post;
    const bool isDelete = method == QHttpServerRequest::Method::Delete;

    QString error;
    const auto parsed = controlParams(request, &error);
    if (!parsed) {
        answer(controlError(400, error));
        return;
    }
    const QHash<QString, QString> &p = *parsed;
    const QString accountSid = p.value(QStringLiteral("account_sid"), QString::fromLatin1(demoAccountSid));
    auto methodError = [&answer, &path] {
        answer(controlError(405, QStringLiteral("%1 does not accept this method.").arg(path)));
    };

    if (endpoint == QLatin1String("health")) {
        if (!isGet)
            return methodError();
        const World::AccountState *acc = m_world->account(QString::fromLatin1(demoAccountSid));
        QJsonArray numbers;
        if (acc) {
            for (const IncomingNumber &n : acc->data.numbers)
                numbers.append(n.phoneNumber);
        }
        answer(jsonReply(200,
                         QJsonObject{
                             {QStringLiteral("ok"), true},
                             {QStringLiteral("account_sid"), QString::fromLatin1(demoAccountSid)},
                             {QStringLiteral("numbers"), numbers},
                             {QStringLiteral("owner_cell"), QString::fromLatin1(demoOwnerCell)},
                             {QStringLiteral("backup_cell"), QString::fromLatin1(demoBackupCell)},
                             {QStringLiteral("calls"), acc ? int(acc->calls.size()) : 0},
                             {QStringLiteral("messages"), acc ? int(acc->messages.size()) : 0},
                             {QStringLiteral("faults"), int(faults().size())},
                         }));
        return;
    }

    if (endpoint == QLatin1String("calls")) {
        if (!isPost)
            return methodError();
        World::AccountState *acc = m_world->account(accountSid);
        if (!acc)
            return answer(controlError(400, QStringLiteral("There is no sandbox account %1.").arg(accountSid)));
        const auto call = readPlacedCall(p, acc->data.numbers, &error);
        if (!call)
            return answer(controlError(400, error));
        const QString sid = placeCall(*call, accountSid);
        if (sid.isEmpty())
            return answer(controlError(400, QStringLiteral("The account has no number that can take this call.")));
        QJsonObject o{{QStringLiteral("sid"), sid}};
        const Call *parent = World::call(*acc, sid);
        o.insert(QStringLiteral("status"), parent ? toString(parent->status) : QString());
        for (const Call &c : std::as_const(acc->calls)) {
            if (c.parentCallSid == sid)
                o.insert(QStringLiteral("child_sid"), c.sid);
        }
        return answer(jsonReply(201, o));
    }

    if (endpoint == QLatin1String("carrier")) {
        if (!isPost)
            return methodError();
        const QString number = p.value(QStringLiteral("number")).trimmed();
        if (!isE164(number))
            return answer(controlError(400, QStringLiteral("number must be an E.164 number, not \"%1\".").arg(number)));
        if (p.contains(QStringLiteral("wiring"))) {
            const QString wiring = p.value(QStringLiteral("wiring"));
            if (wiring != QLatin1String("forwarded") && wiring != QLatin1String("dial"))
                return answer(controlError(400, QStringLiteral("wiring takes forwarded or dial.")));
            setNumberWiring(number,
                            wiring == QLatin1String("dial") ? PlacedCall::Wiring::Dial : PlacedCall::Wiring::Forwarded);
            return answer(
                jsonReply(200, QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("wiring"), wiring}}));
        }
        CarrierLine line;
        line.number = number;
        line.forwardsTo = p.value(QStringLiteral("forwards_to")).trimmed();
        if (!line.forwardsTo.isEmpty() && !isE164(line.forwardsTo))
            return answer(controlError(
                400, QStringLiteral("forwards_to must be an E.164 number or empty, not \"%1\".").arg(line.forwardsTo)));
        if (!readInt(p, QStringLiteral("forward_after_ms"), 0, 600000, &line.forwardAfterMs, &error)
            || !readInt(p, QStringLiteral("voicemail_after_ms"), -1, 600000, &line.voicemailAfterMs, &error)
            || !readBool(p, QStringLiteral("busy"), &line.busy, &error))
            return answer(controlError(400, error));
        setCarrierLine(line);
        return answer(jsonReply(200,
                                QJsonObject{{QStringLiteral("number"), line.number},
                                            {QStringLiteral("forwards_to"), line.forwardsTo},
                                            {QStringLiteral("forward_after_ms"), line.forwardAfterMs},
                                            {QStringLiteral("voicemail_after_ms"), line.voicemailAfterMs},
                                            {QStringLiteral("busy"), line.busy}}));
    }

    if (endpoint == QLatin1String("handsets")) {
        if (!isPost)
            return methodError();
        const QString number = p.value(QStringLiteral("number")).trimmed();
        if (!isE164(number))
            return answer(controlError(400, QStringLiteral("number must be an E.164 number, not \"%1\".").arg(number)));
        int code = 0;
        if (!p.contains(QStringLiteral("error_code"))
            || !readInt(p, QStringLiteral("error_code"), 0, 99999, &code, &error))
            return answer(controlError(400, error.isEmpty() ? QStringLiteral("error_code is required.") : error));
        setHandsetError(number, code);
        return answer(
            jsonReply(200, QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("error_code"), code}}));
    }

    if (endpoint == QLatin1String("messages")) {
        if (!isPost)
            return methodError();
        World::AccountState *acc = m_world->account(accountSid);
        if (!acc)
            return answer(controlError(400, QStringLiteral("There is no sandbox account %1.").arg(accountSid)));
        const QString from = p.value(QStringLiteral("from")).trimmed();
        const QString to = p.value(QStringLiteral("to")).trimmed();
        const QString body = p.value(QStringLiteral("body"));
        if (!isE164(from))
            return answer(controlError(
                400, QStringLiteral("'from' must be an E.164 number such as +15125550123, got '%1'.").arg(from)));
        if (!to.isEmpty() && !World::number(*acc, to))
            return answer(
                controlError(400, QStringLiteral("'to' must be one of the account's numbers, got '%1'.").arg(to)));
        if (body.isEmpty())
            return answer(controlError(400, QStringLiteral("'body' must not be empty.")));
        if (body.size() > kMaxBodyLength)
            return answer(controlError(400, QStringLiteral("'body' must be at most 1600 characters.")));
        const QString sid = receiveText(from, to, body, accountSid);
        if (sid.isEmpty())
            return answer(controlError(400, QStringLiteral("The account has no number that can receive texts.")));
        return answer(jsonReply(
            201, QJsonObject{{QStringLiteral("sid"), sid}, {QStringLiteral("status"), QStringLiteral("received")}}));
    }

    if (endpoint == QLatin1String("faults")) {
        if (isDelete) {
            clearFaults();
            return answer(Reply{204, {}, {}, {}});
        }
        if (isGet) {
            QJsonArray list;
            for (const Fault &f : faults())
                list.append(faultToJson(f));
            return answer(jsonReply(200, QJsonObject{{QStringLiteral("faults"), list}}));
        }
        if (!isPost)
            return methodError();
        const auto fault = readFault(p, &error);
        if (!fault)
            return answer(controlError(400, error));
        addFault(*fault);
        // As it stands once added: the lasting kinds hold until cleared.
        return answer(jsonReply(201, faultToJson(m_faults.constLast().fault)));
    }

    if (endpoint == QLatin1String("log")) {
        if (isDelete) {
            clearRequestLog();
            return answer(Reply{204, {}, {}, {}});
        }
        if (!isGet)
            return methodError();
        QJsonArray list;
        for (const LoggedRequest &e : std::as_const(m_log)) {
            list.append(QJsonObject{
                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("method"), QString::fromLatin1(e.method)},
                {QStringLiteral("path"), e.path},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("fault"), strOrNull(e.fault)},
            });
        }
        return answer(jsonReply(200, QJsonObject{{QStringLiteral("requests"), list}}));
    }

    if (endpoint == QLatin1String("reset")) {
        if (!isPost)
            return methodError();
        resetWorld(p.value(QStringLiteral("auth_token")));
        clearFaults();
        clearRequestLog();
        return answer(Reply{204, {}, {}, {}});
    }

    answer(controlError(404, QStringLiteral("There is no sandbox endpoint %1.").arg(path)));
}

} // namespace Rebound::Core
