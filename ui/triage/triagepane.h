#pragma once

#include "core/status.h"
#include "storage/adversecaserepository.h"
#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabBar;

namespace vigie {
class CaseQueueModel;
class TriageController;
} // namespace vigie

namespace vigie {
namespace ui {

class CaseDetailView;
class IntakeForm;

// Pharmacovigilance triage: the queue of possible adverse events (to review, confirmed,
// dismissed, overdue, with counts), the case with its text and evidence, Confirm (Ctrl+Return)
// and Dismiss with a reason (Ctrl+D), the intake of confirmed cases (Ctrl+S) and the exports
// for the safety department. Every decision goes through TriageController (audit-logged).
class TriagePane : public QWidget
{
    Q_OBJECT

public:
    explicit TriagePane(AppContext context, QWidget *parent = nullptr);

    CaseQueueModel *queue() const { return m_queue; }
    TriageController *controller() const { return m_controller; }
    CaseView currentView() const;
    // The case the detail shows; 0 when none.
    Id shownCaseId() const { return m_shownCaseId; }
    // The line under the tabs that says what the last action did (or why it failed).
    QString messageText() const;

    // Exports (the buttons ask for a file name, then call these).
    Status exportShownCaseCsv(const QString &path);
    Status exportShownCasePdf(const QString &path);
    Status exportViewCsv(const QString &path);

public slots:
    // Reads the counts and the current view again.
    void reload();
    void showView(CaseView view);
    void showCase(Id caseId);
    void confirmShownCase();
    // Opens the reason dialog (non-blocking); the case is dismissed once a reason is given.
    void dismissShownCase();
    void reopenShownCase();
    void saveIntake();

signals:
    void openConversationRequested(Id threadId);
    void caseCountsChanged(int pending, int overdue);

private:
    void onCurrentChanged(const QModelIndex &current);
    void onCaseChanged(Id caseId);
    void updateCounts(const CaseCounts &counts);
    void updateEmptyState();
    void showMessage(const QString &text, bool isError);
    void selectRow(int row);
    void askExport(bool pdf);

    AppContext m_context;
    CaseQueueModel *m_queue = nullptr;
    TriageController *m_controller = nullptr;
    Id m_shownCaseId = 0;
    bool m_keepDetail = false; // the list changes under a decision: the detail stays on its case

    QTabBar *m_tabs;
    QPushButton *m_exportList;
    QLabel *m_message;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_emptyLabel;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    QScrollArea *m_detailScroll;
    CaseDetailView *m_detail;
    IntakeForm *m_intake;
};

} // namespace ui
} // namespace vigie
