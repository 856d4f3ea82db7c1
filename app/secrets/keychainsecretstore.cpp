#include "secrets/secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace vigie {

namespace {

// Runs a QtKeychain job to completion in a local event loop.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext file when the keychain is missing
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainSecretStore::defaultService()
{
    const QString fromEnvironment = qEnvironmentVariable("VIGIE_KEYCHAIN_SERVICE");
    return fromEnvironment.isEmpty() ? QStringLiteral("Vigie") : fromEnvironment;
}

// Turns a QtKeychain failure into words: most often there is no keychain running at all.
static Status keychainFailure(const QKeychain::Job &job, const QString &action)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Status::failure(
            KeychainSecretStore::tr("The sign-in saved for this account is missing from the "
                                    "system keychain. Reconnect the account."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::failure(
            KeychainSecretStore::tr("The system keychain refused access (%1). Unlock it and "
                                    "try again.")
                .arg(job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return Status::failure(
            KeychainSecretStore::tr("No system keychain is available to %1 (%2). Vigie keeps "
                                    "account secrets only in the system keychain: start GNOME "
                                    "Keyring or KWallet and try again.")
                .arg(action, job.errorString()));
    }
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainFailure(job, tr("save the account's sign-in"));
    return Status::success();
}

Status KeychainSecretStore::read(const QString &key, QByteArray *secret)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainFailure(job, tr("read the account's sign-in"));
    if (secret)
        *secret = job.binaryData();
    return Status::success();
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainFailure(job, tr("remove the account's sign-in"));
    return Status::success();
}

} // namespace vigie
