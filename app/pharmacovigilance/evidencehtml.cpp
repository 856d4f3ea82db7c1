#include "pharmacovigilance/evidencehtml.h"

#include "pharmacovigilance/caseassessment.h"

#include <algorithm>

namespace vigie {

namespace {
QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}
} // namespace

QColor evidenceColor(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Product:
        return QColor(0xcf, 0xe3, 0xff); // blue
    case EvidenceKind::Symptom:
        return QColor(0xff, 0xd2, 0xcc); // red
    case EvidenceKind::Experience:
        break;
    }
    return QColor(0xff, 0xea, 0xa8); // amber
}

QString highlightedHtml(const QString &text, const QList<EvidenceSpan> &evidence)
{
    QList<EvidenceSpan> spans;
    for (const EvidenceSpan &span : evidence) {
        if (span.start >= 0 && span.length > 0 && span.start + span.length <= text.size())
            spans << span;
    }
    std::sort(spans.begin(), spans.end(),
              [](const EvidenceSpan &a, const EvidenceSpan &b) { return a.start < b.start; });
    QString html;
    int at = 0;
    for (const EvidenceSpan &span : std::as_const(spans)) {
        if (span.start < at)
            continue; // overlaps the previous highlight
        html += escaped(text.mid(at, span.start - at));
        html += QStringLiteral("<span style=\"background-color:%1; color:#000000\" title=\"%2\">%3</span>")
                    .arg(evidenceColor(span.kind).name(), CaseText::evidenceKind(span.kind).toHtmlEscaped(),
                         escaped(text.mid(span.start, span.length)));
        at = span.start + span.length;
    }
    html += escaped(text.mid(at));
    return html;
}

QString evidenceLegendHtml()
{
    QStringList items;
    for (EvidenceKind kind : {EvidenceKind::Product, EvidenceKind::Symptom, EvidenceKind::Experience})
        items << QStringLiteral("<span style=\"background-color:%1; color:#000000\">&nbsp;%2&nbsp;</span>")
                     .arg(evidenceColor(kind).name(), CaseText::evidenceKind(kind).toHtmlEscaped());
    return items.join(QStringLiteral("&nbsp;&nbsp;"));
}

} // namespace vigie
