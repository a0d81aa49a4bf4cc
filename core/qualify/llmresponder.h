#pragma once

#include "../engine/responder.h"
#include "../provider/httpgateway.h"

#include <QUrl>

#include <chrono>
#include <memory>
#include <mutex>

namespace Rebound::Core {

// An optional responder backed by any OpenAI-compatible chat-completions
// endpoint. It asks for the lead card and the next message as one JSON object
// under a strict schema and checks every field before using it; on an error,
// a timeout or an answer that does not pass, that turn falls back to the
// built-in rules.
class LlmResponder final : public Responder
{
public:
    struct Options
    {
        QUrl url; // e.g. https://api.openai.com/v1/chat/completions
        QString model;
        QString apiKey; // from the credential store or REBOUND_LLM_KEY; never logged
        std::chrono::milliseconds timeout{4000};
    };

    // Why the last turn did not use the model's answer (empty when it did).
    struct Outcome
    {
        bool usedModel = false;
        QString fallbackReason;
    };

    LlmResponder(Options options, std::unique_ptr<Responder> fallback);
    ~LlmResponder() override;

    ResponderOutput respond(const ResponderInput &input) override;
    Outcome lastOutcome() const;

    // Parses and checks the model's JSON; nullopt (with the reason) when it breaks the schema.
    static std::optional<ResponderOutput> parseModelAnswer(const QByteArray &content, const ResponderInput &input,
                                                           QString *why);
    static QByteArray requestBody(const ResponderInput &input, const QString &model);

private:
    Options m_options;
    std::unique_ptr<Responder> m_fallback;
    std::unique_ptr<HttpGateway> m_gateway;
    mutable std::mutex m_mutex;
    Outcome m_last;
};

} // namespace Rebound::Core
