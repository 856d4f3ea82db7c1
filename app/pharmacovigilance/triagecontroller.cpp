#include "pharmacovigilance/triagecontroller.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

namespace {
QTimeZone zoneOfWorkspace(Database &db, Id workspaceId)
{
    SqlQuery q(db, QStringLiteral("SELECT timezone FROM workspaces WHERE id = ?"));
    return workspaceTimeZone(q.exec(workspaceId) && q.next() ? q.value(0).toString() : QString());
}
} // namespace

TriageController::TriageController(Database &db, const Clock &clock, Id workspaceId, QString actor,
                                   QObject *parent)
    : QObject(parent)
    , m_repository(db, clock)
    , m_clock(clock)
    , m_workspaceId(workspaceId)
    , m_actor(std::move(actor))
    , m_zone(zoneOfWorkspace(db, workspaceId))
{}

QDate TriageController::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

Status TriageController::finish(Id caseId, Status status)
{
    if (!status) {
        emit failed(status.error());
        // Someone else may have decided it: the views show where it stands now.
        emit caseChanged(caseId);
        emit countsChanged(counts());
        return status;
    }
    emit caseChanged(caseId);
    emit countsChanged(counts());
    return status;
}

Status TriageController::confirm(Id caseId)
{
    return finish(caseId, m_repository.confirm(caseId, m_actor));
}

Status TriageController::dismiss(Id caseId, const CaseDismissal &dismissal)
{
    return finish(caseId, m_repository.dismiss(caseId, dismissal, m_actor));
}

Status TriageController::reopen(Id caseId, const QString &reason)
{
    return finish(caseId, m_repository.reopen(caseId, reason, m_actor));
}

Status TriageController::saveIntake(Id caseId, const CaseIntake &intake)
{
    return finish(caseId, m_repository.saveIntake(caseId, intake, m_actor));
}

Status TriageController::markSubmitted(Id caseId, const QDate &on, const QString &reference)
{
    return finish(caseId, m_repository.markSubmitted(caseId, on, reference, m_actor));
}

Status TriageController::exportCsv(const QString &path, const QList<Id> &caseIds)
{
    QList<CaseDetail> cases;
    for (Id id : caseIds) {
        if (auto d = m_repository.detail(id))
            cases << *d;
    }
    Status st = CaseExport::writeCsv(path, cases, exportContext());
    if (!st)
        emit failed(st.error());
    return st;
}

Status TriageController::exportViewCsv(const QString &path, CaseView view)
{
    QList<CaseDetail> cases;
    std::optional<CaseCursor> after;
    constexpr int kPage = 500;
    for (;;) {
        const auto page = m_repository.list(m_workspaceId, view, after, kPage);
        cases += page;
        if (page.size() < kPage)
            break;
        after = AdverseCaseRepository::cursorAfter(page.constLast().adverseCase, view);
    }
    Status st = CaseExport::writeCsv(path, cases, exportContext());
    if (!st)
        emit failed(st.error());
    return st;
}

Status TriageController::exportPdf(const QString &path, Id caseId)
{
    const auto d = m_repository.detail(caseId);
    Status st = d ? CaseExport::writePdf(path, *d, exportContext())
                  : Status::failure(CaseExport::tr("Case %1 does not exist.").arg(caseId));
    if (!st)
        emit failed(st.error());
    return st;
}

} // namespace vigie
