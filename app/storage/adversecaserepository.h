#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>
#include <optional>

// Pharmacovigilance cases: one per message or mention flagged as a possible adverse event.
// A person decides each case (confirm or dismiss with a reason); nothing is dismissed by Vigie.
// The clock runs from day 0 (when Vigie received the text) until the case is submitted to the
// safety department. Every decision is audit-logged in the same transaction.
namespace vigie {

class Database;

// pending → confirmed → submitted; pending → dismissed → (reopened) pending.
enum class CaseStatus { Pending, Confirmed, Submitted, Dismissed };
QString caseStatusKey(CaseStatus status); // "pending", "confirmed", "submitted", "dismissed"
std::optional<CaseStatus> caseStatusFromKey(const QString &key);

// Why a reviewer says a flagged text is not a case. Other needs words; Duplicate needs the case.
enum class DismissReason {
    NotAboutMedicine,
    NoAdverseEvent,
    FigurativeOrHypothetical,
    Duplicate,
    CompetitorForwarded,
    Other,
};
QString dismissReasonKey(DismissReason reason);
std::optional<DismissReason> dismissReasonFromKey(const QString &key);
QList<DismissReason> allDismissReasons();

struct CaseDismissal
{
    std::optional<DismissReason> reason; // nullopt = none chosen (refused)
    Id duplicateOf = 0;                  // the case this one repeats (Duplicate only)
    QString note;                        // free text; required for Other

    QJsonObject toJson() const;
    static std::optional<CaseDismissal> fromJson(const QString &json);
};

// ICH E2A seriousness criteria.
enum class SeriousnessCriterion {
    Death,
    LifeThreatening,
    Hospitalisation, // or its prolongation
    Disability,      // persistent or significant disability/incapacity
    CongenitalAnomaly,
    MedicallyImportant, // other medically important condition
};
QString seriousnessCriterionKey(SeriousnessCriterion criterion);
std::optional<SeriousnessCriterion> seriousnessCriterionFromKey(const QString &key);
QList<SeriousnessCriterion> allSeriousnessCriteria();

// One of the four minimum criteria of a valid report (GVP Module VI): met or not, and what
// the reviewer wrote about it.
struct CaseCriterion
{
    bool met = false;
    QString detail;

    bool operator==(const CaseCriterion &) const = default;
};

// What the reviewer records about a confirmed case (stored as JSON in adverse_cases.intake).
struct CaseIntake
{
    CaseCriterion reporter;      // identifiable reporter
    CaseCriterion patient;       // identifiable patient
    CaseCriterion product;       // suspect product
    CaseCriterion event;         // adverse event / reaction
    std::optional<bool> serious; // nullopt = not assessed yet (the 15-day clock applies)
    QList<SeriousnessCriterion> seriousnessCriteria;
    QString patientAge; // as reported ("34", "about 70", "child")
    QString patientSex; // "female", "male" or "" (not known)
    QString narrative;
    // Set only by AdverseCaseRepository::markSubmitted.
    QDate submittedOn;
    QString submissionReference;

    QJsonObject toJson() const;
    static CaseIntake fromJson(const QString &json);
    bool operator==(const CaseIntake &) const = default;
};

// The stored case.
struct AdverseCase
{
    Id id = 0;
    Id workspaceId = 0;
    Id messageId = 0; // exactly one of messageId and mentionId is set (0 once its source is deleted)
    Id mentionId = 0;
    CaseStatus status = CaseStatus::Pending;
    QDateTime flaggedAt;
    QDateTime day0; // when Vigie received the text
    QDateTime decidedAt;
    QString decidedBy;
    std::optional<CaseDismissal> dismissal; // dismissed cases
    CaseIntake intake;
    QDateTime dueAt; // day0 + 15 or 90 calendar days in the workspace's zone (caseDueAt)
    QDateTime updatedAt;
};

// The text a case is about, whether it came from the inbox or from listening.
struct CaseSource
{
    bool isMention = false;
    QString text;
    QString authorHandle;
    QString authorName;
    Network network = Network::Unknown;
    QString accountHandle; // ours, for inbox messages; the listening source for mentions
    QString url;
    QDateTime createdAt;  // when the author wrote it
    QDateTime receivedAt; // when Vigie stored it
    QList<EvidenceSpan> evidence;
    Id threadId = 0; // inbox conversation; 0 for mentions
};

struct CaseDetail
{
    AdverseCase adverseCase;
    CaseSource source;
};

// Which cases a list shows. Pending and Overdue list the most urgent due date first; the
// others the newest day 0 first. Confirmed includes submitted cases.
enum class CaseView { Pending, Confirmed, Dismissed, Overdue, All };

// Keyset position: the last row of the previous page.
struct CaseCursor
{
    qint64 key = 0; // due_at or day0, epoch seconds, as the view orders
    Id id = 0;
};

struct CaseCounts
{
    int pending = 0;
    int confirmed = 0; // includes submitted
    int submitted = 0;
    int dismissed = 0;
    int overdue = 0; // pending or confirmed, past the due date
};

// Deadlines in calendar days from day 0: 15 when serious or not yet assessed, 90 when not serious.
int caseDeadlineDays(std::optional<bool> serious);
// day0 + caseDeadlineDays in the workspace's zone, keeping the time of day (so the due date is
// day 0's calendar date + N, across daylight-saving changes too).
QDateTime caseDueAt(const QDateTime &day0, std::optional<bool> serious, const QTimeZone &zone);
// The workspace's zone; the system's when the name is unknown.
QTimeZone workspaceTimeZone(const QString &name);

// Opens pending cases for listening mentions flagged as possible adverse events
// (workspace id, mention id), day 0 = receivedAt; a mention that already has a case is skipped.
// For MentionRepository::insert, inside its transaction.
Status openMentionCases(Database &db, const QList<QPair<Id, Id>> &flagged, qint64 receivedAt);

class AdverseCaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(AdverseCaseRepository)

public:
    explicit AdverseCaseRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // One page of a view, 'limit' rows after 'after' (nullopt = from the start).
    QList<CaseDetail> list(Id workspaceId, CaseView view, const std::optional<CaseCursor> &after,
                           int limit) const;
    // The cursor that continues after row (for the view it was listed in).
    static CaseCursor cursorAfter(const AdverseCase &row, CaseView view);
    CaseCounts counts(Id workspaceId) const;
    std::optional<CaseDetail> detail(Id caseId) const;
    // The case opened for a message, if any.
    std::optional<Id> caseForMessage(Id messageId) const;

    // Decisions. Only a pending case can be confirmed or dismissed; a case someone else decided
    // first fails with who did it and when.
    Status confirm(Id caseId, const QString &actor);
    Status dismiss(Id caseId, const CaseDismissal &dismissal, const QString &actor);
    // A dismissed case back to the queue; reason is required. Day 0 does not move.
    Status reopen(Id caseId, const QString &reason, const QString &actor);
    // Confirmed cases only; the seriousness decides the due date. Submission fields are kept.
    Status saveIntake(Id caseId, const CaseIntake &intake, const QString &actor);
    // Closes the clock: the case went to the safety department on 'on' with 'reference'.
    Status markSubmitted(Id caseId, const QDate &on, const QString &reference, const QString &actor);

    // Start of today in the workspace's zone, from the injected clock (overdue = due before it).
    QDateTime startOfToday(const QTimeZone &zone) const;

private:
    QTimeZone zoneOf(Id workspaceId) const;
    // The case must exist and be in 'expected'; otherwise a message saying where it stands.
    Status requireStatus(const AdverseCase &current, CaseStatus expected) const;
    Status audit(const AdverseCase &current, const QString &actor, const QString &action,
                 const QJsonObject &detail);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
