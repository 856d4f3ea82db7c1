#include "demo/democases.h"

#include "storage/adversecaserepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {
namespace demo {

namespace {

constexpr char kReviewer[] = "Dr Hélène Martin";

struct FlaggedCase
{
    Id id = 0;
    QDateTime day0;
    QString author;
    QString product; // the first product the classifier found
    QString symptom; // the first symptom it found
};

CaseIntake intakeFor(const FlaggedCase &c, DemoRandom &rng)
{
    CaseIntake intake;
    // A handle gets its '@'; a forum or a news site is named as it is.
    const bool isHandle = !c.author.startsWith(QLatin1Char('@')) && !c.author.contains(QLatin1Char(' '));
    intake.reporter = {true, isHandle ? QStringLiteral("@") + c.author : c.author};
    // Most people write about themselves; a few about a child or a parent whose age they give.
    const bool relative = rng.chance(0.25);
    intake.patient = {rng.chance(0.85),
                      relative ? QStringLiteral("Enfant de l'auteur") : QStringLiteral("L'auteur")};
    intake.product = {!c.product.isEmpty(), c.product};
    intake.event = {true, c.symptom};
    intake.serious = rng.chance(0.12);
    if (*intake.serious)
        intake.seriousnessCriteria = {rng.chance(0.5) ? SeriousnessCriterion::Hospitalisation
                                                      : SeriousnessCriterion::MedicallyImportant};
    intake.patientAge = relative ? QString::number(rng.between(4, 12)) : QString::number(rng.between(19, 78));
    intake.patientSex = rng.chance(0.6) ? QStringLiteral("female") : QStringLiteral("male");
    intake.narrative =
        QStringLiteral("Signalé en commentaire public ; %1 après prise de %2. Contact proposé en "
                       "message privé.")
            .arg(c.symptom, c.product.isEmpty() ? QStringLiteral("produit non précisé") : c.product);
    return intake;
}

} // namespace

Status createCaseDecisions(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng)
{
    QList<FlaggedCase> cases;
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT c.id, c.day0, COALESCE(m.author_handle, n.author), COALESCE(m.evidence, n.evidence) "
            "FROM adverse_cases c LEFT JOIN messages m ON m.id = c.message_id "
            "LEFT JOIN mentions n ON n.id = c.mention_id WHERE c.workspace_id = ? ORDER BY c.day0, c.id"));
    if (auto st = q.exec(world.workspace.id); !st)
        return st;
    while (q.next()) {
        FlaggedCase c{q.value(0).toLongLong(), fromDbTime(q.value(1)), q.value(2).toString(), {}, {}};
        for (const EvidenceSpan &span : evidenceFromJson(q.value(3).toString())) {
            if (span.kind == EvidenceKind::Product && c.product.isEmpty())
                c.product = span.text;
            if (span.kind == EvidenceKind::Symptom && c.symptom.isEmpty())
                c.symptom = span.text;
        }
        cases << c;
    }

    AdverseCaseRepository repo(db, clock);
    int leftOverdue = 0;
    for (const FlaggedCase &c : std::as_const(cases)) {
        const qint64 ageDays = c.day0.daysTo(world.now);
        if (ageDays < 4)
            continue; // the reviewers have not got to these yet
        if (ageDays > 16 && leftOverdue < 2 && rng.chance(0.1)) {
            ++leftOverdue; // forgotten: the queue shows them in red
            continue;
        }
        clock.set(std::min(c.day0.addSecs(3600 * rng.between(2, 30)), world.now.addSecs(-3600)));
        if (rng.chance(0.3)) {
            CaseDismissal dismissal;
            dismissal.reason =
                rng.chance(0.6) ? DismissReason::NoAdverseEvent : DismissReason::FigurativeOrHypothetical;
            dismissal.note = QStringLiteral("Relu : pas d'effet ressenti par une personne identifiable.");
            if (auto st = repo.dismiss(c.id, dismissal, QString::fromUtf8(kReviewer)); !st)
                return st;
            continue;
        }
        if (auto st = repo.confirm(c.id, QString::fromUtf8(kReviewer)); !st)
            return st;
        if (auto st = repo.saveIntake(c.id, intakeFor(c, rng), QString::fromUtf8(kReviewer)); !st)
            return st;
        if (ageDays > 7 && rng.chance(0.8)) {
            const QDate on = c.day0.toTimeZone(world.zone).date().addDays(rng.between(2, 6));
            clock.set(std::min(QDateTime(on, QTime(17, 30), world.zone), world.now.addSecs(-3600)));
            if (auto st = repo.markSubmitted(c.id, clock.now().toTimeZone(world.zone).date(),
                                             QStringLiteral("PV-2026-%1").arg(1000 + c.id),
                                             QString::fromUtf8(kReviewer));
                !st)
                return st;
        }
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
