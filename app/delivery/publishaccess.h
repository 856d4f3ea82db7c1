#pragma once

#include "accounts/accountservice.h"
#include "delivery/publishsummary.h"
#include "platforms/registry/platformregistry.h"

#include <QHash>

// Header only: vigie_delivery does not link vigie_accounts; the CLI, the window and the tests
// (which do) take the publisher's access to accounts from here.
namespace vigie {

// The registry's word on which networks have their own scheduler (PublishAccess::schedulesNatively).
inline bool networkSchedulesNatively(Network network)
{
    return platforms::defaultCapabilities(network).testFlag(platforms::Capability::NativeScheduling);
}

// Credentials from service's keychain, adapters from the registry.
inline PublishAccess accountServiceAccess(AccountService &service)
{
    PublishAccess access;
    access.loadCredentials = [&service](const Account &account, platforms::Credentials *credentials) {
        return service.loadCredentials(account, credentials);
    };
    access.makeAdapter = [](const Account &account, const platforms::Credentials &credentials,
                            platforms::HttpTransport &http,
                            const Clock &clock) { return makeAdapter(account, credentials, http, clock); };
    access.schedulesNatively = networkSchedulesNatively;
    return access;
}

// For a job that runs in a worker thread: the credentials of these accounts are read now, in the
// calling thread (the keychain is used from the GUI thread), and handed over from memory. An
// account whose read failed gets that error; without a service every account gets noKeychain.
inline PublishAccess preloadedAccess(AccountService *service, const QList<Account> &accounts,
                                     const QString &noKeychain)
{
    QHash<Id, platforms::Credentials> credentials;
    QHash<Id, QString> problems;
    if (service) {
        for (const Account &account : accounts) {
            platforms::Credentials c;
            if (auto st = service->loadCredentials(account, &c); st)
                credentials.insert(account.id, c);
            else
                problems.insert(account.id, st.error());
        }
    }
    PublishAccess access;
    access.loadCredentials = [credentials, problems, noKeychain](const Account &account,
                                                                 platforms::Credentials *c) {
        if (credentials.contains(account.id)) {
            *c = credentials.value(account.id);
            return Status::success();
        }
        return Status::failure(problems.value(account.id, noKeychain));
    };
    access.makeAdapter = [](const Account &account, const platforms::Credentials &c,
                            platforms::HttpTransport &http,
                            const Clock &clock) { return makeAdapter(account, c, http, clock); };
    access.schedulesNatively = networkSchedulesNatively;
    return access;
}

// Stores what each account's job left (refreshed credentials, rate limit, needs reconnect).
inline void finishAccountJobs(AccountService &service, const PublishSummary &summary)
{
    for (const PublishAccountJob &job : summary.accounts) {
        if (job.ran)
            service.finishJob(job.account, job.before, job.after, job.lastOutcome);
    }
}

} // namespace vigie
