// Comments on the account's recent media: the inbox, threads, and telling a media from a comment.
#include "platforms/instagram/instagramadapter.h"

#include <QJsonArray>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace instagram {

namespace {

const QString manageComments = QStringLiteral("instagram_manage_comments");
const QString commentFields = QStringLiteral("id,text,timestamp,username,from{id,username},like_count");
const QString commentWithReplies =
    commentFields + QStringLiteral(",replies{id,text,timestamp,username,from{id,username}}");

// What the cursor keeps per media: its comments_count and its newest comment's time (epoch s).
struct Seen
{
    qint64 count = -1;
    qint64 newest = 0;
    QStringList atNewest; // the comments of that second already handed over
};

QHash<QString, Seen> parseCursor(const QString &cursor)
{
    QHash<QString, Seen> seen;
    const QJsonObject o = QJsonDocument::fromJson(cursor.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QStringList ids;
        for (const QJsonValue &id : entry.value(QLatin1String("i")).toArray())
            ids << id.toString();
        seen.insert(it.key(), {qint64(entry.value(QLatin1String("n")).toDouble(-1)),
                               qint64(entry.value(QLatin1String("t")).toDouble()), ids});
    }
    return seen;
}

QString cursorText(const QList<QPair<QString, Seen>> &entries)
{
    QJsonObject o;
    for (const auto &[id, seen] : entries)
        o.insert(id, QJsonObject{{QStringLiteral("n"), double(seen.count)},
                                 {QStringLiteral("t"), double(seen.newest)},
                                 {QStringLiteral("i"), QJsonArray::fromStringList(seen.atNewest)}});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Code 100 other than "no such object": the node has no such field, so it is of the other kind.
bool isMissingField(const Outcome &outcome, const HttpResponse &response)
{
    if (outcome.kind != OutcomeKind::Validation)
        return false;
    const GraphError error = parseGraphError(response.body);
    return error.code == 100 && error.subcode != 33;
}

} // namespace

bool InstagramAdapter::isOwn(const QJsonObject &comment) const
{
    const QJsonObject from = comment.value(QLatin1String("from")).toObject();
    const QString username = comment.value(QLatin1String("username")).toString();
    if (!userId().isEmpty() && from.value(QLatin1String("id")).toString() == userId())
        return true;
    return !m_ownUsername.isEmpty() && username.compare(m_ownUsername, Qt::CaseInsensitive) == 0;
}

RemoteMessage InstagramAdapter::toMessage(const QJsonObject &comment, const QString &parentId,
                                          const QString &mediaId, const QString &permalink) const
{
    RemoteMessage m;
    m.remoteId = comment.value(QLatin1String("id")).toString();
    m.parentRemoteId = parentId;
    m.rootRemoteId = mediaId;
    m.kind = QStringLiteral("comment");
    const QJsonObject from = comment.value(QLatin1String("from")).toObject();
    m.author.remoteId = from.value(QLatin1String("id")).toString();
    m.author.handle = comment.value(QLatin1String("username")).toString();
    if (m.author.handle.isEmpty())
        m.author.handle = from.value(QLatin1String("username")).toString();
    m.author.displayName = m.author.handle;
    m.text = comment.value(QLatin1String("text")).toString();
    m.url = permalink;
    m.createdAt = parseGraphTime(comment.value(QLatin1String("timestamp")));
    m.fromAccount = isOwn(comment);
    return m;
}

Result<QList<QJsonObject>> InstagramAdapter::allPages(const QString &path, QUrlQuery query,
                                                      const QString &permission, int maxPages)
{
    QList<QJsonObject> items;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    for (int page = 0; page < maxPages; ++page) {
        const Answer answer = read(path, query, permission);
        if (!answer.outcome.ok())
            return failed<QList<QJsonObject>>(answer.outcome);
        for (const QJsonValue &item : answer.json.value(QLatin1String("data")).toArray())
            items << item.toObject();
        // No "next": the last page (Graph API cursor-based pagination).
        const QJsonObject paging = answer.json.value(QLatin1String("paging")).toObject();
        const QString after =
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
        if (!paging.contains(QLatin1String("next")) || after.isEmpty())
            break;
        query.removeAllQueryItems(QStringLiteral("after"));
        query.addQueryItem(QStringLiteral("after"), after);
    }
    return Result<QList<QJsonObject>>::success(items);
}

Result<bool> InstagramAdapter::isMedia(const QString &remoteId, QString *topLevel)
{
    // Comments have parent_id (set on replies), media have none: asking for it tells them apart
    // in one read, the cheap case being the common one (answering a comment).
    const Answer answer =
        read(QLatin1Char('/') + remoteId,
             QUrlQuery{{QStringLiteral("fields"), QStringLiteral("id,parent_id")}}, manageComments);
    if (answer.outcome.ok()) {
        const QString parent = answer.json.value(QLatin1String("parent_id")).toString();
        *topLevel = parent.isEmpty() ? remoteId : parent;
        return Result<bool>::success(false);
    }
    if (isMissingField(answer.outcome, answer.response))
        return Result<bool>::success(true);
    return failed<bool>(answer.outcome);
}

Outcome InstagramAdapter::syncInbox(const QString &cursor,
                                    const std::function<bool(const InboxPage &)> &onPage)
{
    if (m_ownUsername.isEmpty()) {
        const Answer me = read(QLatin1Char('/') + userId(),
                               QUrlQuery{{QStringLiteral("fields"), QStringLiteral("id,username")}},
                               QStringLiteral("instagram_basic"));
        if (!me.outcome.ok())
            return me.outcome;
        m_ownUsername = me.json.value(QLatin1String("username")).toString();
    }
    const QHash<QString, Seen> before = parseCursor(cursor);

    // The newest media, up to the window.
    QList<QJsonObject> media;
    QUrlQuery query{
        {QStringLiteral("fields"), QStringLiteral("id,caption,permalink,timestamp,comments_count")},
        {QStringLiteral("limit"), QString::number(qMin(m_pageSize, m_mediaWindow))}};
    while (media.size() < m_mediaWindow) {
        const Answer answer = read(QLatin1Char('/') + userId() + QStringLiteral("/media"), query,
                                   QStringLiteral("instagram_basic"));
        if (!answer.outcome.ok())
            return answer.outcome;
        for (const QJsonValue &item : answer.json.value(QLatin1String("data")).toArray())
            if (media.size() < m_mediaWindow)
                media << item.toObject();
        const QJsonObject paging = answer.json.value(QLatin1String("paging")).toObject();
        const QString after =
            paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
        if (!paging.contains(QLatin1String("next")) || after.isEmpty())
            break;
        query.removeAllQueryItems(QStringLiteral("after"));
        query.addQueryItem(QStringLiteral("after"), after);
    }

    // The cursor after each page: media read so far with their new state, the others as before
    // (so a sync that stops resumes without losing them), then only the window at the end.
    QList<QPair<QString, Seen>> done;
    auto cursorNow = [&](bool final) {
        QList<QPair<QString, Seen>> entries = done;
        if (!final) {
            for (auto it = before.constBegin(); it != before.constEnd(); ++it)
                if (std::none_of(done.cbegin(), done.cend(),
                                 [&](const auto &d) { return d.first == it.key(); }))
                    entries.append({it.key(), it.value()});
        }
        return cursorText(entries);
    };

    bool changed = before.size() != media.size();
    for (const QJsonObject &m : media) {
        const QString mediaId = m.value(QLatin1String("id")).toString();
        if (mediaId.isEmpty())
            continue;
        const qint64 count = qint64(m.value(QLatin1String("comments_count")).toDouble());
        const Seen old = before.value(mediaId);
        if (old.count == count || count == 0) {
            done.append({mediaId, {count, old.newest, old.atNewest}});
            changed = changed || old.count != count;
            continue;
        }
        const QString permalink = m.value(QLatin1String("permalink")).toString();
        const auto comments =
            allPages(QLatin1Char('/') + mediaId + QStringLiteral("/comments"),
                     QUrlQuery{{QStringLiteral("fields"), commentWithReplies}}, manageComments, 20);
        if (!comments.ok())
            return comments.outcome; // the media before this one are stored: the next sync resumes here
        InboxPage page;
        Seen state = old;
        state.count = count;
        auto take = [&](const QJsonObject &c, const QString &parent) {
            const RemoteMessage message = toMessage(c, parent, mediaId, permalink);
            if (message.remoteId.isEmpty())
                return;
            const qint64 at = message.createdAt.isValid() ? message.createdAt.toSecsSinceEpoch() : 0;
            // Times are whole seconds: a comment of the newest second seen is new unless its id
            // was handed over then.
            if (at > old.newest || (at == old.newest && !old.atNewest.contains(message.remoteId)))
                page.messages << message;
            if (at > state.newest) {
                state.newest = at;
                state.atNewest.clear();
            }
            if (at == state.newest && !state.atNewest.contains(message.remoteId))
                state.atNewest << message.remoteId;
        };
        for (const QJsonObject &c : comments.value) {
            const QString commentId = c.value(QLatin1String("id")).toString();
            take(c, mediaId);
            const QJsonObject replies = c.value(QLatin1String("replies")).toObject();
            QList<QJsonObject> replyList;
            for (const QJsonValue &r : replies.value(QLatin1String("data")).toArray())
                replyList << r.toObject();
            if (replies.value(QLatin1String("paging")).toObject().contains(QLatin1String("next"))) {
                // More replies than the nested field holds: read them from the edge itself.
                const auto all =
                    allPages(QLatin1Char('/') + commentId + QStringLiteral("/replies"),
                             QUrlQuery{{QStringLiteral("fields"), commentFields}}, manageComments, 20);
                if (!all.ok())
                    return all.outcome;
                replyList = all.value;
            }
            for (const QJsonObject &r : std::as_const(replyList))
                take(r, commentId);
        }
        std::stable_sort(
            page.messages.begin(), page.messages.end(),
            [](const RemoteMessage &a, const RemoteMessage &b) { return a.createdAt < b.createdAt; });
        done.append({mediaId, state});
        changed = true;
        if (page.messages.isEmpty())
            continue;
        page.cursorAfter = cursorNow(false);
        if (!onPage(page))
            return Outcome::failure(OutcomeKind::Transient, tr("The sync stopped before its end."));
    }
    if (changed || cursor.isEmpty()) {
        InboxPage last;
        last.cursorAfter = cursorNow(true);
        if (!onPage(last))
            return Outcome::failure(OutcomeKind::Transient, tr("The sync stopped before its end."));
    }
    return Outcome::success();
}

Result<QList<RemoteMessage>> InstagramAdapter::fetchThread(const QString &remoteId)
{
    const QString fields = commentFields + QStringLiteral(",parent_id,media{id,permalink}");
    const Answer node =
        read(QLatin1Char('/') + remoteId, QUrlQuery{{QStringLiteral("fields"), fields}}, manageComments);
    QList<RemoteMessage> thread;
    if (!node.outcome.ok()) {
        if (!isMissingField(node.outcome, node.response))
            return failed<QList<RemoteMessage>>(node.outcome);
        // A media: its comments, each followed by its replies.
        const Answer media = read(QLatin1Char('/') + remoteId,
                                  QUrlQuery{{QStringLiteral("fields"), QStringLiteral("id,permalink")}},
                                  QStringLiteral("instagram_basic"));
        if (!media.outcome.ok())
            return failed<QList<RemoteMessage>>(media.outcome);
        const QString permalink = media.json.value(QLatin1String("permalink")).toString();
        const auto comments =
            allPages(QLatin1Char('/') + remoteId + QStringLiteral("/comments"),
                     QUrlQuery{{QStringLiteral("fields"), commentWithReplies}}, manageComments, 20);
        if (!comments.ok())
            return failed<QList<RemoteMessage>>(comments.outcome);
        for (const QJsonObject &c : comments.value) {
            thread << toMessage(c, remoteId, remoteId, permalink);
            for (const QJsonValue &r :
                 c.value(QLatin1String("replies")).toObject().value(QLatin1String("data")).toArray())
                thread << toMessage(r.toObject(), thread.last().remoteId, remoteId, permalink);
        }
        return Result<QList<RemoteMessage>>::success(thread);
    }

    QJsonObject top = node.json;
    const QString parent = node.json.value(QLatin1String("parent_id")).toString();
    if (!parent.isEmpty()) {
        const Answer parentNode =
            read(QLatin1Char('/') + parent, QUrlQuery{{QStringLiteral("fields"), fields}}, manageComments);
        if (!parentNode.outcome.ok())
            return failed<QList<RemoteMessage>>(parentNode.outcome);
        top = parentNode.json;
    }
    const QJsonObject media = top.value(QLatin1String("media")).toObject();
    const QString mediaId = media.value(QLatin1String("id")).toString();
    const QString permalink = media.value(QLatin1String("permalink")).toString();
    const QString topId = top.value(QLatin1String("id")).toString();
    thread << toMessage(top, mediaId, mediaId, permalink);
    const auto replies = allPages(QLatin1Char('/') + topId + QStringLiteral("/replies"),
                                  QUrlQuery{{QStringLiteral("fields"), commentFields}}, manageComments, 20);
    if (!replies.ok())
        return failed<QList<RemoteMessage>>(replies.outcome);
    for (const QJsonObject &r : replies.value)
        thread << toMessage(r, topId, mediaId, permalink);
    return Result<QList<RemoteMessage>>::success(thread);
}

} // namespace instagram
} // namespace platforms
} // namespace vigie
