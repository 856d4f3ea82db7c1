#include "storage/listeningrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QUrl>

namespace vigie {

namespace {

const QString kQueryColumns = QStringLiteral(
    "id, workspace_id, brand_id, name, keywords, hashtags, exclusions, include_products, networks, enabled");

ListeningQuery readQuery(const SqlQuery &q)
{
    ListeningQuery query;
    query.id = q.value(0).toLongLong();
    query.workspaceId = q.value(1).toLongLong();
    query.brandId = q.value(2).toLongLong();
    query.name = q.value(3).toString();
    query.keywords = listeningTermsFromText(q.value(4).toString());
    query.hashtags = listeningTermsFromText(q.value(5).toString(), true);
    query.exclusions = listeningTermsFromText(q.value(6).toString());
    query.includeProducts = q.value(7).toBool();
    for (const auto &key : q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Network network = networkFromKey(key);
        if (network != Network::Unknown && !query.networks.contains(network))
            query.networks << network;
    }
    query.enabled = q.value(9).toBool();
    return query;
}

const QString kFeedColumns =
    QStringLiteral("id, workspace_id, url, title, enabled, etag, last_modified, checked_at, ok_at, error");

ListeningFeed readFeed(const SqlQuery &q)
{
    ListeningFeed feed;
    feed.id = q.value(0).toLongLong();
    feed.workspaceId = q.value(1).toLongLong();
    feed.url = q.value(2).toString();
    feed.title = q.value(3).toString();
    feed.enabled = q.value(4).toBool();
    feed.etag = q.value(5).toString();
    feed.lastModified = q.value(6).toString();
    feed.checkedAt = fromDbTime(q.value(7));
    feed.okAt = fromDbTime(q.value(8));
    feed.error = q.value(9).toString();
    return feed;
}

QString networksText(const QList<Network> &networks)
{
    QStringList keys;
    for (Network network : networks) {
        if (network != Network::Unknown)
            keys << networkKey(network);
    }
    return keys.join(QLatin1Char(','));
}

} // namespace

QStringList listeningTermsFromText(const QString &text, bool hashtags)
{
    QStringList terms;
    QString normalised = text;
    normalised.replace(QLatin1Char(','), QLatin1Char('\n'));
    for (QString term : normalised.split(QLatin1Char('\n'))) {
        term = term.simplified();
        if (hashtags) {
            while (term.startsWith(QLatin1Char('#')))
                term.remove(0, 1);
            term.remove(QLatin1Char(' '));
        }
        if (term.isEmpty())
            continue;
        bool seen = false;
        for (const auto &t : std::as_const(terms))
            seen = seen || t.compare(term, Qt::CaseInsensitive) == 0;
        if (!seen)
            terms << term;
    }
    return terms;
}

Status ListeningRepository::saveQuery(ListeningQuery &query)
{
    query.name = query.name.simplified();
    query.keywords = listeningTermsFromText(query.keywords.join(QLatin1Char('\n')));
    query.hashtags = listeningTermsFromText(query.hashtags.join(QLatin1Char('\n')), true);
    query.exclusions = listeningTermsFromText(query.exclusions.join(QLatin1Char('\n')));
    if (query.name.isEmpty())
        return Status::failure(tr("Give the query a name."));
    if (query.keywords.isEmpty() && query.hashtags.isEmpty() && !query.includeProducts)
        return Status::failure(tr("The query \"%1\" listens for nothing: add a keyword or a hashtag, or "
                                  "include the brand's products.")
                                   .arg(query.name));
    SqlQuery brand(m_db, QStringLiteral("SELECT workspace_id FROM brands WHERE id = ?"));
    if (auto st = brand.exec(query.brandId); !st)
        return st;
    if (!brand.next() || brand.value(0).toLongLong() != query.workspaceId)
        return Status::failure(tr("The query's brand does not exist in this workspace."));
    SqlQuery taken(m_db, QStringLiteral("SELECT 1 FROM listening_queries WHERE brand_id = ? AND name = ? "
                                        "AND id <> ?"));
    if (auto st = taken.exec(query.brandId, query.name, query.id); !st)
        return st;
    if (taken.next())
        return Status::failure(tr("This brand already has a query named \"%1\".").arg(query.name));

    const QVariantList values{query.workspaceId,
                              query.brandId,
                              query.name,
                              query.keywords.join(QLatin1Char('\n')),
                              query.hashtags.join(QLatin1Char('\n')),
                              query.exclusions.join(QLatin1Char('\n')),
                              query.includeProducts ? 1 : 0,
                              networksText(query.networks),
                              query.enabled ? 1 : 0};
    if (query.id == 0) {
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO listening_queries (workspace_id, brand_id, name, "
                                             "keywords, hashtags, exclusions, include_products, networks, "
                                             "enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (auto st = insert.execWith(values); !st)
            return st;
        query.id = insert.lastInsertId();
        return Status::success();
    }
    SqlQuery update(m_db,
                    QStringLiteral("UPDATE listening_queries SET workspace_id = ?, brand_id = ?, name = ?, "
                                   "keywords = ?, hashtags = ?, exclusions = ?, include_products = ?, "
                                   "networks = ?, enabled = ? WHERE id = ?"));
    if (auto st = update.execWith(QVariantList(values) << query.id); !st)
        return st;
    if (update.numRowsAffected() < 1)
        return Status::failure(tr("This query no longer exists."));
    return Status::success();
}

Status ListeningRepository::removeQuery(Id queryId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM listening_queries WHERE id = ?"));
    return q.exec(queryId);
}

std::optional<ListeningQuery> ListeningRepository::query(Id queryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM listening_queries WHERE id = ?").arg(kQueryColumns));
    if (!q.exec(queryId) || !q.next())
        return std::nullopt;
    return readQuery(q);
}

QList<ListeningQuery> ListeningRepository::queries(Id workspaceId, Id brandId) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM listening_queries WHERE workspace_id = ?").arg(kQueryColumns);
    QVariantList values{workspaceId};
    if (brandId > 0) {
        sql += QStringLiteral(" AND brand_id = ?");
        values << brandId;
    }
    sql += QStringLiteral(" ORDER BY brand_id, name");
    SqlQuery q(m_db, sql);
    QList<ListeningQuery> result;
    if (!q.execWith(values))
        return result;
    while (q.next())
        result << readQuery(q);
    return result;
}

Status ListeningRepository::saveFeed(ListeningFeed &feed)
{
    feed.url = feed.url.trimmed();
    const QUrl url(feed.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return Status::failure(
            tr("\"%1\" is not a web address (it must start with http:// or https://).").arg(feed.url));
    if (feed.title.trimmed().isEmpty())
        feed.title = feed.url;
    SqlQuery taken(m_db, QStringLiteral("SELECT 1 FROM listening_feeds WHERE workspace_id = ? AND url = ? "
                                        "AND id <> ?"));
    if (auto st = taken.exec(feed.workspaceId, feed.url, feed.id); !st)
        return st;
    if (taken.next())
        return Status::failure(tr("This feed is already in the list."));
    if (feed.id == 0) {
        SqlQuery insert(m_db,
                        QStringLiteral("INSERT INTO listening_feeds (workspace_id, url, title, enabled) "
                                       "VALUES (?, ?, ?, ?)"));
        if (auto st = insert.exec(feed.workspaceId, feed.url, feed.title.trimmed(), feed.enabled ? 1 : 0);
            !st)
            return st;
        feed.id = insert.lastInsertId();
        return Status::success();
    }
    // A new address starts over: the old one's validators mean nothing to the new server.
    SqlQuery update(m_db, QStringLiteral("UPDATE listening_feeds SET title = ?, enabled = ?, "
                                         "etag = CASE WHEN url = ? THEN etag ELSE '' END, "
                                         "last_modified = CASE WHEN url = ? THEN last_modified ELSE '' END, "
                                         "url = ? WHERE id = ?"));
    if (auto st =
            update.exec(feed.title.trimmed(), feed.enabled ? 1 : 0, feed.url, feed.url, feed.url, feed.id);
        !st)
        return st;
    if (update.numRowsAffected() < 1)
        return Status::failure(tr("This feed no longer exists."));
    return Status::success();
}

Status ListeningRepository::removeFeed(Id feedId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM listening_feeds WHERE id = ?"));
    return q.exec(feedId);
}

std::optional<ListeningFeed> ListeningRepository::feed(Id feedId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM listening_feeds WHERE id = ?").arg(kFeedColumns));
    if (!q.exec(feedId) || !q.next())
        return std::nullopt;
    return readFeed(q);
}

QList<ListeningFeed> ListeningRepository::feeds(Id workspaceId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM listening_feeds WHERE workspace_id = ? ORDER BY title, id")
                   .arg(kFeedColumns));
    QList<ListeningFeed> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next())
        result << readFeed(q);
    return result;
}

Status ListeningRepository::recordFeedFetch(Id feedId, const QString &etag, const QString &lastModified,
                                            const QDateTime &checkedAt, const QString &error,
                                            const QString &title)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE listening_feeds SET etag = ?, last_modified = ?, checked_at = ?, "
                                    "ok_at = CASE WHEN ? = '' THEN ? ELSE ok_at END, error = ?, "
                                    "title = CASE WHEN ? = '' THEN title ELSE ? END WHERE id = ?"));
    const QString cleanTitle = title.simplified();
    return q.execWith({etag, lastModified, toDbTime(checkedAt), error, toDbTime(checkedAt), error, cleanTitle,
                       cleanTitle, feedId});
}

QString ListeningRepository::setting(Id workspaceId, const QString &key, const QString &defaultValue) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT value FROM workspace_settings WHERE workspace_id = ? AND key = ?"));
    if (!q.exec(workspaceId, key) || !q.next())
        return defaultValue;
    return q.value(0).toString();
}

Status ListeningRepository::setSetting(Id workspaceId, const QString &key, const QString &value)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO workspace_settings (workspace_id, key, value) VALUES (?, ?, ?) "
                              "ON CONFLICT (workspace_id, key) DO UPDATE SET value = excluded.value"));
    return q.exec(workspaceId, key, value);
}

} // namespace vigie
