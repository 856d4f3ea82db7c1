#include "platforms/mastodon/mastodonadapter.h"

#include "platforms/mediafile.h"

#include "platforms/mastodon/mastodonjson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

// application/x-www-form-urlencoded with everything but unreserved characters escaped, so a
// "+" in a post stays a plus and "media_ids[]" reaches Rails as an array.
QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void pause(std::chrono::milliseconds delay)
{
    // An event loop rather than a sleep: a test's in-process server keeps answering meanwhile.
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// public < unlisted < private < direct: a reply is never more visible than its parent.
int visibilityRank(const QString &visibility)
{
    static const QStringList order = {QStringLiteral("public"), QStringLiteral("unlisted"),
                                      QStringLiteral("private"), QStringLiteral("direct")};
    return int(order.indexOf(visibility));
}

QString narrowerVisibility(const QString &requested, const QString &parent)
{
    const int parentRank = visibilityRank(parent);
    if (parentRank < 0) {
        if (!parent.isEmpty())
            logUnknownValue(Network::Mastodon, "visibility", parent);
        return requested;
    }
    const int requestedRank = requested.isEmpty() ? 0 : visibilityRank(requested);
    if (requestedRank < 0)
        return requested; // the server will say what it thinks of it
    return parentRank > requestedRank ? parent : requested;
}

bool textMentions(const QString &text, const QString &acct)
{
    const QRegularExpression mention(
        QStringLiteral(R"((?<![\w/=@])@%1(?![\w@]|\.\w))").arg(QRegularExpression::escape(acct)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return mention.match(text).hasMatch();
}

} // namespace

Limits defaultLimits()
{
    // Mastodon 4.x defaults: StatusLengthValidator::MAX_CHARS, Status::MEDIA_ATTACHMENTS_LIMIT,
    // MediaAttachment::IMAGE_LIMIT (16 MB) and VIDEO_LIMIT (99 MB), MAX_DESCRIPTION_LENGTH,
    // PollOptionsValidator::MAX_OPTIONS. The instance's own values replace them at sign-in.
    Limits limits;
    limits.maxLength = 500;
    limits.lengthRule = LengthRule::Graphemes;
    limits.urlLength = 23;
    limits.maxMedia = 4;
    limits.maxImageBytes = 16 * 1024 * 1024;
    limits.maxVideoBytes = 99 * 1024 * 1024;
    limits.mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                         QStringLiteral("image/gif"),  QStringLiteral("image/webp"),
                         QStringLiteral("image/heic"), QStringLiteral("image/heif"),
                         QStringLiteral("image/avif"), QStringLiteral("video/mp4"),
                         QStringLiteral("video/webm"), QStringLiteral("video/quicktime")};
    limits.maxAltTextLength = 1500;
    limits.maxPollOptions = 4;
    return limits;
}

Capabilities capabilities()
{
    // No HideComment: Mastodon has no way to hide a reply to one's post. DeleteComment covers
    // the account's own statuses (its replies and direct messages), never what others wrote.
    // Direct messages are conversations. Scheduling exists on Mastodon but is not idempotent
    // (mastodon#30039), so Vigie schedules itself.
    return Capability::Text | Capability::Media | Capability::Polls | Capability::Threads |
           Capability::Reply | Capability::DeleteComment | Capability::DirectMessages |
           Capability::ContentWarning | Capability::AltText | Capability::MentionSearch |
           Capability::PostMetrics;
}

MastodonAdapter::MastodonAdapter(const AdapterContext &context)
    : m_context(context)
    , m_ownAccountId(context.remoteUserId)
    , m_limits(defaultLimits())
{}

MastodonAdapter::Answer MastodonAdapter::exchange(HttpRequest request)
{
    Answer answer;
    if (const auto blocked = m_gate.blocked(now())) {
        answer.outcome = *blocked;
        return answer;
    }
    if (!m_context.credentials.accessToken.isEmpty())
        request.header("Authorization", "Bearer " + m_context.credentials.accessToken.toUtf8());
    request.header("Accept", "application/json");
    answer.response = m_context.http.send(request);
    m_gate.record(answer.response, now());
    answer.outcome = classifyHttp(answer.response, request.changesServer(), now());
    if (answer.outcome.ok()) {
        QJsonParseError error{};
        answer.json = QJsonDocument::fromJson(answer.response.body, &error);
        answer.unreadable = error.error != QJsonParseError::NoError;
    }
    return answer;
}

MastodonAdapter::Answer MastodonAdapter::readJson(HttpRequest request)
{
    Answer answer = exchange(std::move(request));
    if (answer.outcome.ok() && answer.unreadable) {
        qCWarning(lcHttp) << "mastodon: unreadable answer, status" << answer.response.status;
        answer.outcome = Outcome::failure(OutcomeKind::Transient, tr("the server's answer was not JSON"),
                                          answer.response.status);
    }
    return answer;
}

QString MastodonAdapter::instanceDomain() const
{
    return m_instanceDomain.isEmpty() ? m_context.http.baseUrl().host() : m_instanceDomain;
}

Result<AccountProfile> MastodonAdapter::signIn()
{
    HttpRequest whoAmI;
    whoAmI.path = QStringLiteral("/api/v1/accounts/verify_credentials");
    const Answer me = readJson(whoAmI);
    if (!me.outcome.ok())
        return failed<AccountProfile>(me.outcome);
    const QJsonObject account = me.json.object();
    const QString accountId = idOf(account.value(QLatin1String("id")));
    if (accountId.isEmpty())
        return failed<AccountProfile>(
            Outcome::failure(OutcomeKind::Transient, tr("the answer did not name the account")));

    // v2 since Mastodon 4.0, v1 before (and on most other servers); the default without either.
    QJsonObject instance;
    for (const char *path : {"/api/v2/instance", "/api/v1/instance"}) {
        HttpRequest request;
        request.path = QLatin1String(path);
        const Answer answer = readJson(request);
        if (answer.outcome.ok() && answer.json.isObject()) {
            instance = answer.json.object();
            break;
        }
        // A missing endpoint or an odd answer means "ask the older one"; an unreachable or
        // busy server means "try again later" rather than "remember 500 characters".
        const OutcomeKind kind = answer.outcome.kind;
        const bool serverTrouble = kind == OutcomeKind::RateLimited || kind == OutcomeKind::AuthExpired ||
                                   kind == OutcomeKind::Unconfirmed ||
                                   (kind == OutcomeKind::Transient && !answer.unreadable);
        if (serverTrouble)
            return failed<AccountProfile>(answer.outcome);
    }
    m_limits = limitsFromInstance(instance, defaultLimits());
    m_instanceDomain = instanceDomainOf(instance);
    m_ownAccountId = accountId;

    AccountProfile profile;
    profile.remoteUserId = accountId;
    const QString acct = account.value(QLatin1String("acct")).toString();
    profile.handle = acct.contains(QLatin1Char('@')) ? acct : acct + QLatin1Char('@') + instanceDomain();
    profile.displayName = account.value(QLatin1String("display_name")).toString();
    if (profile.displayName.isEmpty())
        profile.displayName = account.value(QLatin1String("username")).toString();
    profile.maxLength = m_limits.maxLength;
    return Result<AccountProfile>::success(profile);
}

Result<PublishedPost> MastodonAdapter::publish(const OutgoingPost &post)
{
    if (const auto blocked = m_gate.blocked(now()))
        return failed<PublishedPost>(*blocked);
    QStringList mediaIds;
    for (const MediaAttachment &media : post.media) {
        const Result<QString> uploaded = uploadMedia(media);
        if (!uploaded.ok())
            return failed<PublishedPost>(uploaded.outcome);
        mediaIds << uploaded.value;
    }
    return postStatus(post, mediaIds);
}

Result<QString> MastodonAdapter::uploadMedia(const MediaAttachment &media)
{
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<QString>(file.outcome);
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v2/media");
    QList<MultipartPart> parts{
        {"file", file.value.data, file.value.fileName.toUtf8(), file.value.mimeType.toUtf8()}};
    if (!media.altText.isEmpty())
        parts.append({"description", media.altText.toUtf8(), {}, {}});
    setMultipartBody(request, parts);

    const Answer answer = exchange(request);
    if (!answer.outcome.ok()) {
        Outcome outcome = answer.outcome;
        if (outcome.kind == OutcomeKind::Unconfirmed)
            outcome.kind = OutcomeKind::Transient; // an upload no status uses publishes nothing
        if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
            outcome.field = QStringLiteral("media");
        return failed<QString>(outcome);
    }
    const QJsonObject attachment = answer.json.object();
    const QString id = idOf(attachment.value(QLatin1String("id")));
    if (answer.unreadable || id.isEmpty())
        return failed<QString>(Outcome::failure(OutcomeKind::Transient,
                                                tr("the media upload's answer could not be read"),
                                                answer.response.status));
    // 200: processed. 202: the full-size file is still processed; its url is null until then.
    if (answer.response.status == 200 && !attachment.value(QLatin1String("url")).toString().isEmpty())
        return Result<QString>::success(id);
    return waitForMedia(id);
}

Result<QString> MastodonAdapter::waitForMedia(const QString &mediaId)
{
    std::chrono::milliseconds delay = m_mediaPolling.firstDelay;
    for (int attempt = 0; attempt < m_mediaPolling.attempts; ++attempt) {
        pause(delay);
        delay = std::min(delay * 2, m_mediaPolling.maxDelay);
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/media/") + mediaId;
        const Answer answer = exchange(request);
        if (!answer.outcome.ok())
            return failed<QString>(answer.outcome);
        if (answer.response.status == 206 || answer.unreadable)
            continue; // 206 Partial Content: still processing
        if (!answer.json.object().value(QLatin1String("url")).toString().isEmpty())
            return Result<QString>::success(mediaId);
    }
    return failed<QString>(
        Outcome::failure(OutcomeKind::Transient, tr("the server is still processing the media")));
}

Result<PublishedPost> MastodonAdapter::postStatus(const OutgoingPost &post, const QStringList &mediaIds)
{
    QList<QPair<QString, QString>> fields;
    if (!post.text.isEmpty() || mediaIds.isEmpty())
        fields.append({QStringLiteral("status"), post.text});
    for (const QString &id : mediaIds)
        fields.append({QStringLiteral("media_ids[]"), id});
    if (!post.pollOptions.isEmpty()) {
        for (const QString &option : post.pollOptions)
            fields.append({QStringLiteral("poll[options][]"), option});
        fields.append({QStringLiteral("poll[expires_in]"), QString::number(post.pollExpiresInSeconds)});
        fields.append({QStringLiteral("poll[multiple]"),
                       post.pollMultipleChoice ? QStringLiteral("true") : QStringLiteral("false")});
    }
    if (!post.contentWarning.isEmpty())
        fields.append({QStringLiteral("spoiler_text"), post.contentWarning});
    if (!post.language.isEmpty())
        fields.append({QStringLiteral("language"), post.language});
    if (!post.visibility.isEmpty())
        fields.append({QStringLiteral("visibility"), post.visibility});
    if (!post.inReplyToRemoteId.isEmpty())
        fields.append({QStringLiteral("in_reply_to_id"), post.inReplyToRemoteId});

    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/statuses");
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody(fields);
    // The caller keeps the key stable across retries; one made up here protects this call only.
    const QString key = post.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                      : post.idempotencyKey;
    request.header("Idempotency-Key", key.toUtf8());

    const Answer answer = exchange(request);
    if (!answer.outcome.ok()) {
        Outcome outcome = answer.outcome;
        if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
            outcome.field = validationField(outcome.serverMessage);
        return failed<PublishedPost>(outcome);
    }
    const QJsonObject status = answer.json.object();
    PublishedPost published;
    published.remoteId = idOf(status.value(QLatin1String("id")));
    if (answer.unreadable || published.remoteId.isEmpty()) {
        // The server said yes but we cannot tell to what: the status probably exists.
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("the server's answer could not be read"), answer.response.status));
    }
    published.url = status.value(QLatin1String("url")).toString();
    if (published.url.isEmpty())
        published.url = status.value(QLatin1String("uri")).toString();
    published.createdAt = parseTimestamp(status.value(QLatin1String("created_at")));
    return Result<PublishedPost>::success(published);
}

Result<PublishedPost> MastodonAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    post.inReplyToRemoteId = parentRemoteId;
    HttpRequest request;
    request.path = QStringLiteral("/api/v1/statuses/") + parentRemoteId;
    const Answer parent = readJson(request);
    if (!parent.outcome.ok())
        return failed<PublishedPost>(parent.outcome);
    const QJsonObject status = parent.json.object();
    const QJsonObject author = status.value(QLatin1String("account")).toObject();
    const QString acct = author.value(QLatin1String("acct")).toString();
    const bool ownParent =
        !m_ownAccountId.isEmpty() && idOf(author.value(QLatin1String("id"))) == m_ownAccountId;
    // Mastodon notifies only the accounts a status mentions: without it the person would
    // never see the answer.
    if (!acct.isEmpty() && !ownParent && !textMentions(post.text, acct))
        post.text = QLatin1Char('@') + acct + QLatin1Char(' ') + post.text;
    post.visibility =
        narrowerVisibility(post.visibility, status.value(QLatin1String("visibility")).toString());
    return publish(post);
}

Outcome MastodonAdapter::hideComment(const QString &)
{
    return Outcome::failure(OutcomeKind::Permanent,
                            tr("Mastodon does not let an account hide replies to its posts."));
}

Outcome MastodonAdapter::deleteComment(const QString &remoteId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/statuses/") + remoteId;
    Outcome outcome = exchange(request).outcome;
    // StatusesController#destroy looks among the account's own statuses only.
    if (outcome.httpStatus == 404)
        outcome.serverMessage = tr("Mastodon found no status of the account's own with this id: it "
                                   "deletes only the account's own statuses.");
    return outcome;
}

Result<PostMetrics> MastodonAdapter::metrics(const QString &remoteId)
{
    HttpRequest request;
    request.path = QStringLiteral("/api/v1/statuses/") + remoteId;
    const Answer answer = readJson(request);
    if (!answer.outcome.ok())
        return failed<PostMetrics>(answer.outcome);
    const QJsonObject status = answer.json.object();
    PostMetrics metrics;
    metrics.likes = qint64(status.value(QLatin1String("favourites_count")).toDouble());
    metrics.reposts = qint64(status.value(QLatin1String("reblogs_count")).toDouble());
    metrics.replies = qint64(status.value(QLatin1String("replies_count")).toDouble());
    metrics.quotes = qint64(status.value(QLatin1String("quotes_count")).toDouble());
    return Result<PostMetrics>::success(metrics);
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
