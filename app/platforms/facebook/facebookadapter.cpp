#include "platforms/facebook/facebookadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace facebook {

namespace {

qint64 countOf(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong();
}

} // namespace

Limits defaultLimits()
{
    Limits limits;
    // Facebook's post length limit; text counts as typed (links are not shortened).
    limits.maxLength = 63206;
    limits.lengthRule = LengthRule::Characters;
    limits.urlLength = 0;
    // attached_media has no documented maximum: ten is Vigie's own cap for a multi-photo post.
    limits.maxMedia = 10;
    // reference/page/photos: "Files must be 4MB or smaller" and JPEG, BMP, PNG, GIF, TIFF (the
    // Photo node says under 10 MB; the stricter of the two).
    limits.maxImageBytes = 4 * 1024 * 1024;
    limits.maxVideoBytes = 0; // videos go through the Video API, not implemented
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                         QStringLiteral("image/gif"), QStringLiteral("image/bmp"),
                         QStringLiteral("image/tiff")};
    limits.maxPollOptions = 0;
    return limits;
}

Capabilities capabilities()
{
    // No polls (the Graph API cannot create them on a Page), no threads, no search of public
    // posts (Page Public Content Access is a separate review), no Messenger.
    return Capability::Text | Capability::Media | Capability::Reply | Capability::HideComment |
           Capability::DeleteComment | Capability::NativeScheduling | Capability::AltText |
           Capability::PostMetrics;
}

int countLength(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    return int(normalized.toUcs4().size());
}

FacebookAdapter::FacebookAdapter(const AdapterContext &context)
    : m_context(context)
    , m_pageId(context.remoteUserId)
{}

FacebookAdapter::Answer FacebookAdapter::exchange(HttpRequest request, Permission permission)
{
    Answer answer;
    if (const auto held = m_usage.blocked(now())) {
        answer.outcome = *held;
        return answer;
    }
    if (!m_context.credentials.accessToken.isEmpty())
        request.header("Authorization", "Bearer " + m_context.credentials.accessToken.toUtf8());
    request.header("Accept", "application/json");
    answer.response = m_context.http.send(request);
    m_usage.record(answer.response, now());
    answer.outcome = classifyGraph(answer.response, request.changesServer(), now(), permission);
    if (answer.outcome.kind == OutcomeKind::RateLimited)
        m_usage.holdUntil(answer.outcome.retryAt);
    if (answer.outcome.ok()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(answer.response.body, &error);
        answer.unreadable = error.error != QJsonParseError::NoError || !doc.isObject();
        answer.json = doc.object();
    }
    return answer;
}

FacebookAdapter::Answer FacebookAdapter::read(HttpRequest request, Permission permission)
{
    Answer answer = exchange(std::move(request), permission);
    if (answer.outcome.ok() && answer.unreadable) {
        qCWarning(lcHttp) << "facebook: unreadable answer, status" << answer.response.status;
        answer.outcome = Outcome::failure(OutcomeKind::Transient, tr("Facebook's answer could not be read"),
                                          answer.response.status);
    }
    return answer;
}

Outcome FacebookAdapter::walk(HttpRequest request, Permission permission,
                              const std::function<bool(const QJsonObject &item)> &keepGoing)
{
    const QUrl base = m_context.http.baseUrl();
    for (;;) {
        const Answer answer = read(request, permission);
        if (!answer.outcome.ok())
            return answer.outcome;
        for (const QJsonValue &item : answer.json.value(QLatin1String("data")).toArray()) {
            if (item.isObject() && !keepGoing(item.toObject()))
                return Outcome::success();
        }
        const QString next =
            answer.json.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
        if (next.isEmpty())
            return Outcome::success();
        QUrl url(next);
        // The token goes in the header, and only to the server the account talks to.
        if (!url.isValid() || url.host() != base.host() || url.port(-1) != base.port(-1)) {
            qCWarning(lcHttp) << "facebook: a next link to another host was not followed:" << url.host();
            return Outcome::success();
        }
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("access_token"));
        url.setQuery(query);
        request = HttpRequest{};
        request.path = url.toString(QUrl::FullyEncoded);
    }
}

Result<AccountProfile> FacebookAdapter::signIn()
{
    // A Page access token's /me is the Page itself: this checks the token and whose it is.
    HttpRequest request;
    request.path = QStringLiteral("/me");
    request.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,link"));
    const Answer answer = read(request, Permission::ReadEngagement);
    if (!answer.outcome.ok())
        return failed<AccountProfile>(answer.outcome);
    const QString id = answer.json.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return failed<AccountProfile>(
            Outcome::failure(OutcomeKind::Transient, tr("Facebook's answer did not name the Page")));
    if (!m_pageId.isEmpty() && id != m_pageId)
        return failed<AccountProfile>(Outcome::failure(
            OutcomeKind::Permanent,
            tr("This access token belongs to %1 (%2), not to the Page %3: use the Page access token of "
               "that Page.")
                .arg(answer.json.value(QLatin1String("name")).toString(), id, m_pageId)));
    m_pageId = id;

    AccountProfile profile;
    profile.remoteUserId = id;
    profile.displayName = answer.json.value(QLatin1String("name")).toString();
    // The Page's address name ("facebook.com/<name>") when it has one, else its id.
    const QString link = answer.json.value(QLatin1String("link")).toString();
    const QString last = QUrl(link).path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    profile.handle = last.isEmpty() ? id : last;
    profile.maxLength = defaultLimits().maxLength;
    return Result<AccountProfile>::success(profile);
}

Result<PostMetrics> FacebookAdapter::metrics(const QString &remoteId)
{
    HttpRequest request;
    request.path = QLatin1Char('/') + remoteId;
    request.query.addQueryItem(QStringLiteral("fields"),
                               QStringLiteral("reactions.summary(total_count).limit(0),"
                                              "comments.summary(total_count).limit(0),shares"));
    const Answer answer = read(request, Permission::ReadEngagement);
    if (!answer.outcome.ok())
        return failed<PostMetrics>(answer.outcome);
    const auto total = [&](const char *edge) {
        return countOf(answer.json.value(QLatin1String(edge))
                           .toObject()
                           .value(QLatin1String("summary"))
                           .toObject()
                           .value(QLatin1String("total_count")));
    };
    PostMetrics metrics;
    metrics.likes = total("reactions"); // every reaction, not only "like"
    metrics.replies = total("comments");
    // "shares" is absent until someone shares the post.
    metrics.reposts =
        countOf(answer.json.value(QLatin1String("shares")).toObject().value(QLatin1String("count")));
    return Result<PostMetrics>::success(metrics);
}

Outcome FacebookAdapter::hideComment(const QString &remoteId)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QLatin1Char('/') + remoteId;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody({{QStringLiteral("is_hidden"), QStringLiteral("true")}});
    Answer answer = exchange(request, Permission::ManageEngagement);
    if (answer.outcome.kind == OutcomeKind::Unconfirmed)
        answer.outcome.kind = OutcomeKind::Transient; // hiding twice is harmless
    if (!answer.outcome.ok())
        return answer.outcome;
    if (!answer.unreadable && answer.json.value(QLatin1String("success")) == QJsonValue(false))
        return Outcome::failure(OutcomeKind::Permanent, tr("Facebook did not hide the comment"),
                                answer.response.status);
    return Outcome::success();
}

Outcome FacebookAdapter::deleteComment(const QString &remoteId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QLatin1Char('/') + remoteId;
    Answer answer = exchange(request, Permission::ManageEngagement);
    if (answer.outcome.kind == OutcomeKind::Unconfirmed)
        answer.outcome.kind = OutcomeKind::Transient; // a second delete changes nothing more
    if (answer.outcome.kind == OutcomeKind::Permanent && graphErrorOf(answer.response.body).code == 100)
        answer.outcome.serverMessage = tr("Facebook finds no comment with this id: it was deleted already, "
                                          "or the Page cannot see it.");
    if (!answer.outcome.ok())
        return answer.outcome;
    if (!answer.unreadable && answer.json.value(QLatin1String("success")) == QJsonValue(false))
        return Outcome::failure(OutcomeKind::Permanent, tr("Facebook did not delete the comment"),
                                answer.response.status);
    return Outcome::success();
}

QString FacebookAdapter::postIdOf(const QString &objectId) const
{
    if (!m_pageId.isEmpty() && objectId.startsWith(m_pageId + QLatin1Char('_')))
        return objectId;
    const qsizetype split = objectId.indexOf(QLatin1Char('_'));
    if (split <= 0 || m_pageId.isEmpty())
        return objectId;
    return m_pageId + QLatin1Char('_') + objectId.left(split);
}

PublishedPost FacebookAdapter::publishedFrom(const QJsonObject &object, const QString &id) const
{
    PublishedPost published;
    published.remoteId = id;
    published.url = object.value(QLatin1String("permalink_url")).toString();
    if (published.url.isEmpty())
        // pages-api/posts: "The URL, or permalink, for a Page post is https://www.facebook.com/page_post_id".
        published.url = QStringLiteral("https://www.facebook.com/") + id;
    published.createdAt = parseGraphTime(object.value(QLatin1String("created_time")));
    if (!published.createdAt.isValid())
        published.createdAt = now();
    return published;
}

} // namespace facebook
} // namespace platforms
} // namespace vigie
