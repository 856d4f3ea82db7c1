#pragma once

#include "core/types.h"
#include "delivery/publishsummary.h"

#include <QList>
#include <QString>
#include <algorithm>

namespace vigie {
namespace collect {

// What became of one source in a collection run: a term searched on one account, a feed read,
// or the engagement of one account's published posts.
struct CollectSource
{
    enum class Kind { Search, Feed, Metrics, Account };
    enum class State { Ok, NotModified, Failed };

    Kind kind = Kind::Search;
    State state = State::Ok;
    Network network = Network::Unknown;
    Id accountId = 0; // Search, Metrics, Account
    Id queryId = 0;   // Search
    Id feedId = 0;    // Feed
    QString name;     // for people: "#doliprane on Mastodon @brand@mastodon.example", a feed's title
    QString error;    // Failed: a sentence saying what happened
    int fetched = 0;  // posts or items read (Metrics: posts whose figures were read)
    int newMentions = 0;
    int pages = 0;
};

struct CollectReport
{
    QList<CollectSource> sources;
    // One per account an adapter was made for: the caller stores refreshed credentials and the
    // account's status (needs reconnect after a 401, rate limited until…) with
    // AccountService::finishJob, in its own thread (finishAccountJobs in publishaccess.h).
    QList<PublishAccountJob> accounts;
    QString storeError; // the run could not read the store at all: nothing ran

    int newMentions() const
    {
        int n = 0;
        for (const CollectSource &s : sources)
            n += s.newMentions;
        return n;
    }
    int failures() const
    {
        return int(std::count_if(sources.cbegin(), sources.cend(), [](const CollectSource &s) {
            return s.state == CollectSource::State::Failed;
        }));
    }
    // Whether anything could run (a store that opened and at least one source that did not fail).
    bool ranAnything() const { return storeError.isEmpty() && failures() < sources.size(); }
};

} // namespace collect
} // namespace vigie
