#include "pharmacovigilance/caseassessment.h"
#include "pharmacovigilance/caseexport.h"

#include <QSaveFile>

namespace vigie {

namespace {
QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\";\r\n");
    bool quote = false;
    for (QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString copy = value;
    copy.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + copy + QLatin1Char('"');
}

QString isoTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString evidenceText(const QList<EvidenceSpan> &evidence)
{
    QStringList parts;
    for (const EvidenceSpan &span : evidence) {
        const char *kind = span.kind == EvidenceKind::Product   ? "product"
                           : span.kind == EvidenceKind::Symptom ? "symptom"
                                                                : "experience";
        parts << QStringLiteral("%1: %2").arg(QLatin1String(kind), span.text);
    }
    return parts.join(QStringLiteral(" | "));
}

QStringList csvRow(const CaseDetail &detail, const CaseExportContext &context)
{
    const AdverseCase &c = detail.adverseCase;
    const CaseSource &s = detail.source;
    const CaseIntake &in = c.intake;
    const CaseDeadline deadline = caseDeadline(c, context.zone, context.today);
    QStringList missing;
    for (MinimumCriterion m : intakeValidity(in).missing)
        missing << CaseText::criterion(m);
    QStringList seriousness;
    for (SeriousnessCriterion sc : in.seriousnessCriteria)
        seriousness << seriousnessCriterionKey(sc);
    const QString serious = !in.serious ? QStringLiteral("not assessed") : yesNo(*in.serious);
    const CaseDismissal dismissal = c.dismissal.value_or(CaseDismissal{});
    return {QString::number(c.id),
            caseStatusKey(c.status),
            s.isMention ? QStringLiteral("mention") : QStringLiteral("message"),
            networkDisplayName(s.network),
            s.accountHandle,
            s.authorHandle,
            s.authorName,
            s.url,
            isoTime(s.createdAt, context.zone),
            isoTime(s.receivedAt, context.zone),
            deadline.day0.toString(Qt::ISODate),
            deadline.dueDate.toString(Qt::ISODate),
            deadline.urgency == CaseUrgency::Overdue ? QStringLiteral("yes") : QStringLiteral("no"),
            c.decidedBy,
            isoTime(c.decidedAt, context.zone),
            dismissal.reason ? dismissReasonKey(*dismissal.reason) : QString(),
            dismissal.duplicateOf ? QString::number(dismissal.duplicateOf) : QString(),
            dismissal.note,
            yesNo(in.reporter.met),
            in.reporter.detail,
            yesNo(in.patient.met),
            in.patient.detail,
            yesNo(in.product.met),
            in.product.detail,
            yesNo(in.event.met),
            in.event.detail,
            yesNo(intakeValidity(in).valid()),
            missing.join(QStringLiteral(", ")),
            serious,
            seriousness.join(QStringLiteral(", ")),
            in.patientAge,
            in.patientSex,
            in.narrative,
            in.submittedOn.toString(Qt::ISODate),
            in.submissionReference,
            s.text,
            evidenceText(s.evidence)};
}
} // namespace

QStringList CaseExport::csvHeader()
{
    // Stable column names in English: the safety department's tools read them.
    return {QStringLiteral("case_id"),
            QStringLiteral("status"),
            QStringLiteral("source"),
            QStringLiteral("network"),
            QStringLiteral("account"),
            QStringLiteral("author_handle"),
            QStringLiteral("author_name"),
            QStringLiteral("link"),
            QStringLiteral("message_time"),
            QStringLiteral("received_time"),
            QStringLiteral("day0"),
            QStringLiteral("due_date"),
            QStringLiteral("overdue"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_at"),
            QStringLiteral("dismiss_reason"),
            QStringLiteral("duplicate_of"),
            QStringLiteral("dismiss_note"),
            QStringLiteral("reporter_identifiable"),
            QStringLiteral("reporter"),
            QStringLiteral("patient_identifiable"),
            QStringLiteral("patient"),
            QStringLiteral("suspect_product_identified"),
            QStringLiteral("suspect_product"),
            QStringLiteral("adverse_event_identified"),
            QStringLiteral("adverse_event"),
            QStringLiteral("valid_report"),
            QStringLiteral("missing_criteria"),
            QStringLiteral("serious"),
            QStringLiteral("seriousness_criteria"),
            QStringLiteral("patient_age"),
            QStringLiteral("patient_sex"),
            QStringLiteral("narrative"),
            QStringLiteral("submitted_on"),
            QStringLiteral("submission_reference"),
            QStringLiteral("original_text"),
            QStringLiteral("evidence")};
}

QByteArray CaseExport::csv(const QList<CaseDetail> &cases, const CaseExportContext &context)
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(csvHeader());
    for (const CaseDetail &detail : cases)
        text += line(csvRow(detail, context));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status CaseExport::writeCsv(const QString &path, const QList<CaseDetail> &cases,
                            const CaseExportContext &context)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = csv(cases, context);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace vigie
