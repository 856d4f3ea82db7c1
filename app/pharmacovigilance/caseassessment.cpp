#include "pharmacovigilance/caseassessment.h"

namespace vigie {

namespace {
// The distinct matched words of one kind, in the order they appear.
QString spansOfKind(const CaseSource &source, EvidenceKind kind)
{
    QStringList words;
    for (const EvidenceSpan &span : source.evidence) {
        const QString word = span.text.simplified();
        if (span.kind != kind || word.isEmpty())
            continue;
        bool seen = false;
        for (const QString &w : std::as_const(words))
            seen = seen || w.compare(word, Qt::CaseInsensitive) == 0;
        if (!seen)
            words << word;
    }
    return words.join(QStringLiteral(", "));
}
} // namespace

QList<MinimumCriterion> allMinimumCriteria()
{
    return {MinimumCriterion::Reporter, MinimumCriterion::Patient, MinimumCriterion::Product,
            MinimumCriterion::Event};
}

const CaseCriterion &criterionOf(const CaseIntake &intake, MinimumCriterion which)
{
    switch (which) {
    case MinimumCriterion::Reporter:
        return intake.reporter;
    case MinimumCriterion::Patient:
        return intake.patient;
    case MinimumCriterion::Product:
        return intake.product;
    case MinimumCriterion::Event:
        break;
    }
    return intake.event;
}

CaseCriterion &criterionOf(CaseIntake &intake, MinimumCriterion which)
{
    return const_cast<CaseCriterion &>(criterionOf(std::as_const(intake), which));
}

IntakeValidity intakeValidity(const CaseIntake &intake)
{
    IntakeValidity validity;
    for (MinimumCriterion c : allMinimumCriteria()) {
        if (!criterionOf(intake, c).met)
            validity.missing << c;
    }
    return validity;
}

CaseIntake prefilledIntake(const CaseSource &source)
{
    CaseIntake intake;
    intake.reporter.detail = source.authorName.isEmpty() || source.authorName == source.authorHandle
                                 ? source.authorHandle
                                 : QStringLiteral("%1 (%2)").arg(source.authorHandle, source.authorName);
    intake.product.detail = spansOfKind(source, EvidenceKind::Product);
    intake.event.detail = spansOfKind(source, EvidenceKind::Symptom);
    return intake;
}

QDate dueDateFor(const AdverseCase &adverseCase, std::optional<bool> serious, const QTimeZone &zone)
{
    return caseDueAt(adverseCase.day0, serious, zone).toTimeZone(zone).date();
}

CaseDeadline caseDeadline(const AdverseCase &adverseCase, const QTimeZone &zone, const QDate &today)
{
    CaseDeadline d;
    d.day0 = adverseCase.day0.toTimeZone(zone).date();
    // The stored due time is what the queue's overdue filter compares; computed when missing.
    d.dueDate = adverseCase.dueAt.isValid() ? adverseCase.dueAt.toTimeZone(zone).date()
                                            : dueDateFor(adverseCase, adverseCase.intake.serious, zone);
    d.daysLeft = int(today.daysTo(d.dueDate));
    if (adverseCase.status == CaseStatus::Submitted || adverseCase.status == CaseStatus::Dismissed)
        d.urgency = CaseUrgency::Closed;
    else if (d.daysLeft < 0)
        d.urgency = CaseUrgency::Overdue;
    else if (d.daysLeft <= 3)
        d.urgency = CaseUrgency::DueSoon;
    else
        d.urgency = CaseUrgency::OnTime;
    return d;
}

QString CaseText::status(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Pending:
        return tr("To review");
    case CaseStatus::Confirmed:
        return tr("Confirmed");
    case CaseStatus::Submitted:
        return tr("Submitted");
    case CaseStatus::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QString CaseText::dismissReason(DismissReason reason)
{
    switch (reason) {
    case DismissReason::NotAboutMedicine:
        return tr("Not about a medicine");
    case DismissReason::NoAdverseEvent:
        return tr("No adverse event described");
    case DismissReason::FigurativeOrHypothetical:
        return tr("Figurative or hypothetical");
    case DismissReason::Duplicate:
        return tr("Duplicate of another case");
    case DismissReason::CompetitorForwarded:
        return tr("Competitor's product (forwarded)");
    case DismissReason::Other:
        return tr("Other reason");
    }
    return {};
}

QString CaseText::dismissal(const CaseDismissal &dismissal)
{
    if (!dismissal.reason)
        return {};
    QString text = *dismissal.reason == DismissReason::Duplicate && dismissal.duplicateOf
                       ? tr("Duplicate of case %1").arg(dismissal.duplicateOf)
                       : dismissReason(*dismissal.reason);
    if (!dismissal.note.isEmpty())
        text = tr("%1: %2").arg(text, dismissal.note);
    return text;
}

QString CaseText::seriousnessCriterion(SeriousnessCriterion criterion)
{
    switch (criterion) {
    case SeriousnessCriterion::Death:
        return tr("Death");
    case SeriousnessCriterion::LifeThreatening:
        return tr("Life-threatening");
    case SeriousnessCriterion::Hospitalisation:
        return tr("Hospitalisation or its prolongation");
    case SeriousnessCriterion::Disability:
        return tr("Disability or incapacity");
    case SeriousnessCriterion::CongenitalAnomaly:
        return tr("Congenital anomaly");
    case SeriousnessCriterion::MedicallyImportant:
        return tr("Other medically important condition");
    }
    return {};
}

QString CaseText::criterion(MinimumCriterion criterion)
{
    switch (criterion) {
    case MinimumCriterion::Reporter:
        return tr("Identifiable reporter");
    case MinimumCriterion::Patient:
        return tr("Identifiable patient");
    case MinimumCriterion::Product:
        return tr("Suspect product");
    case MinimumCriterion::Event:
        break;
    }
    return tr("Adverse event or reaction");
}

QString CaseText::seriousness(const CaseIntake &intake)
{
    if (!intake.serious)
        return tr("Not assessed yet");
    if (!*intake.serious)
        return tr("Not serious");
    QStringList criteria;
    for (SeriousnessCriterion c : intake.seriousnessCriteria)
        criteria << seriousnessCriterion(c);
    return criteria.isEmpty() ? tr("Serious") : tr("Serious: %1").arg(criteria.join(QStringLiteral(", ")));
}

QString CaseText::sex(const QString &key)
{
    if (key == QLatin1String("female"))
        return tr("Female");
    if (key == QLatin1String("male"))
        return tr("Male");
    return tr("Not known");
}

QString CaseText::validity(const IntakeValidity &validity)
{
    if (validity.valid())
        return tr("Valid report: the four minimum criteria are met.");
    QStringList names;
    for (MinimumCriterion c : validity.missing)
        names << criterion(c).toLower();
    return tr("Not yet a valid report. Missing: %1.").arg(names.join(QStringLiteral(", ")));
}

QString CaseText::deadline(const CaseDeadline &deadline, CaseStatus status)
{
    switch (deadline.urgency) {
    case CaseUrgency::Closed:
        return CaseText::status(status);
    case CaseUrgency::Overdue:
        return tr("Overdue by %n day(s)", nullptr, -deadline.daysLeft);
    case CaseUrgency::DueSoon:
    case CaseUrgency::OnTime:
        break;
    }
    if (deadline.daysLeft == 0)
        return tr("Due today");
    return tr("Due in %n day(s)", nullptr, deadline.daysLeft);
}

QString CaseText::evidenceKind(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Product:
        return tr("Product");
    case EvidenceKind::Symptom:
        return tr("Symptom");
    case EvidenceKind::Experience:
        break;
    }
    return tr("Experience");
}

} // namespace vigie
