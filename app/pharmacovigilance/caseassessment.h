#pragma once

#include "storage/adversecaserepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// The rules a reviewer works by, kept out of the views: which of the four minimum criteria are
// missing, when a case is due and how urgent it is, and the words for statuses and reasons.
namespace vigie {

// The four minimum criteria of a valid report (GVP Module VI), in the order forms list them.
enum class MinimumCriterion { Reporter, Patient, Product, Event };
QList<MinimumCriterion> allMinimumCriteria();
const CaseCriterion &criterionOf(const CaseIntake &intake, MinimumCriterion which);
CaseCriterion &criterionOf(CaseIntake &intake, MinimumCriterion which);

struct IntakeValidity
{
    QList<MinimumCriterion> missing;
    bool valid() const { return missing.isEmpty(); }
};
IntakeValidity intakeValidity(const CaseIntake &intake);

// An intake prefilled from what the text shows: the author as reporter, the product and
// symptom words the classifier found. Nothing is ticked: a person decides each criterion.
CaseIntake prefilledIntake(const CaseSource &source);

enum class CaseUrgency {
    OnTime,
    DueSoon, // three days or fewer left
    Overdue, // today is past the due date and the case is not submitted
    Closed,  // submitted or dismissed: no clock runs
};

struct CaseDeadline
{
    QDate day0;       // the calendar day Vigie received the text, in the workspace's zone
    QDate dueDate;    // the last day to submit
    int daysLeft = 0; // negative once overdue
    CaseUrgency urgency = CaseUrgency::OnTime;
};
// today is the workspace's calendar day (from the injected clock).
CaseDeadline caseDeadline(const AdverseCase &adverseCase, const QTimeZone &zone, const QDate &today);
// The due date a case would have with this seriousness (the intake form shows it live).
QDate dueDateFor(const AdverseCase &adverseCase, std::optional<bool> serious, const QTimeZone &zone);

// Words shown to people, translated.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    static QString status(CaseStatus status);
    static QString dismissReason(DismissReason reason);
    // The reason with its detail ("Duplicate of case 12", "Other: …").
    static QString dismissal(const CaseDismissal &dismissal);
    static QString seriousnessCriterion(SeriousnessCriterion criterion);
    static QString criterion(MinimumCriterion criterion);
    static QString seriousness(const CaseIntake &intake);
    static QString sex(const QString &key);
    // "Valid report" or "Missing: identifiable patient, suspect product".
    static QString validity(const IntakeValidity &validity);
    // "Overdue by 2 days", "Due today", "Due in 5 days", "Submitted", "Dismissed".
    static QString deadline(const CaseDeadline &deadline, CaseStatus status);
    static QString evidenceKind(EvidenceKind kind);
};

} // namespace vigie
