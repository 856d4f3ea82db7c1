#pragma once

#include "accounts/accountservice.h"
#include "delivery/publishsummary.h"

// Header only: vigie_delivery does not link vigie_accounts; the CLI, the window and the tests
// (which do) take the publisher's access to accounts from here.
namespace vigie {

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
