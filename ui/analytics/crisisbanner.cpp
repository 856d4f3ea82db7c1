#include "ui/analytics/crisisbanner.h"

#include "crisis/crisismonitor.h"
#include "crisis/crisistext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

CrisisBanner::CrisisBanner(const AppContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("crisisBanner"));
    // Alarm colours that read on light and dark themes alike: dark text on a pale red.
    setStyleSheet(
        QStringLiteral("QFrame#crisisBanner { background: #fdecea; border-bottom: 1px solid #d9867a; }"
                       "QFrame#crisisBanner QLabel { color: #5c1a10; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("crisisMoreLabel"));
    layout->addWidget(m_more);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("crisisErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    // As tall as its wrapped text needs at the window's width, not at the label's guess.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    hide();
}

void CrisisBanner::refresh()
{
    if (!m_context.db)
        return;
    CrisisMonitor monitor(*m_context.db, *m_context.clock);
    setAlerts(monitor.active(m_context.workspace.id, monitor.today(m_context.workspace)));
}

void CrisisBanner::setAlerts(const QList<CrisisAlert> &alerts)
{
    m_signals = crisisSignals(alerts);
    m_error->hide();
    rebuild();
}

QWidget *CrisisBanner::makeRow(const CrisisSignal &signal, int index)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("crisisRow%1").arg(index));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QDate today = signal.day;
    if (m_context.db)
        today = CrisisMonitor(*m_context.db, *m_context.clock).today(m_context.workspace);
    QString text =
        QStringLiteral("<b>%1</b> — %2")
            .arg(crisisTitle(signal).toHtmlEscaped(), crisisSummary(signal, today).toHtmlEscaped());
    if (const QString terms = crisisTermsText(signal); !terms.isEmpty())
        text += QLatin1Char(' ') + terms.toHtmlEscaped();
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("crisisText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    layout->addWidget(label, 1);
    // The first row's buttons take the keyboard shortcuts (Alt+S, Alt+D).
    auto *show = new QPushButton(index == 0 ? tr("&Show mentions") : tr("Show mentions"), row);
    show->setObjectName(QStringLiteral("showMentionsButton"));
    auto *dismissButton = new QPushButton(index == 0 ? tr("&Dismiss") : tr("Dismiss"), row);
    dismissButton->setObjectName(QStringLiteral("dismissButton"));
    dismissButton->setToolTip(tr("Mark this alert as seen: it will not be shown again"));
    layout->addWidget(show);
    layout->addWidget(dismissButton);
    connect(show, &QPushButton::clicked, this,
            [this, signal] { emit showMentionsRequested(signal.brandId, signal.day); });
    connect(dismissButton, &QPushButton::clicked, this, [this, signal] { dismiss(signal); });
    return row;
}

void CrisisBanner::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const int shown = int(qMin<qsizetype>(m_signals.size(), kMaxRows));
    for (int i = 0; i < shown; ++i)
        m_rows->addWidget(makeRow(m_signals.at(i), i));
    const int more = int(m_signals.size()) - shown;
    m_more->setText(tr("and %n more", nullptr, more));
    m_more->setVisible(more > 0);
    setVisible(!m_signals.isEmpty() || m_error->isVisibleTo(this));
}

void CrisisBanner::dismiss(const CrisisSignal &signal)
{
    if (!m_context.db)
        return;
    CrisisMonitor monitor(*m_context.db, *m_context.clock);
    for (Id id : signal.alertIds) {
        if (auto st = monitor.acknowledge(id, m_context.actor); !st) {
            m_error->setText(tr("Could not dismiss the alert: %1").arg(st.error()));
            m_error->show();
            show();
            return;
        }
    }
    m_signals.removeIf(
        [&](const CrisisSignal &s) { return s.brandId == signal.brandId && s.day == signal.day; });
    m_error->hide();
    rebuild();
    emit dismissed(signal.brandId, signal.day);
}

} // namespace ui
} // namespace vigie
