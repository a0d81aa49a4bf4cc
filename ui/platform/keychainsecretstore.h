#pragma once

#include "config/secretstore.h"

namespace Rebound::Ui {

// Secrets in the operating system's credential store (Windows Credential
// Manager, macOS Keychain, the Secret Service on Linux) through QtKeychain.
// There is no plain-text fallback: without a store, writes fail and say why.
class KeychainSecretStore final : public Core::SecretStore
{
public:
    static constexpr auto serviceName = "Rebound";

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
};

} // namespace Rebound::Ui
