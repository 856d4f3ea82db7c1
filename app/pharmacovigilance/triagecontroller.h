#pragma once

#include "pharmacovigilance/caseexport.h"
#include "storage/adversecaserepository.h"

#include <QObject>

namespace vigie {

// Carries out what a reviewer asks in the triage pane, as the signed-in actor, and says what
// changed so every view of the cases can follow. Each call returns the repository's Status
// (with a message meant for the reviewer) and also emits failed() with it.
class TriageController : public QObject
{
    Q_OBJECT

public:
    TriageController(Database &db, const Clock &clock, Id workspaceId, QString actor,
                     QObject *parent = nullptr);

    Status confirm(Id caseId);
    Status dismiss(Id caseId, const CaseDismissal &dismissal);
    Status reopen(Id caseId, const QString &reason);
    Status saveIntake(Id caseId, const CaseIntake &intake);
    Status markSubmitted(Id caseId, const QDate &on, const QString &reference);

    Status exportCsv(const QString &path, const QList<Id> &caseIds);
    Status exportViewCsv(const QString &path, CaseView view);
    Status exportPdf(const QString &path, Id caseId);

    CaseCounts counts() const { return m_repository.counts(m_workspaceId); }
    std::optional<CaseDetail> detail(Id caseId) const { return m_repository.detail(caseId); }
    QTimeZone zone() const { return m_zone; }
    QDate today() const;
    CaseExportContext exportContext() const { return {m_zone, today()}; }

signals:
    void caseChanged(Id caseId);
    void countsChanged(const CaseCounts &counts);
    void failed(const QString &message);

private:
    Status finish(Id caseId, Status status);

    AdverseCaseRepository m_repository;
    const Clock &m_clock;
    Id m_workspaceId;
    QString m_actor;
    QTimeZone m_zone;
};

} // namespace vigie
