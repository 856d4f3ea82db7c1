#include "platforms/bluesky/blueskyadapter.h"

#include "platforms/bluesky/blueskyviews.h"

#include <QJsonArray>

namespace vigie {
namespace platforms {
namespace bluesky {

Limits defaultLimits()
{
    Limits limits;
    limits.maxLength = 300; // app.bsky.feed.post text: maxGraphemes 300
    limits.lengthRule = LengthRule::Graphemes;
    limits.urlLength = 0; // URLs count as typed
    limits.maxMedia = 4;  // app.bsky.embed.images: maxLength 4
    // app.bsky.embed.images#image: blob maxSize 1,000,000 bytes. The PDS checks it when the post
    // is created (400 BlobTooLarge, after the upload), so Vigie refuses bigger files before.
    limits.maxImageBytes = 1'000'000;
    limits.maxVideoBytes = 0; // videos go through a separate video service: not supported
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                         QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    limits.maxAltTextLength = 2000; // what the official app allows (the lexicon sets no limit)
    limits.maxPollOptions = 0;
    return limits;
}

Capabilities capabilities()
{
    // No polls, no native scheduling. Hiding works on replies in threads the account started
    // (a threadgate's hiddenReplies); deleting on the account's own posts only. Direct messages
    // need an app password made with the "direct messages" permission.
    return Capability::Text | Capability::Media | Capability::Threads | Capability::Reply |
           Capability::HideComment | Capability::DeleteComment | Capability::DirectMessages |
           Capability::AltText | Capability::MentionSearch | Capability::PostMetrics;
}

BlueskyAdapter::BlueskyAdapter(const AdapterContext &context)
    : m_session(context.http, context.credentials, context.remoteUserId, context.handle, context.clock)
    , m_clock(context.clock)
{}

Capabilities BlueskyAdapter::capabilities() const
{
    return bluesky::capabilities();
}

Limits BlueskyAdapter::limits() const
{
    return defaultLimits();
}

Result<AccountProfile> BlueskyAdapter::signIn()
{
    using R = Result<AccountProfile>;
    // getSession through the session upkeep: with only an app password that is createSession
    // first; with stored tokens a refresh when they are due (createSession is limited to 30 per
    // 5 minutes, so a refresh is preferred), createSession again if the refresh is refused.
    const XrpcReply who = m_session.query(QStringLiteral("com.atproto.server.getSession"));
    if (!who.ok())
        return R::failure(who.outcome);
    m_session.setIdentity(who.body.value(QLatin1String("did")).toString(),
                          who.body.value(QLatin1String("handle")).toString());
    AccountProfile profile;
    profile.remoteUserId = m_session.did();
    profile.handle = m_session.handle();
    if (profile.remoteUserId.isEmpty())
        return R::failure(
            Outcome::failure(OutcomeKind::Transient, QStringLiteral("the server named no account")));
    profile.maxLength = defaultLimits().maxLength;
    // The display name lives in the AppView; a profile it has not indexed yet (a new account)
    // is no reason to refuse the sign-in.
    const XrpcReply actor = m_session.query(QStringLiteral("app.bsky.actor.getProfile"),
                                            {{QStringLiteral("actor"), profile.remoteUserId}});
    if (actor.ok())
        profile.displayName = actor.body.value(QLatin1String("displayName")).toString();
    if (profile.displayName.isEmpty())
        profile.displayName = profile.handle;
    return R::success(profile);
}

Outcome BlueskyAdapter::ensureSignedIn()
{
    const Outcome fresh = m_session.ensureFreshSession();
    if (!fresh)
        return fresh;
    if (!m_session.did().isEmpty())
        return Outcome::success();
    // Credentials stored without the DID: getSession says whose they are.
    const XrpcReply who = m_session.query(QStringLiteral("com.atproto.server.getSession"));
    if (who.ok())
        m_session.setIdentity(who.body.value(QLatin1String("did")).toString(),
                              who.body.value(QLatin1String("handle")).toString());
    if (who.ok() && m_session.did().isEmpty())
        return Outcome::failure(OutcomeKind::Transient, QStringLiteral("the server named no account"));
    return who.outcome;
}

Result<QString> BlueskyAdapter::resolveHandle(const QString &handle)
{
    const XrpcReply reply = m_session.query(QStringLiteral("com.atproto.identity.resolveHandle"),
                                            {{QStringLiteral("handle"), handle}});
    if (!reply.ok())
        return Result<QString>::failure(reply.outcome);
    const QString did = reply.body.value(QLatin1String("did")).toString();
    if (!did.startsWith(QLatin1String("did:")))
        return Result<QString>::failure(
            Outcome::failure(OutcomeKind::Permanent, QStringLiteral("no DID for ") + handle));
    return Result<QString>::success(did);
}

Result<QList<QJsonObject>> BlueskyAdapter::getPosts(const QStringList &uris)
{
    using R = Result<QList<QJsonObject>>;
    XrpcSession::Params params;
    for (const QString &uri : uris.mid(0, 25)) // getPosts takes at most 25
        params.append({QStringLiteral("uris"), uri});
    const XrpcReply reply = m_session.query(QStringLiteral("app.bsky.feed.getPosts"), params);
    if (!reply.ok())
        return R::failure(reply.outcome);
    QList<QJsonObject> posts;
    for (const QJsonValue &post : reply.body.value(QLatin1String("posts")).toArray())
        if (post.isObject())
            posts.append(post.toObject());
    return R::success(posts);
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
