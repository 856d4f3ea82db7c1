#include "platforms/instagram/instagramadapter.h"

#include <QJsonArray>

namespace vigie {
namespace platforms {
namespace instagram {

namespace {

const QString manageComments = QStringLiteral("instagram_manage_comments");
const QString basic = QStringLiteral("instagram_basic");

} // namespace

Limits defaultLimits()
{
    // Content publishing guide: captions of 2,200 characters; carousels of up to 10 items;
    // images JPEG only, at most 8 MiB (error 2207004); Reels MP4/MOV up to 300 MB (staged through
    // a Page video, whose own limit is far above). Alt text exists for images since March 2025,
    // its maximum is not documented: the shared default stays. No polls.
    Limits limits;
    limits.maxLength = 2200;
    limits.lengthRule = LengthRule::Characters;
    limits.urlLength = 0; // links in captions are not shortened (nor clickable)
    limits.maxMedia = 10;
    limits.maxImageBytes = 8 * 1024 * 1024;
    limits.maxVideoBytes = 300LL * 1024 * 1024;
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("video/mp4"),
                         QStringLiteral("video/quicktime")};
    limits.maxPollOptions = 0;
    return limits;
}

Capabilities capabilities()
{
    // Text always comes with media (Instagram refuses a text-only post). No threads, polls,
    // content warnings, direct messages (a separate Messenger API) or scheduling.
    return Capability::Text | Capability::Media | Capability::Reply | Capability::HideComment |
           Capability::DeleteComment | Capability::AltText | Capability::PostMetrics;
}

int countLength(const QString &text)
{
    return int(text.toUcs4().size());
}

InstagramAdapter::InstagramAdapter(const AdapterContext &context)
    : m_context(context)
    , m_ownUsername(context.handle.startsWith(QLatin1Char('@')) ? context.handle.mid(1) : context.handle)
{}

HttpRequest InstagramAdapter::form(const QByteArray &method, const QString &path,
                                   const QList<QPair<QString, QString>> &fields)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}

InstagramAdapter::Answer InstagramAdapter::exchange(HttpRequest request, const QString &permission)
{
    Answer answer;
    if (const auto blocked = m_gate.blocked(now())) {
        answer.outcome = *blocked;
        return answer;
    }
    // A header rather than access_token in the query: the token never appears in a URL or a log.
    request.header("Authorization", "Bearer " + m_context.credentials.accessToken.toUtf8());
    request.header("Accept", "application/json");
    answer.response = m_context.http.send(request);
    m_gate.record(answer.response, now());
    answer.outcome = InstagramGraph::classify(answer.response, request.changesServer(), now(), permission);
    if (answer.outcome.ok()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(answer.response.body, &error);
        answer.unreadable = error.error != QJsonParseError::NoError || !doc.isObject();
        answer.json = doc.object();
    }
    return answer;
}

InstagramAdapter::Answer InstagramAdapter::read(const QString &path, QUrlQuery query,
                                                const QString &permission)
{
    HttpRequest request;
    request.path = path;
    request.query = std::move(query);
    Answer answer = exchange(std::move(request), permission);
    if (answer.outcome.ok() && answer.unreadable) {
        qCWarning(lcHttp) << "instagram: unreadable answer, status" << answer.response.status;
        answer.outcome = Outcome::failure(OutcomeKind::Transient, tr("Instagram's answer could not be read."),
                                          answer.response.status);
    }
    return answer;
}

Result<AccountProfile> InstagramAdapter::signIn()
{
    AccountProfile profile;
    if (userId().isEmpty()) {
        // The Page token says which Instagram account its Page is linked to.
        const Answer me = read(QStringLiteral("/me"),
                               QUrlQuery{{QStringLiteral("fields"),
                                          QStringLiteral("id,name,instagram_business_account{id,username}")}},
                               QStringLiteral("pages_read_engagement"));
        if (!me.outcome.ok())
            return failed<AccountProfile>(me.outcome);
        const QJsonObject account = me.json.value(QLatin1String("instagram_business_account")).toObject();
        m_context.remoteUserId = account.value(QLatin1String("id")).toString();
        m_pageId = me.json.value(QLatin1String("id")).toString();
        if (m_context.remoteUserId.isEmpty())
            return failed<AccountProfile>(Outcome::failure(
                OutcomeKind::Permanent,
                tr("The Facebook Page “%1” has no Instagram professional account linked to it.")
                    .arg(me.json.value(QLatin1String("name")).toString())));
    }
    const Answer user =
        read(QLatin1Char('/') + userId(),
             QUrlQuery{{QStringLiteral("fields"), QStringLiteral("id,username,name")}}, basic);
    if (!user.outcome.ok())
        return failed<AccountProfile>(user.outcome);
    profile.remoteUserId = user.json.value(QLatin1String("id")).toString();
    profile.handle = user.json.value(QLatin1String("username")).toString();
    profile.displayName = user.json.value(QLatin1String("name")).toString();
    if (profile.displayName.isEmpty())
        profile.displayName = profile.handle;
    if (profile.remoteUserId.isEmpty())
        return failed<AccountProfile>(
            Outcome::failure(OutcomeKind::Transient, tr("Instagram's answer did not name the account.")));
    m_ownUsername = profile.handle;
    profile.maxLength = defaultLimits().maxLength;
    return Result<AccountProfile>::success(profile);
}

Result<PublishedPost> InstagramAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    return comment(parentRemoteId, post.text);
}

Result<PublishedPost> InstagramAdapter::comment(const QString &parentRemoteId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("A comment needs text."), 0));
    if (countLength(text) > defaultLimits().maxLength)
        return failed<PublishedPost>(Outcome::validation(
            QStringLiteral("text"),
            tr("Instagram accepts at most %1 characters.").arg(defaultLimits().maxLength), 0));
    QString topLevel;
    const Result<bool> media = isMedia(parentRemoteId, &topLevel);
    if (!media.ok())
        return failed<PublishedPost>(media.outcome);
    const QString path = media.value ? QLatin1Char('/') + parentRemoteId + QStringLiteral("/comments")
                                     : QLatin1Char('/') + topLevel + QStringLiteral("/replies");
    const Answer answer = exchange(form("POST", path, {{QStringLiteral("message"), text}}), manageComments);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    PublishedPost published;
    published.remoteId = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || published.remoteId.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("Instagram's answer could not be read."), answer.response.status));
    published.createdAt = now();
    return Result<PublishedPost>::success(published);
}

Outcome InstagramAdapter::hideComment(const QString &remoteId)
{
    const Answer answer = exchange(
        form("POST", QLatin1Char('/') + remoteId, {{QStringLiteral("hide"), QStringLiteral("true")}}),
        manageComments);
    if (!answer.outcome.ok())
        return answer.outcome;
    // {"success": true}; anything else means the comment was not hidden.
    if (!answer.unreadable && answer.json.value(QLatin1String("success")).toBool())
        return Outcome::success();
    return Outcome::failure(answer.unreadable ? OutcomeKind::Unconfirmed : OutcomeKind::Permanent,
                            tr("Instagram did not confirm that the comment is hidden."),
                            answer.response.status);
}

Outcome InstagramAdapter::deleteComment(const QString &remoteId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QLatin1Char('/') + remoteId;
    const Answer answer = exchange(request, manageComments);
    if (!answer.outcome.ok()) {
        // Already gone (code 100, subcode 33): what the person wanted.
        const GraphError error = parseGraphError(answer.response.body);
        if (error.code == 100 && error.subcode == 33)
            return Outcome::success();
        return answer.outcome;
    }
    if (!answer.unreadable && answer.json.value(QLatin1String("success")).toBool())
        return Outcome::success();
    return Outcome::failure(answer.unreadable ? OutcomeKind::Unconfirmed : OutcomeKind::Permanent,
                            tr("Instagram did not confirm that the comment is deleted."),
                            answer.response.status);
}

Result<PostMetrics> InstagramAdapter::metrics(const QString &remoteId)
{
    const Answer answer =
        read(QLatin1Char('/') + remoteId,
             QUrlQuery{{QStringLiteral("fields"), QStringLiteral("like_count,comments_count")}}, basic);
    if (!answer.outcome.ok())
        return failed<PostMetrics>(answer.outcome);
    PostMetrics metrics;
    // like_count is omitted when the owner hid like counts: 0 then, as for "unknown".
    metrics.likes = qint64(answer.json.value(QLatin1String("like_count")).toDouble());
    metrics.replies = qint64(answer.json.value(QLatin1String("comments_count")).toDouble());
    return Result<PostMetrics>::success(metrics);
}

} // namespace instagram
} // namespace platforms
} // namespace vigie
