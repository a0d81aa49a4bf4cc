#include "sandboxthread.h"

#include <QMetaObject>

namespace Rebound::Test {

using namespace Rebound::Core;

SandboxThread::SandboxThread(const QString &authToken)
    : m_token(authToken.isEmpty() ? QString::fromLatin1(SandboxServer::demoAuthToken) : authToken)
{
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    run([this](SandboxServer &s) {
        s.resetWorld(m_token);
        s.start();
        m_baseUrl = s.baseUrl();
    });
}

SandboxThread::~SandboxThread()
{
    m_thread.quit();
    m_thread.wait();
}

ProviderConfig SandboxThread::config() const
{
    ProviderConfig c;
    c.baseUrl = m_baseUrl;
    c.accountSid = QString::fromLatin1(SandboxServer::demoAccountSid);
    c.secret = m_token;
    c.connectTimeout = std::chrono::milliseconds(2000);
    c.requestTimeout = std::chrono::milliseconds(5000);
    c.retry.baseDelay = std::chrono::milliseconds(10);
    c.retry.maxDelay = std::chrono::milliseconds(100);
    return c;
}

void SandboxThread::run(const std::function<void(SandboxServer &)> &f)
{
    QMetaObject::invokeMethod(
        m_server, [this, &f] { f(*m_server); }, Qt::BlockingQueuedConnection);
}

QString SandboxThread::placeCall(const SandboxServer::PlacedCall &call)
{
    QString sid;
    run([&](SandboxServer &s) { sid = s.placeCall(call); });
    return sid;
}

void SandboxThread::addFault(const SandboxServer::Fault &fault)
{
    run([&](SandboxServer &s) { s.addFault(fault); });
}

QList<Message> SandboxThread::messages()
{
    QList<Message> out;
    run([&](SandboxServer &s) { out = s.messages(); });
    return out;
}

QList<Call> SandboxThread::calls()
{
    QList<Call> out;
    run([&](SandboxServer &s) { out = s.calls(); });
    return out;
}

QList<SandboxServer::LoggedRequest> SandboxThread::requestLog()
{
    QList<SandboxServer::LoggedRequest> out;
    run([&](SandboxServer &s) { out = s.requestLog(); });
    return out;
}

} // namespace Rebound::Test
