#include "ui/analytics/analyticspane.h"

#include "listening/analyticscontroller.h"
#include "ui/analytics/daterangebar.h"
#include "ui/analytics/mentionvolumechart.h"
#include "ui/analytics/sentimentchart.h"
#include "ui/analytics/shareofvoicechart.h"
#include "ui/analytics/topproductschart.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

AnalyticsPane::AnalyticsPane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("analyticsPane"));
    m_rangeBar = new DateRangeBar(workspaceToday(m_context.workspace, *m_context.clock));
    m_pages = new QStackedWidget;
    m_pages->addWidget(createEmptyState());
    if (m_context.db) {
        m_controller = new AnalyticsController(*m_context.db, m_context.workspace, this);
        m_pages->addWidget(createCharts());
        connect(m_controller, &AnalyticsController::loaded, this, &AnalyticsPane::showLoaded);
        connect(m_rangeBar, &DateRangeBar::rangeChanged, m_controller, &AnalyticsController::load);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rangeBar);
    layout->addWidget(m_pages, 1);
    // Nothing is read until the pane is first shown (see showEvent): it costs the window's
    // start-up nothing.
    showLoaded();
}

AnalyticsPane::~AnalyticsPane()
{
    // The charts go before the models they show (the controller is an older child).
    delete m_pages;
}

void AnalyticsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_controller)
        return;
    // Coming back to the pane shows fresh figures, and a preset follows the date: opened again
    // the next morning, "Last 7 days" ends on the new day.
    if (!m_rangeBar->setToday(workspaceToday(m_context.workspace, *m_context.clock)))
        m_controller->load(m_rangeBar->range());
}

QWidget *AnalyticsPane::createCharts()
{
    m_charts = new QWidget;
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(new MentionVolumeChart(m_controller->volumeModel()), 0, 0);
    grid->addWidget(new ShareOfVoiceChart(m_controller->shareOfVoiceModel()), 0, 1);
    grid->addWidget(new SentimentChart(m_controller->sentimentModel()), 1, 0);
    grid->addWidget(new TopProductsChart(m_controller->topProductsModel()), 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    return m_charts;
}

QWidget *AnalyticsPane::createEmptyState()
{
    m_emptyState = new QWidget;
    m_emptyText =
        new QLabel(tr("No mentions in this period. Choose another period or add listening sources."));
    m_emptyText->setObjectName(QStringLiteral("analyticsEmptyState"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_emptyText->setFont(emptyFont);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addStretch(2);
    return m_emptyState;
}

void AnalyticsPane::showLoaded()
{
    const bool hasMentions = m_controller && m_controller->hasMentions();
    m_pages->setCurrentWidget(hasMentions ? m_charts : m_emptyState);
    m_rangeBar->setSummary(
        hasMentions ? tr("Mentions in this period: %1").arg(QLocale().toString(m_controller->totalMentions()))
                    : QString());
}

bool AnalyticsPane::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

} // namespace ui
} // namespace vigie
