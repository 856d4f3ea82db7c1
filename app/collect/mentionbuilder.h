#pragma once

#include "classify/classifier.h"
#include "collect/querymatcher.h"
#include "core/clock.h"
#include "feeds/feed.h"
#include "platforms/remotetypes.h"

#include <optional>

namespace vigie {
namespace collect {

// Turns what a network or a feed handed over into a Mention: matched against every query
// (brand, other brands, terms), read by the classifier (products, adverse event with its
// evidence, sentiment, language). nullopt when no query matches: it is not about our brands.
class MentionBuilder
{
public:
    MentionBuilder(Id workspaceId, const classify::Classifier &classifier, const QueryMatcher &matcher,
                   const Clock &clock);

    // source: "#tag" or the search terms that found the post; preferredQueryId: their query.
    std::optional<Mention> fromPost(const platforms::RemoteMessage &post, Network network,
                                    const QString &source, Id preferredQueryId) const;
    // source: the feed's title. An item without a date is dated when it was read.
    std::optional<Mention> fromFeedItem(const feeds::FeedItem &item, const QString &source) const;

private:
    // Fills everything the text decides; false when no query matches.
    bool read(const QString &text, Id preferredQueryId, Mention &mention,
              classify::Classification *classification) const;

    Id m_workspaceId;
    const classify::Classifier &m_classifier;
    const QueryMatcher &m_matcher;
    const Clock &m_clock;
};

} // namespace collect
} // namespace vigie
