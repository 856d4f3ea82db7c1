#include "cli/listeningcommand.h"

#include "cli/networksession.h"
#include "core/network.h"
#include "storage/database.h"
#include "storage/listeningrepository.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

namespace {

// "a, b,,c" → {"a", "b", "c"}: the form every list option takes.
QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

QJsonArray jsonStrings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList networkKeys(const QList<Network> &networks)
{
    QStringList keys;
    for (Network n : networks)
        keys << networkKey(n);
    return keys;
}

// The networks a query can search; feeds are read for every query.
QList<Network> searchableNetworks()
{
    return {Network::Mastodon, Network::Bluesky};
}

// The brand whose name is `name`, ignoring case; nullopt when none is.
std::optional<Brand> brandNamed(const QList<Brand> &brands, const QString &name)
{
    for (const Brand &b : brands)
        if (b.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return b;
    return std::nullopt;
}

QString brandNames(const QList<Brand> &brands)
{
    QStringList names;
    for (const Brand &b : brands)
        names << b.name;
    return names.join(QStringLiteral(", "));
}

// Parses `vigie listening SUB …` with parser; -1 to go on.
int parseSub(QCommandLineParser &parser, const QString &sub, const QStringList &args, Io io)
{
    addDatabaseOption(parser);
    return parseArguments(parser, QStringList{QStringLiteral("listening ") + sub} + args.mid(2), io);
}

} // namespace

QString ListeningCommand::summary() const
{
    return tr("manage listening queries and feeds");
}

int ListeningCommand::run(const QStringList &args, Io io)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("queries"))
        return queries(args, io);
    if (sub == QLatin1String("add-query"))
        return addQuery(args, io);
    if (sub == QLatin1String("remove-query"))
        return removeQuery(args, io);
    if (sub == QLatin1String("feeds"))
        return feeds(args, io);
    if (sub == QLatin1String("add-feed"))
        return addFeed(args, io);
    if (sub == QLatin1String("remove-feed"))
        return removeFeed(args, io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << tr("Usage: vigie listening queries [--json]\n"
                     "       vigie listening add-query --brand NAME --name NAME [--keywords a,b] "
                     "[--hashtags x,y] [--exclude a,b] [--no-products] [--networks mastodon,bluesky] "
                     "[--disabled]\n"
                     "       vigie listening remove-query ID\n"
                     "       vigie listening feeds [--json]\n"
                     "       vigie listening add-feed URL [--title TITLE] [--disabled]\n"
                     "       vigie listening remove-feed ID\n"
                     "Every subcommand takes --db PATH.\n");
        return Success;
    }
    io.err << tr("vigie listening: say queries, add-query, remove-query, feeds, add-feed or remove-feed "
                 "(see 'vigie listening --help').")
           << '\n';
    return BadUsage;
}

int ListeningCommand::queries(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the listening queries of every brand."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (int code = parseSub(parser, QStringLiteral("queries"), args, io); code >= 0)
        return code;
    const QString command = QStringLiteral("vigie listening queries");
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    QHash<Id, QString> brandName;
    for (const Brand &b : WorkspaceRepository(db).brands(workspace.id))
        brandName.insert(b.id, b.name);
    const QList<ListeningQuery> queries = ListeningRepository(db).queries(workspace.id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ListeningQuery &q : queries)
            array.append(QJsonObject{
                {QStringLiteral("id"), q.id},
                {QStringLiteral("brand_id"), q.brandId},
                {QStringLiteral("brand"), brandName.value(q.brandId)},
                {QStringLiteral("name"), q.name},
                {QStringLiteral("keywords"), jsonStrings(q.keywords)},
                {QStringLiteral("hashtags"), jsonStrings(q.hashtags)},
                {QStringLiteral("exclusions"), jsonStrings(q.exclusions)},
                {QStringLiteral("include_products"), q.includeProducts},
                {QStringLiteral("networks"), jsonStrings(networkKeys(q.networks))},
                {QStringLiteral("enabled"), q.enabled},
            });
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (queries.isEmpty()) {
        io.out << tr("No listening query yet: add one with 'vigie listening add-query'.") << '\n';
        return Success;
    }
    for (const ListeningQuery &q : queries) {
        QStringList terms = q.keywords;
        for (const QString &tag : q.hashtags)
            terms << QLatin1Char('#') + tag;
        for (const QString &exclusion : q.exclusions)
            terms << QLatin1Char('-') + exclusion;
        if (q.includeProducts)
            terms << tr("+products");
        io.out << QStringLiteral("%1  %2 / %3: %4  [%5]%6\n")
                      .arg(q.id, 4)
                      .arg(brandName.value(q.brandId), q.name, terms.join(QStringLiteral(", ")),
                           networkKeys(q.networks).join(QLatin1Char(',')),
                           q.enabled ? QString() : QStringLiteral("  ") + tr("(disabled)"));
    }
    return Success;
}

int ListeningCommand::addQuery(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a listening query to a brand (own or competitor). Lists are comma-separated."));
    parser.addOption({QStringLiteral("brand"), tr("The brand's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("name"), tr("The query's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("keywords"), tr("Words or phrases to find."), QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("hashtags"), tr("Hashtags to follow, without #."), QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("exclude"), tr("A post with one of these is left out."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("no-products"),
                      tr("Do not also look for the brand's products (names, aliases, INN).")});
    parser.addOption({QStringLiteral("networks"), tr("Networks to search (default: mastodon,bluesky)."),
                      QStringLiteral("LIST"), QStringLiteral("mastodon,bluesky")});
    parser.addOption({QStringLiteral("disabled"), tr("Add it switched off.")});
    if (int code = parseSub(parser, QStringLiteral("add-query"), args, io); code >= 0)
        return code;
    const QString command = QStringLiteral("vigie listening add-query");
    if (parser.value(QStringLiteral("brand")).trimmed().isEmpty() ||
        parser.value(QStringLiteral("name")).trimmed().isEmpty()) {
        io.err << command << QStringLiteral(": ") << tr("give --brand NAME and --name NAME.") << '\n';
        return BadUsage;
    }
    QList<Network> networks;
    for (const QString &key : commaList(parser.value(QStringLiteral("networks")))) {
        const Network network = networkFromKey(key.toLower());
        if (!searchableNetworks().contains(network)) {
            io.err << command << QStringLiteral(": ")
                   << tr("\u201c%1\u201d is not a network listening can search (say mastodon or bluesky).")
                          .arg(key)
                   << '\n';
            return BadUsage;
        }
        if (!networks.contains(network))
            networks << network;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const QList<Brand> brands = WorkspaceRepository(db).brands(workspace.id);
    const auto brand = brandNamed(brands, parser.value(QStringLiteral("brand")));
    if (!brand) {
        io.err << command << QStringLiteral(": ")
               << tr("there is no brand \u201c%1\u201d (the brands are: %2).")
                      .arg(parser.value(QStringLiteral("brand")), brandNames(brands))
               << '\n';
        return Failure;
    }
    ListeningQuery query;
    query.workspaceId = workspace.id;
    query.brandId = brand->id;
    query.name = parser.value(QStringLiteral("name"));
    query.keywords = commaList(parser.value(QStringLiteral("keywords")));
    query.hashtags = commaList(parser.value(QStringLiteral("hashtags")));
    query.exclusions = commaList(parser.value(QStringLiteral("exclude")));
    query.includeProducts = !parser.isSet(QStringLiteral("no-products"));
    query.networks = networks;
    query.enabled = !parser.isSet(QStringLiteral("disabled"));
    if (auto st = ListeningRepository(db).saveQuery(query); !st)
        return reportFailure(io, command, st);
    io.out << tr("Query %1 \u201c%2\u201d added to %3.").arg(query.id).arg(query.name, brand->name) << '\n';
    return Success;
}

int ListeningCommand::removeQuery(const QStringList &args, Io io)
{
    RemoveSpec spec;
    spec.sub = QStringLiteral("remove-query");
    spec.description = tr("Remove a listening query; mentions already collected stay.");
    spec.idHelp = tr("The query's number (see 'vigie listening queries').");
    spec.missingId = tr("give the query's number.");
    spec.find = [](ListeningRepository &repo, Id id) -> std::optional<QPair<Id, QString>> {
        const auto query = repo.query(id);
        return query ? std::optional(qMakePair(query->workspaceId, query->name)) : std::nullopt;
    };
    spec.notFound = tr("there is no query %1 (see 'vigie listening queries').");
    spec.remove = [](ListeningRepository &repo, Id id) { return repo.removeQuery(id); };
    spec.removed = tr("Query %1 \u201c%2\u201d removed.");
    return removeItem(args, io, spec);
}

int ListeningCommand::removeItem(const QStringList &args, Io io, const RemoveSpec &spec)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(spec.description);
    parser.addPositionalArgument(QStringLiteral("id"), spec.idHelp);
    if (int code = parseSub(parser, spec.sub, args, io); code >= 0)
        return code;
    const QString command = QStringLiteral("vigie listening ") + spec.sub;
    const Id id = parseId(parser.positionalArguments().value(0));
    if (!id || parser.positionalArguments().size() != 1) {
        io.err << command << QStringLiteral(": ") << spec.missingId << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    ListeningRepository repo(db);
    const auto found = spec.find(repo, id);
    if (!found || found->first != workspace.id) {
        io.err << command << QStringLiteral(": ") << spec.notFound.arg(id) << '\n';
        return Failure;
    }
    if (auto st = spec.remove(repo, id); !st)
        return reportFailure(io, command, st);
    io.out << spec.removed.arg(id).arg(found->second) << '\n';
    return Success;
}

int ListeningCommand::feeds(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the RSS/Atom feeds listening reads, with their last error."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (int code = parseSub(parser, QStringLiteral("feeds"), args, io); code >= 0)
        return code;
    const QString command = QStringLiteral("vigie listening feeds");
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const QList<ListeningFeed> feeds = ListeningRepository(db).feeds(workspace.id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ListeningFeed &f : feeds)
            array.append(QJsonObject{
                {QStringLiteral("id"), f.id},
                {QStringLiteral("title"), f.title},
                {QStringLiteral("url"), f.url},
                {QStringLiteral("enabled"), f.enabled},
                {QStringLiteral("checked_at"), jsonTime(f.checkedAt)},
                {QStringLiteral("ok_at"), jsonTime(f.okAt)},
                {QStringLiteral("error"), f.error.isEmpty() ? QJsonValue() : QJsonValue(f.error)},
            });
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (feeds.isEmpty()) {
        io.out << tr("No feed yet: add one with 'vigie listening add-feed URL'.") << '\n';
        return Success;
    }
    QTimeZone zone(workspace.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    for (const ListeningFeed &f : feeds) {
        const QString read = f.okAt.isValid()
                                 ? tr("read %1").arg(f.okAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"))
                                 : tr("never read");
        io.out << QStringLiteral("%1  %2  <%3>  %4%5\n")
                      .arg(f.id, 4)
                      .arg(f.title, f.url, read,
                           f.enabled ? QString() : QStringLiteral("  ") + tr("(disabled)"));
        if (!f.error.isEmpty())
            io.out << QStringLiteral("      ") << tr("last error: %1").arg(f.error) << '\n';
    }
    return Success;
}

int ListeningCommand::addFeed(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add an RSS or Atom feed to read for every query."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The feed's address (http:// or https://)."));
    parser.addOption(
        {QStringLiteral("title"), tr("A title until the feed gives its own."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("disabled"), tr("Add it switched off.")});
    if (int code = parseSub(parser, QStringLiteral("add-feed"), args, io); code >= 0)
        return code;
    const QString command = QStringLiteral("vigie listening add-feed");
    if (parser.positionalArguments().size() != 1) {
        io.err << command << QStringLiteral(": ") << tr("give the feed's address.") << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    ListeningFeed feed;
    feed.workspaceId = workspace.id;
    feed.url = parser.positionalArguments().constFirst();
    feed.title = parser.value(QStringLiteral("title")).simplified();
    feed.enabled = !parser.isSet(QStringLiteral("disabled"));
    if (auto st = ListeningRepository(db).saveFeed(feed); !st)
        return reportFailure(io, command, st);
    io.out << tr("Feed %1 added: %2").arg(feed.id).arg(feed.url) << '\n';
    return Success;
}

int ListeningCommand::removeFeed(const QStringList &args, Io io)
{
    RemoveSpec spec;
    spec.sub = QStringLiteral("remove-feed");
    spec.description = tr("Remove a feed; mentions already collected from it stay.");
    spec.idHelp = tr("The feed's number (see 'vigie listening feeds').");
    spec.missingId = tr("give the feed's number.");
    spec.find = [](ListeningRepository &repo, Id id) -> std::optional<QPair<Id, QString>> {
        const auto feed = repo.feed(id);
        return feed ? std::optional(qMakePair(feed->workspaceId, feed->title)) : std::nullopt;
    };
    spec.notFound = tr("there is no feed %1 (see 'vigie listening feeds').");
    spec.remove = [](ListeningRepository &repo, Id id) { return repo.removeFeed(id); };
    spec.removed = tr("Feed %1 \u201c%2\u201d removed.");
    return removeItem(args, io, spec);
}

} // namespace cli
} // namespace vigie
