#pragma once

#include "core/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigie {

// Where account secrets (tokens, app passwords) live. The only implementation Vigie ships is
// the system keychain: there is deliberately no file or database fallback.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    // Fails when the entry is missing or the keychain cannot be reached, with a message that says which.
    virtual Status read(const QString &key, QByteArray *secret) = 0;
    // Succeeds when the entry is gone afterwards (including when there was none).
    virtual Status remove(const QString &key) = 0;
};

// The system keychain through QtKeychain (Secret Service on Linux: GNOME Keyring, KWallet).
// Blocking: each call waits for its job in a local event loop.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // service groups Vigie's entries in the keychain; VIGIE_KEYCHAIN_SERVICE overrides the default
    // ("Vigie") so tests never touch a person's real entries.
    explicit KeychainSecretStore(QString service = defaultService());
    static QString defaultService();

    Status write(const QString &key, const QByteArray &secret) override;
    Status read(const QString &key, QByteArray *secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace vigie
