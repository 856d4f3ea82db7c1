// Hiding replies on Bluesky. There is no "hide" call: the author of a thread's root post keeps
// an app.bsky.feed.threadgate record in its own repository, under the root post's record key,
// whose hiddenReplies (at most 50 at:// URIs) the AppView leaves out of the thread for everyone
// but their authors. Hiding a reply reads that record (getRecord; 400 RecordNotFound = none),
// adds the reply's URI and writes it back with putRecord, swapping on the CID it read so that
// a change made meanwhile (another client, another Vigie) is never overwritten.
//
// "allow" is copied as it was: absent means anyone may reply, an empty list means nobody may,
// so a gate created here to hide a reply must not carry one.
#include "platforms/bluesky/blueskyadapter.h"

#include <QJsonArray>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

const QString kThreadgateCollection = QStringLiteral("app.bsky.feed.threadgate");
constexpr int kMaxHiddenReplies = 50; // app.bsky.feed.threadgate: hiddenReplies maxLength

} // namespace

XrpcReply BlueskyAdapter::addHiddenReply(const AtUri &root, const QString &replyUri)
{
    const XrpcReply existing = m_session.query(QStringLiteral("com.atproto.repo.getRecord"),
                                               {{QStringLiteral("repo"), did()},
                                                {QStringLiteral("collection"), kThreadgateCollection},
                                                {QStringLiteral("rkey"), root.rkey}});
    const bool found = existing.ok();
    if (!found && existing.error != QLatin1String("RecordNotFound"))
        return existing;

    QJsonObject gate = found ? existing.body.value(QLatin1String("value")).toObject() : QJsonObject();
    gate.insert(QStringLiteral("$type"), kThreadgateCollection);
    if (!gate.contains(QLatin1String("post")))
        gate.insert(QStringLiteral("post"), root.toString());
    if (!gate.contains(QLatin1String("createdAt")))
        gate.insert(QStringLiteral("createdAt"), m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    QJsonArray hidden = gate.value(QLatin1String("hiddenReplies")).toArray();
    if (hidden.contains(replyUri)) {
        XrpcReply already;
        return already; // hidden already: nothing to write
    }
    if (hidden.size() >= kMaxHiddenReplies) {
        XrpcReply full;
        full.outcome = Outcome::validation(
            QStringLiteral("hiddenReplies"),
            tr("Bluesky hides at most %1 replies in one thread; this thread has reached it.")
                .arg(kMaxHiddenReplies),
            0);
        return full;
    }
    hidden.append(replyUri);
    gate.insert(QStringLiteral("hiddenReplies"), hidden);

    QJsonObject input{{QStringLiteral("repo"), did()},
                      {QStringLiteral("collection"), kThreadgateCollection},
                      {QStringLiteral("rkey"), root.rkey},
                      {QStringLiteral("record"), gate}};
    const QString cid = existing.body.value(QLatin1String("cid")).toString();
    if (found && !cid.isEmpty())
        input.insert(QStringLiteral("swapRecord"), cid);
    return m_session.procedure(QStringLiteral("com.atproto.repo.putRecord"), input);
}

Outcome BlueskyAdapter::hideComment(const QString &remoteId)
{
    const auto reply = AtUri::parse(remoteId);
    if (!reply || reply->collection != kPostCollection)
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("Bluesky hides replies to posts only, not direct messages."));
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return signedIn;

    // The thread's root, as the reply's own record names it.
    const auto posts = getPosts({remoteId});
    if (!posts.ok())
        return posts.outcome;
    QString rootUri;
    bool seen = false;
    for (const QJsonObject &post : posts.value) {
        if (post.value(QLatin1String("uri")).toString() != remoteId)
            continue;
        seen = true;
        rootUri = post.value(QLatin1String("record"))
                      .toObject()
                      .value(QLatin1String("reply"))
                      .toObject()
                      .value(QLatin1String("root"))
                      .toObject()
                      .value(QLatin1String("uri"))
                      .toString();
    }
    if (!seen)
        return Outcome::failure(OutcomeKind::Permanent, tr("This reply no longer exists on Bluesky."));
    const auto root = AtUri::parse(rootUri);
    if (!root)
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("Bluesky hides replies only: this post starts a thread of its own."));
    if (root->repo != did())
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("Bluesky lets an account hide replies only in threads it started."));

    XrpcReply written = addHiddenReply(*root, remoteId);
    // Someone changed the gate between the read and the write: read it again, once.
    if (written.error == QLatin1String("InvalidSwap"))
        written = addHiddenReply(*root, remoteId);
    return written.outcome;
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
