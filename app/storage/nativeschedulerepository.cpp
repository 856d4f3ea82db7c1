#include "storage/nativeschedulerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {

namespace {
struct StateName
{
    NativeSchedule::State state;
    const char *key;
};
constexpr StateName kStates[] = {
    {NativeSchedule::State::HandingOver, "handing_over"},
    {NativeSchedule::State::Scheduled, "scheduled"},
    {NativeSchedule::State::Unknown, "unknown"},
    {NativeSchedule::State::CancelPending, "cancel_pending"},
    {NativeSchedule::State::Cancelled, "cancelled"},
    {NativeSchedule::State::Published, "published"},
    {NativeSchedule::State::Failed, "failed"},
    {NativeSchedule::State::Orphaned, "orphaned"},
};

const QString kColumns = QStringLiteral("id, account_id, COALESCE(variant_id, 0), remote_id, scheduled_for, "
                                        "state, last_error, created_at, updated_at");
const QString kOpenStates = QStringLiteral("'handing_over', 'scheduled', 'unknown', 'cancel_pending'");

NativeSchedule readRow(const SqlQuery &q)
{
    NativeSchedule r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.variantId = q.value(2).toLongLong();
    r.remoteId = q.value(3).toString();
    r.scheduledFor = fromDbTime(q.value(4));
    r.state = nativeScheduleStateFromKey(q.value(5).toString());
    r.lastError = q.value(6).toString();
    r.createdAt = fromDbTime(q.value(7));
    r.updatedAt = fromDbTime(q.value(8));
    return r;
}

QString placeholderFor(Id variantId)
{
    return QStringLiteral("pending:%1").arg(variantId);
}

// The variant's post and workspace, for the audit log; 0 when the variant is gone.
void postOf(Database &db, Id variantId, Id *postId, Id *workspaceId)
{
    *postId = *workspaceId = 0;
    SqlQuery q(db, QStringLiteral("SELECT p.id, p.workspace_id FROM post_variants v CROSS JOIN posts p "
                                  "WHERE v.id = ? AND p.id = v.post_id"));
    if (q.exec(variantId) && q.next()) {
        *postId = q.value(0).toLongLong();
        *workspaceId = q.value(1).toLongLong();
    }
}

Status audit(Database &db, Id variantId, const QString &action, QJsonObject detail, const QDateTime &now)
{
    Id postId = 0;
    Id workspaceId = 0;
    postOf(db, variantId, &postId, &workspaceId);
    if (!postId)
        return Status::success(); // the post is gone: its deletion is in the log already
    detail.insert(QStringLiteral("variant"), variantId);
    return AuditLog(db).append(workspaceId, QStringLiteral("publisher"), action, QStringLiteral("post"),
                               postId, detail, now);
}

// Rewrites the variant's progress JSON with edit() applied.
template<typename Edit> Status editProgress(Database &db, Id variantId, Edit edit)
{
    SqlQuery read(db, QStringLiteral("SELECT progress FROM post_variants WHERE id = ?"));
    if (auto st = read.exec(variantId); !st)
        return st;
    if (!read.next())
        return Status::success();
    QJsonObject progress = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    edit(progress);
    SqlQuery write(db, QStringLiteral("UPDATE post_variants SET progress = ? WHERE id = ?"));
    return write.exec(QString::fromUtf8(QJsonDocument(progress).toJson(QJsonDocument::Compact)), variantId);
}
} // namespace

QString nativeScheduleStateKey(NativeSchedule::State state)
{
    for (const StateName &s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.key);
    return QStringLiteral("unknown");
}

NativeSchedule::State nativeScheduleStateFromKey(const QString &key)
{
    for (const StateName &s : kStates)
        if (key == QLatin1String(s.key))
            return s.state;
    // A state written by a newer Vigie: treated as "may be on the network".
    return NativeSchedule::State::Unknown;
}

Status NativeScheduleRepository::reserve(Id accountId, Id variantId, const QDateTime &at, Id *rowId,
                                         bool *reserved)
{
    *reserved = false;
    Transaction tx(m_db);
    // An earlier open row for the variant (a cancel still pending, an unknown hand-over) bars a
    // new one: the network might otherwise hold two.
    SqlQuery open(m_db,
                  QStringLiteral("SELECT 1 FROM native_schedules WHERE variant_id = ? AND state IN (%1)")
                      .arg(kOpenStates));
    if (auto st = open.exec(variantId); !st)
        return st;
    if (open.next())
        return Status::success();
    const QVariant now = toDbTime(m_clock.now());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO native_schedules (account_id, variant_id, remote_id, "
                                    "scheduled_for, state, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                    "'handing_over', ?, ?) ON CONFLICT (account_id, remote_id) DO NOTHING"));
    if (auto st = q.exec(accountId, variantId, placeholderFor(variantId), toDbTime(at), now, now); !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::success(); // another sync reserved it first
    *rowId = q.lastInsertId();
    if (auto st = tx.commit(); !st)
        return st;
    *reserved = true;
    return Status::success();
}

Status NativeScheduleRepository::confirm(Id rowId, Id variantId, const QString &remoteId,
                                         const QString &contentHash, bool *kept)
{
    *kept = false;
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db, QStringLiteral("UPDATE native_schedules SET remote_id = ?, state = 'scheduled', "
                                    "last_error = '', updated_at = ? WHERE id = ?"));
    if (auto st = q.exec(remoteId, toDbTime(now), rowId); !st)
        return st;
    SqlQuery still(m_db, QStringLiteral("SELECT 1 FROM post_variants WHERE id = ? AND state IN ('approved', "
                                        "'scheduled')"));
    if (auto st = still.exec(variantId); !st)
        return st;
    if (!still.next())
        return tx.commit(); // the row exists (so it gets cancelled); the variant is not Vigie's to mark
    if (auto st = editProgress(m_db, variantId,
                               [&](QJsonObject &p) {
                                   p.insert(QStringLiteral("native"), remoteId);
                                   p.insert(QStringLiteral("native_hash"), contentHash);
                               });
        !st)
        return st;
    if (auto st = audit(m_db, variantId, QStringLiteral("variant.native_scheduled"),
                        {{QStringLiteral("remote_id"), remoteId}}, now);
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    *kept = true;
    return Status::success();
}

Status NativeScheduleRepository::release(Id rowId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM native_schedules WHERE id = ? AND state = 'handing_over'"));
    return q.exec(rowId);
}

Status NativeScheduleRepository::setState(Id rowId, NativeSchedule::State state, const QString &error)
{
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE native_schedules SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"));
    if (auto st = q.exec(nativeScheduleStateKey(state), error, toDbTime(now), rowId); !st)
        return st;
    if (state == NativeSchedule::State::Cancelled) {
        // The variant is Vigie's to publish again: its progress no longer names the network's post.
        const auto r = row(rowId);
        if (r && r->variantId) {
            if (auto st = editProgress(m_db, r->variantId,
                                       [](QJsonObject &p) {
                                           p.remove(QStringLiteral("native"));
                                           p.remove(QStringLiteral("native_hash"));
                                       });
                !st)
                return st;
            if (auto st = audit(m_db, r->variantId, QStringLiteral("variant.native_cancelled"),
                                {{QStringLiteral("remote_id"), r->remoteId}}, now);
                !st)
                return st;
        }
    }
    return tx.commit();
}

Status NativeScheduleRepository::setScheduledFor(Id rowId, const QDateTime &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE native_schedules SET scheduled_for = ?, last_error = '', "
                                    "updated_at = ? WHERE id = ?"));
    return q.exec(toDbTime(at), toDbTime(m_clock.now()), rowId);
}

Status NativeScheduleRepository::attach(Id rowId, Id variantId)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE native_schedules SET variant_id = ?, updated_at = ? WHERE id = ?"));
    return q.exec(variantId, toDbTime(m_clock.now()), rowId);
}

Status NativeScheduleRepository::expireReservations(Id accountId, const QDateTime &now, int leaseSeconds)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE native_schedules SET state = 'unknown', last_error = ?, "
                                    "updated_at = ? WHERE account_id = ? AND state = 'handing_over' "
                                    "AND updated_at < ?"));
    return q.exec(QStringLiteral("the hand-over was interrupted"), toDbTime(now), accountId,
                  toDbTime(now.addSecs(-leaseSeconds)));
}

std::optional<NativeSchedule> NativeScheduleRepository::row(Id rowId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM native_schedules WHERE id = ?").arg(kColumns));
    if (!q.exec(rowId) || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<NativeSchedule> NativeScheduleRepository::openForVariant(Id variantId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM native_schedules WHERE variant_id = ? AND state IN (%2) "
                                    "ORDER BY id DESC LIMIT 1")
                         .arg(kColumns, kOpenStates));
    if (!q.exec(variantId) || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<NativeSchedule> NativeScheduleRepository::openRows(Id accountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM native_schedules WHERE account_id = ? AND state IN (%2) "
                                    "ORDER BY id")
                         .arg(kColumns, kOpenStates));
    QList<NativeSchedule> result;
    if (!q.exec(accountId))
        return result;
    while (q.next())
        result << readRow(q);
    return result;
}

QList<NativeSchedule> NativeScheduleRepository::rows(Id accountId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM native_schedules WHERE account_id = ? ORDER BY id").arg(kColumns));
    QList<NativeSchedule> result;
    if (!q.exec(accountId))
        return result;
    while (q.next())
        result << readRow(q);
    return result;
}

} // namespace vigie
