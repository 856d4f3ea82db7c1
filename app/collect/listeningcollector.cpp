#include "collect/listeningcollector.h"

#include "classify/classifier.h"
#include "collect/collectrun.h"
#include "collect/listencursor.h"
#include "delivery/inboxsync.h"
#include "feeds/feed.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/listeningrepository.h"
#include "storage/mentionrepository.h"
#include "storage/workspacerepository.h"

#include <QLocale>

namespace vigie {
namespace collect {

using namespace platforms;

QString bareHandle(const QString &handle)
{
    return handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
}

QString searchSourceName(const QString &term, const Account &account)
{
    return ListeningCollector::tr("%1 on %2 @%3")
        .arg(term, networkDisplayName(account.network), bareHandle(account.handle));
}

ListeningCollector::ListeningCollector(Database &db, PublishAccess access, QNetworkAccessManager &manager,
                                       const Clock &clock)
    : m_db(db)
    , m_access(std::move(access))
    , m_manager(manager)
    , m_clock(clock)
{}

ListeningCollector::~ListeningCollector() = default;

CollectReport ListeningCollector::collect(Id workspaceId, const Options &options)
{
    WorkspaceRepository workspaces(m_db);
    if (!workspaces.workspace(workspaceId)) {
        CollectReport report;
        report.storeError = tr("The workspace to collect for does not exist.");
        return report;
    }
    const QList<Product> products = workspaces.products(workspaceId);
    const classify::Classifier classifier = workspaceClassifier(m_db, workspaceId);
    const QueryMatcher matcher(ListeningRepository(m_db).queries(workspaceId), workspaces.brands(workspaceId),
                               products);
    Run run{workspaceId,
            options,
            m_clock.now(),
            products,
            classifier,
            matcher,
            MentionBuilder(workspaceId, classifier, matcher, m_clock),
            {},
            {}};
    if (options.searches)
        collectSearches(run);
    if (options.feeds)
        collectFeeds(run);
    if (options.metrics)
        collectMetrics(run);
    // What each account's job leaves for the caller to store (credentials, status).
    for (const auto &[accountId, session] : run.sessions) {
        if (!session->adapter)
            continue;
        PublishAccountJob job;
        job.account = session->account;
        job.before = session->before;
        job.after = session->adapter->credentials();
        job.lastOutcome = session->lastFailure;
        job.ran = true;
        run.report.accounts << job;
    }
    return run.report;
}

ListeningCollector::AccountSession *ListeningCollector::session(Run &run, const Account &account)
{
    if (auto found = run.sessions.find(account.id); found != run.sessions.end())
        return found->second->usable() ? found->second.get() : nullptr;
    auto session = std::make_unique<AccountSession>();
    session->account = account;
    QString problem;
    if (account.status == AccountStatus::Disconnected || account.secretKey.isEmpty()) {
        problem = tr("The account is not connected.");
    } else if (account.status == AccountStatus::NeedsReconnect) {
        problem = tr("The network refused the account's sign-in: reconnect it in Tools \u203a Accounts.");
    } else if (account.status == AccountStatus::RateLimited && account.rateLimitedUntil.isValid() &&
               account.rateLimitedUntil > run.now) {
        problem = tr("The network asked Vigie to wait until %1.")
                      .arg(QLocale().toString(account.rateLimitedUntil.toLocalTime(), QLocale::ShortFormat));
    } else if (!m_access.loadCredentials || !m_access.makeAdapter) {
        problem = tr("No system keychain is available.");
    } else if (auto st = m_access.loadCredentials(account, &session->before); !st) {
        problem = st.error();
    } else {
        session->http = std::make_unique<HttpTransport>(m_manager, QUrl(account.baseUrl));
        session->adapter = m_access.makeAdapter(account, session->before, *session->http, m_clock);
        if (!session->adapter)
            problem = tr("Vigie cannot talk to %1 yet.").arg(networkDisplayName(account.network));
    }
    if (!problem.isEmpty()) {
        session->adapter.reset();
        CollectSource source;
        source.kind = CollectSource::Kind::Account;
        source.state = CollectSource::State::Failed;
        source.network = account.network;
        source.accountId = account.id;
        source.name =
            QStringLiteral("%1 @%2").arg(networkDisplayName(account.network), bareHandle(account.handle));
        source.error = problem;
        run.report.sources << source;
    }
    AccountSession *raw = session.get();
    run.sessions.emplace(account.id, std::move(session));
    return raw->usable() ? raw : nullptr;
}

void ListeningCollector::collectSearches(Run &run)
{
    const QList<ListeningQuery> queries = ListeningRepository(m_db).queries(run.workspaceId);
    for (const Account &account : WorkspaceRepository(m_db).accounts(run.workspaceId)) {
        for (const ListeningQuery &query : queries) {
            if (!query.enabled || !query.networks.contains(account.network))
                continue;
            AccountSession *s = session(run, account);
            if (!s || s->stopped)
                break;
            if (!s->adapter->mentionSearch())
                break; // the network has no public search: nothing to walk for any query
            for (const QString &tag : query.hashtags)
                if (!s->stopped)
                    searchTerm(run, *s, query, tag, true);
            QStringList terms = query.keywords;
            if (query.includeProducts) {
                for (const Product &product : run.products)
                    if (product.brandId == query.brandId &&
                        !terms.contains(product.name, Qt::CaseInsensitive))
                        terms << product.name;
            }
            for (const QString &term : std::as_const(terms))
                if (!s->stopped && !term.trimmed().isEmpty())
                    searchTerm(run, *s, query, term.trimmed(), false);
        }
    }
}

namespace {
// One page of mentions and the cursor after it, all or nothing.
Status storePage(Database &db, const Clock &clock, const QList<Mention> &mentions, const SyncCursor &cursor,
                 int *inserted)
{
    Transaction tx(db);
    *inserted = 0;
    if (auto st = MentionRepository(db).insert(mentions, inserted); !st)
        return st;
    if (auto st = InboxRepository(db, clock).ingest({}, nullptr, &cursor); !st)
        return st;
    return tx.commit();
}
} // namespace

void ListeningCollector::searchTerm(Run &run, AccountSession &session, const ListeningQuery &query,
                                    const QString &rawTerm, bool hashtag)
{
    QString term = rawTerm.trimmed();
    while (hashtag && term.startsWith(QLatin1Char('#')))
        term.remove(0, 1);
    if (term.isEmpty())
        return;
    const QString label = hashtag ? QLatin1Char('#') + term : term;
    CollectSource source;
    source.kind = CollectSource::Kind::Search;
    source.network = session.account.network;
    source.accountId = session.account.id;
    source.queryId = query.id;
    source.name = searchSourceName(label, session.account);

    const QString stream = listenStream(query.id, label);
    ListenCursor cursor =
        ListenCursor::fromText(InboxRepository(m_db, m_clock).syncCursor(session.account.id, stream));
    const QDateTime horizon = run.now.addDays(-qMax(1, run.options.firstRunDays));
    int pagesLeft = qMax(1, run.options.maxPagesPerTerm);
    MentionSearch *search = session.adapter->mentionSearch();

    // Walks down from start until posts older than stopAt; false when it failed or ran out of pages.
    auto walk = [&](const QString &start, const QDateTime &stopAt, QDateTime newest) {
        QString next = start;
        while (pagesLeft > 0) {
            SearchQuery q;
            (hashtag ? q.hashtag : q.terms) = term;
            q.cursor = next;
            q.limit = run.options.pageSize;
            const Result<SearchPage> page = search->search(q);
            if (!page.ok()) {
                source.state = CollectSource::State::Failed;
                source.error = page.outcome.describe();
                session.fail(page.outcome);
                return false;
            }
            --pagesLeft;
            ++source.pages;
            bool reached = false;
            QList<Mention> batch;
            for (const RemoteMessage &post : page.value.posts) {
                if (post.createdAt.isValid() && post.createdAt < stopAt) {
                    reached = true;
                    continue;
                }
                ++source.fetched;
                if (post.createdAt.isValid() && (!newest.isValid() || post.createdAt > newest))
                    newest = post.createdAt;
                if (auto mention = run.builder.fromPost(post, session.account.network, label, query.id))
                    batch << *mention;
            }
            const bool complete = reached || page.value.nextCursor.isEmpty() || page.value.posts.isEmpty();
            ListenCursor after;
            after.mark = cursor.mark;
            if (complete) {
                if (newest.isValid() && (!after.mark.isValid() || newest > after.mark))
                    after.mark = newest;
            } else {
                after.resume = page.value.nextCursor;
                after.walkNewest = newest;
            }
            int inserted = 0;
            const SyncCursor saved{session.account.id, stream, after.toText()};
            if (auto st = storePage(m_db, m_clock, batch, saved, &inserted); !st) {
                source.state = CollectSource::State::Failed;
                source.error = tr("The database refused a page of mentions: %1").arg(st.error());
                return false;
            }
            source.newMentions += inserted;
            cursor = after;
            if (complete)
                return true;
            next = page.value.nextCursor;
        }
        return false;
    };

    if (cursor.unfinished()) // the last run stopped half-way down: finish that walk first
        walk(cursor.resume, cursor.mark.isValid() ? cursor.mark : horizon, cursor.walkNewest);
    if (source.state != CollectSource::State::Failed && !cursor.unfinished() && pagesLeft > 0)
        walk(QString(), cursor.mark.isValid() ? cursor.mark : horizon, QDateTime());
    run.report.sources << source;
}

void ListeningCollector::collectFeeds(Run &run)
{
    ListeningRepository listening(m_db);
    feeds::FeedFetcher fetcher(m_manager, run.options.feedTimeout);
    for (const ListeningFeed &feed : listening.feeds(run.workspaceId)) {
        if (!feed.enabled)
            continue;
        CollectSource source;
        source.kind = CollectSource::Kind::Feed;
        source.network = Network::Feed;
        source.feedId = feed.id;
        source.name = feed.title.isEmpty() ? feed.url : feed.title;
        const feeds::FeedFetch fetched = fetcher.fetch(feed);
        const QDateTime now = m_clock.now();
        Transaction tx(m_db);
        Status st = Status::success();
        switch (fetched.kind) {
        case feeds::FeedFetch::Kind::Updated: {
            if (!fetched.document.title.trimmed().isEmpty())
                source.name = fetched.document.title.trimmed();
            QList<Mention> mentions;
            for (const feeds::FeedItem &item : fetched.document.items)
                if (auto mention = run.builder.fromFeedItem(item, source.name))
                    mentions << *mention;
            source.fetched = int(fetched.document.items.size());
            st = MentionRepository(m_db).insert(mentions, &source.newMentions);
            if (st)
                st = listening.recordFeedFetch(feed.id, fetched.etag, fetched.lastModified, now, {},
                                               fetched.document.title.trimmed());
            break;
        }
        case feeds::FeedFetch::Kind::NotModified:
            source.state = CollectSource::State::NotModified;
            st = listening.recordFeedFetch(feed.id, fetched.etag, fetched.lastModified, now, {});
            break;
        case feeds::FeedFetch::Kind::Failed:
            source.state = CollectSource::State::Failed;
            source.error = fetched.error.isEmpty() ? tr("The feed could not be read.") : fetched.error;
            st = listening.recordFeedFetch(feed.id, feed.etag, feed.lastModified, now, source.error);
            break;
        }
        if (st)
            st = tx.commit();
        if (!st) {
            source.state = CollectSource::State::Failed;
            source.newMentions = 0;
            source.error = tr("The database refused this feed's mentions: %1").arg(st.error());
        }
        run.report.sources << source;
    }
}

} // namespace collect
} // namespace vigie
