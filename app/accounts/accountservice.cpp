#include "accounts/accountservice.h"

#include "platforms/registry/platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QJsonObject>
#include <QUuid>

namespace vigie {

using namespace platforms;

namespace {
QString normalizedServer(const QString &url)
{
    QString s = url.trimmed();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    if (!s.isEmpty() && !s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("https://"));
    return s;
}
} // namespace

std::unique_ptr<Adapter> makeAdapter(const Account &account, const Credentials &credentials,
                                     HttpTransport &http, const Clock &clock)
{
    http.setBaseUrl(QUrl(account.baseUrl));
    return createAdapter(account.network,
                         AdapterContext{http, credentials, account.remoteUserId, account.handle, clock});
}

AccountService::AccountService(Database &db, SecretStore &secrets, const Clock &clock)
    : m_db(db)
    , m_secrets(secrets)
    , m_clock(clock)
{}

Status AccountService::signIn(Network network, const QString &handle, const Credentials &credentials,
                              HttpTransport &http, const Clock &clock, AccountProfile *profile,
                              Credentials *signedIn)
{
    if (!hasAdapter(network))
        return Status::failure(
            tr("Vigie cannot connect to %1 accounts yet.").arg(networkDisplayName(network)));
    if (credentials.isEmpty())
        return Status::failure(tr("Enter the access token or app password first."));
    auto adapter = createAdapter(network, AdapterContext{http, credentials, {}, handle, clock});
    const auto result = adapter->signIn();
    if (!result.ok())
        return Status::failure(
            tr("%1 refused to connect: %2").arg(networkDisplayName(network), result.outcome.describe()));
    *profile = result.value;
    *signedIn = credentials.updatedWith(adapter->credentials());
    return Status::success();
}

Status AccountService::connect(const AccountDraft &draft, HttpTransport &http, Account *connected)
{
    Verified verified;
    if (auto st = verify(draft, http, &verified, m_clock); !st)
        return st;
    return store(draft, verified, connected);
}

Status AccountService::verify(const AccountDraft &draft, HttpTransport &http, Verified *verified,
                              const Clock &clock)
{
    const QString server = normalizedServer(draft.serverUrl);
    const QUrl serverUrl(server);
    if (server.isEmpty() || !serverUrl.isValid() || serverUrl.host().isEmpty())
        return Status::failure(tr("Enter the server address, for example https://mastodon.social."));
    http.setBaseUrl(serverUrl);
    verified->serverUrl = server;
    return signIn(draft.network, draft.handle.trimmed(), draft.credentials, http, clock, &verified->profile,
                  &verified->credentials);
}

Status AccountService::store(const AccountDraft &draft, const Verified &verified, Account *connected)
{
    const AccountProfile &profile = verified.profile;
    const Credentials &credentials = verified.credentials;
    const QString server = verified.serverUrl;
    Account account;
    account.workspaceId = draft.workspaceId;
    account.brandId = draft.brandId;
    account.network = draft.network;
    account.handle = profile.handle.isEmpty() ? draft.handle.trimmed() : profile.handle;
    account.displayName = profile.displayName;
    account.baseUrl = server;
    account.isPublic = draft.isPublic;
    account.remoteUserId = profile.remoteUserId;
    account.maxLength = profile.maxLength;
    account.status = AccountStatus::Connected;
    account.secretKey = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // The row and the secret land together: the transaction commits only after the keychain
    // took the secret, and the secret is removed again if the commit fails.
    Transaction tx(m_db);
    WorkspaceRepository repo(m_db, m_clock);
    if (auto st = repo.addAccount(account); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(account.workspaceId, QStringLiteral("vigie"),
                               QStringLiteral("account.connected"), QStringLiteral("account"), account.id,
                               {{QStringLiteral("network"), networkKey(account.network)},
                                {QStringLiteral("handle"), account.handle}},
                               m_clock.now());
        !st)
        return st;
    if (auto st = m_secrets.write(account.secretKey, credentials.toJson()); !st)
        return st;
    if (auto st = tx.commit(); !st) {
        m_secrets.remove(account.secretKey);
        return st;
    }
    if (connected)
        *connected = account;
    return Status::success();
}

Status AccountService::reconnect(Id accountId, const Credentials &newCredentials, HttpTransport &http)
{
    WorkspaceRepository repo(m_db, m_clock);
    auto account = repo.account(accountId);
    if (!account)
        return Status::failure(tr("There is no account %1.").arg(accountId));
    http.setBaseUrl(QUrl(account->baseUrl));
    Verified verified;
    verified.serverUrl = account->baseUrl;
    if (auto st = signIn(account->network, account->handle, newCredentials, http, m_clock, &verified.profile,
                         &verified.credentials);
        !st)
        return st;
    return storeReconnected(accountId, verified);
}

Status AccountService::storeReconnected(Id accountId, const Verified &verified)
{
    WorkspaceRepository repo(m_db, m_clock);
    auto account = repo.account(accountId);
    if (!account)
        return Status::failure(tr("There is no account %1.").arg(accountId));
    const AccountProfile &profile = verified.profile;
    if (!account->remoteUserId.isEmpty() && !profile.remoteUserId.isEmpty() &&
        account->remoteUserId != profile.remoteUserId)
        return Status::failure(
            tr("These credentials belong to %1, not to %2. Use them to connect %1 as a new account instead.")
                .arg(profile.handle, account->handle));
    if (account->secretKey.isEmpty())
        account->secretKey = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto st = m_secrets.write(account->secretKey, verified.credentials.toJson()); !st)
        return st;
    account->displayName = profile.displayName.isEmpty() ? account->displayName : profile.displayName;
    account->remoteUserId = profile.remoteUserId.isEmpty() ? account->remoteUserId : profile.remoteUserId;
    account->maxLength = profile.maxLength > 0 ? profile.maxLength : account->maxLength;
    Transaction tx(m_db);
    if (auto st = repo.updateAccountProfile(*account); !st)
        return st;
    if (auto st = repo.updateAccountStatus(accountId, AccountStatus::Connected); !st)
        return st;
    return tx.commit();
}

Status AccountService::remove(Id accountId)
{
    WorkspaceRepository repo(m_db, m_clock);
    const auto account = repo.account(accountId);
    if (!account)
        return Status::failure(tr("There is no account %1.").arg(accountId));
    // The secret goes first: an account row without its secret only asks to reconnect, a
    // secret without its row would stay in the keychain forever.
    if (!account->secretKey.isEmpty())
        if (auto st = m_secrets.remove(account->secretKey); !st)
            return st;
    Transaction tx(m_db);
    if (auto st = repo.removeAccount(accountId); !st)
        return st;
    AuditLog audit(m_db);
    if (auto st = audit.append(account->workspaceId, QStringLiteral("vigie"),
                               QStringLiteral("account.removed"), QStringLiteral("account"), accountId,
                               {{QStringLiteral("network"), networkKey(account->network)},
                                {QStringLiteral("handle"), account->handle}},
                               m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status AccountService::loadCredentials(const Account &account, Credentials *credentials)
{
    if (account.secretKey.isEmpty())
        return Status::failure(
            tr("%1 has no saved sign-in. Reconnect it in Tools › Accounts.").arg(account.handle));
    QByteArray json;
    if (auto st = m_secrets.read(account.secretKey, &json); !st)
        return st;
    *credentials = Credentials::fromJson(json);
    if (credentials->isEmpty())
        return Status::failure(tr("The sign-in saved for %1 is unreadable. Reconnect it in Tools › Accounts.")
                                   .arg(account.handle));
    return Status::success();
}

Status AccountService::finishJob(const Account &account, const Credentials &before, const Credentials &after,
                                 const Outcome &outcome)
{
    const Credentials merged = before.updatedWith(after);
    if (merged != before)
        if (auto st = m_secrets.write(account.secretKey, merged.toJson()); !st)
            return st;
    return recordOutcome(account, outcome);
}

Status AccountService::recordOutcome(const Account &account, const Outcome &outcome)
{
    WorkspaceRepository repo(m_db, m_clock);
    switch (outcome.kind) {
    case OutcomeKind::Ok:
        if (account.status == AccountStatus::Connected && account.statusDetail.isEmpty())
            return Status::success();
        return repo.updateAccountStatus(account.id, AccountStatus::Connected);
    case OutcomeKind::AuthExpired:
        return repo.updateAccountStatus(account.id, AccountStatus::NeedsReconnect, {}, outcome.describe());
    case OutcomeKind::RateLimited:
        return repo.updateAccountStatus(account.id, AccountStatus::RateLimited, outcome.retryAt,
                                        outcome.describe());
    case OutcomeKind::Validation:
    case OutcomeKind::Transient:
    case OutcomeKind::Permanent:
    case OutcomeKind::Unconfirmed:
        // About one request, not about the account: its status stays as it was.
        return Status::success();
    }
    return Status::success();
}

} // namespace vigie
