#include "collect/mentionbuilder.h"

namespace vigie {
namespace collect {

MentionBuilder::MentionBuilder(Id workspaceId, const classify::Classifier &classifier,
                               const QueryMatcher &matcher, const Clock &clock)
    : m_workspaceId(workspaceId)
    , m_classifier(classifier)
    , m_matcher(matcher)
    , m_clock(clock)
{}

bool MentionBuilder::read(const QString &text, Id preferredQueryId, Mention &mention,
                          classify::Classification *classification) const
{
    *classification = m_classifier.classify(text);
    const QueryMatch match = m_matcher.match(text, *classification, preferredQueryId);
    if (!match.matched())
        return false;
    mention.workspaceId = m_workspaceId;
    mention.brandId = match.brandId;
    mention.otherBrandIds = match.otherBrandIds;
    mention.matchedTerms = match.matchedTerms;
    for (const Id productId : classification->productIds)
        if (productId > 0 && !mention.productIds.contains(productId))
            mention.productIds << productId;
    mention.productId = mention.productIds.value(0);
    mention.sentiment = classification->sentiment;
    mention.adverseEvent = classification->adverseEvent;
    mention.evidence = classification->evidence;
    mention.language = classification->language;
    mention.receivedAt = m_clock.now();
    return true;
}

std::optional<Mention> MentionBuilder::fromPost(const platforms::RemoteMessage &post, Network network,
                                                const QString &source, Id preferredQueryId) const
{
    if (post.remoteId.isEmpty() || post.fromAccount)
        return std::nullopt; // the brand's own posts are not what people say about it
    Mention m;
    classify::Classification classification;
    if (!read(post.text, preferredQueryId, m, &classification))
        return std::nullopt;
    m.network = network;
    m.source = source;
    m.remoteId = post.remoteId;
    m.author = post.author.handle;
    m.authorName = post.author.displayName;
    m.body = post.text;
    // What the author's app declared wins over a guess, as in the inbox.
    if (!post.language.isEmpty())
        m.language = post.language;
    m.url = post.url;
    m.reach = post.author.followers;
    m.createdAt = post.createdAt.isValid() ? post.createdAt : m.receivedAt;
    return m;
}

std::optional<Mention> MentionBuilder::fromFeedItem(const feeds::FeedItem &item, const QString &source) const
{
    const QString remoteId = item.id.isEmpty() ? item.link : item.id;
    if (remoteId.isEmpty())
        return std::nullopt;
    // The title is read with the summary (a headline often names the product alone); the body
    // keeps the summary, and evidence found in it is moved to its offsets there.
    const QString body = item.summary.isEmpty() ? item.title : item.summary;
    const QString prefix =
        item.summary.isEmpty() || item.title.isEmpty() ? QString() : item.title + QStringLiteral("\n\n");
    Mention m;
    classify::Classification classification;
    if (!read(prefix + body, 0, m, &classification))
        return std::nullopt;
    m.evidence.clear();
    for (EvidenceSpan span : std::as_const(classification.evidence)) {
        if (span.start < prefix.size())
            continue;
        span.start -= int(prefix.size());
        m.evidence << span;
    }
    m.network = Network::Feed;
    m.source = source;
    m.remoteId = remoteId;
    m.author = item.author;
    m.authorName = item.author;
    m.title = item.title;
    m.body = body;
    if (!item.language.isEmpty())
        m.language = item.language.left(2).toLower();
    m.url = item.link;
    m.createdAt = item.published.isValid() ? item.published.toUTC() : m.receivedAt;
    return m;
}

} // namespace collect
} // namespace vigie
