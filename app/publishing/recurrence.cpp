#include "publishing/recurrence.h"

#include "publishing/workspacetime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

namespace vigie {

namespace {
// A series longer than this is a typo, not a plan (two years of daily posts).
constexpr int kMaxOccurrences = 730;
constexpr int kMaxInterval = 365;

QString frequencyKey(Recurrence::Frequency frequency)
{
    switch (frequency) {
    case Recurrence::Frequency::Daily:
        return QStringLiteral("daily");
    case Recurrence::Frequency::Weekly:
        return QStringLiteral("weekly");
    case Recurrence::Frequency::Monthly:
        return QStringLiteral("monthly");
    case Recurrence::Frequency::None:
        break;
    }
    return QStringLiteral("none");
}

QDate occurrenceDate(QDate first, Recurrence::Frequency frequency, int steps)
{
    switch (frequency) {
    case Recurrence::Frequency::Daily:
        return first.addDays(steps);
    case Recurrence::Frequency::Weekly:
        return first.addDays(7LL * steps);
    case Recurrence::Frequency::Monthly:
        return first.addMonths(steps); // the 31st becomes the month's last day
    case Recurrence::Frequency::None:
        break;
    }
    return first;
}
} // namespace

QString Recurrence::toKey() const
{
    if (!isRecurring())
        return {};
    return QStringLiteral("%1:%2:%3").arg(frequencyKey(frequency)).arg(interval).arg(count);
}

Recurrence Recurrence::fromKey(const QString &key)
{
    const QStringList parts = key.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    Recurrence r;
    const QString name = parts[0].toLower();
    if (name == QLatin1String("daily"))
        r.frequency = Frequency::Daily;
    else if (name == QLatin1String("weekly"))
        r.frequency = Frequency::Weekly;
    else if (name == QLatin1String("monthly"))
        r.frequency = Frequency::Monthly;
    else
        return {};
    bool intervalOk = false;
    bool countOk = false;
    r.interval = parts[1].toInt(&intervalOk);
    r.count = parts[2].toInt(&countOk);
    if (!intervalOk || !countOk || r.interval < 1 || r.interval > kMaxInterval || r.count < 1 ||
        r.count > kMaxOccurrences)
        return {};
    return r;
}

QString Recurrence::describe() const
{
    if (!isRecurring())
        return QCoreApplication::translate("Recurrence", "Does not repeat");
    QString every;
    switch (frequency) {
    case Frequency::Daily:
        every = interval == 1 ? QCoreApplication::translate("Recurrence", "Every day")
                              : QCoreApplication::translate("Recurrence", "Every %1 days").arg(interval);
        break;
    case Frequency::Weekly:
        every = interval == 1 ? QCoreApplication::translate("Recurrence", "Every week")
                              : QCoreApplication::translate("Recurrence", "Every %1 weeks").arg(interval);
        break;
    case Frequency::Monthly:
        every = interval == 1 ? QCoreApplication::translate("Recurrence", "Every month")
                              : QCoreApplication::translate("Recurrence", "Every %1 months").arg(interval);
        break;
    case Frequency::None:
        break;
    }
    //: How a post repeats: "Every week, 8 times"
    return QCoreApplication::translate("Recurrence", "%1, %2 times").arg(every).arg(count);
}

QList<QDateTime> recurrenceTimes(const QDateTime &firstUtc, const Recurrence &recurrence,
                                 const QTimeZone &zone)
{
    if (!firstUtc.isValid())
        return {};
    if (!recurrence.isRecurring() || recurrence.interval < 1 || recurrence.count > kMaxOccurrences)
        return {firstUtc.toUTC()};
    // Each occurrence is computed from the first one's wall-clock time, never by adding hours
    // to the previous one, so a daylight-saving change in between does not shift it.
    const WorkspaceTime time(QString::fromUtf8(zone.id()));
    const QDateTime firstLocal = time.toLocal(firstUtc);
    QList<QDateTime> times;
    times.reserve(recurrence.count);
    for (int i = 0; i < recurrence.count; ++i) {
        const QDate date = occurrenceDate(firstLocal.date(), recurrence.frequency, i * recurrence.interval);
        times << (i == 0 ? firstUtc.toUTC() : time.toUtc(date, firstLocal.time()));
    }
    return times;
}

Status RecurrencePlanner::createSeries(Post &first, const Recurrence &recurrence, const QTimeZone &zone,
                                       const QString &actor, QList<Id> *createdIds)
{
    if (!first.scheduledAt.isValid())
        return Status::failure(tr("Choose a date and time for the first post of the series."));
    if (!recurrence.isRecurring())
        return Status::failure(tr("Choose how often the post repeats and how many times."));
    if (recurrence.interval < 1 || recurrence.interval > kMaxInterval || recurrence.count > kMaxOccurrences)
        return Status::failure(tr("A series can hold at most %1 posts.").arg(kMaxOccurrences));
    if (first.id != 0)
        return Status::failure(tr("This post is already saved: a series starts from a new post."));
    const QList<QDateTime> times = recurrenceTimes(first.scheduledAt, recurrence, zone);
    const QDateTime now = m_clock.now();
    const QString key = recurrence.toKey();

    // Posts are written here rather than through PostRepository::create, which opens its own
    // transaction: the whole series lands, with its audit entries, or nothing does.
    Transaction tx(m_db);
    SqlQuery insertPost(
        m_db, QStringLiteral("INSERT INTO posts (workspace_id, brand_id, body, state, scheduled_at, "
                             "created_at, updated_at, extras, author, series_id, recurrence) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery setSeries(m_db, QStringLiteral("UPDATE posts SET series_id = ? WHERE id = ?"));
    SqlQuery insertVariant(m_db,
                           QStringLiteral("INSERT INTO post_variants (post_id, account_id, body, state) "
                                          "VALUES (?, ?, ?, ?)"));
    AuditLog audit(m_db);
    const QString author = first.author.isEmpty() ? actor : first.author;
    QList<Id> ids;
    for (const QDateTime &when : times) {
        Post occurrence = first;
        occurrence.scheduledAt = when;
        occurrence.seriesId = ids.isEmpty() ? 0 : ids.first();
        occurrence.recurrence = key;
        occurrence.author = author;
        if (auto st = insertPost.execWith({occurrence.workspaceId, toDbId(occurrence.brandId),
                                           occurrence.body, postStateKey(occurrence.state), toDbTime(when),
                                           toDbTime(now), toDbTime(now), occurrence.extras.toJsonText(),
                                           author, toDbId(occurrence.seriesId), key});
            !st)
            return st;
        const Id id = insertPost.lastInsertId();
        for (const PostVariant &variant : std::as_const(occurrence.variants)) {
            if (auto st = insertVariant.execWith(
                    {id, variant.accountId, variant.body, postStateKey(variant.state)});
                !st)
                return st;
        }
        if (auto st = audit.append(occurrence.workspaceId, actor, QStringLiteral("post.created"),
                                   QStringLiteral("post"), id,
                                   {{QStringLiteral("scheduled_at"), when.toString(Qt::ISODate)},
                                    {QStringLiteral("series_id"), ids.isEmpty() ? id : ids.first()},
                                    {QStringLiteral("recurrence"), key}},
                                   now);
            !st)
            return st;
        ids << id;
    }
    // The first post names the series too, so "every post of the series" is one query.
    if (auto st = setSeries.exec(ids.first(), ids.first()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;

    first.id = ids.first();
    first.seriesId = ids.first();
    first.recurrence = key;
    first.author = author;
    first.createdAt = first.updatedAt = now;
    if (createdIds)
        *createdIds = ids;
    return Status::success();
}

} // namespace vigie
