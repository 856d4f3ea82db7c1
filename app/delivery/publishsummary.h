#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "delivery/nativeschedulesync.h"
#include "platforms/adapter.h"

#include <functional>
#include <memory>

namespace vigie {

// What became of one variant in a publishing run.
struct PublishReport
{
    Id variantId = 0;
    Id postId = 0;
    Id accountId = 0;
    QString channel;                      // "Mastodon @brand@example.org", for people
    PostState state = PostState::Unknown; // Published, Scheduled (retry later), Failed, Unconfirmed
    QString remoteId;
    QString remoteUrl;
    QString error;           // why it failed, is unconfirmed or waits, in words
    QDateTime nextAttemptAt; // Scheduled: when it will be tried again
};

// One account's part of a run: the caller stores refreshed credentials and the account's status
// (AccountService::finishJob) in its own thread.
struct PublishAccountJob
{
    Account account;
    platforms::Credentials before;
    platforms::Credentials after;
    platforms::Outcome lastOutcome; // the last network answer that was not a success, if any
    bool ran = false;               // an adapter was made and used
    NativeSyncReport native;        // what the network's own scheduler was told (if it has one)
};

struct PublishSummary
{
    QList<PublishReport> variants;
    QList<PublishAccountJob> accounts;
    QString storeError; // the run could not read or write the store

    int count(PostState state) const
    {
        return int(std::count_if(variants.cbegin(), variants.cend(),
                                 [state](const PublishReport &r) { return r.state == state; }));
    }
    // Something a person must look at: a final failure or an unconfirmed publication.
    bool needsAttention() const
    {
        return !storeError.isEmpty() || count(PostState::Failed) > 0 || count(PostState::Unconfirmed) > 0;
    }
};

// What the publisher needs from the accounts layer (AccountService and makeAdapter; see
// publishaccess.h), injected so the delivery library does not depend on the keychain.
struct PublishAccess
{
    // Called in the thread that runs the publisher (the keychain is read there).
    std::function<Status(const Account &, platforms::Credentials *)> loadCredentials;
    // Called in a worker thread, with that thread's transport.
    std::function<std::unique_ptr<platforms::Adapter>(const Account &, const platforms::Credentials &,
                                                      platforms::HttpTransport &, const Clock &)>
        makeAdapter;
    // Whether the network may have its own scheduler (Capability::NativeScheduling): only
    // those accounts get a NativeScheduleSync pass when nothing of theirs is due. Unset = every
    // network Vigie publishes to is asked (its adapter's nativeScheduler() decides).
    std::function<bool(Network)> schedulesNatively;
};

} // namespace vigie
