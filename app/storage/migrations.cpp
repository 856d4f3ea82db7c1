#include "storage/migrations.h"

#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/mentionaggregates.h"
#include "storage/sqlquery.h"

#include "core/postcontent.h"

#include <QStringList>

namespace vigie {

namespace {

Status runAll(Database &db, const QStringList &statements)
{
    for (const auto &sql : statements) {
        if (auto st = db.exec(db.dialect().expand(sql)); !st)
            return st;
    }
    return Status::success();
}

// Times are UTC epoch seconds ({bigint}); days are Julian day numbers in the workspace timezone.
const QStringList kBaseSchema = {
    QStringLiteral(R"(CREATE TABLE workspaces (
        id {pk}, name TEXT NOT NULL, timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
        is_demo INTEGER NOT NULL DEFAULT 0, created_at {bigint} NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE brands (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL, color TEXT NOT NULL DEFAULT '#2f6f9f', is_competitor INTEGER NOT NULL DEFAULT 0,
        safety_text TEXT NOT NULL DEFAULT '', UNIQUE (workspace_id, name)))"),
    QStringLiteral(R"(CREATE TABLE products (
        id {pk}, brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
        name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '', inn TEXT NOT NULL DEFAULT '',
        prescription_only INTEGER NOT NULL DEFAULT 0, UNIQUE (brand_id, name)))"),
    QStringLiteral(R"(CREATE TABLE accounts (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} REFERENCES brands(id) ON DELETE SET NULL, network TEXT NOT NULL,
        handle TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', base_url TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'connected', is_public INTEGER NOT NULL DEFAULT 1,
        created_at {bigint} NOT NULL, UNIQUE (workspace_id, network, base_url, handle)))"),
    QStringLiteral(R"(CREATE TABLE posts (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} REFERENCES brands(id) ON DELETE SET NULL, body TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'draft', scheduled_at {bigint},
        created_at {bigint} NOT NULL, updated_at {bigint} NOT NULL))"),
    QStringLiteral("CREATE INDEX posts_by_schedule ON posts (workspace_id, scheduled_at)"),
    QStringLiteral(R"(CREATE TABLE post_variants (
        id {pk}, post_id {bigint} NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        body TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'draft',
        remote_id TEXT NOT NULL DEFAULT '', remote_url TEXT NOT NULL DEFAULT '',
        published_at {bigint}, error TEXT NOT NULL DEFAULT '', UNIQUE (post_id, account_id)))"),
    QStringLiteral(R"(CREATE TABLE threads (
        id {pk}, account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        brand_id {bigint} REFERENCES brands(id) ON DELETE SET NULL, root_remote_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open', is_read INTEGER NOT NULL DEFAULT 0,
        last_message_at {bigint} NOT NULL, message_count INTEGER NOT NULL DEFAULT 0,
        last_author TEXT NOT NULL DEFAULT '', snippet TEXT NOT NULL DEFAULT '',
        has_adverse_event INTEGER NOT NULL DEFAULT 0, UNIQUE (account_id, root_remote_id)))"),
    QStringLiteral("CREATE INDEX threads_by_recency ON threads (last_message_at DESC, id DESC)"),
    QStringLiteral(R"(CREATE TABLE messages (
        id {pk}, thread_id {bigint} NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL, parent_remote_id TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'in', kind TEXT NOT NULL DEFAULT 'comment',
        author_handle TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '', lang TEXT NOT NULL DEFAULT '', sentiment INTEGER NOT NULL DEFAULT 0,
        adverse_event INTEGER NOT NULL DEFAULT 0, delivery_state TEXT NOT NULL DEFAULT '',
        created_at {bigint} NOT NULL, received_at {bigint} NOT NULL, UNIQUE (account_id, remote_id)))"),
    QStringLiteral("CREATE INDEX messages_by_thread ON messages (thread_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE mentions (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
        product_id {bigint} REFERENCES products(id) ON DELETE SET NULL, network TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '', remote_id TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '', lang TEXT NOT NULL DEFAULT '', sentiment INTEGER NOT NULL DEFAULT 0,
        adverse_event INTEGER NOT NULL DEFAULT 0, url TEXT NOT NULL DEFAULT '', reach {bigint} NOT NULL DEFAULT 0,
        created_at {bigint} NOT NULL, UNIQUE (network, remote_id)))"),
    QStringLiteral("CREATE INDEX mentions_by_time ON mentions (workspace_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE audit_events (
        id {pk}, workspace_id {bigint} REFERENCES workspaces(id) ON DELETE CASCADE,
        at {bigint} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,
        entity_id {bigint} NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '{}'))"),
    QStringLiteral("CREATE INDEX audit_by_entity ON audit_events (entity, entity_id)"),
};

// Version 2: daily mention aggregates maintained on insert, so analytics over a year of a
// million mentions reads ~365 rows per brand instead of grouping a million.
const QStringList kAggregateSchema = {
    QStringLiteral(R"(CREATE TABLE mention_daily (
        workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE, day INTEGER NOT NULL,
        total INTEGER NOT NULL DEFAULT 0, positive INTEGER NOT NULL DEFAULT 0,
        neutral INTEGER NOT NULL DEFAULT 0, negative INTEGER NOT NULL DEFAULT 0,
        adverse INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (workspace_id, brand_id, day)))"),
    QStringLiteral(R"(CREATE TABLE mention_product_daily (
        product_id {bigint} NOT NULL REFERENCES products(id) ON DELETE CASCADE, day INTEGER NOT NULL,
        total INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (product_id, day)))"),
};

// Version 3: what talking to real networks needs. Secrets stay in the system keychain: the
// account row holds only the name of its keychain entry.
const QStringList kNetworkSchema = {
    QStringLiteral("ALTER TABLE accounts ADD COLUMN remote_user_id TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE accounts ADD COLUMN secret_key TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE accounts ADD COLUMN max_length INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE accounts ADD COLUMN rate_limited_until {bigint}"),
    QStringLiteral("ALTER TABLE accounts ADD COLUMN status_detail TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(R"(CREATE TABLE sync_cursors (
        account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, stream TEXT NOT NULL,
        cursor TEXT NOT NULL, updated_at {bigint} NOT NULL, PRIMARY KEY (account_id, stream)))"),
    QStringLiteral("ALTER TABLE messages ADD COLUMN url TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN idempotency_key TEXT NOT NULL DEFAULT ''"),
};

// Version 4: each audit entry stores its hash and the previous entry's, so `vigie audit verify`
// detects an edited, deleted or reordered entry. Existing entries are sealed in id order.
const QStringList kAuditChainSchema = {
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
};

// Version 5: planning, approval and the scheduled publisher (issue 4). Approvals are bound to a
// hash of the exact content; variants carry what a publisher needs to retry and to recover
// after a crash (attempts, next attempt, who claimed it and when, parts already published).
const QStringList kApprovalSchema = {
    QStringLiteral("ALTER TABLE brands ADD COLUMN required_reviews TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE brands ADD COLUMN forbidden_claims TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE posts ADD COLUMN extras TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE posts ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE posts ADD COLUMN series_id {bigint}"),
    QStringLiteral("ALTER TABLE posts ADD COLUMN recurrence TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX posts_by_state ON posts (state, scheduled_at)"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN next_attempt_at {bigint}"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN claimed_at {bigint}"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE post_variants ADD COLUMN progress TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(R"(CREATE TABLE approvals (
        id {pk}, post_id {bigint} NOT NULL REFERENCES posts(id) ON DELETE CASCADE, role TEXT NOT NULL,
        reviewer TEXT NOT NULL, decision TEXT NOT NULL, content_hash TEXT NOT NULL,
        mlr_code TEXT NOT NULL DEFAULT '', expires_at {bigint}, comment TEXT NOT NULL DEFAULT '',
        decided_at {bigint} NOT NULL))"),
    QStringLiteral("CREATE INDEX approvals_by_post ON approvals (post_id, decided_at)"),
    QStringLiteral(R"(CREATE TABLE members (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL, roles TEXT NOT NULL DEFAULT '', UNIQUE (workspace_id, name)))"),
    QStringLiteral(R"(CREATE TABLE queue_slots (
        id {pk}, account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL, minute_of_day INTEGER NOT NULL,
        UNIQUE (account_id, weekday, minute_of_day)))"),
    QStringLiteral(R"(CREATE TABLE composer_autosave (
        workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        post_id {bigint} NOT NULL DEFAULT 0, saved_at {bigint} NOT NULL, payload TEXT NOT NULL,
        PRIMARY KEY (workspace_id, post_id)))"),
};

// Version 6: the audit log's head (last entry, its hash, how many entries) kept in its own row
// and moved with every append, so deleting the newest entries is detected like any other
// deletion (the chain alone cannot see a cut tail).
const QStringList kAuditHeadSchema = {
    QStringLiteral(R"(CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY, last_id {bigint} NOT NULL, last_hash TEXT NOT NULL,
        entries {bigint} NOT NULL))"),
};

// Version 7: the inbox's working tools (assignee, tags, notes, saved replies), what the
// classifier found in each message, the pharmacovigilance case queue, and full-text search.
const QStringList kInboxToolsSchema = {
    QStringLiteral("ALTER TABLE messages ADD COLUMN evidence TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE messages ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE threads ADD COLUMN assignee TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE threads ADD COLUMN sentiment INTEGER NOT NULL DEFAULT 0"),
    // Conversations a reviewer must see first: SQLite walks this small index for the flag filter.
    QStringLiteral("CREATE INDEX threads_adverse_by_recency ON threads (last_message_at DESC, id DESC) "
                   "WHERE has_adverse_event = 1"),
    QStringLiteral(R"(CREATE TABLE thread_tags (
        thread_id {bigint} NOT NULL REFERENCES threads(id) ON DELETE CASCADE, tag TEXT NOT NULL,
        PRIMARY KEY (thread_id, tag)))"),
    QStringLiteral("CREATE INDEX thread_tags_by_tag ON thread_tags (tag, thread_id)"),
    QStringLiteral(R"(CREATE TABLE thread_notes (
        id {pk}, thread_id {bigint} NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        author TEXT NOT NULL, body TEXT NOT NULL, created_at {bigint} NOT NULL))"),
    QStringLiteral("CREATE INDEX thread_notes_by_thread ON thread_notes (thread_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE saved_replies (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        language TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
        UNIQUE (workspace_id, language, title)))"),
    // One case per flagged message or mention. Day 0 is when Vigie received the text (the
    // company could see it from then); cases are never removed, a dismissal keeps its reason.
    QStringLiteral(R"(CREATE TABLE adverse_cases (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        message_id {bigint} UNIQUE REFERENCES messages(id) ON DELETE SET NULL,
        mention_id {bigint} UNIQUE REFERENCES mentions(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'pending', flagged_at {bigint} NOT NULL, day0 {bigint} NOT NULL,
        decided_at {bigint}, decided_by TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
        serious INTEGER, seriousness TEXT NOT NULL DEFAULT '', intake TEXT NOT NULL DEFAULT '{}',
        due_at {bigint}, updated_at {bigint} NOT NULL))"),
    QStringLiteral("CREATE INDEX adverse_cases_by_status ON adverse_cases (workspace_id, status, day0)"),
    // The queue lists the most urgent first: one page without sorting every pending case.
    QStringLiteral("CREATE INDEX adverse_cases_by_due ON adverse_cases (workspace_id, status, due_at, id)"),
};

// Full-text search over messages. SQLite: an FTS5 index over the messages table itself
// (external content, so the text is stored once), folding case and accents; the ingest keeps
// it in step batch by batch, the triggers cover every other change. PostgreSQL: a GIN index on
// the same columns ('simple' configuration; accents are not folded there yet).
const QStringList kMessageSearchSqlite = {
    QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(body, author_name, author_handle, "
                   "content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
    QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"),
    QStringLiteral(R"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, author_name, author_handle)
        VALUES ('delete', old.id, old.body, old.author_name, old.author_handle); END)"),
    QStringLiteral(R"(CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, author_name, author_handle
        ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, author_name, author_handle)
        VALUES ('delete', old.id, old.body, old.author_name, old.author_handle);
        INSERT INTO messages_fts (rowid, body, author_name, author_handle)
        VALUES (new.id, new.body, new.author_name, new.author_handle); END)"),
};
const QStringList kMessageSearchPostgres = {
    QStringLiteral("CREATE INDEX messages_search ON messages USING gin "
                   "(to_tsvector('simple', body || ' ' || author_name || ' ' || author_handle))"),
};

// Version 8: listening (issue 6). Queries and feeds to collect from, richer mentions (every
// brand and product named, the matched terms, adverse-event evidence), per-source daily
// aggregates, engagement of published posts, crisis alerts and per-workspace settings.
const QStringList kListeningSchema = {
    QStringLiteral(R"(CREATE TABLE listening_queries (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE, name TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '', hashtags TEXT NOT NULL DEFAULT '',
        exclusions TEXT NOT NULL DEFAULT '', include_products INTEGER NOT NULL DEFAULT 1,
        networks TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1,
        UNIQUE (brand_id, name)))"),
    QStringLiteral(R"(CREATE TABLE listening_feeds (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        url TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1,
        etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '', checked_at {bigint},
        ok_at {bigint}, error TEXT NOT NULL DEFAULT '', UNIQUE (workspace_id, url)))"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN other_brand_ids TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN product_ids TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN author_name TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN matched_terms TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN evidence TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE mentions ADD COLUMN received_at {bigint}"),
    // The mentions behind a chart point: one brand, one day.
    QStringLiteral("CREATE INDEX mentions_by_brand_time ON mentions (workspace_id, brand_id, created_at)"),
    QStringLiteral(R"(CREATE TABLE mention_source_daily (
        workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE, network TEXT NOT NULL,
        source TEXT NOT NULL, day INTEGER NOT NULL, total INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (workspace_id, brand_id, network, source, day)))"),
    // Top sources and networks for a period: walked in (network, source) order without touching
    // the table, so the grouping needs no sort (17 ms instead of 110 ms of CPU for a year of 360
    // sources a day).
    QStringLiteral("CREATE INDEX mention_source_daily_by_source ON mention_source_daily "
                   "(workspace_id, network, source, day, total)"),
    QStringLiteral(R"(CREATE TABLE post_metrics (
        variant_id {bigint} PRIMARY KEY REFERENCES post_variants(id) ON DELETE CASCADE,
        likes {bigint} NOT NULL DEFAULT 0, reposts {bigint} NOT NULL DEFAULT 0,
        replies {bigint} NOT NULL DEFAULT 0, quotes {bigint} NOT NULL DEFAULT 0,
        fetched_at {bigint} NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE crisis_alerts (
        id {pk}, workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        brand_id {bigint} NOT NULL REFERENCES brands(id) ON DELETE CASCADE, day INTEGER NOT NULL,
        kind TEXT NOT NULL, observed REAL NOT NULL, expected REAL NOT NULL, threshold REAL NOT NULL,
        terms TEXT NOT NULL DEFAULT '', raised_at {bigint} NOT NULL, acknowledged_at {bigint},
        acknowledged_by TEXT NOT NULL DEFAULT '', UNIQUE (brand_id, day, kind)))"),
    QStringLiteral("CREATE INDEX crisis_alerts_by_workspace ON crisis_alerts (workspace_id, day)"),
    QStringLiteral(R"(CREATE TABLE workspace_settings (
        workspace_id {bigint} NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE, key TEXT NOT NULL,
        value TEXT NOT NULL, PRIMARY KEY (workspace_id, key)))"),
};

// Version 9: posts handed to a network's own scheduler (Facebook Pages), and token expiry. A
// row outlives its variant (SET NULL) so that a post deleted in Vigie is still cancelled on the
// network.
const QStringList kNativeScheduleSchema = {
    QStringLiteral(R"(CREATE TABLE native_schedules (
        id {pk}, account_id {bigint} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        variant_id {bigint} REFERENCES post_variants(id) ON DELETE SET NULL,
        remote_id TEXT NOT NULL, scheduled_for {bigint} NOT NULL,
        state TEXT NOT NULL DEFAULT 'scheduled', last_error TEXT NOT NULL DEFAULT '',
        created_at {bigint} NOT NULL, updated_at {bigint} NOT NULL, UNIQUE (account_id, remote_id)))"),
    QStringLiteral("CREATE INDEX native_schedules_by_variant ON native_schedules (variant_id)"),
    // When the access token stops working (LinkedIn: 60 days), so Vigie warns well before; not a
    // secret, unlike the token.
    QStringLiteral("ALTER TABLE accounts ADD COLUMN token_expires_at {bigint}"),
};

Status fillDefaultClaims(Database &db)
{
    SqlQuery q(db, QStringLiteral("UPDATE brands SET forbidden_claims = ? WHERE forbidden_claims = ''"));
    return q.exec(defaultForbiddenClaims().join(QLatin1Char('\n')));
}

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = {
        {1, QStringLiteral("base schema"), [](Database &db) { return runAll(db, kBaseSchema); }},
        // Version 8 fills the aggregates from the mentions (rebuild() reads its columns).
        {2, QStringLiteral("daily mention aggregates"),
         [](Database &db) { return runAll(db, kAggregateSchema); }},
        {3, QStringLiteral("network accounts, sync cursors"),
         [](Database &db) { return runAll(db, kNetworkSchema); }},
        {4, QStringLiteral("audit log chained by hashes"),
         [](Database &db) {
             if (auto st = runAll(db, kAuditChainSchema); !st)
                 return st;
             return AuditLog(db).sealUnsealed();
         }},
        {5, QStringLiteral("approvals, queue slots, publisher retries"),
         [](Database &db) {
             if (auto st = runAll(db, kApprovalSchema); !st)
                 return st;
             return fillDefaultClaims(db);
         }},
        {6, QStringLiteral("audit log head"),
         [](Database &db) {
             if (auto st = runAll(db, kAuditHeadSchema); !st)
                 return st;
             return AuditLog(db).resetHead();
         }},
        {7, QStringLiteral("inbox tools, adverse-event cases, message search"),
         [](Database &db) {
             if (auto st = runAll(db, kInboxToolsSchema); !st)
                 return st;
             return runAll(db, db.dialect().kind() == SqlDialect::Kind::SQLite ? kMessageSearchSqlite
                                                                               : kMessageSearchPostgres);
         }},
        {8, QStringLiteral("listening queries and feeds, source aggregates, engagement, crisis alerts"),
         [](Database &db) {
             if (auto st = runAll(db, kListeningSchema); !st)
                 return st;
             return MentionAggregates::rebuild(db);
         }},
        {9, QStringLiteral("posts scheduled on the network itself"),
         [](Database &db) { return runAll(db, kNativeScheduleSchema); }},
    };
    return migrations;
}

} // namespace vigie
