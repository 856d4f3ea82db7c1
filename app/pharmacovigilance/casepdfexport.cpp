#include "pharmacovigilance/caseassessment.h"
#include "pharmacovigilance/caseexport.h"
#include "pharmacovigilance/evidencehtml.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace vigie {

namespace {
QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding:3px 8px 3px 0\"><b>%1</b></td><td style=\"padding:3px "
                          "0\">%2</td></tr>")
        .arg(h(label), valueHtml);
}

QString timeText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QString();
}
} // namespace

QString CaseExport::reportHtml(const CaseDetail &detail, const CaseExportContext &context)
{
    const AdverseCase &c = detail.adverseCase;
    const CaseSource &s = detail.source;
    const CaseIntake &in = c.intake;
    const CaseDeadline deadline = caseDeadline(c, context.zone, context.today);
    const QString yes = tr("Yes");
    const QString no = tr("No");

    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif; font-size:10pt\">");
    html += QStringLiteral("<h1 style=\"font-size:16pt\">%1</h1>")
                .arg(h(tr("Possible adverse event: case %1").arg(c.id)));
    html += QStringLiteral("<p>%1</p>").arg(h(tr("Status: %1").arg(CaseText::status(c.status))));

    html += QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2><table cellspacing=\"0\">")
                .arg(h(tr("Minimum criteria")));
    for (MinimumCriterion m : allMinimumCriteria()) {
        const CaseCriterion &criterion = criterionOf(in, m);
        html +=
            row(CaseText::criterion(m),
                QStringLiteral("%1%2").arg(
                    h(criterion.met ? yes : no),
                    criterion.detail.isEmpty() ? QString() : QStringLiteral(" — ") + h(criterion.detail)));
    }
    html += QStringLiteral("</table><p><b>%1</b></p>").arg(h(CaseText::validity(intakeValidity(in))));

    html += QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2><table cellspacing=\"0\">")
                .arg(h(tr("Seriousness and patient")));
    html += row(tr("Seriousness"), h(CaseText::seriousness(in)));
    html += row(tr("Patient age"), h(in.patientAge.isEmpty() ? tr("Not known") : in.patientAge));
    html += row(tr("Patient sex"), h(CaseText::sex(in.patientSex)));
    html += row(tr("Narrative"), h(in.narrative).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2><table cellspacing=\"0\">").arg(h(tr("Dates")));
    html += row(tr("Written"), h(timeText(s.createdAt, context.zone)));
    html += row(tr("Received by Vigie"), h(timeText(s.receivedAt, context.zone)));
    html += row(tr("Day 0"), h(deadline.day0.toString(Qt::ISODate)));
    html += row(tr("Due date"), h(QStringLiteral("%1 (%2)").arg(deadline.dueDate.toString(Qt::ISODate),
                                                                CaseText::deadline(deadline, c.status))));
    if (c.decidedAt.isValid())
        html += row(tr("Decided"), h(tr("%1 by %2").arg(timeText(c.decidedAt, context.zone), c.decidedBy)));
    if (c.dismissal)
        html += row(tr("Dismissed because"), h(CaseText::dismissal(*c.dismissal)));
    if (in.submittedOn.isValid())
        html +=
            row(tr("Submitted to the safety department"),
                h(tr("%1, reference %2").arg(in.submittedOn.toString(Qt::ISODate), in.submissionReference)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2><table cellspacing=\"0\">")
                .arg(h(tr("Original message")));
    html += row(tr("Network"), h(networkDisplayName(s.network)));
    html += row(tr("Author"),
                h(s.authorName.isEmpty() ? s.authorHandle : tr("%1 (%2)").arg(s.authorName, s.authorHandle)));
    if (!s.accountHandle.isEmpty())
        html += row(s.isMention ? tr("Found by") : tr("On our account"), h(s.accountHandle));
    html += row(tr("Link"),
                s.url.isEmpty() ? h(tr("None")) : QStringLiteral("<a href=\"%1\">%1</a>").arg(h(s.url)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"border:1px solid #999; padding:6px\">%1</p>")
                .arg(highlightedHtml(s.text, s.evidence));
    if (!s.evidence.isEmpty())
        html += QStringLiteral("<p style=\"font-size:8pt\">%1 %2</p>")
                    .arg(h(tr("Highlighted:")), evidenceLegendHtml());
    html += QStringLiteral("</body></html>");
    return html;
}

Status CaseExport::writePdf(const QString &path, const CaseDetail &detail, const CaseExportContext &context)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Possible adverse event: case %1").arg(detail.adverseCase.id));
        writer.setCreator(QStringLiteral("Vigie"));
        QTextDocument document;
        // No ligatures: "identifiable" must stay searchable and copyable as typed.
        QFont font = document.defaultFont();
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setHtml(reportHtml(detail, context));
        document.print(&writer); // paints every page, then ends the painter: the PDF is complete
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace vigie
