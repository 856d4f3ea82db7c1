#pragma once

#include "collect/collectreport.h"
#include "core/clock.h"
#include "delivery/publishsummary.h"

#include <QCoreApplication>
#include <chrono>

class QNetworkAccessManager;

// One listening collection for a workspace: every enabled query searched on the connected
// accounts of its networks (Mastodon tag timelines and search, Bluesky searchPosts), every
// enabled RSS/Atom feed read with a conditional GET, each post and item matched against every
// query, classified and stored as a mention (MentionRepository::insert dedupes, keeps the
// aggregates and opens a case for a possible adverse event); then the engagement of published
// posts whose figures are missing or old. A failing account or feed is reported and never
// stops the others. Blocking: the window runs it in a worker thread (ListeningAutoSync).
namespace vigie {

class Database;

namespace collect {

class ListeningCollector
{
    Q_DECLARE_TR_FUNCTIONS(ListeningCollector)

public:
    struct Options
    {
        bool searches = true;
        bool feeds = true;
        bool metrics = true;
        int maxPagesPerTerm = 5; // per run; an unfinished walk goes on at the next run
        int pageSize = 40;
        int firstRunDays = 7; // how far back the first walk of a term reads
        std::chrono::milliseconds feedTimeout = std::chrono::seconds(20);
        int metricsStaleHours = 6; // figures older than this are read again
        int metricsDays = 30;      // of posts published this recently
        int metricsLimit = 100;    // posts per run
    };

    // access: credentials and adapters for the accounts (accountServiceAccess, or credentials
    // read beforehand in the GUI thread). manager must live in the calling thread.
    ListeningCollector(Database &db, PublishAccess access, QNetworkAccessManager &manager,
                       const Clock &clock = SystemClock::instance());
    ~ListeningCollector();

    CollectReport collect(Id workspaceId, const Options &options);
    CollectReport collect(Id workspaceId) { return collect(workspaceId, Options{}); }

private:
    struct Run;
    struct AccountSession;
    void collectSearches(Run &run);
    void searchTerm(Run &run, AccountSession &session, const ListeningQuery &query, const QString &term,
                    bool hashtag);
    void collectFeeds(Run &run);
    void collectMetrics(Run &run);
    AccountSession *session(Run &run, const Account &account);

    Database &m_db;
    PublishAccess m_access;
    QNetworkAccessManager &m_manager;
    const Clock &m_clock;
};

// "#doliprane on Mastodon @brand@mastodon.example", for reports.
QString searchSourceName(const QString &term, const Account &account);
// An account's handle without its leading '@' (Mastodon handles are stored with one), for "@%1".
QString bareHandle(const QString &handle);

} // namespace collect
} // namespace vigie
