#include "ui/analytics/analyticspane.h"

#include "ui/analytics/analyticschartview.h"

#include "listening/analyticscontroller.h"
#include "ui/analytics/adversechart.h"
#include "ui/analytics/daterangebar.h"
#include "ui/analytics/engagementchart.h"
#include "ui/analytics/mentionlistdialog.h"
#include "ui/analytics/mentionvolumechart.h"
#include "ui/analytics/sentimentchart.h"
#include "ui/analytics/shareofvoicechart.h"
#include "ui/analytics/sourcecharts.h"
#include "ui/analytics/topproductschart.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {

QWidget *page(QLayout *layout)
{
    auto *widget = new QWidget;
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    widget->setLayout(layout);
    return widget;
}

} // namespace

AnalyticsPane::AnalyticsPane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("analyticsPane"));
    m_rangeBar = new DateRangeBar(workspaceToday(m_context.workspace, *m_context.clock));
    m_reportAction = new QAction(tr("Report (PDF)…"), this);
    m_reportAction->setObjectName(QStringLiteral("analyticsReportAction"));
    m_reportAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_reportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reportAction);
    connect(m_reportAction, &QAction::triggered, this, [this] { emit reportRequested(m_rangeBar->range()); });
    m_reportButton = new QPushButton(m_reportAction->text(), this);
    m_reportButton->setObjectName(QStringLiteral("analyticsReportButton"));
    m_reportButton->setToolTip(tr("A PDF report of this period with the charts and a summary table (%1)")
                                   .arg(m_reportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_reportButton, &QPushButton::clicked, m_reportAction, &QAction::trigger);

    m_pages = new QStackedWidget;
    m_pages->addWidget(createEmptyState());
    if (m_context.db) {
        m_controller = new AnalyticsController(*m_context.db, m_context.workspace, this);
        m_pages->addWidget(createCharts());
        connect(m_controller, &AnalyticsController::loaded, this, &AnalyticsPane::showLoaded);
        connect(m_rangeBar, &DateRangeBar::rangeChanged, m_controller, &AnalyticsController::load);
    } else {
        m_reportAction->setEnabled(false);
        m_reportButton->setEnabled(false);
    }

    // Beside the tabs rather than the dates: the date bar needs the whole width in French.
    if (m_tabs)
        m_tabs->setCornerWidget(m_reportButton, Qt::TopRightCorner);
    else
        m_reportButton->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rangeBar);
    layout->addWidget(m_pages, 1);
    // Nothing is read until the pane is first shown (see showEvent): it costs the window's
    // start-up nothing.
    showLoaded();
}

AnalyticsPane::~AnalyticsPane()
{
    // The charts and the mention list go before the models they show (the controller is an
    // older child).
    delete m_mentionList;
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

void AnalyticsPane::reload()
{
    if (m_controller && isVisible())
        m_controller->load(m_rangeBar->range());
}

QWidget *AnalyticsPane::createCharts()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("analyticsTabs"));
    m_tabs->setDocumentMode(true);

    auto *volume = new MentionVolumeChart(m_controller->volumeModel());
    auto *share = new ShareOfVoiceChart(m_controller->shareOfVoiceModel());
    auto *overview = new QHBoxLayout;
    overview->addWidget(volume, 3);
    overview->addWidget(share, 2);
    m_tabs->addTab(page(overview), tr("&Overview"));

    auto *sentiment = new SentimentChart(m_controller->sentimentModel());
    auto *products = new TopProductsChart(m_controller->topProductsModel());
    auto *sources = new TopSourcesChart(m_controller->topSourcesModel());
    auto *networks = new NetworksChart(m_controller->networksModel());
    auto *conversation = new QGridLayout;
    conversation->addWidget(sentiment, 0, 0);
    conversation->addWidget(products, 0, 1);
    conversation->addWidget(sources, 1, 0);
    conversation->addWidget(networks, 1, 1);
    for (int i = 0; i < 2; ++i) {
        conversation->setRowStretch(i, 1);
        conversation->setColumnStretch(i, 1);
    }
    m_tabs->addTab(page(conversation), tr("&Conversation"));

    auto *adverse = new AdverseChart(m_controller->adverseModel());
    auto *engagement = new EngagementChart(m_controller->engagementModel());
    auto *safety = new QVBoxLayout;
    safety->addWidget(adverse, 1);
    safety->addWidget(engagement, 1);
    m_tabs->addTab(page(safety), tr("&Safety and engagement"));

    connect(volume, &MentionVolumeChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(share, &ShareOfVoiceChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(sentiment, &SentimentChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(products, &TopProductsChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(sources, &TopSourcesChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(networks, &NetworksChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    connect(adverse, &AdverseChart::mentionsRequested, this, &AnalyticsPane::showMentions);
    return m_tabs;
}

QList<AnalyticsChartView *> AnalyticsPane::charts() const
{
    QList<AnalyticsChartView *> result;
    if (!m_tabs)
        return result;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        // findChildren lists them in creation order, which is the order they are laid out in.
        result << m_tabs->widget(tab)->findChildren<AnalyticsChartView *>();
    }
    return result;
}

void AnalyticsPane::showMentions(const MentionSelection &selection)
{
    if (!m_controller || !selection.isValid())
        return;
    if (!m_mentionList)
        m_mentionList = new MentionListDialog(m_controller->mentionListModel(), this);
    m_mentionList->showSelection(selection);
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

QString AnalyticsPane::summary() const
{
    const QLocale locale;
    const qint64 now = m_controller->totalMentions();
    const qint64 before = m_controller->previousTotalMentions();
    if (before <= 0)
        return tr("Mentions in this period: %1").arg(locale.toString(now));
    const double change = 100.0 * double(now - before) / double(before);
    //: %1 mentions now, %2 in the previous period of the same length, %3 the change ("+12%")
    return tr("Mentions in this period: %1 (previous period: %2, %3)")
        .arg(locale.toString(now), locale.toString(before),
             tr("%1%", "change in percent")
                 .arg((change >= 0 ? QStringLiteral("+") : QString()) + locale.toString(qRound(change))));
}

void AnalyticsPane::showLoaded()
{
    const bool hasData = m_controller && (m_controller->hasMentions() || m_controller->hasEngagement());
    m_pages->setCurrentWidget(hasData ? m_tabs : m_emptyState);
    // Exported files name the period, even for charts whose rows carry no dates.
    if (m_controller) {
        for (auto *chart : findChildren<AnalyticsChartView *>())
            chart->setPeriod(m_controller->range());
    }
    m_rangeBar->setSummary(m_controller && m_controller->hasMentions() ? summary() : QString());
}

bool AnalyticsPane::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

} // namespace ui
} // namespace vigie
