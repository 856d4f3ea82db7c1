#pragma once

// The collector's working state for one run (private to app/collect).
#include "collect/listeningcollector.h"
#include "collect/mentionbuilder.h"
#include "platforms/adapter.h"

#include <map>
#include <memory>

namespace vigie {
namespace collect {

// One account's adapter for the whole run (searches, then metrics), with what its job leaves.
struct ListeningCollector::AccountSession
{
    Account account;
    platforms::Credentials before;
    std::unique_ptr<platforms::HttpTransport> http;
    std::unique_ptr<platforms::Adapter> adapter; // null when the account cannot be used
    platforms::Outcome lastFailure;              // the last answer that was not a success
    bool stopped = false;                        // refused (401) or rate limited: no more requests

    bool usable() const { return adapter != nullptr; }
    void fail(const platforms::Outcome &outcome)
    {
        lastFailure = outcome;
        // A refused sign-in stays refused and a rate limit holds until its reset: asking again
        // in this run would only be refused again.
        if (outcome.kind == platforms::OutcomeKind::AuthExpired ||
            outcome.kind == platforms::OutcomeKind::RateLimited)
            stopped = true;
    }
};

struct ListeningCollector::Run
{
    Id workspaceId = 0;
    Options options;
    QDateTime now;
    QList<Product> products;
    const classify::Classifier &classifier;
    const QueryMatcher &matcher;
    MentionBuilder builder;
    CollectReport report;
    std::map<Id, std::unique_ptr<AccountSession>> sessions; // by account id, in id order
};

} // namespace collect
} // namespace vigie
