#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace Rebound::Ui {

namespace {
QString explain(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate(
            "KeychainSecretStore",
            "No credential store is available on this computer (on Linux: a Secret Service such as GNOME Keyring "
            "or KWallet), so the token cannot be kept safely.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("KeychainSecretStore", "Access to the credential store was refused.");
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("KeychainSecretStore", "No saved token was found for this account.");
    default:
        return job.errorString();
    }
}

template<typename JobType, typename Setup>
void run(const QString &key, const Core::SecretStore::Callback &done, Setup setup,
         std::function<void(JobType &, Core::SecretStore::Result &)> onSuccess)
{
    auto *job = new JobType(QString::fromLatin1(KeychainSecretStore::serviceName));
    job->setAutoDelete(true);
    // Never fall back to an unencrypted file: that is what the store is for.
    job->setInsecureFallback(false);
    job->setKey(key);
    setup(*job);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, onSuccess](QKeychain::Job *finished) {
        Core::SecretStore::Result result;
        auto &typed = static_cast<JobType &>(*finished);
        if (finished->error() == QKeychain::NoError) {
            result.ok = true;
            if (onSuccess)
                onSuccess(typed, result);
        } else {
            result.error = explain(*finished);
        }
        if (done)
            done(result);
    });
    job->start();
}
} // namespace

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run<QKeychain::ReadPasswordJob>(
        key, done, [](QKeychain::ReadPasswordJob &) {},
        [](QKeychain::ReadPasswordJob &job, Result &result) { result.value = job.textData(); });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    run<QKeychain::WritePasswordJob>(key, done, [secret](QKeychain::WritePasswordJob &job) { job.setTextData(secret); },
                                     {});
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run<QKeychain::DeletePasswordJob>(key, done, [](QKeychain::DeletePasswordJob &) {}, {});
}

} // namespace Rebound::Ui
