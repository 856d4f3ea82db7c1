#pragma once

#include "core/types.h"

#include <QColor>
#include <QString>

// The original text as HTML with the words that made Vigie flag it highlighted, one colour per
// kind (product, symptom, experience), for the triage pane and the PDF report alike.
namespace vigie {

// A light background that keeps black text readable, on screen and on paper.
QColor evidenceColor(EvidenceKind kind);

// text HTML-escaped, line breaks kept, each valid span wrapped in a coloured <span>. Spans that
// fall outside the text or overlap an earlier one are left out rather than garbling the text.
QString highlightedHtml(const QString &text, const QList<EvidenceSpan> &evidence);

// A one-line legend: a coloured swatch and the kind's name for each kind.
QString evidenceLegendHtml();

} // namespace vigie
