#pragma once

#include "config/secretstore.h"

#include <QHash>
#include <QTimer>

namespace Rebound::Test {

// The credential store as the app sees it, answering on the next event-loop turn like QtKeychain.
class FakeSecretStore final : public Core::SecretStore
{
public:
    bool available = true;
    QHash<QString, QString> secrets;
    int writes = 0;

    void read(const QString &key, Callback done) override
    {
        QTimer::singleShot(0, [this, key, done] {
            Result r;
            r.ok = secrets.contains(key);
            r.value = secrets.value(key);
            r.error = r.ok ? QString() : QStringLiteral("Entry not found");
            if (done)
                done(r);
        });
    }
    void write(const QString &key, const QString &secret, Callback done) override
    {
        ++writes;
        QTimer::singleShot(0, [this, key, secret, done] {
            Result r;
            if (!available) {
                r.error = QStringLiteral("No keychain service available");
            } else {
                secrets.insert(key, secret);
                r.ok = true;
            }
            if (done)
                done(r);
        });
    }
    void remove(const QString &key, Callback done) override
    {
        QTimer::singleShot(0, [this, key, done] {
            secrets.remove(key);
            if (done)
                done(Result{true, {}, {}});
        });
    }
};

} // namespace Rebound::Test
