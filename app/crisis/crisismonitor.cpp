#include "crisis/crisismonitor.h"

#include "crisis/drivingterms.h"
#include "crisis/spikedetector.h"
#include "listening/listeningsettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/mentionrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace vigie {

namespace {

// The detector's weighted averages forget at the pace of baselineDays; three spans give them
// time to settle whatever the first day read.
constexpr int kBaselineSpans = 3;
// Terms compare the spike day with at most this many ordinary days before it, and read at most
// kMaxTexts mentions per day: enough to tell what a spike is about, cheap on a busy brand.
constexpr int kTermBaselineDays = 14;
constexpr int kMaxTexts = 2000;
constexpr int kMaxTerms = 5;

QTimeZone zoneOf(const Workspace &workspace)
{
    const QTimeZone zone(workspace.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString alertColumns()
{
    return QStringLiteral(
        "a.id, a.workspace_id, a.brand_id, b.name, a.day, a.kind, a.observed, a.expected, a.threshold, "
        "a.terms, a.raised_at, a.acknowledged_at, a.acknowledged_by, COALESCE(d.total, 0), "
        "COALESCE(d.negative, 0) FROM crisis_alerts a JOIN brands b ON b.id = a.brand_id "
        "LEFT JOIN mention_daily d ON d.workspace_id = a.workspace_id AND d.brand_id = a.brand_id "
        "AND d.day = a.day");
}

// The texts of a brand's mentions on one day (its own and those naming it besides another).
QStringList textsOn(Database &db, Id workspaceId, Id brandId, const QDate &day, const QTimeZone &zone)
{
    const qint64 from = day.startOfDay(zone).toSecsSinceEpoch();
    const qint64 to = day.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    QStringList texts;
    const auto read = [&](SqlQuery &q) {
        while (q.next())
            texts << q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString();
    };
    SqlQuery own(db,
                 QStringLiteral("SELECT title, body FROM mentions WHERE workspace_id = ? AND brand_id = ? "
                                "AND created_at >= ? AND created_at < ? LIMIT ?"));
    if (own.exec(workspaceId, brandId, from, to, kMaxTexts))
        read(own);
    SqlQuery named(
        db, QStringLiteral("SELECT title, body FROM mentions WHERE workspace_id = ? AND created_at >= ? "
                           "AND created_at < ? AND other_brand_ids <> '' AND brand_id <> ? "
                           "AND (',' || other_brand_ids || ',') LIKE ? LIMIT ?"));
    if (named.exec(workspaceId, from, to, brandId, QStringLiteral("%,%1,%").arg(brandId), kMaxTexts))
        read(named);
    return texts;
}

} // namespace

QDate CrisisMonitor::today(const Workspace &workspace) const
{
    return m_clock.now().toTimeZone(zoneOf(workspace)).date();
}

QStringList CrisisMonitor::drivingTerms(const Workspace &workspace, Id brandId, const QDate &day,
                                        const QSet<qint64> &spikeDays) const
{
    const QTimeZone zone = zoneOf(workspace);
    const QStringList spike = textsOn(m_db, workspace.id, brandId, day, zone);
    QStringList baseline;
    for (int back = 1; back <= kTermBaselineDays; ++back) {
        const QDate other = day.addDays(-back);
        if (!spikeDays.contains(other.toJulianDay()))
            baseline << textsOn(m_db, workspace.id, brandId, other, zone);
    }
    return termsDrivingSpike(spike, baseline, kMaxTerms);
}

QList<CrisisAlert> CrisisMonitor::evaluate(const Workspace &workspace, const QDate &today, int recentDays,
                                           Status *status)
{
    if (status)
        *status = Status::success();
    const CrisisThresholds thresholds = loadListeningSettings(m_db, workspace.id).crisis;
    if (!thresholds.enabled || !today.isValid())
        return {};
    recentDays = qMax(recentDays, 1);
    const QDate evaluateFrom = today.addDays(-(recentDays - 1));
    const QDate readFrom =
        evaluateFrom.addDays(-(kBaselineSpans * thresholds.baselineDays + kMinimumHistoryDays));

    QHash<Id, QList<DailyVolume>> series;
    for (const DailyBrandCount &c : MentionRepository(m_db).dailyCounts(workspace.id, readFrom, today))
        series[c.brandId] << DailyVolume{c.day, c.total, c.negative, c.positive};

    QSet<QString> stored;
    SqlQuery existing(m_db, QStringLiteral("SELECT brand_id, day, kind FROM crisis_alerts "
                                           "WHERE workspace_id = ? AND day >= ?"));
    if (!existing.exec(workspace.id, evaluateFrom.toJulianDay())) {
        if (status)
            *status = Status::failure(tr("Could not read the crisis alerts."));
        return {};
    }
    while (existing.next()) {
        stored.insert(QStringLiteral("%1/%2/%3")
                          .arg(existing.value(0).toLongLong())
                          .arg(existing.value(1).toLongLong())
                          .arg(existing.value(2).toString()));
    }

    const SpikeDetector detector(thresholds);
    const QDateTime now = m_clock.now();
    QList<CrisisAlert> raised;
    Transaction tx(m_db);
    SqlQuery insert(
        m_db, QStringLiteral("INSERT INTO crisis_alerts (workspace_id, brand_id, day, kind, observed, "
                             "expected, threshold, terms, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (brand_id, day, kind) DO NOTHING"));
    for (const Brand &brand : WorkspaceRepository(m_db).brands(workspace.id)) {
        if (brand.isCompetitor)
            continue;
        // The whole window, so the terms' baseline can leave out earlier spikes too.
        const QList<SpikeFinding> findings = detector.detect(series.value(brand.id), readFrom, today, true);
        QSet<qint64> spikeDays;
        for (const SpikeFinding &f : findings)
            spikeDays.insert(f.day.toJulianDay());
        QHash<qint64, QStringList> termsByDay;
        for (const SpikeFinding &f : findings) {
            if (f.day < evaluateFrom)
                continue;
            const QString key =
                QStringLiteral("%1/%2/%3").arg(brand.id).arg(f.day.toJulianDay()).arg(crisisKindKey(f.kind));
            if (stored.contains(key))
                continue;
            if (!termsByDay.contains(f.day.toJulianDay()))
                termsByDay.insert(f.day.toJulianDay(), drivingTerms(workspace, brand.id, f.day, spikeDays));
            CrisisAlert a;
            a.workspaceId = workspace.id;
            a.brandId = brand.id;
            a.brandName = brand.name;
            a.day = f.day;
            a.kind = f.kind;
            a.observed = f.observed;
            a.expected = f.expected;
            a.threshold = f.threshold;
            a.terms = termsByDay.value(f.day.toJulianDay());
            a.raisedAt = now;
            a.dayTotal = f.total;
            a.dayNegative = f.negative;
            if (auto st = insert.exec(workspace.id, brand.id, f.day.toJulianDay(), crisisKindKey(f.kind),
                                      f.observed, f.expected, f.threshold, a.terms.join(QLatin1Char(' ')),
                                      now.toSecsSinceEpoch());
                !st) {
                if (status)
                    *status = st;
                return {};
            }
            if (insert.numRowsAffected() != 1)
                continue; // raised meanwhile by another window or process
            a.id = insert.lastInsertId();
            raised << a;
        }
    }
    if (auto st = tx.commit(); !st) {
        if (status)
            *status = st;
        return {};
    }
    return raised;
}

QList<CrisisAlert> CrisisMonitor::readAlerts(const QString &where, const QVariantList &values) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + alertColumns() + QLatin1Char(' ') + where);
    QList<CrisisAlert> result;
    if (!q.execWith(values))
        return result;
    while (q.next()) {
        const auto kind = crisisKindFromKey(q.value(5).toString());
        if (!kind)
            continue; // written by a newer Vigie: not ours to show
        CrisisAlert a;
        a.id = q.value(0).toLongLong();
        a.workspaceId = q.value(1).toLongLong();
        a.brandId = q.value(2).toLongLong();
        a.brandName = q.value(3).toString();
        a.day = QDate::fromJulianDay(q.value(4).toLongLong());
        a.kind = *kind;
        a.observed = q.value(6).toDouble();
        a.expected = q.value(7).toDouble();
        a.threshold = q.value(8).toDouble();
        a.terms = q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.raisedAt = fromDbTime(q.value(10));
        a.acknowledgedAt = fromDbTime(q.value(11));
        a.acknowledgedBy = q.value(12).toString();
        a.dayTotal = q.value(13).toLongLong();
        a.dayNegative = q.value(14).toLongLong();
        result << a;
    }
    return result;
}

QList<CrisisAlert> CrisisMonitor::active(Id workspaceId, const QDate &today, int withinDays) const
{
    return readAlerts(
        QStringLiteral("WHERE a.workspace_id = ? AND a.acknowledged_at IS NULL AND a.day >= ? "
                       "AND a.day <= ? ORDER BY a.day DESC, a.id"),
        {workspaceId, today.addDays(-(qMax(withinDays, 1) - 1)).toJulianDay(), today.toJulianDay()});
}

std::optional<CrisisAlert> CrisisMonitor::alert(Id alertId) const
{
    const QList<CrisisAlert> found = readAlerts(QStringLiteral("WHERE a.id = ?"), {alertId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status CrisisMonitor::acknowledge(Id alertId, const QString &actor)
{
    Transaction tx(m_db);
    const std::optional<CrisisAlert> current = alert(alertId);
    if (!current)
        return Status::failure(tr("This crisis alert no longer exists."));
    if (current->acknowledgedAt.isValid())
        return Status::success();
    const QDateTime now = m_clock.now();
    SqlQuery update(m_db, QStringLiteral("UPDATE crisis_alerts SET acknowledged_at = ?, acknowledged_by = ? "
                                         "WHERE id = ? AND acknowledged_at IS NULL"));
    if (auto st = update.exec(now.toSecsSinceEpoch(), actor, alertId); !st)
        return st;
    const QJsonObject detail{{QStringLiteral("brand"), current->brandName},
                             {QStringLiteral("day"), current->day.toString(Qt::ISODate)},
                             {QStringLiteral("kind"), crisisKindKey(current->kind)},
                             {QStringLiteral("observed"), current->observed},
                             {QStringLiteral("expected"), current->expected}};
    if (auto st = AuditLog(m_db).append(current->workspaceId, actor, QStringLiteral("crisis.acknowledged"),
                                        QStringLiteral("crisis_alert"), alertId, detail, now);
        !st)
        return st;
    return tx.commit();
}

} // namespace vigie
