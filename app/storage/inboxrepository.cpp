#include "storage/inboxrepository.h"

#include "storage/adversecaserepository.h"
#include "storage/auditlog.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/messagecolumns.h"
#include "storage/searchquery.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace vigie {

namespace {
struct ThreadDelta
{
    qint64 lastAt = 0;
    int added = 0;
    QString lastAuthor;
    QString snippet;
    bool adverse = false;
    bool incoming = false; // only someone else's message reopens a conversation
    qint64 lastIncomingAt = -1;
    Sentiment incomingSentiment = Sentiment::Neutral;
};

QString snippetOf(const QString &body)
{
    QString s = body.simplified();
    return s.size() > 160 ? s.left(159) + QChar(0x2026) : s;
}

const QString kConversationSelect = QStringLiteral(
    "SELECT t.id, t.account_id, a.network, a.handle, COALESCE(t.brand_id, 0), t.status, t.is_read, "
    "t.last_message_at, t.message_count, t.last_author, t.snippet, t.has_adverse_event, t.assignee, "
    "t.sentiment "
    "FROM threads t CROSS JOIN accounts a ");

// A function, not a constant: messageColumns() lives in another file, whose statics may not be
// built yet when this file's are.
QString messageSelect()
{
    static const QString select =
        QStringLiteral("SELECT ") + messageColumns() + QStringLiteral(" FROM messages ");
    return select;
}
} // namespace

namespace {
ConversationRow readConversation(const SqlQuery &q)
{
    ConversationRow row;
    row.threadId = q.value(0).toLongLong();
    row.accountId = q.value(1).toLongLong();
    row.network = networkFromKey(q.value(2).toString());
    row.accountHandle = q.value(3).toString();
    row.brandId = q.value(4).toLongLong();
    row.status = threadStatusFromKey(q.value(5).toString());
    row.read = q.value(6).toBool();
    row.lastMessageAt = fromDbTime(q.value(7));
    row.messageCount = q.value(8).toInt();
    row.lastAuthor = q.value(9).toString();
    row.snippet = q.value(10).toString();
    row.adverseEvent = q.value(11).toBool();
    row.assignee = q.value(12).toString();
    row.sentiment = sentimentFromInt(q.value(13).toInt());
    return row;
}

// The WHERE clause a ConversationFilter means, for every query that lists conversations.
QString filterClause(const ConversationFilter &filter, QVariantList &values)
{
    QString sql = QStringLiteral("WHERE a.id = t.account_id AND a.workspace_id = ?");
    values << filter.workspaceId;
    if (filter.network != Network::Unknown) {
        sql += QStringLiteral(" AND a.network = ?");
        values << networkKey(filter.network);
    }
    if (filter.brandId > 0) {
        sql += QStringLiteral(" AND t.brand_id = ?");
        values << filter.brandId;
    }
    if (filter.status) {
        sql += QStringLiteral(" AND t.status = ?");
        values << threadStatusKey(*filter.status);
    }
    if (filter.assignee) {
        sql += QStringLiteral(" AND t.assignee = ?");
        values << *filter.assignee;
    }
    if (!filter.tag.isEmpty()) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM thread_tags g WHERE g.thread_id = t.id AND g.tag = ?)");
        values << filter.tag;
    }
    if (filter.sentiment) {
        sql += QStringLiteral(" AND t.sentiment = ?");
        values << int(*filter.sentiment);
    }
    if (filter.adverseOnly)
        sql += QStringLiteral(" AND t.has_adverse_event = 1");
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND t.last_message_at >= ?");
        values << filter.from.toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND t.last_message_at < ?");
        values << filter.to.toSecsSinceEpoch();
    }
    return sql;
}
} // namespace

Status InboxRepository::ingest(const QList<IncomingMessage> &messages, int *insertedCount,
                               const SyncCursor *cursor)
{
    if (insertedCount)
        *insertedCount = 0;
    Transaction tx(m_db);
    SqlQuery findThread(m_db,
                        QStringLiteral("SELECT id FROM threads WHERE account_id = ? AND root_remote_id = ?"));
    BulkStatement insertThread(m_db,
                               QStringLiteral("INSERT INTO threads (account_id, brand_id, root_remote_id, "
                                              "last_message_at) VALUES (?, ?, ?, ?)"));
    BulkStatement insertMessage(
        m_db,
        QStringLiteral("INSERT INTO messages (thread_id, account_id, remote_id, parent_remote_id, direction, "
                       "kind, author_handle, author_name, body, lang, sentiment, adverse_event, "
                       "delivery_state, created_at, received_at, url, evidence) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id, remote_id) DO NOTHING"));
    const qint64 receivedAt = m_clock.now().toSecsSinceEpoch();
    const bool sqlite = m_db.dialect().kind() == SqlDialect::Kind::SQLite;
    // Rows inserted by this call have ids above the current maximum (one writer at a time), so
    // the search index takes them in one statement after the batch: five times faster than a
    // trigger per row.
    Id indexedUpTo = 0;
    if (sqlite) {
        SqlQuery maxId(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"));
        if (auto st = maxId.exec(); !st)
            return st;
        indexedUpTo = maxId.next() ? maxId.value(0).toLongLong() : 0;
    }
    QList<QPair<Id, Id>> flagged; // (account, message) of new incoming messages flagged as adverse events
    QHash<QPair<Id, QString>, Id> threadIds;
    QHash<Id, ThreadDelta> deltas;
    int inserted = 0;
    for (const auto &incoming : messages) {
        const Message &m = incoming.message;
        const QString root = incoming.rootRemoteId.isEmpty() ? m.remoteId : incoming.rootRemoteId;
        if (m.remoteId.isEmpty() || m.accountId <= 0)
            return Status::failure(tr("A message without an account or a remote id cannot be stored."));
        const qint64 createdAt = m.createdAt.isValid() ? m.createdAt.toSecsSinceEpoch() : receivedAt;
        const auto key = qMakePair(m.accountId, root);
        Id threadId = threadIds.value(key);
        if (!threadId) {
            if (auto st = findThread.exec(m.accountId, root); !st)
                return st;
            if (findThread.next()) {
                threadId = findThread.value(0).toLongLong();
            } else {
                insertThread.bind(0, m.accountId);
                insertThread.bindId(1, incoming.brandId);
                insertThread.bind(2, root);
                insertThread.bind(3, createdAt);
                if (auto st = insertThread.exec(); !st)
                    return st;
                threadId = insertThread.lastInsertId();
            }
            threadIds.insert(key, threadId);
        }
        insertMessage.bind(0, threadId);
        insertMessage.bind(1, m.accountId);
        insertMessage.bind(2, m.remoteId);
        insertMessage.bind(3, m.parentRemoteId);
        insertMessage.bind(4, m.direction == MessageDirection::Incoming ? QStringLiteral("in")
                                                                        : QStringLiteral("out"));
        insertMessage.bind(5, m.kind);
        insertMessage.bind(6, m.authorHandle);
        insertMessage.bind(7, m.authorName);
        insertMessage.bind(8, m.body);
        insertMessage.bind(9, m.language);
        insertMessage.bind(10, qint64(m.sentiment));
        insertMessage.bind(11, qint64(m.adverseEvent ? 1 : 0));
        insertMessage.bind(12, m.deliveryState);
        insertMessage.bind(13, createdAt);
        insertMessage.bind(14, receivedAt);
        insertMessage.bind(15, m.url);
        insertMessage.bind(16, evidenceToJson(m.evidence));
        if (auto st = insertMessage.exec(); !st)
            return st;
        if (insertMessage.changes() < 1)
            continue; // already stored by an earlier sync
        ++inserted;
        const bool fromOthers = m.direction == MessageDirection::Incoming;
        if (fromOthers && m.adverseEvent)
            flagged << qMakePair(m.accountId, insertMessage.lastInsertId());
        ThreadDelta &d = deltas[threadId];
        ++d.added;
        d.adverse = d.adverse || (fromOthers && m.adverseEvent);
        d.incoming = d.incoming || fromOthers;
        if (fromOthers && createdAt >= d.lastIncomingAt) {
            d.lastIncomingAt = createdAt;
            d.incomingSentiment = m.sentiment;
        }
        if (createdAt >= d.lastAt) {
            d.lastAt = createdAt;
            d.lastAuthor = m.authorName.isEmpty() ? m.authorHandle : m.authorName;
            d.snippet = snippetOf(m.body);
        }
    }
    // Summaries are updated once per thread per batch, not once per message.
    BulkStatement updateThread(
        m_db, QStringLiteral(
                  "UPDATE threads SET message_count = message_count + ?, "
                  "last_author = CASE WHEN ? >= last_message_at THEN ? ELSE last_author END, "
                  "snippet = CASE WHEN ? >= last_message_at THEN ? ELSE snippet END, "
                  "last_message_at = CASE WHEN ? > last_message_at THEN ? ELSE last_message_at END, "
                  "has_adverse_event = CASE WHEN ? = 1 THEN 1 ELSE has_adverse_event END, "
                  "is_read = CASE WHEN ? = 1 THEN 0 ELSE is_read END, "
                  "sentiment = CASE WHEN ? >= last_message_at THEN ? ELSE sentiment END, "
                  "status = CASE WHEN ? = 1 AND status = 'done' THEN 'open' ELSE status END WHERE id = ?"));
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const ThreadDelta &d = it.value();
        int i = 0;
        updateThread.bind(i++, qint64(d.added));
        updateThread.bind(i++, d.lastAt);
        updateThread.bind(i++, d.lastAuthor);
        updateThread.bind(i++, d.lastAt);
        updateThread.bind(i++, d.snippet);
        updateThread.bind(i++, d.lastAt);
        updateThread.bind(i++, d.lastAt);
        updateThread.bind(i++, qint64(d.adverse ? 1 : 0));
        updateThread.bind(i++, qint64(d.incoming ? 1 : 0));
        // Without a new incoming message, -1 never passes the test and the mood stays.
        updateThread.bind(i++, d.lastIncomingAt);
        updateThread.bind(i++, qint64(d.incomingSentiment));
        updateThread.bind(i++, qint64(d.incoming ? 1 : 0));
        updateThread.bind(i++, it.key());
        if (auto st = updateThread.exec(); !st)
            return st;
    }
    if (sqlite && inserted > 0) {
        SqlQuery index(m_db,
                       QStringLiteral("INSERT INTO messages_fts (rowid, body, author_name, author_handle) "
                                      "SELECT id, body, author_name, author_handle FROM messages "
                                      "WHERE id > ?"));
        if (auto st = index.exec(indexedUpTo); !st)
            return st;
    }
    if (auto st = openCases(flagged, receivedAt); !st)
        return st;
    if (cursor) {
        SqlQuery save(
            m_db, QStringLiteral("INSERT INTO sync_cursors (account_id, stream, cursor, updated_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, stream) "
                                 "DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"));
        if (auto st = save.exec(cursor->accountId, cursor->stream, cursor->cursor, receivedAt); !st)
            return st;
    }
    if (auto st = tx.commit(); !st)
        return st;
    if (insertedCount)
        *insertedCount = inserted;
    return Status::success();
}

QString InboxRepository::syncCursor(Id accountId, const QString &stream) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT cursor FROM sync_cursors WHERE account_id = ? AND stream = ?"));
    if (!q.exec(accountId, stream) || !q.next())
        return {};
    return q.value(0).toString();
}

QList<ConversationRow> InboxRepository::conversations(const ConversationFilter &filter,
                                                      const std::optional<ConversationCursor> &after,
                                                      int limit) const
{
    QVariantList values;
    QString sql = kConversationSelect + filterClause(filter, values);
    if (after) {
        sql += QStringLiteral(" AND (t.last_message_at < ? OR (t.last_message_at = ? AND t.id < ?))");
        const qint64 at = after->lastMessageAt.toSecsSinceEpoch();
        values << at << at << after->threadId;
    }
    sql += QStringLiteral(" ORDER BY t.last_message_at DESC, t.id DESC LIMIT ?");
    values << limit;
    SqlQuery q(m_db, sql);
    QList<ConversationRow> rows;
    if (!q.execWith(values))
        return rows;
    while (q.next())
        rows << readConversation(q);
    return rows;
}

std::optional<ConversationRow> InboxRepository::conversation(Id threadId) const
{
    SqlQuery q(m_db, kConversationSelect + QStringLiteral("WHERE a.id = t.account_id AND t.id = ?"));
    if (!q.exec(threadId) || !q.next())
        return std::nullopt;
    return readConversation(q);
}

std::optional<ConversationRow> InboxRepository::conversation(Id threadId,
                                                             const ConversationFilter &filter) const
{
    QVariantList values;
    const QString sql = kConversationSelect + filterClause(filter, values) + QStringLiteral(" AND t.id = ?");
    values << threadId;
    SqlQuery q(m_db, sql);
    if (!q.execWith(values) || !q.next())
        return std::nullopt;
    return readConversation(q);
}

bool InboxRepository::hasConversations(Id workspaceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM threads t JOIN accounts a ON a.id = t.account_id "
                                    "WHERE a.workspace_id = ? LIMIT 1"));
    return q.exec(workspaceId) && q.next();
}

QList<Message> InboxRepository::threadMessages(Id threadId) const
{
    SqlQuery q(m_db, messageSelect() + QStringLiteral("WHERE thread_id = ? ORDER BY created_at, id"));
    QList<Message> result;
    if (!q.exec(threadId))
        return result;
    while (q.next())
        result << readMessage(q, 0);
    return result;
}

std::optional<Message> InboxRepository::message(Id messageId) const
{
    SqlQuery q(m_db, messageSelect() + QStringLiteral("WHERE id = ?"));
    if (!q.exec(messageId) || !q.next())
        return std::nullopt;
    return readMessage(q, 0);
}

QList<Message> InboxRepository::messages(Id workspaceId, int limit, int offset) const
{
    SqlQuery q(m_db,
               messageSelect() +
                   QStringLiteral("WHERE account_id IN (SELECT id FROM accounts WHERE workspace_id = ?) "
                                  "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"));
    QList<Message> result;
    if (!q.exec(workspaceId, limit, offset))
        return result;
    while (q.next())
        result << readMessage(q, 0);
    return result;
}

QString InboxRepository::threadRootRemoteId(Id threadId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT root_remote_id FROM threads WHERE id = ?"));
    if (!q.exec(threadId) || !q.next())
        return {};
    return q.value(0).toString();
}

Status InboxRepository::markReplySent(Id messageId, const QString &remoteId, const QString &url)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE messages SET remote_id = ?, url = ?, delivery_state = 'sent' "
                                    "WHERE id = ? AND direction = 'out'"));
    if (auto st = q.exec(remoteId, url, messageId); !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::failure(tr("This reply no longer exists."));
    return Status::success();
}

Status InboxRepository::markReplyFailed(Id messageId, const QString &deliveryState, const QString &reason)
{
    Q_UNUSED(reason) // kept in the audit log by the caller; the row shows the state
    SqlQuery q(m_db,
               QStringLiteral("UPDATE messages SET delivery_state = ? WHERE id = ? AND direction = 'out'"));
    return q.exec(deliveryState, messageId);
}

Status InboxRepository::setStatus(Id threadId, ThreadStatus status, const QString &actor)
{
    const auto row = conversation(threadId);
    if (!row)
        return Status::failure(tr("This conversation no longer exists."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE threads SET status = ? WHERE id = ?"));
    if (auto st = q.exec(threadStatusKey(status), threadId); !st)
        return st;
    SqlQuery ws(m_db, QStringLiteral("SELECT workspace_id FROM accounts WHERE id = ?"));
    if (auto st = ws.exec(row->accountId); !st || !ws.next())
        return Status::failure(tr("This conversation no longer exists."));
    AuditLog audit(m_db);
    if (auto st = audit.append(ws.value(0).toLongLong(), actor, QStringLiteral("thread.status"),
                               QStringLiteral("thread"), threadId,
                               {{QStringLiteral("from"), threadStatusKey(row->status)},
                                {QStringLiteral("to"), threadStatusKey(status)}},
                               m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status InboxRepository::setRead(Id threadId, bool read)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE threads SET is_read = ? WHERE id = ?"));
    if (auto st = q.exec(read ? 1 : 0, threadId); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This conversation no longer exists."));
    return Status::success();
}

Status InboxRepository::queueReplyTo(Id parentMessageId, const QString &text, const QString &actor,
                                     Id *messageId)
{
    const auto parent = message(parentMessageId);
    if (!parent)
        return Status::failure(tr("There is no message %1.").arg(parentMessageId));
    return queueReply(parent->threadId, text, actor, messageId, parent->remoteId);
}

Status InboxRepository::queueReply(Id threadId, const QString &text, const QString &actor, Id *messageId,
                                   const QString &parentRemoteId)
{
    if (text.trimmed().isEmpty())
        return Status::failure(tr("Write a reply before sending it."));
    const auto row = conversation(threadId);
    if (!row)
        return Status::failure(tr("This conversation no longer exists."));
    const auto messages = threadMessages(threadId);
    IncomingMessage reply;
    reply.message.accountId = row->accountId;
    // A local id until the network assigns one; replaced when the reply is sent.
    reply.message.remoteId = QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply.message.parentRemoteId = !parentRemoteId.isEmpty() ? parentRemoteId
                                   : messages.isEmpty()      ? QString()
                                                             : messages.constLast().remoteId;
    reply.message.direction = MessageDirection::Outgoing;
    reply.message.kind = QStringLiteral("reply");
    reply.message.authorHandle = row->accountHandle;
    reply.message.authorName = actor;
    reply.message.body = text.trimmed();
    reply.message.createdAt = m_clock.now();
    reply.message.deliveryState = QStringLiteral("queued");
    SqlQuery root(m_db, QStringLiteral("SELECT root_remote_id FROM threads WHERE id = ?"));
    if (auto st = root.exec(threadId); !st || !root.next())
        return Status::failure(tr("This conversation no longer exists."));
    reply.rootRemoteId = root.value(0).toString();
    if (auto st = ingest({reply}); !st)
        return st;
    if (messageId) {
        SqlQuery id(m_db, QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"));
        if (id.exec(row->accountId, reply.message.remoteId) && id.next())
            *messageId = id.value(0).toLongLong();
    }
    return Status::success();
}

Status InboxRepository::openCases(const QList<QPair<Id, Id>> &flagged, qint64 receivedAt)
{
    if (flagged.isEmpty())
        return Status::success();
    // Until a reviewer says the case is not serious, the 15-day deadline applies, counted in
    // calendar days of the workspace's zone (a daylight-saving change does not move it by an hour).
    SqlQuery workspaceOf(m_db, QStringLiteral("SELECT a.workspace_id, w.timezone FROM accounts a "
                                              "JOIN workspaces w ON w.id = a.workspace_id WHERE a.id = ?"));
    BulkStatement insertCase(m_db,
                             QStringLiteral("INSERT INTO adverse_cases (workspace_id, message_id, status, "
                                            "flagged_at, day0, due_at, updated_at) "
                                            "VALUES (?, ?, 'pending', ?, ?, ?, ?) "
                                            "ON CONFLICT (message_id) DO NOTHING"));
    struct Place
    {
        Id workspaceId;
        qint64 dueAt;
    };
    QHash<Id, Place> places;
    const QDateTime received = QDateTime::fromSecsSinceEpoch(receivedAt, Qt::UTC);
    for (const auto &[accountId, messageId] : flagged) {
        auto place = places.constFind(accountId);
        if (place == places.cend()) {
            if (auto st = workspaceOf.exec(accountId); !st)
                return st;
            if (!workspaceOf.next())
                return Status::failure(tr("Account %1 no longer exists.").arg(accountId));
            const QTimeZone zone = workspaceTimeZone(workspaceOf.value(1).toString());
            place =
                places.insert(accountId, Place{workspaceOf.value(0).toLongLong(),
                                               caseDueAt(received, std::nullopt, zone).toSecsSinceEpoch()});
        }
        insertCase.bind(0, place->workspaceId);
        insertCase.bind(1, messageId);
        insertCase.bind(2, receivedAt);
        insertCase.bind(3, receivedAt);
        insertCase.bind(4, place->dueAt);
        insertCase.bind(5, receivedAt);
        if (auto st = insertCase.exec(); !st)
            return st;
    }
    return Status::success();
}

Status InboxRepository::search(const MessageSearch &search, Id beforeMessageId, int limit,
                               QList<SearchHit> *hits) const
{
    if (hits)
        hits->clear();
    const ParsedSearch parsed = SearchQueryParser::parse(search.text);
    if (!parsed.ok())
        return Status::failure(parsed.error);
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + messageColumns(QStringLiteral("m")) +
                  QStringLiteral(", a.network, a.handle, COALESCE(t.brand_id, 0) ");
    if (m_db.dialect().kind() == SqlDialect::Kind::SQLite) {
        // FTS first, newest (highest rowid) first, then the row's thread and account: SQLite
        // walks the index backwards and stops after one page.
        sql += QStringLiteral(
            "FROM messages_fts f CROSS JOIN messages m CROSS JOIN threads t CROSS JOIN accounts a ");
        QString where = filterClause(search.filter, values);
        sql += where + QStringLiteral(" AND messages_fts MATCH ? AND m.id = f.rowid AND t.id = m.thread_id");
        values << parsed.ftsMatch;
        if (beforeMessageId > 0) {
            sql += QStringLiteral(" AND f.rowid < ?");
            values << beforeMessageId;
        }
        sql += QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?");
    } else {
        sql += QStringLiteral("FROM messages m CROSS JOIN threads t CROSS JOIN accounts a ");
        sql +=
            filterClause(search.filter, values) +
            QStringLiteral(" AND t.id = m.thread_id AND to_tsvector('simple', m.body || ' ' || m.author_name "
                           "|| ' ' || m.author_handle) @@ plainto_tsquery('simple', ?)");
        values << parsed.terms.join(QLatin1Char(' '));
        if (beforeMessageId > 0) {
            sql += QStringLiteral(" AND m.id < ?");
            values << beforeMessageId;
        }
        sql += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    }
    values << limit;
    SqlQuery q(m_db, sql);
    if (auto st = q.execWith(values); !st) {
        // The parser only lets words through; should the engine still refuse, say so plainly.
        qWarning("inbox search failed: %s", qPrintable(st.error()));
        return Status::failure(tr("This search could not be run. Try fewer or simpler words."));
    }
    const int columns = messageColumnCount();
    while (q.next()) {
        SearchHit hit;
        hit.message = readMessage(q, 0);
        hit.network = networkFromKey(q.value(columns).toString());
        hit.accountHandle = q.value(columns + 1).toString();
        hit.brandId = q.value(columns + 2).toLongLong();
        if (hits)
            hits->append(hit);
    }
    return Status::success();
}

} // namespace vigie
