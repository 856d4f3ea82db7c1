// The reading side of the Mastodon adapter: inbox sync, threads, listening.
#include "platforms/mastodon/mastodonadapter.h"

#include "platforms/mastodon/mastodonjson.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

// Types Mastodon documents; anything else is new to this version and gets logged once per page.
bool knownNotificationType(const QString &type)
{
    static const QSet<QString> known = {
        QStringLiteral("mention"),
        QStringLiteral("status"),
        QStringLiteral("reblog"),
        QStringLiteral("follow"),
        QStringLiteral("follow_request"),
        QStringLiteral("favourite"),
        QStringLiteral("poll"),
        QStringLiteral("update"),
        QStringLiteral("admin.sign_up"),
        QStringLiteral("admin.report"),
        QStringLiteral("severed_relationships"),
        QStringLiteral("moderation_warning"),
        QStringLiteral("quote"),
        QStringLiteral("quoted_update"),
        QStringLiteral("annual_report"),
    };
    return known.contains(type);
}

} // namespace

QString MastodonAdapter::messageKind(const QJsonObject &status) const
{
    const QString visibility = status.value(QLatin1String("visibility")).toString();
    if (visibility == QLatin1String("direct"))
        return QStringLiteral("dm");
    const QString repliedTo = idOf(status.value(QLatin1String("in_reply_to_account_id")));
    if (!repliedTo.isEmpty() && repliedTo == m_ownAccountId)
        return QStringLiteral("reply");
    return QStringLiteral("mention");
}

Result<QString> MastodonAdapter::threadRootOf(const QJsonObject &status, QHash<QString, QString> &rootOf)
{
    const QString id = idOf(status.value(QLatin1String("id")));
    const QString parent = idOf(status.value(QLatin1String("in_reply_to_id")));
    if (parent.isEmpty()) {
        rootOf.insert(id, id);
        return Result<QString>::success(id);
    }
    if (const auto known = rootOf.constFind(parent); known != rootOf.constEnd()) {
        const QString root = *known; // a copy: the insertion below may rehash
        rootOf.insert(id, root);
        return Result<QString>::success(root);
    }
    HttpRequest request;
    request.path = QStringLiteral("/api/v1/statuses/%1/context").arg(id);
    ++m_contextRequests;
    const Answer answer = readJson(request);
    if (!answer.outcome.ok()) {
        // Deleted or hidden since the notification: its parent is the best root there is.
        if (answer.outcome.kind == OutcomeKind::Permanent) {
            rootOf.insert(id, parent);
            return Result<QString>::success(parent);
        }
        return failed<QString>(answer.outcome);
    }
    const QJsonObject context = answer.json.object();
    const QJsonArray ancestors = context.value(QLatin1String("ancestors")).toArray();
    const QString root =
        ancestors.isEmpty() ? parent : idOf(ancestors.first().toObject().value(QLatin1String("id")));
    // Every status of this conversation now has a known root: later mentions in it cost nothing.
    for (const auto &ancestor : ancestors)
        rootOf.insert(idOf(ancestor.toObject().value(QLatin1String("id"))), root);
    for (const auto &descendant : context.value(QLatin1String("descendants")).toArray())
        rootOf.insert(idOf(descendant.toObject().value(QLatin1String("id"))), root);
    rootOf.insert(id, root);
    return Result<QString>::success(root);
}

Outcome MastodonAdapter::syncInbox(const QString &cursor,
                                   const std::function<bool(const InboxPage &)> &onPage)
{
    m_contextRequests = 0;
    QHash<QString, QString> rootOf;
    // min_id pages forward: each answer holds the notifications just newer than the cursor
    // (newest first within the page). "0" starts from the oldest the server keeps.
    QString minId = cursor.isEmpty() ? QStringLiteral("0") : cursor;
    for (;;) {
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/notifications");
        request.query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_notificationPageSize));
        request.query.addQueryItem(QStringLiteral("min_id"), minId);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return answer.outcome;
        if (!answer.json.isArray())
            return Outcome::failure(OutcomeKind::Transient, tr("the notifications were not a list"),
                                    answer.response.status);
        QList<QJsonObject> notifications;
        for (const auto &value : answer.json.array())
            if (value.isObject() && !idOf(value.toObject().value(QLatin1String("id"))).isEmpty())
                notifications << value.toObject();
        if (notifications.isEmpty())
            return Outcome::success();
        std::sort(notifications.begin(), notifications.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return idLessThan(idOf(a.value(QLatin1String("id"))), idOf(b.value(QLatin1String("id"))));
        });

        InboxPage page;
        for (const QJsonObject &notification : std::as_const(notifications)) {
            const QString type = notification.value(QLatin1String("type")).toString();
            if (type != QLatin1String("mention")) {
                // Servers older than 3.5 ignore types[]; newer types appear over time.
                if (!knownNotificationType(type))
                    logUnknownValue(Network::Mastodon, "notification type", type);
                continue;
            }
            const QJsonObject status = notification.value(QLatin1String("status")).toObject();
            if (idOf(status.value(QLatin1String("id"))).isEmpty())
                continue; // the status is gone
            // Direct statuses come with their conversation (syncDirectMessages): stored here
            // first, they would start a thread of their own and the conversation would be split.
            if (status.value(QLatin1String("visibility")).toString() == QLatin1String("direct"))
                continue;
            RemoteMessage message = messageFromStatus(status, m_ownAccountId, instanceDomain());
            message.kind = messageKind(status);
            const Result<QString> root = threadRootOf(status, rootOf);
            if (!root.ok())
                return root.outcome; // the pages before this one are stored: the next sync resumes here
            message.rootRemoteId = root.value;
            page.messages << message;
        }
        const QString newest = idOf(notifications.last().value(QLatin1String("id")));
        page.cursorAfter = newest;
        if (!onPage(page))
            return Outcome::failure(OutcomeKind::Transient, tr("the sync stopped before its end"));

        const QString next = nextMinId(answer.response.header("link"), newest, minId);
        if (next.isEmpty())
            return Outcome::success();
        minId = next;
    }
}

Result<QList<RemoteMessage>> MastodonAdapter::fetchThread(const QString &remoteId)
{
    HttpRequest statusRequest;
    statusRequest.path = QStringLiteral("/api/v1/statuses/") + remoteId;
    const Answer status = readJson(statusRequest);
    if (!status.outcome.ok())
        return failed<QList<RemoteMessage>>(status.outcome);
    HttpRequest contextRequest;
    contextRequest.path = QStringLiteral("/api/v1/statuses/%1/context").arg(remoteId);
    const Answer context = readJson(contextRequest);
    if (!context.outcome.ok())
        return failed<QList<RemoteMessage>>(context.outcome);

    const QJsonArray ancestors = context.json.object().value(QLatin1String("ancestors")).toArray();
    const QJsonArray descendants = context.json.object().value(QLatin1String("descendants")).toArray();
    QList<QJsonObject> statuses;
    for (const auto &value : ancestors)
        statuses << value.toObject();
    statuses << status.json.object();
    for (const auto &value : descendants)
        statuses << value.toObject();

    const QString root = idOf(statuses.first().value(QLatin1String("id")));
    QList<RemoteMessage> thread;
    for (const QJsonObject &s : std::as_const(statuses)) {
        RemoteMessage message = messageFromStatus(s, m_ownAccountId, instanceDomain());
        if (message.remoteId.isEmpty())
            continue;
        message.rootRemoteId = root;
        if (s.value(QLatin1String("visibility")).toString() == QLatin1String("direct"))
            message.kind = QStringLiteral("dm");
        else
            message.kind =
                message.parentRemoteId.isEmpty() ? QStringLiteral("post") : QStringLiteral("reply");
        thread << message;
    }
    return Result<QList<RemoteMessage>>::success(thread);
}

Result<SearchPage> MastodonAdapter::search(const SearchQuery &query)
{
    QString hashtag = query.hashtag.trimmed();
    while (hashtag.startsWith(QLatin1Char('#')))
        hashtag.remove(0, 1);
    if (hashtag.isEmpty() && query.terms.trimmed().isEmpty())
        return failed<SearchPage>(Outcome::validation(QStringLiteral("terms"), tr("nothing to search"), 0));
    // Both endpoints answer at most 40 statuses a page.
    const int limit = qBound(1, query.limit, 40);

    HttpRequest request;
    QJsonArray statuses;
    QString nextCursor;
    if (!hashtag.isEmpty()) {
        request.path = QStringLiteral("/api/v1/timelines/tag/") + hashtag;
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!query.cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("max_id"), query.cursor);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return failed<SearchPage>(answer.outcome);
        statuses = answer.json.array();
        nextCursor = linkParameter(parseLinkHeader(answer.response.header("link")), QStringLiteral("next"),
                                   QStringLiteral("max_id"));
        if (nextCursor.isEmpty() && statuses.size() == limit)
            nextCursor = idOf(statuses.last().toObject().value(QLatin1String("id")));
    } else {
        const int offset = qMax(0, query.cursor.toInt());
        request.path = QStringLiteral("/api/v2/search");
        // Encoded here: QUrlQuery would leave "+" as is, which servers read as a space.
        request.query.addQueryItem(QStringLiteral("q"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(query.terms)));
        request.query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
        request.query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("false"));
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (offset > 0)
            request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return failed<SearchPage>(answer.outcome);
        statuses = answer.json.object().value(QLatin1String("statuses")).toArray();
        if (statuses.size() >= limit)
            nextCursor = QString::number(offset + statuses.size());
    }

    SearchPage page;
    page.nextCursor = nextCursor;
    for (const auto &value : std::as_const(statuses)) {
        RemoteMessage message = messageFromStatus(value.toObject(), m_ownAccountId, instanceDomain());
        if (message.remoteId.isEmpty())
            continue;
        message.kind = QStringLiteral("post");
        // A reply's root would cost a request per result: left unknown for listening.
        if (message.parentRemoteId.isEmpty())
            message.rootRemoteId = message.remoteId;
        page.posts << message;
    }
    return Result<SearchPage>::success(page);
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
