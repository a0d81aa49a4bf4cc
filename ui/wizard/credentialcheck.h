#pragma once

#include "domain/account.h"
#include "provider/providerconfig.h"
#include "provider/providererror.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace Rebound::Core {
class TwilioClient;
}

namespace Rebound::Ui {

struct SetupState;

struct CredentialCheckResult
{
    std::optional<Core::ProviderError> error; // none: the credentials work
    Core::Account account;
    QList<Core::IncomingNumber> numbers;

    bool ok() const { return !error.has_value(); }
};

// Proves a set of credentials off the UI thread: fetches the account, then
// lists its numbers, with a TwilioClient made on a worker thread. Only the
// latest check reports; starting another or destroying this cancels the rest.
class CredentialCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialCheck)

public:
    explicit CredentialCheck(QObject *parent = nullptr);
    ~CredentialCheck() override;

    void start(Core::ProviderConfig config);
    void cancel();
    bool isRunning() const { return m_running; }

    // What a failed check means, in words a business owner can act on.
    static QString message(const Core::ProviderError &error, const SetupState &state);

Q_SIGNALS:
    void finished(const Rebound::Ui::CredentialCheckResult &result);

private:
    struct Job;
    static CredentialCheckResult run(Core::TwilioClient &client);

    std::shared_ptr<Job> m_job;
    QList<QThread *> m_threads;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Rebound::Ui

Q_DECLARE_METATYPE(Rebound::Ui::CredentialCheckResult)
