#include "storage/adversecaserepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/messagecolumns.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {

namespace {
constexpr const char *kStatusKeys[] = {"pending", "confirmed", "submitted", "dismissed"};
constexpr const char *kReasonKeys[] = {"not_medicine", "no_adverse_event",     "figurative",
                                       "duplicate",    "competitor_forwarded", "other"};
constexpr const char *kSeriousnessKeys[] = {"death",      "life_threatening",   "hospitalisation",
                                            "disability", "congenital_anomaly", "medically_important"};

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const char *const (&keys)[N], const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

QJsonObject criterionJson(const CaseCriterion &c)
{
    return {{QStringLiteral("met"), c.met}, {QStringLiteral("detail"), c.detail}};
}

CaseCriterion criterionFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("met")).toBool(), o.value(QStringLiteral("detail")).toString()};
}

QString seriousnessText(const QList<SeriousnessCriterion> &criteria)
{
    QStringList keys;
    for (SeriousnessCriterion c : criteria)
        keys << seriousnessCriterionKey(c);
    return keys.join(QLatin1Char(','));
}

// The SELECT every list and detail shares: the case, then its message (with our account) or mention.
const int kCaseColumns = 15;
QString caseSelect()
{
    return QStringLiteral("SELECT c.id, c.workspace_id, c.message_id, c.mention_id, c.status, c.flagged_at, "
                          "c.day0, c.decided_at, c.decided_by, c.reason, c.serious, c.seriousness, c.intake, "
                          "c.due_at, c.updated_at, %1, a.network, a.handle, n.network, n.author, n.body, "
                          "n.url, n.created_at, n.source "
                          "FROM adverse_cases c LEFT JOIN messages m ON m.id = c.message_id "
                          "LEFT JOIN accounts a ON a.id = m.account_id "
                          "LEFT JOIN mentions n ON n.id = c.mention_id ")
        .arg(messageColumns(QStringLiteral("m")));
}

CaseDetail readCase(const SqlQuery &q)
{
    CaseDetail d;
    AdverseCase &c = d.adverseCase;
    c.id = q.value(0).toLongLong();
    c.workspaceId = q.value(1).toLongLong();
    c.messageId = q.value(2).toLongLong();
    c.mentionId = q.value(3).toLongLong();
    // An unknown status (a newer Vigie) reads as pending: it stays in front of a person.
    c.status = caseStatusFromKey(q.value(4).toString()).value_or(CaseStatus::Pending);
    c.flaggedAt = fromDbTime(q.value(5));
    c.day0 = fromDbTime(q.value(6));
    c.decidedAt = fromDbTime(q.value(7));
    c.decidedBy = q.value(8).toString();
    if (c.status == CaseStatus::Dismissed)
        c.dismissal = CaseDismissal::fromJson(q.value(9).toString());
    c.intake = CaseIntake::fromJson(q.value(12).toString());
    // The columns are what queries use; the intake JSON may predate an assessment.
    c.intake.serious = q.value(10).isNull() ? std::nullopt : std::optional<bool>(q.value(10).toInt() != 0);
    c.dueAt = fromDbTime(q.value(13));
    c.updatedAt = fromDbTime(q.value(14));

    CaseSource &s = d.source;
    const int m = kCaseColumns;
    const int after = m + messageColumnCount();
    if (c.messageId != 0 && !q.value(m).isNull()) {
        const Message message = readMessage(q, m);
        s.text = message.body;
        s.authorHandle = message.authorHandle;
        s.authorName = message.authorName;
        s.url = message.url;
        s.createdAt = message.createdAt;
        s.receivedAt = message.receivedAt.isValid() ? message.receivedAt : c.day0;
        s.evidence = message.evidence;
        s.threadId = message.threadId;
        s.network = networkFromKey(q.value(after).toString());
        s.accountHandle = q.value(after + 1).toString();
    } else if (c.mentionId != 0 && !q.value(after + 2).isNull()) {
        s.isMention = true;
        s.network = networkFromKey(q.value(after + 2).toString());
        s.authorHandle = q.value(after + 3).toString();
        s.text = q.value(after + 4).toString();
        s.url = q.value(after + 5).toString();
        s.createdAt = fromDbTime(q.value(after + 6));
        s.accountHandle = q.value(after + 7).toString();
        s.receivedAt = c.day0; // mentions keep no reception time of their own
    } else {
        s.receivedAt = c.day0;
    }
    return d;
}

QString statusCondition(CaseView view)
{
    switch (view) {
    case CaseView::Pending:
        return QStringLiteral("c.status = 'pending'");
    case CaseView::Confirmed:
        return QStringLiteral("c.status IN ('confirmed', 'submitted')");
    case CaseView::Dismissed:
        return QStringLiteral("c.status = 'dismissed'");
    case CaseView::Overdue:
        return QStringLiteral("c.status IN ('pending', 'confirmed') AND c.due_at < ?");
    case CaseView::All:
        break;
    }
    return QStringLiteral("1 = 1");
}

bool mostUrgentFirst(CaseView view)
{
    return view == CaseView::Pending || view == CaseView::Overdue;
}
} // namespace

QString caseStatusKey(CaseStatus status)
{
    return QLatin1String(kStatusKeys[int(status)]);
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    return enumFromKey<CaseStatus>(kStatusKeys, key);
}

QString dismissReasonKey(DismissReason reason)
{
    return QLatin1String(kReasonKeys[int(reason)]);
}

std::optional<DismissReason> dismissReasonFromKey(const QString &key)
{
    return enumFromKey<DismissReason>(kReasonKeys, key);
}

QList<DismissReason> allDismissReasons()
{
    return {DismissReason::NotAboutMedicine,         DismissReason::NoAdverseEvent,
            DismissReason::FigurativeOrHypothetical, DismissReason::Duplicate,
            DismissReason::CompetitorForwarded,      DismissReason::Other};
}

QString seriousnessCriterionKey(SeriousnessCriterion criterion)
{
    return QLatin1String(kSeriousnessKeys[int(criterion)]);
}

std::optional<SeriousnessCriterion> seriousnessCriterionFromKey(const QString &key)
{
    return enumFromKey<SeriousnessCriterion>(kSeriousnessKeys, key);
}

QList<SeriousnessCriterion> allSeriousnessCriteria()
{
    return {SeriousnessCriterion::Death,
            SeriousnessCriterion::LifeThreatening,
            SeriousnessCriterion::Hospitalisation,
            SeriousnessCriterion::Disability,
            SeriousnessCriterion::CongenitalAnomaly,
            SeriousnessCriterion::MedicallyImportant};
}

QJsonObject CaseDismissal::toJson() const
{
    QJsonObject o{{QStringLiteral("reason"), reason ? dismissReasonKey(*reason) : QString()},
                  {QStringLiteral("note"), note}};
    if (duplicateOf != 0)
        o.insert(QStringLiteral("duplicate_of"), duplicateOf);
    return o;
}

std::optional<CaseDismissal> CaseDismissal::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    CaseDismissal d;
    // A reason written by a newer Vigie reads as Other with its note.
    d.reason =
        dismissReasonFromKey(o.value(QStringLiteral("reason")).toString()).value_or(DismissReason::Other);
    d.duplicateOf = o.value(QStringLiteral("duplicate_of")).toInteger();
    d.note = o.value(QStringLiteral("note")).toString();
    return d;
}

QJsonObject CaseIntake::toJson() const
{
    QJsonArray criteria;
    for (SeriousnessCriterion c : seriousnessCriteria)
        criteria.append(seriousnessCriterionKey(c));
    QJsonObject o{{QStringLiteral("reporter"), criterionJson(reporter)},
                  {QStringLiteral("patient"), criterionJson(patient)},
                  {QStringLiteral("product"), criterionJson(product)},
                  {QStringLiteral("event"), criterionJson(event)},
                  {QStringLiteral("seriousness"), criteria},
                  {QStringLiteral("patient_age"), patientAge},
                  {QStringLiteral("patient_sex"), patientSex},
                  {QStringLiteral("narrative"), narrative}};
    if (serious)
        o.insert(QStringLiteral("serious"), *serious);
    if (submittedOn.isValid())
        o.insert(QStringLiteral("submitted_on"), submittedOn.toString(Qt::ISODate));
    if (!submissionReference.isEmpty())
        o.insert(QStringLiteral("submission_reference"), submissionReference);
    return o;
}

CaseIntake CaseIntake::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CaseIntake in;
    in.reporter = criterionFromJson(o.value(QStringLiteral("reporter")));
    in.patient = criterionFromJson(o.value(QStringLiteral("patient")));
    in.product = criterionFromJson(o.value(QStringLiteral("product")));
    in.event = criterionFromJson(o.value(QStringLiteral("event")));
    if (o.value(QStringLiteral("serious")).isBool())
        in.serious = o.value(QStringLiteral("serious")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("seriousness")).toArray()) {
        if (auto c = seriousnessCriterionFromKey(v.toString()); c && !in.seriousnessCriteria.contains(*c))
            in.seriousnessCriteria << *c;
    }
    in.patientAge = o.value(QStringLiteral("patient_age")).toString();
    in.patientSex = o.value(QStringLiteral("patient_sex")).toString();
    in.narrative = o.value(QStringLiteral("narrative")).toString();
    in.submittedOn = QDate::fromString(o.value(QStringLiteral("submitted_on")).toString(), Qt::ISODate);
    in.submissionReference = o.value(QStringLiteral("submission_reference")).toString();
    return in;
}

int caseDeadlineDays(std::optional<bool> serious)
{
    return serious == false ? 90 : 15;
}

QDateTime caseDueAt(const QDateTime &day0, std::optional<bool> serious, const QTimeZone &zone)
{
    return day0.toTimeZone(zone).addDays(caseDeadlineDays(serious)).toUTC();
}

QTimeZone workspaceTimeZone(const QString &name)
{
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

Status openMentionCases(Database &db, const QList<QPair<Id, Id>> &flagged, qint64 receivedAt)
{
    if (flagged.isEmpty())
        return Status::success();
    SqlQuery zoneOf(db, QStringLiteral("SELECT timezone FROM workspaces WHERE id = ?"));
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO adverse_cases (workspace_id, mention_id, status, flagged_at, "
                                   "day0, due_at, updated_at) VALUES (?, ?, 'pending', ?, ?, ?, ?) "
                                   "ON CONFLICT (mention_id) DO NOTHING"));
    const QDateTime day0 = QDateTime::fromSecsSinceEpoch(receivedAt, QTimeZone::utc());
    QHash<Id, qint64> dueByWorkspace;
    for (const auto &[workspaceId, mentionId] : flagged) {
        auto due = dueByWorkspace.constFind(workspaceId);
        if (due == dueByWorkspace.cend()) {
            if (auto st = zoneOf.exec(workspaceId); !st)
                return st;
            const QTimeZone zone = workspaceTimeZone(zoneOf.next() ? zoneOf.value(0).toString() : QString());
            due = dueByWorkspace.insert(workspaceId, caseDueAt(day0, std::nullopt, zone).toSecsSinceEpoch());
        }
        if (auto st = insert.exec(workspaceId, mentionId, receivedAt, receivedAt, due.value(), receivedAt);
            !st)
            return st;
    }
    return Status::success();
}

QTimeZone AdverseCaseRepository::zoneOf(Id workspaceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT timezone FROM workspaces WHERE id = ?"));
    if (!q.exec(workspaceId) || !q.next())
        return QTimeZone::systemTimeZone();
    return workspaceTimeZone(q.value(0).toString());
}

QDateTime AdverseCaseRepository::startOfToday(const QTimeZone &zone) const
{
    return m_clock.now().toTimeZone(zone).date().startOfDay(zone).toUTC();
}

QList<CaseDetail> AdverseCaseRepository::list(Id workspaceId, CaseView view,
                                              const std::optional<CaseCursor> &after, int limit) const
{
    QString sql = caseSelect() + QStringLiteral("WHERE c.workspace_id = ? AND ") + statusCondition(view);
    QVariantList values{workspaceId};
    if (view == CaseView::Overdue)
        values << startOfToday(zoneOf(workspaceId)).toSecsSinceEpoch();
    const bool urgent = mostUrgentFirst(view);
    const QString key = urgent ? QStringLiteral("c.due_at") : QStringLiteral("c.day0");
    if (after) {
        sql += urgent ? QStringLiteral(" AND (%1 > ? OR (%1 = ? AND c.id > ?))").arg(key)
                      : QStringLiteral(" AND (%1 < ? OR (%1 = ? AND c.id < ?))").arg(key);
        values << after->key << after->key << after->id;
    }
    sql += urgent ? QStringLiteral(" ORDER BY c.due_at ASC, c.id ASC")
                  : QStringLiteral(" ORDER BY c.day0 DESC, c.id DESC");
    sql += QStringLiteral(" LIMIT ?");
    values << qMax(1, limit);
    SqlQuery q(m_db, sql);
    QList<CaseDetail> rows;
    if (!q.execWith(values))
        return rows;
    while (q.next())
        rows << readCase(q);
    return rows;
}

CaseCursor AdverseCaseRepository::cursorAfter(const AdverseCase &row, CaseView view)
{
    const QDateTime &key = mostUrgentFirst(view) ? row.dueAt : row.day0;
    return {key.toSecsSinceEpoch(), row.id};
}

CaseCounts AdverseCaseRepository::counts(Id workspaceId) const
{
    CaseCounts counts;
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT status, COUNT(*) FROM adverse_cases WHERE workspace_id = ? GROUP BY status"));
    if (q.exec(workspaceId)) {
        while (q.next()) {
            const int n = q.value(1).toInt();
            switch (caseStatusFromKey(q.value(0).toString()).value_or(CaseStatus::Pending)) {
            case CaseStatus::Pending:
                counts.pending += n;
                break;
            case CaseStatus::Confirmed:
                counts.confirmed += n;
                break;
            case CaseStatus::Submitted:
                counts.confirmed += n;
                counts.submitted += n;
                break;
            case CaseStatus::Dismissed:
                counts.dismissed += n;
                break;
            }
        }
    }
    SqlQuery overdue(m_db,
                     QStringLiteral("SELECT COUNT(*) FROM adverse_cases c WHERE c.workspace_id = ? AND ") +
                         statusCondition(CaseView::Overdue));
    if (overdue.exec(workspaceId, startOfToday(zoneOf(workspaceId)).toSecsSinceEpoch()) && overdue.next())
        counts.overdue = overdue.value(0).toInt();
    return counts;
}

std::optional<CaseDetail> AdverseCaseRepository::detail(Id caseId) const
{
    SqlQuery q(m_db, caseSelect() + QStringLiteral("WHERE c.id = ?"));
    if (!q.exec(caseId) || !q.next())
        return std::nullopt;
    return readCase(q);
}

std::optional<Id> AdverseCaseRepository::caseForMessage(Id messageId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM adverse_cases WHERE message_id = ?"));
    if (!q.exec(messageId) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Status AdverseCaseRepository::requireStatus(const AdverseCase &current, CaseStatus expected) const
{
    if (current.status == expected)
        return Status::success();
    const QDateTime decided = current.decidedAt.toTimeZone(zoneOf(current.workspaceId));
    const bool today = decided.date() == m_clock.now().toTimeZone(decided.timeZone()).date();
    const QString when = today ? decided.toString(QStringLiteral("HH:mm"))
                               : decided.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString who = current.decidedBy.isEmpty() ? tr("someone") : current.decidedBy;
    switch (current.status) {
    case CaseStatus::Confirmed:
        return Status::failure(
            tr("Case %1 was already confirmed by %2 at %3.").arg(current.id).arg(who, when));
    case CaseStatus::Dismissed:
        return Status::failure(
            tr("Case %1 was already dismissed by %2 at %3.").arg(current.id).arg(who, when));
    case CaseStatus::Submitted:
        return Status::failure(
            tr("Case %1 was already submitted to the safety department on %2 (reference %3).")
                .arg(current.id)
                .arg(current.intake.submittedOn.toString(Qt::ISODate), current.intake.submissionReference));
    case CaseStatus::Pending:
        break;
    }
    if (expected == CaseStatus::Dismissed)
        return Status::failure(
            tr("Case %1 is not dismissed: only a dismissed case can be reopened.").arg(current.id));
    return Status::failure(tr("Case %1 is still pending: confirm it first.").arg(current.id));
}

Status AdverseCaseRepository::audit(const AdverseCase &current, const QString &actor, const QString &action,
                                    const QJsonObject &detail)
{
    QJsonObject full = detail;
    if (current.messageId)
        full.insert(QStringLiteral("message_id"), current.messageId);
    if (current.mentionId)
        full.insert(QStringLiteral("mention_id"), current.mentionId);
    return AuditLog(m_db).append(current.workspaceId, actor, action, QStringLiteral("adverse_case"),
                                 current.id, full, m_clock.now());
}

Status AdverseCaseRepository::confirm(Id caseId, const QString &actor)
{
    Transaction tx(m_db);
    const auto current = detail(caseId); // read inside the write transaction: no one decides in between
    if (!current)
        return Status::failure(tr("Case %1 does not exist.").arg(caseId));
    if (auto st = requireStatus(current->adverseCase, CaseStatus::Pending); !st)
        return st;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    SqlQuery q(
        m_db, QStringLiteral("UPDATE adverse_cases SET status = 'confirmed', decided_at = ?, decided_by = ?, "
                             "updated_at = ? WHERE id = ? AND status = 'pending'"));
    if (auto st = q.exec(now, actor, now, caseId); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(
            tr("Case %1 changed while it was being confirmed; look at it again.").arg(caseId));
    if (auto st = audit(current->adverseCase, actor, QStringLiteral("adverse_case.confirmed"), {}); !st)
        return st;
    return tx.commit();
}

Status AdverseCaseRepository::dismiss(Id caseId, const CaseDismissal &dismissal, const QString &actor)
{
    CaseDismissal clean = dismissal;
    clean.note = dismissal.note.trimmed();
    if (!clean.reason)
        return Status::failure(tr("Choose why this is not an adverse event before dismissing it."));
    if (*clean.reason == DismissReason::Other && clean.note.isEmpty())
        return Status::failure(tr("Say in a few words why this is not an adverse event."));
    if (*clean.reason != DismissReason::Duplicate)
        clean.duplicateOf = 0;
    Transaction tx(m_db);
    const auto current = detail(caseId);
    if (!current)
        return Status::failure(tr("Case %1 does not exist.").arg(caseId));
    if (*clean.reason == DismissReason::Duplicate) {
        if (clean.duplicateOf <= 0)
            return Status::failure(tr("Give the number of the case this one repeats."));
        if (clean.duplicateOf == caseId)
            return Status::failure(tr("A case cannot be a duplicate of itself."));
        const auto original = detail(clean.duplicateOf);
        if (!original || original->adverseCase.workspaceId != current->adverseCase.workspaceId)
            return Status::failure(tr("There is no case %1 to be a duplicate of.").arg(clean.duplicateOf));
    }
    if (auto st = requireStatus(current->adverseCase, CaseStatus::Pending); !st)
        return st;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QJsonObject json = clean.toJson();
    SqlQuery q(
        m_db, QStringLiteral("UPDATE adverse_cases SET status = 'dismissed', decided_at = ?, decided_by = ?, "
                             "reason = ?, updated_at = ? WHERE id = ? AND status = 'pending'"));
    if (auto st = q.exec(now, actor, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                         now, caseId);
        !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(
            tr("Case %1 changed while it was being dismissed; look at it again.").arg(caseId));
    if (auto st = audit(current->adverseCase, actor, QStringLiteral("adverse_case.dismissed"), json); !st)
        return st;
    return tx.commit();
}

Status AdverseCaseRepository::reopen(Id caseId, const QString &reason, const QString &actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(tr("Say why this case goes back to the queue."));
    Transaction tx(m_db);
    const auto current = detail(caseId);
    if (!current)
        return Status::failure(tr("Case %1 does not exist.").arg(caseId));
    if (auto st = requireStatus(current->adverseCase, CaseStatus::Dismissed); !st)
        return st;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE adverse_cases SET status = 'pending', decided_at = NULL, decided_by = '', "
                         "reason = '', updated_at = ? WHERE id = ? AND status = 'dismissed'"));
    if (auto st = q.exec(now, caseId); !st)
        return st;
    QJsonObject detailJson{{QStringLiteral("reason"), why},
                           {QStringLiteral("dismissed_by"), current->adverseCase.decidedBy}};
    if (current->adverseCase.dismissal)
        detailJson.insert(QStringLiteral("dismissal"), current->adverseCase.dismissal->toJson());
    if (auto st = audit(current->adverseCase, actor, QStringLiteral("adverse_case.reopened"), detailJson);
        !st)
        return st;
    return tx.commit();
}

Status AdverseCaseRepository::saveIntake(Id caseId, const CaseIntake &intake, const QString &actor)
{
    Transaction tx(m_db);
    const auto current = detail(caseId);
    if (!current)
        return Status::failure(tr("Case %1 does not exist.").arg(caseId));
    const AdverseCase &c = current->adverseCase;
    if (auto st = requireStatus(c, CaseStatus::Confirmed); !st)
        return st;
    CaseIntake clean = intake;
    if (clean.serious != true)
        clean.seriousnessCriteria.clear(); // criteria only qualify a serious case
    clean.submittedOn = c.intake.submittedOn;
    clean.submissionReference = c.intake.submissionReference;
    if (clean == c.intake)
        return Status::success(); // nothing changed: no audit entry for a no-op save
    const QDateTime due = caseDueAt(c.day0, clean.serious, zoneOf(c.workspaceId));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QJsonObject json = clean.toJson();
    SqlQuery q(
        m_db, QStringLiteral("UPDATE adverse_cases SET serious = ?, seriousness = ?, intake = ?, due_at = ?, "
                             "updated_at = ? WHERE id = ?"));
    const QVariant serious = clean.serious ? QVariant(*clean.serious ? 1 : 0) : QVariant();
    if (auto st = q.exec(serious, seriousnessText(clean.seriousnessCriteria),
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                         due.toSecsSinceEpoch(), now, caseId);
        !st)
        return st;
    if (auto st = audit(c, actor, QStringLiteral("adverse_case.intake_saved"),
                        {{QStringLiteral("intake"), json},
                         {QStringLiteral("due_at"), due.toString(Qt::ISODate)},
                         {QStringLiteral("previous_due_at"), c.dueAt.toString(Qt::ISODate)}});
        !st)
        return st;
    return tx.commit();
}

Status AdverseCaseRepository::markSubmitted(Id caseId, const QDate &on, const QString &reference,
                                            const QString &actor)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return Status::failure(tr("Give the reference the safety department gave this case."));
    if (!on.isValid())
        return Status::failure(tr("Give the date the case was sent to the safety department."));
    Transaction tx(m_db);
    const auto current = detail(caseId);
    if (!current)
        return Status::failure(tr("Case %1 does not exist.").arg(caseId));
    const AdverseCase &c = current->adverseCase;
    if (auto st = requireStatus(c, CaseStatus::Confirmed); !st)
        return st;
    const QTimeZone zone = zoneOf(c.workspaceId);
    if (on < c.day0.toTimeZone(zone).date())
        return Status::failure(tr("A case cannot be submitted before its day 0 (%1).")
                                   .arg(c.day0.toTimeZone(zone).date().toString(Qt::ISODate)));
    if (on > m_clock.now().toTimeZone(zone).date())
        return Status::failure(tr("The submission date cannot be in the future."));
    CaseIntake intake = c.intake;
    intake.submittedOn = on;
    intake.submissionReference = ref;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    SqlQuery q(m_db,
               QStringLiteral("UPDATE adverse_cases SET status = 'submitted', intake = ?, updated_at = ? "
                              "WHERE id = ? AND status = 'confirmed'"));
    if (auto st = q.exec(QString::fromUtf8(QJsonDocument(intake.toJson()).toJson(QJsonDocument::Compact)),
                         now, caseId);
        !st)
        return st;
    if (auto st = audit(
            c, actor, QStringLiteral("adverse_case.submitted"),
            {{QStringLiteral("submitted_on"), on.toString(Qt::ISODate)}, {QStringLiteral("reference"), ref}});
        !st)
        return st;
    return tx.commit();
}

} // namespace vigie
