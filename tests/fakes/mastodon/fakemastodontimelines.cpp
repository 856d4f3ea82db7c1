// Lists the fake pages as Mastodon's paginate_by_id does: max_id / since_id bound a page
// read newest first; min_id reads the page just newer than the cursor (still answered newest
// first); Link headers carry max_id (rel="next", older) and min_id (rel="prev", newer).
#include "fakes/mastodon/fakemastodonparams.h"
#include "fakes/mastodon/fakemastodonserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace vigie {
namespace fakes {

namespace {

struct PageRequest
{
    qint64 maxId = -1;   // exclusive upper bound, -1 = none
    qint64 sinceId = -1; // exclusive lower bound
    qint64 minId = -1;   // exclusive lower bound, paging forward
    int limit = 20;
};

PageRequest pageRequest(const FakeRequest &request, int defaultLimit, int maxLimit)
{
    PageRequest page;
    auto id = [&](const char *name) {
        const QString v = mastodonParam(request, QLatin1String(name));
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        return ok ? n : -1;
    };
    page.maxId = id("max_id");
    page.sinceId = id("since_id");
    page.minId = id("min_id");
    bool ok = false;
    const int limit = mastodonParam(request, QStringLiteral("limit")).toInt(&ok);
    page.limit = ok && limit > 0 ? qMin(limit, maxLimit) : defaultLimit;
    return page;
}

// The ids (ascending input) a page holds, newest first.
template<typename Id, typename Accept>
QList<Id> paginate(const QList<Id> &ascending, const PageRequest &page, Accept accept)
{
    QList<Id> picked;
    if (page.minId >= 0) {
        auto it = std::upper_bound(ascending.begin(), ascending.end(), page.minId);
        for (; it != ascending.end() && picked.size() < page.limit; ++it) {
            if (page.maxId >= 0 && *it >= page.maxId)
                break;
            if (accept(*it))
                picked << *it;
        }
        std::reverse(picked.begin(), picked.end());
        return picked;
    }
    auto it =
        page.maxId >= 0 ? std::lower_bound(ascending.begin(), ascending.end(), page.maxId) : ascending.end();
    while (it != ascending.begin() && picked.size() < page.limit) {
        --it;
        if (page.sinceId >= 0 && *it <= page.sinceId)
            break;
        if (accept(*it))
            picked << *it;
    }
    return picked;
}

QUrlQuery linkBase(const FakeRequest &request, const QStringList &keep)
{
    QUrlQuery base;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (keep.contains(key))
            base.addQueryItem(key, value);
    return base;
}

} // namespace

void FakeMastodonServer::addTimelineRoutes()
{
    api("GET", QStringLiteral("/api/v1/notifications"), Access::User,
        [this](const FakeRequest &request) { return notifications(request); });
    api("GET", QStringLiteral("/api/v1/timelines/tag/([^/]+)"), Access::User,
        [this](const FakeRequest &request) { return tagTimeline(request, request.captures.value(0)); });
    api("GET", QStringLiteral("/api/v2/search"), Access::User,
        [this](const FakeRequest &request) { return search(request); });
    api("GET", QStringLiteral("/api/v1/conversations"), Access::User,
        [this](const FakeRequest &request) { return conversations(request); });
}

QList<FakeMastodonServer::Conversation> FakeMastodonServer::brandConversations() const
{
    QHash<QString, Conversation> byKey;
    for (const auto &[number, id] : m_statusOrder) {
        const FakeMastodonStatus &status = *m_statuses.constFind(id);
        if (status.visibility != QLatin1String("direct"))
            continue;
        QStringList participants = mentionedAccountIds(status);
        const bool forBrand = status.accountId == m_ownAccountId || participants.contains(m_ownAccountId);
        if (!forBrand)
            continue;
        // participants_from_status: (mentions + author) - the recipient, sorted.
        participants << status.accountId;
        participants.removeAll(m_ownAccountId);
        participants.removeDuplicates();
        std::sort(participants.begin(), participants.end(),
                  [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        // The thread (Status#conversation): replies inherit their parent's.
        QString root = status.id;
        QSet<QString> seen{root};
        for (QString parent = status.inReplyToId; !parent.isEmpty() && m_statuses.contains(parent);
             parent = m_statuses.value(parent).inReplyToId) {
            if (seen.contains(parent))
                break;
            seen.insert(parent);
            root = parent;
        }
        const QString key = root + QLatin1Char('|') + participants.join(QLatin1Char(','));
        Conversation &conversation = byKey[key];
        if (conversation.id.isEmpty()) {
            QString &known = m_conversationIds[key];
            if (known.isEmpty())
                known = QString::number(++m_nextConversationId);
            conversation.id = known;
            conversation.participantIds = participants;
        }
        conversation.statusIds << status.id; // m_statusOrder is ascending
    }
    QList<Conversation> list = byKey.values();
    std::sort(list.begin(), list.end(), [](const Conversation &a, const Conversation &b) {
        return a.lastStatusId().toLongLong() < b.lastStatusId().toLongLong();
    });
    return list;
}

QString FakeMastodonServer::conversationIdOf(const QString &statusId) const
{
    for (const Conversation &conversation : brandConversations())
        if (conversation.statusIds.contains(statusId))
            return conversation.id;
    return {};
}

QStringList FakeMastodonServer::conversationStatusIds(const QString &conversationId) const
{
    for (const Conversation &conversation : brandConversations())
        if (conversation.id == conversationId)
            return conversation.statusIds;
    return {};
}

FakeResponse FakeMastodonServer::conversations(const FakeRequest &request) const
{
    // ConversationsController#index: LIMIT 20 (at most 40), paged by last_status_id
    // (AccountConversation.to_a_paginated_by_id), newest first either way.
    const PageRequest page = pageRequest(request, 20, 40);
    const QList<Conversation> all = brandConversations();
    QHash<qint64, const Conversation *> byLast;
    QList<qint64> ids;
    for (const Conversation &conversation : all) {
        const qint64 last = conversation.lastStatusId().toLongLong();
        ids << last;
        byLast.insert(last, &conversation);
    }
    const QList<qint64> picked = paginate(ids, page, [](qint64) { return true; });
    QJsonArray array;
    for (const qint64 id : picked)
        array.append(renderConversation(*byLast.value(id)));
    FakeResponse response = FakeResponse::json(array);
    // next (max_id = the page's oldest) only while pages are full; prev (min_id = its newest)
    // whenever the page has anything.
    QStringList links;
    auto link = [&](const QString &name, qint64 id) {
        QUrlQuery query = linkBase(request, {QStringLiteral("limit")});
        query.addQueryItem(name, QString::number(id));
        QUrl target = url();
        target.setPath(request.path);
        target.setQuery(query);
        return QString::fromUtf8(target.toString(QUrl::FullyEncoded).toUtf8());
    };
    if (!picked.isEmpty() && picked.size() == page.limit)
        links << QStringLiteral("<%1>; rel=\"next\"").arg(link(QStringLiteral("max_id"), picked.last()));
    if (!picked.isEmpty())
        links << QStringLiteral("<%1>; rel=\"prev\"").arg(link(QStringLiteral("min_id"), picked.first()));
    if (!links.isEmpty())
        response.header("Link", links.join(QStringLiteral(", ")).toUtf8());
    return response;
}

FakeResponse FakeMastodonServer::notifications(const FakeRequest &request) const
{
    const PageRequest page = pageRequest(request, 40, 80);
    const QStringList types =
        m_ignoresTypeFilter ? QStringList() : mastodonParams(request, QStringLiteral("types[]"));
    const QStringList excluded = mastodonParams(request, QStringLiteral("exclude_types[]"));
    QList<qint64> ids;
    ids.reserve(qsizetype(m_notifications.size()));
    for (const Notification &n : m_notifications)
        ids << n.id;
    auto indexOf = [&](qint64 id) {
        return std::lower_bound(m_notifications.begin(), m_notifications.end(), id,
                                [](const Notification &n, qint64 v) { return n.id < v; });
    };
    const QList<qint64> picked = paginate(ids, page, [&](qint64 id) {
        const Notification &n = *indexOf(id);
        if ((!types.isEmpty() && !types.contains(n.type)) || excluded.contains(n.type))
            return false;
        return n.statusId.isEmpty() || m_statuses.contains(n.statusId);
    });
    QJsonArray array;
    for (const qint64 id : picked) {
        const Notification &n = *indexOf(id);
        QJsonObject o{{QStringLiteral("id"), QString::number(n.id)},
                      {QStringLiteral("type"), n.type},
                      {QStringLiteral("created_at"), n.createdAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("account"), renderAccount(n.accountId)}};
        if (!n.statusId.isEmpty())
            o.insert(QStringLiteral("status"), renderStatus(m_statuses.value(n.statusId)));
        array.append(o);
    }
    FakeResponse response = FakeResponse::json(array);
    if (!picked.isEmpty())
        response.header("Link",
                        linkHeader(request.path,
                                   linkBase(request, {QStringLiteral("limit"), QStringLiteral("types[]"),
                                                      QStringLiteral("exclude_types[]")}),
                                   QString::number(picked.last()), QString::number(picked.first())));
    return response;
}

FakeResponse FakeMastodonServer::tagTimeline(const FakeRequest &request, const QString &tag) const
{
    const PageRequest page = pageRequest(request, 20, 40);
    const QRegularExpression hashtag(
        QStringLiteral("(?<![\\w&])#%1(?!\\w)").arg(QRegularExpression::escape(tag)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<qint64> ids;
    for (const auto &[id, statusId] : m_statusOrder)
        ids << id;
    const QList<qint64> picked = paginate(ids, page, [&](qint64 id) {
        const FakeMastodonStatus &s = *m_statuses.constFind(QString::number(id));
        return s.visibility == QLatin1String("public") && hashtag.match(s.text).hasMatch();
    });
    QJsonArray array;
    for (const qint64 id : picked)
        array.append(renderStatus(m_statuses.value(QString::number(id))));
    FakeResponse response = FakeResponse::json(array);
    // TagsController adds "next" only when the page is full; both here when it has anything.
    if (!picked.isEmpty())
        response.header("Link", linkHeader(request.path, linkBase(request, {QStringLiteral("limit")}),
                                           QString::number(picked.last()), QString::number(picked.first())));
    return response;
}

FakeResponse FakeMastodonServer::search(const FakeRequest &request) const
{
    const QString q = mastodonParam(request, QStringLiteral("q")).trimmed();
    const QString type = mastodonParam(request, QStringLiteral("type"));
    bool ok = false;
    int limit = mastodonParam(request, QStringLiteral("limit")).toInt(&ok);
    limit = ok && limit > 0 ? qMin(limit, 40) : 20;
    const int offset = qMax(0, mastodonParam(request, QStringLiteral("offset")).toInt());
    QJsonArray statuses;
    if (!q.isEmpty() && (type.isEmpty() || type == QLatin1String("statuses"))) {
        const QStringList words = q.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        int skipped = 0;
        for (auto it = m_statusOrder.rbegin(); it != m_statusOrder.rend() && statuses.size() < limit; ++it) {
            const FakeMastodonStatus &s = *m_statuses.constFind(it->second);
            if (s.visibility != QLatin1String("public"))
                continue;
            const bool all = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return s.text.contains(w, Qt::CaseInsensitive);
            });
            if (!all)
                continue;
            if (skipped++ < offset)
                continue;
            statuses.append(renderStatus(s));
        }
    }
    return FakeResponse::json(QJsonObject{{QStringLiteral("accounts"), QJsonArray()},
                                          {QStringLiteral("statuses"), statuses},
                                          {QStringLiteral("hashtags"), QJsonArray()}});
}

FakeResponse FakeMastodonServer::context(const QString &statusId) const
{
    if (!m_statuses.contains(statusId))
        return FakeResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Record not found")}},
                                  404);
    QJsonArray ancestors;
    QString parent = m_statuses.value(statusId).inReplyToId;
    QSet<QString> seen{statusId};
    while (!parent.isEmpty() && m_statuses.contains(parent) && !seen.contains(parent)) {
        seen.insert(parent);
        ancestors.prepend(renderStatus(m_statuses.value(parent)));
        parent = m_statuses.value(parent).inReplyToId;
    }
    // Descendants depth first, each level oldest first.
    QHash<QString, QStringList> children;
    for (const auto &[id, sid] : m_statusOrder) {
        const QString &p = m_statuses.constFind(sid)->inReplyToId;
        if (!p.isEmpty())
            children[p] << sid;
    }
    QJsonArray descendants;
    std::function<void(const QString &)> walk = [&](const QString &id) {
        for (const QString &child : children.value(id)) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            descendants.append(renderStatus(m_statuses.value(child)));
            walk(child);
        }
    };
    walk(statusId);
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("ancestors"), ancestors}, {QStringLiteral("descendants"), descendants}});
}

} // namespace fakes
} // namespace vigie
