#include "ui/triage/casedetailview.h"

#include "pharmacovigilance/evidencehtml.h"
#include "ui/triage/casedelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QPushButton *button(const QString &text, const char *name, const QString &tip = {})
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}

QString timeText(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

CaseDetailView::CaseDetailView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("caseText"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Original text"));
    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("evidenceLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("caseMeta"));
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setWordWrap(true);
    m_meta->setOpenExternalLinks(true);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_decision = new QLabel;
    m_decision->setObjectName(QStringLiteral("caseDecision"));
    m_decision->setWordWrap(true);

    m_confirm = button(tr("Confirm adverse event"), "confirmButton",
                       tr("Confirm: this is a possible adverse event to report (Ctrl+Return)"));
    m_dismiss = button(tr("Dismiss…"), "dismissButton", tr("Not an adverse event: say why (Ctrl+D)"));
    m_reopen = button(tr("Reopen…"), "reopenButton", tr("Send this dismissed case back to the queue"));
    m_openConversation = button(tr("Open conversation"), "openConversationButton");
    m_exportCsv = button(tr("Export CSV…"), "exportCaseCsvButton");
    m_exportPdf = button(tr("Export PDF…"), "exportCasePdfButton");
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_confirm, m_dismiss, m_reopen, m_openConversation, m_exportCsv, m_exportPdf})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text);
    layout->addWidget(m_legend);
    layout->addWidget(m_meta);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
}

void CaseDetailView::setCase(const CaseDetail &detail, const QTimeZone &zone, const QDate &today)
{
    const AdverseCase &c = detail.adverseCase;
    const CaseSource &s = detail.source;
    m_caseId = c.id;
    const CaseDeadline deadline = caseDeadline(c, zone, today);
    const QColor color = CaseDelegate::urgencyColor(deadline.urgency, palette());
    m_header->setText(
        QStringLiteral("<b style=\"font-size:large\">%1</b> &nbsp; %2 &nbsp; <b style=\"color:%3\">%4</b>")
            .arg(tr("Case %1").arg(c.id).toHtmlEscaped(), CaseText::status(c.status).toHtmlEscaped(),
                 deadline.urgency == CaseUrgency::OnTime || deadline.urgency == CaseUrgency::Closed
                     ? palette().color(QPalette::WindowText).name()
                     : color.name(),
                 tr("%1 (due %2)")
                     .arg(CaseText::deadline(deadline, c.status), deadline.dueDate.toString(Qt::ISODate))
                     .toHtmlEscaped()));
    m_text->setHtml(highlightedHtml(s.text, s.evidence));
    // As tall as the text (a long post scrolls), so the actions stay close under it.
    const int width = m_text->viewport()->width();
    m_text->document()->setTextWidth(width > 100 ? width : 600);
    const int height = int(m_text->document()->size().height()) + 2 * m_text->frameWidth() + 4;
    m_text->setFixedHeight(qBound(56, height, 240));
    m_legend->setText(tr("Highlighted: %1").arg(evidenceLegendHtml()));
    m_legend->setVisible(!s.evidence.isEmpty());

    const QString author = s.authorName.isEmpty() || s.authorName == s.authorHandle
                               ? s.authorHandle
                               : tr("%1 (%2)").arg(s.authorName, s.authorHandle);
    QStringList lines;
    lines << (s.isMention ? tr("%1 on %2, found by %3") : tr("%1 on %2, to %3"))
                 .arg(author, networkDisplayName(s.network), s.accountHandle)
                 .toHtmlEscaped();
    lines << tr("Written %1 \u00b7 received %2 \u00b7 day 0: %3")
                 .arg(timeText(s.createdAt, zone), timeText(s.receivedAt, zone),
                      deadline.day0.toString(Qt::ISODate))
                 .toHtmlEscaped();
    if (!s.url.isEmpty())
        lines << QStringLiteral("<a href=\"%1\">%1</a>").arg(s.url.toHtmlEscaped());
    m_meta->setText(lines.join(QStringLiteral("<br>")));

    QString decision;
    if (c.status == CaseStatus::Dismissed)
        decision = tr("Dismissed by %1 on %2: %3")
                       .arg(c.decidedBy, timeText(c.decidedAt, zone),
                            c.dismissal ? CaseText::dismissal(*c.dismissal) : QString());
    else if (c.status != CaseStatus::Pending)
        decision = tr("Confirmed by %1 on %2.").arg(c.decidedBy, timeText(c.decidedAt, zone));
    m_decision->setText(decision);
    m_decision->setVisible(!decision.isEmpty());

    const bool pending = c.status == CaseStatus::Pending;
    const bool confirmed = c.status == CaseStatus::Confirmed || c.status == CaseStatus::Submitted;
    m_confirm->setVisible(pending);
    m_dismiss->setVisible(pending);
    m_reopen->setVisible(c.status == CaseStatus::Dismissed);
    m_openConversation->setVisible(s.threadId != 0);
    m_exportCsv->setVisible(confirmed);
    m_exportPdf->setVisible(confirmed);
}

} // namespace ui
} // namespace vigie
