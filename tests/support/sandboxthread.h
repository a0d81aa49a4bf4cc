#pragma once

#include "provider/providerconfig.h"
#include "sandbox/sandboxserver.h"

#include <QThread>

#include <functional>

namespace Rebound::Test {

// Runs a SandboxServer on its own thread, so a blocking client on the test's
// thread can talk to it, as the engine does in the app.
class SandboxThread
{
public:
    explicit SandboxThread(const QString &authToken = {});
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    // A client configuration for the demo account, with fast retries.
    Core::ProviderConfig config() const;

    // Runs `f` on the sandbox's thread and waits for it.
    void run(const std::function<void(Core::SandboxServer &)> &f);
    QString placeCall(const Core::SandboxServer::PlacedCall &call);
    void addFault(const Core::SandboxServer::Fault &fault);
    QList<Core::Message> messages();
    QList<Core::Call> calls();
    QList<Core::SandboxServer::LoggedRequest> requestLog();

private:
    QThread m_thread;
    Core::SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace Rebound::Test
