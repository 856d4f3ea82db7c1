#include "accounts/accountservice.h"

#include "platforms/registry/platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrl>
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

Status AccountService::signIn(Network network, const QString &handle, const QString &remoteUserId,
                              const Credentials &credentials, HttpTransport &http, const Clock &clock,
                              AccountProfile *profile, Credentials *signedIn)
{
    if (!hasAdapter(network))
        return Status::failure(
            tr("Vigie cannot connect to %1 accounts yet.").arg(networkDisplayName(network)));
    if (credentials.isEmpty())
        return Status::failure(tr("Enter the access token or app password first."));
    auto adapter = createAdapter(network, AdapterContext{http, credentials, remoteUserId, handle, clock});
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
    return signIn(draft.network, draft.handle.trimmed(), draft.remoteUserId.trimmed(), draft.credentials,
                  http, clock, &verified->profile, &verified->credentials);
}

QString AccountService::communityAddress(const QString &typed)
{
    QString s = typed.trimmed();
    if (s.isEmpty())
        return s;
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("https://"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return s;
}

Status AccountService::addManualChannel(Database &db, const Clock &clock, const QString &actor,
                                        Account *channel)
{
    Account account = *channel;
    account.network = Network::Manual;
    account.displayName = account.handle;
    account.status = AccountStatus::Connected;
    account.secretKey.clear(); // nothing to keep in the keychain
    Transaction tx(db);
    if (auto st = WorkspaceRepository(db, clock).addAccount(account); !st)
        return st;
    if (auto st =
            AuditLog(db).append(account.workspaceId, actor.isEmpty() ? QStringLiteral("vigie") : actor,
                                QStringLiteral("account.connected"), QStringLiteral("account"), account.id,
                                {{QStringLiteral("network"), networkKey(account.network)},
                                 {QStringLiteral("handle"), account.handle}},
                                clock.now());
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    *channel = account;
    return Status::success();
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
    account.tokenExpiresAt = credentials.accessExpiresAt;
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
    if (auto st = signIn(account->network, account->handle, account->remoteUserId, newCredentials, http,
                         m_clock, &verified.profile, &verified.credentials);
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
    if (auto st = repo.updateAccountTokenExpiry(accountId, verified.credentials.accessExpiresAt); !st)
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
    // The expiry follows the token the keychain now holds (seconds: what the store keeps).
    const auto seconds = [](const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : qint64(-1); };
    if (seconds(merged.accessExpiresAt) != seconds(account.tokenExpiresAt))
        if (auto st = WorkspaceRepository(m_db, m_clock)
                          .updateAccountTokenExpiry(account.id, merged.accessExpiresAt);
            !st)
            return st;
    return recordOutcome(account, outcome);
}

QList<Account> AccountService::accountsNeedingReconnectSoon(Id workspaceId, const QDateTime &now, int days)
{
    QList<Account> result;
    const QDateTime limit = now.addDays(days);
    for (const Account &account : WorkspaceRepository(m_db, m_clock).accounts(workspaceId)) {
        if (!account.tokenExpiresAt.isValid() || account.tokenExpiresAt > limit)
            continue;
        // A refresh token renews the access token without the person (X): no warning. Read
        // only for the accounts near their expiry, so the keychain is asked little.
        Credentials credentials;
        if (!loadCredentials(account, &credentials) || !credentials.refreshToken.isEmpty())
            continue;
        result.append(account);
    }
    std::sort(result.begin(), result.end(),
              [](const Account &a, const Account &b) { return a.tokenExpiresAt < b.tokenExpiresAt; });
    return result;
}

QString AccountService::reconnectWarning(const Account &account, const QDateTime &now)
{
    const QString network = networkDisplayName(account.network);
    const QString who = account.displayName.isEmpty() ? account.handle : account.displayName;
    const QDate day = account.tokenExpiresAt.toLocalTime().date();
    const QString date =
        QLocale().toString(day, tr("d MMMM", "date format of a token expiry, e.g. 5 December"));
    if (account.tokenExpiresAt <= now)
        return tr("The %1 token for %2 expired on %3: reconnect the account to publish again.")
            .arg(network, who, date);
    // Days as on the person's calendar, as the accounts list counts them: a token expiring
    // tomorrow morning expires "in 1 day".
    const int daysLeft = int(now.toLocalTime().date().daysTo(day));
    if (daysLeft < 1)
        return tr("The %1 token for %2 expires today: reconnect the account now.").arg(network, who);
    return tr("The %1 token for %2 expires in %n day(s): reconnect the account before %3.", nullptr, daysLeft)
        .arg(network, who, date);
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
