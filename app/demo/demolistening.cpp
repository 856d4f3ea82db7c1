#include "demo/demolistening.h"

#include "demo/demoworld.h"
#include "listening/listeningsettings.h"
#include "storage/database.h"
#include "storage/listeningrepository.h"
#include "storage/postmetricsrepository.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace vigie {
namespace demo {

namespace {

struct DemoQuery
{
    BrandIndex brand;
    const char *name;
    const char *keywords;
    const char *hashtags;
    const char *exclusions;
};

// Keywords and exclusions as a community manager would type them (comma-separated).
const DemoQuery kQueries[] = {
    {Helidol, "Hélidol (marque)", "Hélidol, Helidol", "helidol, HelidolIbu", "hélicoptère, héliportage"},
    {Helidol, "Rupture de stock", "rupture Hélidol, pénurie paracétamol", "", ""},
    {Noctelia, "Noctélia et sommeil", "Noctélia, Noctelia, mélatonine", "NuitsSereines, sommeil", "Noctilia"},
    {Helicard, "Hélicard (professionnels)", "Hélicard, bisoprolol", "", "Héli-card"},
    {Orvalis, "Veille concurrence : Orvalis", "Orvalis", "orvalis", "Orvalis Immobilier"},
    // Batch recalls and shortages are news before anyone names the product: no product names.
    {Helicard, "Rappels de lots", "rappel de lot, retrait de lot, rupture bisoprolol", "", ""},
};

struct DemoFeed
{
    const char *title;
    const char *url;
    int minutesAgo;    // last read
    const char *error; // last read failed with this (in French, the demo world's language)
};

const DemoFeed kFeeds[] = {
    {"Actu Pharma Hebdo", "https://www.actupharmahebdo.fr/rss.xml", 9, ""},
    {"Le Fil Santé", "https://www.lefilsante.fr/feed/", 9, ""},
    {"Forum Santé Pratique", "https://forum.santepratique.fr/syndication.php?type=atom1.0", 9, ""},
    {"Officine Infos", "https://www.officine-infos.fr/rss", 9, ""},
    {"Blog Dormir Mieux", "https://dormirmieux.blog/feed.atom", 9, ""},
    {"Forum Parents & Santé", "https://www.parents-sante.fr/forum/rss", 9, ""},
    {"Cardio Veille", "https://cardioveille.fr/atom.xml", 9, ""},
    {"Douleur Info", "https://www.douleur-info.fr/actualites.rss", 185,
     "Le serveur a répondu 503 (Service Unavailable)."},
    {"Informations de sécurité – Agence", "https://www.agence-securite-sante.fr/alertes.atom", 9, ""},
    {"Pharma Wire Europe", "https://pharmawire.eu/news/feed", 9, ""},
    {"Health Forum Daily", "https://healthforumdaily.com/rss", 9, ""},
    {"Sleep Science Blog", "https://sleepscience.blog/atom.xml", 9, ""},
};

// Published posts' engagement as Vigie last read it: varied but fixed for a given post, more on
// the networks where the brands have more followers, growing with the post's age.
Status createEngagement(Database &db, const DemoWorld &world)
{
    // The demo's published variants carry the time they went out: the time they were planned for.
    SqlQuery stamp(db,
                   QStringLiteral("UPDATE post_variants SET published_at = (SELECT scheduled_at FROM posts "
                                  "WHERE posts.id = post_variants.post_id) WHERE state = 'published' "
                                  "AND published_at IS NULL AND post_id IN (SELECT id FROM posts WHERE "
                                  "workspace_id = ?)"));
    if (auto st = stamp.exec(world.workspace.id); !st)
        return st;
    PostMetricsRepository metrics(db);
    const QList<PostMetricsRow> rows =
        metrics.published(world.workspace.id, world.now.addYears(-2), world.now, 1000);
    for (PostMetricsRow row : rows) {
        const quint64 h = quint64(row.variantId) * 2654435761ULL;
        const int audience = row.network == Network::Facebook    ? 6
                             : row.network == Network::Instagram ? 5
                             : row.network == Network::LinkedIn  ? 3
                                                                 : 2;
        const qint64 ageDays = std::clamp<qint64>(row.publishedAt.daysTo(world.now), 1, 30);
        row.likes = audience * (4 + qint64(h % 37)) * (10 + ageDays) / 12;
        row.reposts = row.likes * qint64(5 + (h >> 8) % 20) / 100;
        row.replies = row.likes * qint64(3 + (h >> 16) % 15) / 100;
        row.quotes = row.network == Network::Bluesky || row.network == Network::X ? row.reposts / 4 : 0;
        row.fetchedAt = world.now.addSecs(-2 * 3600);
        if (auto st = metrics.save(row); !st)
            return st;
    }
    return Status::success();
}

} // namespace

Status createListeningSetup(Database &db, const DemoWorld &world)
{
    ListeningRepository repo(db);
    Transaction tx(db);
    for (const DemoQuery &q : kQueries) {
        ListeningQuery query;
        query.workspaceId = world.workspace.id;
        query.brandId = world.brand(q.brand).id;
        query.name = QString::fromUtf8(q.name);
        query.keywords = listeningTermsFromText(QString::fromUtf8(q.keywords));
        query.hashtags = listeningTermsFromText(QString::fromUtf8(q.hashtags), true);
        query.exclusions = listeningTermsFromText(QString::fromUtf8(q.exclusions));
        query.includeProducts = !query.name.startsWith(QStringLiteral("Rupture")) &&
                                !query.name.startsWith(QStringLiteral("Rappels"));
        query.networks = query.name.startsWith(QStringLiteral("Rappels"))
                             ? QList<Network>{Network::Bluesky}
                             : QList<Network>{Network::Mastodon, Network::Bluesky};
        if (auto st = repo.saveQuery(query); !st)
            return st;
    }
    for (const DemoFeed &f : kFeeds) {
        ListeningFeed feed;
        feed.workspaceId = world.workspace.id;
        feed.title = QString::fromUtf8(f.title);
        feed.url = QString::fromUtf8(f.url);
        if (auto st = repo.saveFeed(feed); !st)
            return st;
        const QString error = QString::fromUtf8(f.error);
        const QDateTime checkedAt = world.now.addSecs(-60LL * f.minutesAgo);
        if (auto st = repo.recordFeedFetch(feed.id, QStringLiteral("\"%1\"").arg(feed.id * 7919, 0, 16), {},
                                           checkedAt, error);
            !st)
            return st;
    }
    ListeningSettings settings;
    settings.collectMinutes = 0; // offline: nothing to collect from
    if (auto st = saveListeningSettings(db, world.workspace.id, settings); !st)
        return st;
    if (auto st = createEngagement(db, world); !st)
        return st;
    return tx.commit();
}

} // namespace demo
} // namespace vigie
