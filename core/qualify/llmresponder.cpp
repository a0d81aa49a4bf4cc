#include "llmresponder.h"

#include "servicevocabulary.h"

#include "../domain/smssegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLlm, "rebound.llm", QtInfoMsg)

namespace Rebound::Core {

namespace {

const char *const kInstructions =
    R"(You are the office manager of a small home-service business (trade given below), texting with someone whose call the business missed.
Read the conversation and the caller's newest message, then reply with ONE JSON object and nothing else:
{"kind": "lead"|"existing_customer"|"vendor"|"spam"|"wrong_number"|"opt_out",
 "name": string or null, "service": a service key of the trade, "other", or null,
 "urgency": "emergency"|"soon"|"flexible"|"unknown",
 "address": string or null, "score": "hot"|"warm"|"cold",
 "preferred_time": string or null, "questions": [strings],
 "language": "en"|"es",
 "answer": string or null, "asks": "name"|"service"|"urgency"|"address"|"none",
 "owner_should_call": true|false}
Rules: ask only for what is still missing, the most useful first (the job, then how soon, then the name, then the address); never ask again for something given; answer in the caller's language; at most 300 characters; never invent prices, times or promises beyond the business profile; emergencies (damage happening now, unsafe, no heat in freezing weather) get "owner_should_call": true and a promise that the owner will call right away; vendors, spam and wrong numbers get at most one polite close; opt-outs get "answer": null. Score: hot = a lead with a service and urgency emergency or soon; warm = other leads; cold = everything else or a lead that no longer needs the job.)";

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject cardJson(const LeadCard &c)
{
    return QJsonObject{
        {QStringLiteral("kind"), toString(c.kind)},       {QStringLiteral("name"), nullable(c.name)},
        {QStringLiteral("service"), nullable(c.service)}, {QStringLiteral("urgency"), toString(c.urgency)},
        {QStringLiteral("address"), nullable(c.address)}, {QStringLiteral("score"), toString(c.score)},
        {QStringLiteral("language"), c.language}};
}

QStringList servicesOf(const QString &trade)
{
    QStringList out;
    for (const ServiceVocabulary::Key &k : ServiceVocabulary::keys()) {
        if (k.trade == trade)
            out.append(k.key);
    }
    return out;
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

std::optional<QString> optionalString(const QJsonObject &o, const char *key, QString *why, qsizetype maxLength = 200)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return QString();
    if (!v.isString()) {
        *why = QStringLiteral("\"%1\" is not a string").arg(QLatin1String(key));
        return std::nullopt;
    }
    return v.toString().trimmed().left(maxLength);
}

} // namespace

LlmResponder::LlmResponder(Options options, std::unique_ptr<Responder> fallback)
    : m_options(std::move(options))
    , m_fallback(std::move(fallback))
{
    HttpGateway::Options gateway;
    gateway.connectTimeout = std::min(m_options.timeout, std::chrono::milliseconds(3000));
    gateway.requestTimeout = m_options.timeout;
    m_gateway = std::make_unique<HttpGateway>(gateway);
}

LlmResponder::~LlmResponder() = default;

LlmResponder::Outcome LlmResponder::lastOutcome() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

QByteArray LlmResponder::requestBody(const ResponderInput &input, const QString &model)
{
    QJsonArray history;
    for (const ConversationTurn &t : input.history) {
        history.append(QJsonObject{
            {QStringLiteral("from"),
             t.from == ConversationTurn::From::Caller ? QStringLiteral("caller") : QStringLiteral("business")},
            {QStringLiteral("text"), t.body}});
    }
    const BusinessProfile &b = input.business;
    const QJsonObject context{
        {QStringLiteral("business"),
         QJsonObject{{QStringLiteral("name"), b.name},
                     {QStringLiteral("trade"), b.trade},
                     {QStringLiteral("services"), QJsonArray::fromStringList(servicesOf(b.trade))},
                     {QStringLiteral("hours"), b.hours},
                     {QStringLiteral("service_area"), b.serviceArea},
                     {QStringLiteral("licensing"), b.licensing},
                     {QStringLiteral("emergency_policy"), b.emergencyPolicy},
                     {QStringLiteral("pricing_policy"), b.pricingPolicy},
                     {QStringLiteral("owner_first_name"), b.ownerFirstName}}},
        {QStringLiteral("card_so_far"), cardJson(input.card)},
        {QStringLiteral("conversation"), history},
        {QStringLiteral("new_message"), input.reply},
    };
    const QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), QString::fromUtf8(kInstructions)}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact))}}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<ResponderOutput> LlmResponder::parseModelAnswer(const QByteArray &content, const ResponderInput &input,
                                                              QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
    if (!doc.isObject()) {
        *why = QStringLiteral("not a JSON object (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const QString urgency = o.value(QStringLiteral("urgency")).toString();
    const QString score = o.value(QStringLiteral("score")).toString();
    const QString asks = o.value(QStringLiteral("asks")).toString(QStringLiteral("none"));
    const QString language = o.value(QStringLiteral("language")).toString(input.card.language);
    if (!oneOf(kind, {"lead", "existing_customer", "vendor", "spam", "wrong_number", "opt_out"})) {
        *why = QStringLiteral("unknown kind \"%1\"").arg(kind);
        return std::nullopt;
    }
    if (!oneOf(urgency, {"emergency", "soon", "flexible", "unknown"}) || !oneOf(score, {"hot", "warm", "cold"})
        || !oneOf(asks, {"name", "service", "urgency", "address", "none"}) || !oneOf(language, {"en", "es"})) {
        *why = QStringLiteral("a field is outside its allowed values");
        return std::nullopt;
    }
    const auto name = optionalString(o, "name", why);
    const auto service = optionalString(o, "service", why);
    const auto address = optionalString(o, "address", why);
    const auto preferred = optionalString(o, "preferred_time", why);
    // The answer is checked whole below, never cut to fit.
    const auto answer = optionalString(o, "answer", why, 1600);
    if (!name || !service || !address || !preferred || !answer)
        return std::nullopt;
    if (!service->isEmpty() && *service != QLatin1String("other")
        && !servicesOf(input.business.trade).contains(*service)) {
        *why = QStringLiteral("service \"%1\" is not one of the trade's").arg(*service);
        return std::nullopt;
    }

    ResponderOutput out;
    out.card = input.card;
    out.card.kind = leadKindFromString(kind);
    out.card.urgency = urgencyFromString(urgency);
    out.card.score = scoreFromString(score);
    out.card.language = language;
    // What the model leaves out keeps what the card already knew.
    if (!name->isEmpty())
        out.card.name = *name;
    if (!service->isEmpty())
        out.card.service = *service;
    if (!address->isEmpty())
        out.card.address = *address;
    if (!preferred->isEmpty())
        out.card.preferredTime = *preferred;
    const QJsonArray questions = o.value(QStringLiteral("questions")).toArray();
    for (const QJsonValue &q : questions) {
        if (q.isString() && !q.toString().trimmed().isEmpty() && !out.card.questions.contains(q.toString().trimmed()))
            out.card.questions.append(q.toString().trimmed().left(200));
    }
    if (out.card.kind != LeadCard::Kind::Lead && out.card.kind != LeadCard::Kind::ExistingCustomer)
        out.card.score = LeadCard::Score::Cold;
    out.asks = asks;
    out.ownerShouldCall = o.value(QStringLiteral("owner_should_call")).toBool(false);
    if (out.card.kind == LeadCard::Kind::OptOut) {
        out.asks = QStringLiteral("none");
        return out; // nothing goes to someone who asked to stop
    }
    if (!answer->isEmpty()) {
        if (SmsSegments::measure(*answer).segments > 2) {
            *why = QStringLiteral("the answer is longer than two text segments");
            return std::nullopt;
        }
        out.answer = *answer;
    } else {
        out.asks = QStringLiteral("none");
    }
    return out;
}

ResponderOutput LlmResponder::respond(const ResponderInput &input)
{
    auto fallBack = [&](const QString &reason) {
        qCInfo(lcLlm) << "using the built-in rules for this turn:" << reason;
        {
            std::lock_guard lock(m_mutex);
            m_last = Outcome{false, reason};
        }
        return m_fallback->respond(input);
    };
    HttpRequest request;
    request.method = "POST";
    request.url = m_options.url;
    request.contentType = "application/json";
    request.headers.append({"Authorization", "Bearer " + m_options.apiKey.toUtf8()});
    request.body = requestBody(input, m_options.model);
    request.mustNotRepeat = true;
    const HttpOutcome outcome = m_gateway->perform(request);
    if (const auto *t = std::get_if<TransportError>(&outcome))
        return fallBack(QStringLiteral("the model did not answer (%1)").arg(t->message));
    const HttpResponse &response = std::get<HttpResponse>(outcome);
    if (response.status != 200)
        return fallBack(QStringLiteral("the model endpoint answered HTTP %1").arg(response.status));
    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    const QJsonArray choices = reply.value(QStringLiteral("choices")).toArray();
    const QString content = choices.isEmpty() ? QString()
                                              : choices.at(0)
                                                    .toObject()
                                                    .value(QStringLiteral("message"))
                                                    .toObject()
                                                    .value(QStringLiteral("content"))
                                                    .toString();
    QString why;
    const auto parsed = parseModelAnswer(content.toUtf8(), input, &why);
    if (!parsed)
        return fallBack(QStringLiteral("the model's answer was refused: %1").arg(why));
    std::lock_guard lock(m_mutex);
    m_last = Outcome{true, {}};
    return *parsed;
}

} // namespace Rebound::Core
