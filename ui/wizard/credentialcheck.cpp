#include "credentialcheck.h"

#include "setupstate.h"

#include "provider/twilioclient.h"

#include <QThread>

#include <mutex>

namespace Rebound::Ui {

using Core::ProviderError;

// Shared by the UI thread (to cancel) and one worker (which owns the client).
struct CredentialCheck::Job
{
    std::mutex mutex;
    Core::TwilioClient *client = nullptr;
    bool cancelled = false;
};

CredentialCheck::CredentialCheck(QObject *parent)
    : QObject(parent)
{ }

CredentialCheck::~CredentialCheck()
{
    cancel();
    // The workers post results to this object, so it must outlive them.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void CredentialCheck::start(Core::ProviderConfig config)
{
    cancel();
    const int generation = ++m_generation;
    m_running = true;
    // A person is waiting: fail fast and let them press Check again rather
    // than sit through the engine's long backoff.
    config.connectTimeout = std::chrono::milliseconds(5000);
    config.requestTimeout = std::chrono::milliseconds(15000);
    config.retry.maxAttempts = 2;
    config.retry.maxDelay = std::chrono::milliseconds(1000);
    auto job = std::make_shared<Job>();
    m_job = job;
    QThread *thread = QThread::create([this, job, config, generation] {
        Core::TwilioClient client(config);
        {
            std::lock_guard lock(job->mutex);
            if (job->cancelled)
                return;
            job->client = &client;
        }
        CredentialCheckResult result = run(client);
        {
            std::lock_guard lock(job->mutex);
            job->client = nullptr;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation != m_generation)
                    return;
                m_running = false;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("credential-check"));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void CredentialCheck::cancel()
{
    if (m_job) {
        std::lock_guard lock(m_job->mutex);
        m_job->cancelled = true;
        if (m_job->client)
            m_job->client->cancel();
    }
    m_job.reset();
    ++m_generation; // whatever the cancelled worker posts is ignored
    m_running = false;
}

CredentialCheckResult CredentialCheck::run(Core::TwilioClient &client)
{
    CredentialCheckResult result;
    auto account = client.fetchAccount();
    if (!account) {
        result.error = account.error();
        return result;
    }
    result.account = account.value();
    // Twilio answers the account fetch of a suspended account with 200 and
    // its status; only the other resources refuse it (20005).
    const QString status = result.account.status;
    if (!status.isEmpty() && !result.account.isActive()) {
        result.error = ProviderError{ProviderError::Kind::AccountInactive, 200, 0, status, {}, 1};
        return result;
    }
    auto numbers = client.listIncomingNumbers(10);
    if (!numbers) {
        result.error = numbers.error();
        return result;
    }
    result.numbers = numbers.value();
    return result;
}

QString CredentialCheck::message(const ProviderError &error, const SetupState &state)
{
    const QString provider = state.providerName();
    const QString console = state.consoleName();
    switch (error.kind) {
    case ProviderError::Kind::Authentication:
        // Twilio answers 20003 for a wrong SID and a wrong token alike, so the
        // message cannot say which; it says so instead of guessing.
        if (state.provider == SetupState::Provider::SignalWire)
            return tr("The Project ID and API token don't match. Check both in %1 (API section). SignalWire gives "
                      "the same answer for either mistake, so it can't tell which one is off.")
                .arg(console);
        if (state.useApiKey)
            return tr("The API key SID and secret don't match this account. Check that the key belongs to the "
                      "Account SID above and hasn't been deleted (%1, API keys). Twilio gives the same answer for "
                      "each of these mistakes, so it can't tell which one is off.")
                .arg(console);
        return tr("The Account SID and Auth Token don't match. Check both in %1 (Account Info on the dashboard). "
                  "Twilio gives the same answer for a wrong SID and a wrong token, so it can't tell which one is off.")
            .arg(console);
    case ProviderError::Kind::AccountInactive:
        return tr("This account is suspended or closed, so it can't send texts. Sign in to %1 to see why and "
                  "reactivate it, or use another account.")
            .arg(console);
    case ProviderError::Kind::Network:
    case ProviderError::Kind::Timeout:
        return tr("Can't reach %1. Check your internet connection (and any proxy or firewall), then try again.")
            .arg(provider);
    case ProviderError::Kind::Tls:
        return tr("Can't verify the secure connection to %1: its certificate wasn't accepted. This happens on "
                  "networks that inspect web traffic or when this computer's date is wrong. Nothing was sent.")
            .arg(provider);
    case ProviderError::Kind::NotFound:
        if (state.provider == SetupState::Provider::SignalWire)
            return tr("No project with this ID in that Space. Check the Space name and the Project ID.");
        return tr("No account with this SID. Check the Account SID in %1.").arg(console);
    case ProviderError::Kind::RateLimited:
        return tr("%1 is getting too many requests from this account right now. Wait a minute, then check again.")
            .arg(provider);
    case ProviderError::Kind::Server:
        return tr("%1 had a problem answering (HTTP %2). Try again in a few minutes.")
            .arg(provider)
            .arg(error.httpStatus);
    case ProviderError::Kind::Malformed:
        return tr("The answer from %1 wasn't what a Twilio-compatible service sends. Check the server address.")
            .arg(provider);
    case ProviderError::Kind::InvalidArgument:
        return tr("This server address can't be used: %1").arg(error.message);
    case ProviderError::Kind::Cancelled:
        return tr("The check was stopped.");
    case ProviderError::Kind::Rejected:
    case ProviderError::Kind::OutcomeUnknown:
        break;
    }
    return error.describe();
}

} // namespace Rebound::Ui
