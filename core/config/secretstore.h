#pragma once

#include <QString>

#include <functional>

namespace Rebound::Core {

// Where secrets (the provider auth token, an LLM key) live: the OS credential
// store in the app (QtKeychain), an in-memory fake in tests. Never settings
// files, the database or logs. Calls complete asynchronously on the caller's
// thread's event loop.
class SecretStore
{
public:
    struct Result
    {
        bool ok = false;
        QString value; // the secret, for reads
        QString error; // one sentence when !ok (e.g. no credential store on this system)
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    // The key the provider's auth token (or API key secret) is stored under, per account.
    static QString providerSecretKey(const QString &accountSid) { return QStringLiteral("provider/") + accountSid; }
    // The account's auth token when the provider secret is an API key's: Twilio
    // signs webhooks with the auth token only.
    static QString webhookSigningKey(const QString &accountSid)
    {
        return QStringLiteral("webhook-signing/") + accountSid;
    }
};

} // namespace Rebound::Core
