#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// What listening collects from: each brand's queries and the workspace's RSS/Atom feeds, plus
// small per-workspace settings (crisis thresholds, collection interval).
class ListeningRepository
{
    Q_DECLARE_TR_FUNCTIONS(ListeningRepository)

public:
    explicit ListeningRepository(Database &db)
        : m_db(db)
    {}

    // Adds (id 0) or updates a query. Refused with a sentence: no name, no term at all (no
    // keyword, hashtag, nor products), a brand of another workspace, a name already used for the brand.
    Status saveQuery(ListeningQuery &query);
    Status removeQuery(Id queryId);
    std::optional<ListeningQuery> query(Id queryId) const;
    // Every query of the workspace (of one brand when brandId > 0), by brand then name.
    QList<ListeningQuery> queries(Id workspaceId, Id brandId = 0) const;

    // Adds (id 0) or updates a feed's URL, title and enabled flag. Refused: not an http(s) URL,
    // the same URL twice in a workspace.
    Status saveFeed(ListeningFeed &feed);
    Status removeFeed(Id feedId);
    std::optional<ListeningFeed> feed(Id feedId) const;
    QList<ListeningFeed> feeds(Id workspaceId) const; // by title
    // After a fetch: the validators for the next conditional GET, when it was tried, and the
    // error (empty = it worked, okAt moves too). A non-empty title replaces the stored one.
    Status recordFeedFetch(Id feedId, const QString &etag, const QString &lastModified,
                           const QDateTime &checkedAt, const QString &error, const QString &title = {});

    // Per-workspace settings; defaultValue when unset.
    QString setting(Id workspaceId, const QString &key, const QString &defaultValue = {}) const;
    Status setSetting(Id workspaceId, const QString &key, const QString &value);

private:
    Database &m_db;
};

// Terms as stored (one per line) and as typed (commas or new lines, trimmed, duplicates and
// blanks dropped, a leading '#' removed for hashtags).
QStringList listeningTermsFromText(const QString &text, bool hashtags = false);

} // namespace vigie
