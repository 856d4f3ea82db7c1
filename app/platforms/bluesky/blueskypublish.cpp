// Publishing: one app.bsky.feed.post record per post, written with com.atproto.repo.createRecord
// under a record key derived from the idempotency key, so that no retry can make a second post.
#include "platforms/bluesky/blueskyadapter.h"

#include "platforms/mediafile.h"

#include "platforms/bluesky/blueskyviews.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

Outcome invalid(const QString &field, const QString &why)
{
    return Outcome::validation(field, why, 0); // 0: Vigie refused it, the server never saw it
}

QJsonObject strongRef(const QJsonObject &object)
{
    return QJsonObject{{QStringLiteral("uri"), object.value(QLatin1String("uri"))},
                       {QStringLiteral("cid"), object.value(QLatin1String("cid"))}};
}

bool isStrongRef(const QJsonObject &object)
{
    return !object.value(QLatin1String("uri")).toString().isEmpty() &&
           !object.value(QLatin1String("cid")).toString().isEmpty();
}

} // namespace

Outcome BlueskyAdapter::validatePost(const OutgoingPost &post) const
{
    const Limits limits = defaultLimits();
    if (post.text.trimmed().isEmpty() && post.media.isEmpty())
        return invalid(QStringLiteral("text"), tr("A Bluesky post needs text or an image."));
    const int length = countLength(post.text);
    if (length > limits.maxLength)
        return invalid(
            QStringLiteral("text"),
            tr("The text has %1 characters; Bluesky takes at most %2.").arg(length).arg(limits.maxLength));
    if (post.text.toUtf8().size() > 3000) // the lexicon's other bound: 3,000 UTF-8 bytes
        return invalid(QStringLiteral("text"), tr("The text is too long for Bluesky."));
    if (!post.pollOptions.isEmpty())
        return invalid(QStringLiteral("poll"), tr("Bluesky has no polls."));
    if (post.media.size() > limits.maxMedia)
        return invalid(QStringLiteral("media"),
                       tr("Bluesky takes at most %1 images per post.").arg(limits.maxMedia));
    for (const MediaAttachment &media : post.media) {
        const QFileInfo info(media.filePath);
        if (!info.isFile() || !info.isReadable())
            return invalid(QStringLiteral("media"), tr("Cannot read the image %1.").arg(info.fileName()));
        if (info.size() > limits.maxImageBytes)
            return invalid(QStringLiteral("media"),
                           tr("The image %1 is %2 bytes; Bluesky takes images of at most %3 "
                              "bytes.")
                               .arg(info.fileName())
                               .arg(info.size())
                               .arg(limits.maxImageBytes));
        const QString mime = mediaMimeType(media);
        if (!limits.mediaTypes.contains(mime))
            return invalid(QStringLiteral("media"),
                           tr("Bluesky does not take %1 files (%2).").arg(mime, info.fileName()));
    }
    return Outcome::success();
}

Result<PublishedPost> BlueskyAdapter::publish(const OutgoingPost &post)
{
    using R = Result<PublishedPost>;
    // Everything Vigie can check is checked before the first request: nothing is uploaded
    // for a post that cannot be published.
    if (const Outcome valid = validatePost(post); !valid)
        return R::failure(valid);
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return R::failure(signedIn);

    const QString rkey = tidFromIdempotencyKey(post.idempotencyKey, m_clock);
    const QDateTime createdAt = m_clock.now().toUTC();
    QJsonObject record{{QStringLiteral("$type"), kPostCollection},
                       {QStringLiteral("text"), post.text},
                       {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)}};
    if (!post.language.isEmpty())
        record.insert(QStringLiteral("langs"), QJsonArray{post.language});
    if (!post.inReplyToRemoteId.isEmpty()) {
        const auto reference = replyReference(post.inReplyToRemoteId);
        if (!reference.ok())
            return R::failure(reference.outcome);
        record.insert(QStringLiteral("reply"), reference.value);
    }
    const auto facets = resolvedFacets(post.text);
    if (!facets.ok())
        return R::failure(facets.outcome);
    if (!facets.value.isEmpty())
        record.insert(QStringLiteral("facets"), facets.value);
    if (!post.media.isEmpty()) {
        const auto embed = uploadImages(post.media);
        if (!embed.ok())
            return R::failure(embed.outcome);
        record.insert(QStringLiteral("embed"), embed.value);
    }

    const QString expectedUri = AtUri{did(), kPostCollection, rkey}.toString();
    const XrpcReply created = m_session.procedure(QStringLiteral("com.atproto.repo.createRecord"),
                                                  QJsonObject{{QStringLiteral("repo"), did()},
                                                              {QStringLiteral("collection"), kPostCollection},
                                                              {QStringLiteral("rkey"), rkey},
                                                              {QStringLiteral("record"), record}});
    if (created.ok()) {
        const QString uri = created.body.value(QLatin1String("uri")).toString();
        return R::success(publishedFrom(uri.isEmpty() ? expectedUri : uri, createdAt));
    }
    // A 2xx we cannot read still means the record exists, and we know its URI.
    if (created.malformed)
        return R::success(publishedFrom(expectedUri, createdAt));
    // The server answered with an error. When an earlier attempt already wrote this key (the
    // reference PDS then answers 500 InternalServerError; newer ones may say
    // RecordAlreadyExists), the post is there: read it back instead of reporting a failure.
    const OutcomeKind kind = created.outcome.kind;
    if (created.httpStatus != 0 && kind != OutcomeKind::RateLimited && kind != OutcomeKind::AuthExpired) {
        const auto existing = existingPost(rkey);
        if (existing.ok())
            return existing;
    }
    return R::failure(created.outcome);
}

Result<PublishedPost> BlueskyAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    post.inReplyToRemoteId = parentRemoteId;
    return publish(post);
}

Outcome BlueskyAdapter::deleteComment(const QString &remoteId)
{
    const auto uri = AtUri::parse(remoteId);
    if (!uri && !remoteId.isEmpty() && !remoteId.startsWith(QLatin1String("at://")))
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("Bluesky cannot delete a direct message for the other person: only "
                                   "posts can be deleted."));
    if (!uri || uri->collection != kPostCollection)
        return invalid(QStringLiteral("remoteId"), tr("This is not a Bluesky post."));
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return signedIn;
    if (uri->repo != did() && uri->repo != handle())
        return Outcome::failure(OutcomeKind::Permanent,
                                tr("Bluesky lets an account delete only its own posts."));
    return m_session
        .procedure(QStringLiteral("com.atproto.repo.deleteRecord"),
                   QJsonObject{{QStringLiteral("repo"), did()},
                               {QStringLiteral("collection"), kPostCollection},
                               {QStringLiteral("rkey"), uri->rkey}})
        .outcome;
}

Result<PublishedPost> BlueskyAdapter::existingPost(const QString &rkey)
{
    const XrpcReply reply = m_session.query(QStringLiteral("com.atproto.repo.getRecord"),
                                            {{QStringLiteral("repo"), did()},
                                             {QStringLiteral("collection"), kPostCollection},
                                             {QStringLiteral("rkey"), rkey}});
    if (!reply.ok())
        return Result<PublishedPost>::failure(reply.outcome);
    const QString uri = reply.body.value(QLatin1String("uri")).toString();
    const QJsonObject value = reply.body.value(QLatin1String("value")).toObject();
    return Result<PublishedPost>::success(
        publishedFrom(uri.isEmpty() ? AtUri{did(), kPostCollection, rkey}.toString() : uri,
                      parseBlueskyDateTime(value.value(QLatin1String("createdAt")).toString())));
}

PublishedPost BlueskyAdapter::publishedFrom(const QString &uri, const QDateTime &createdAt) const
{
    return PublishedPost{uri, postUrl(handle().isEmpty() ? did() : handle(), uri), createdAt};
}

Result<QJsonObject> BlueskyAdapter::replyReference(const QString &parentUri)
{
    using R = Result<QJsonObject>;
    if (!AtUri::parse(parentUri))
        return R::failure(
            invalid(QStringLiteral("inReplyTo"), tr("The post to answer is not a Bluesky post.")));
    const auto posts = getPosts({parentUri});
    if (!posts.ok())
        return R::failure(posts.outcome);
    for (const QJsonObject &parent : posts.value) {
        if (parent.value(QLatin1String("uri")).toString() != parentUri || !isStrongRef(parent))
            continue;
        // The root is the parent's own root when the parent answers something, else the parent.
        const QJsonObject parentReply =
            parent.value(QLatin1String("record")).toObject().value(QLatin1String("reply")).toObject();
        const QJsonObject root = parentReply.value(QLatin1String("root")).toObject();
        return R::success(
            QJsonObject{{QStringLiteral("root"), isStrongRef(root) ? strongRef(root) : strongRef(parent)},
                        {QStringLiteral("parent"), strongRef(parent)}});
    }
    return R::failure(Outcome::failure(OutcomeKind::Permanent,
                                       tr("The post to answer no longer exists or is not visible.")));
}

Result<QJsonArray> BlueskyAdapter::resolvedFacets(const QString &text)
{
    using R = Result<QJsonArray>;
    QHash<QString, QString> didOfHandle; // one resolution per handle; "" = cannot be resolved
    QJsonArray facets;
    for (const Facet &facet : detectFacets(text)) {
        QJsonObject feature;
        switch (facet.kind) {
        case FacetKind::Mention: {
            if (!didOfHandle.contains(facet.value)) {
                const auto resolved = resolveHandle(facet.value);
                // A handle the server does not know stays plain text, as in the official app;
                // a server that cannot answer at all stops the publish.
                if (!resolved.ok() && resolved.outcome.kind != OutcomeKind::Validation &&
                    resolved.outcome.kind != OutcomeKind::Permanent)
                    return R::failure(resolved.outcome);
                didOfHandle.insert(facet.value, resolved.value);
            }
            const QString mentioned = didOfHandle.value(facet.value);
            if (mentioned.isEmpty())
                continue;
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                       {QStringLiteral("did"), mentioned}};
            break;
        }
        case FacetKind::Link:
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                       {QStringLiteral("uri"), facet.value}};
            break;
        case FacetKind::Tag:
            feature = {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#tag")},
                       {QStringLiteral("tag"), facet.value}};
            break;
        }
        facets.append(
            QJsonObject{{QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), facet.byteStart},
                                                              {QStringLiteral("byteEnd"), facet.byteEnd}}},
                        {QStringLiteral("features"), QJsonArray{feature}}});
    }
    return R::success(facets);
}

Result<QJsonObject> BlueskyAdapter::uploadImages(const QList<MediaAttachment> &media)
{
    using R = Result<QJsonObject>;
    QJsonArray images;
    for (const MediaAttachment &attachment : media) {
        QFile file(attachment.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(
                invalid(QStringLiteral("media"),
                        tr("Cannot read the image %1.").arg(QFileInfo(attachment.filePath).fileName())));
        const XrpcReply uploaded = m_session.upload(QStringLiteral("com.atproto.repo.uploadBlob"),
                                                    file.readAll(), mediaMimeType(attachment).toLatin1());
        if (!uploaded.ok()) {
            Outcome outcome = uploaded.outcome;
            // A blob no record points to is dropped by the server: no post exists yet, so a
            // lost upload answer is safe to retry.
            if (outcome.kind == OutcomeKind::Unconfirmed)
                outcome.kind = OutcomeKind::Transient;
            return R::failure(outcome);
        }
        const QJsonObject blob = uploaded.body.value(QLatin1String("blob")).toObject();
        if (blob.isEmpty())
            return R::failure(Outcome::failure(OutcomeKind::Transient,
                                               QStringLiteral("uploadBlob answered without a blob"), 200));
        images.append(
            QJsonObject{{QStringLiteral("alt"), attachment.altText}, {QStringLiteral("image"), blob}});
    }
    return R::success(QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.images")},
                                  {QStringLiteral("images"), images}});
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
