#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>
#include <memory>

namespace vigie {

class Database;
class SecretStore;

// What a person enters to connect an account.
struct AccountDraft
{
    Id workspaceId = 0;
    Id brandId = 0;
    Network network = Network::Unknown;
    QString serverUrl; // Mastodon instance, Bluesky PDS (https://bsky.social)…
    QString handle;    // Bluesky needs it to sign in; Mastodon learns it from the token
    // The network's id for the account when the person gives it (LinkedIn organization number,
    // Facebook Page id, Instagram account id); empty = the adapter finds it from the token.
    QString remoteUserId;
    platforms::Credentials credentials;
    bool isPublic = true;
};

// Connects, reconnects and removes accounts, and keeps their secrets in the keychain and their
// status in the store. The rules that protect a person's accounts live here, whatever calls:
//   - an account is stored only once the network accepted its sign-in AND the keychain took the
//     secret; otherwise nothing is stored;
//   - only a definite authentication failure marks an account "needs reconnect": a timeout, a
//     5xx or a rate limit never does;
//   - refreshed credentials are merged (an empty refresh token never replaces a stored one).
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Database &db, SecretStore &secrets, const Clock &clock = SystemClock::instance());

    // Signs in through http (base URL = draft.serverUrl) and stores the account and its secret:
    // verify() then store(). The window runs verify() in a worker thread and store() in its own.
    Status connect(const AccountDraft &draft, platforms::HttpTransport &http, Account *connected);

    // The network part of connect(): no store, no keychain, safe in any thread.
    struct Verified
    {
        platforms::AccountProfile profile;
        platforms::Credentials credentials; // as signed in (a session may have been opened)
        QString serverUrl;                  // normalised
    };
    static Status verify(const AccountDraft &draft, platforms::HttpTransport &http, Verified *verified,
                         const Clock &clock = SystemClock::instance());
    // The store part: the account row and its keychain entry, both or neither.
    Status store(const AccountDraft &draft, const Verified &verified, Account *connected);
    // New credentials for an existing account (after "needs reconnect"): signs in, then replaces them.
    Status reconnect(Id accountId, const platforms::Credentials &credentials, platforms::HttpTransport &http);
    // The store part of reconnect(), for credentials verify() accepted (with the account's
    // network, server and handle) in a worker thread: refused when they belong to someone else.
    Status storeReconnected(Id accountId, const Verified &verified);
    // Deletes the keychain entry, then the account with its inbox.
    Status remove(Id accountId);

    // A manual channel (a community without API: Viadeo, Sermo…): nothing to sign in to and no
    // secret, so only the account row (network Manual, connected) and its audit entry, both or
    // neither. channel gives workspace, brand, name (handle), web address and audience; its id is set.
    static Status addManualChannel(Database &db, const Clock &clock, const QString &actor, Account *channel);
    // A community's web address as typed ("www.sermo.com" → "https://www.sermo.com"); empty when
    // the text is empty or not an http(s) address with a host.
    static QString communityAddress(const QString &typed);

    // The account's credentials from the keychain.
    Status loadCredentials(const Account &account, platforms::Credentials *credentials);
    // After a job: keeps refreshed credentials (after = what the adapter held at the end) and
    // records what the outcome says about the account.
    Status finishJob(const Account &account, const platforms::Credentials &before,
                     const platforms::Credentials &after, const platforms::Outcome &outcome);
    Status recordOutcome(const Account &account, const platforms::Outcome &outcome);

    // Accounts of the workspace whose access token stops working within `days` of now (or has
    // already), and that cannot renew it alone: the person must reconnect them (LinkedIn's
    // 60-day tokens). accounts.token_expires_at is stored for every network whose credentials
    // carry an expiry (connect, reconnect, and after each job that refreshed them); an account
    // whose credentials hold a refresh token (X's 2-hour tokens) refreshes silently and is never
    // listed, nor one whose credentials cannot be read (its jobs report that themselves).
    // Soonest first.
    QList<Account> accountsNeedingReconnectSoon(Id workspaceId, const QDateTime &now, int days = 14);
    // One sentence for the accounts dialog or a banner: "The LinkedIn token for Hélianthe expires
    // in 9 days: reconnect the account before 5 December." (dates in local time).
    static QString reconnectWarning(const Account &account, const QDateTime &now);

private:
    static Status signIn(Network network, const QString &handle, const QString &remoteUserId,
                         const platforms::Credentials &credentials, platforms::HttpTransport &http,
                         const Clock &clock, platforms::AccountProfile *profile,
                         platforms::Credentials *signedIn);

    Database &m_db;
    SecretStore &m_secrets;
    const Clock &m_clock;
};

// An adapter for one account's job, on the given transport (whose base URL is set to the
// account's server). nullptr when Vigie cannot talk to that network.
std::unique_ptr<platforms::Adapter> makeAdapter(const Account &account,
                                                const platforms::Credentials &credentials,
                                                platforms::HttpTransport &http,
                                                const Clock &clock = SystemClock::instance());

} // namespace vigie
