#pragma once

#include "listening/daterange.h"
#include "listening/mentionselection.h"
#include "ui/appcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace vigie {
class AnalyticsController;
}

namespace vigie {
namespace ui {

class AnalyticsChartView;
class DateRangeBar;
class MentionListDialog;

// The analytics pane: a period picker and "Report (PDF)…" over three tabs of charts, each fed
// from a model of the AnalyticsController:
//  - Overview: mentions per day by brand against the previous period, share of voice;
//  - Conversation: sentiment over time, top products, top sources, mentions per network;
//  - Safety & engagement: possible adverse events over time, engagement of the workspace's posts.
// Clicking a point lists the mentions behind it in a MentionListDialog. A period without
// mentions (nor engagement) shows what to do instead of blank charts.
class AnalyticsPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, ConversationTab, SafetyTab };

    explicit AnalyticsPane(AppContext context, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    AnalyticsController *controller() const { return m_controller; }
    DateRangeBar *rangeBar() const { return m_rangeBar; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *reportAction() const { return m_reportAction; }
    // Every chart, in tab order (for exports).
    QList<AnalyticsChartView *> charts() const;
    bool isShowingEmptyState() const;
    // The window listing the mentions behind a point (created on the first click).
    MentionListDialog *mentionList() const { return m_mentionList; }

public slots:
    // Reads the current period again (new mentions were collected); nothing while hidden, as
    // the pane reads afresh whenever it is shown.
    void reload();
    // Lists the mentions of selection (what a click on a chart point does).
    void showMentions(const vigie::MentionSelection &selection);

signals:
    // "Report (PDF)…" (Ctrl+P) for the period shown.
    void reportRequested(const vigie::DateRange &range);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createCharts();
    QWidget *createEmptyState();
    void showLoaded();
    QString summary() const;

    AppContext m_context;
    AnalyticsController *m_controller = nullptr;
    DateRangeBar *m_rangeBar = nullptr;
    QPushButton *m_reportButton = nullptr;
    QAction *m_reportAction = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    MentionListDialog *m_mentionList = nullptr;
};

} // namespace ui
} // namespace vigie
