#pragma once

#include "ui/appcontext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace vigie {
namespace ui {

class AccountsDialog;
class BrandSettingsDialog;
class ImportScheduleDialog;
class PublishScheduler;
class CalendarPane;
class InboxPane;
class AnalyticsPane;
class TriagePane;
class CrisisBanner;
class ListeningHub;
class ListeningSetupDialog;
class AnalyticsReportExporter;
class CommentImportDialog;
class ManualDueNotifier;

// The four panes (calendar, inbox, analytics, adverse events) behind a navigation column, with
// the crisis banner above them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { CalendarIndex = 0, InboxIndex = 1, AnalyticsIndex = 2, TriageIndex = 3 };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);

    void showPane(int index);
    int currentPane() const;

    CalendarPane *calendarPane() const { return m_calendar; }
    InboxPane *inboxPane() const { return m_inbox; }
    AnalyticsPane *analyticsPane() const { return m_analytics; }
    TriagePane *triagePane() const { return m_triage; }

    // Tools › Accounts (Ctrl+Shift+A): opens the dialog without blocking and returns it.
    AccountsDialog *openAccounts();
    // Tools › Brands and compliance (Ctrl+Shift+B): safety texts, reviews, claims, products.
    BrandSettingsDialog *openBrands();
    // Tools › Members and review roles: who may sign which MLR review.
    void openMembers();
    // File › Import schedule (Ctrl+I), also the calendar toolbar's button.
    ImportScheduleDialog *openImportSchedule();
    PublishScheduler *publishScheduler() const { return m_publisher; }
    // Tools › Listening set-up (Ctrl+Shift+L): queries, feeds, alert thresholds.
    ListeningSetupDialog *openListeningSetup();
    ListeningHub *listening() const { return m_listening; }
    // File › Import comments (Ctrl+Shift+I): a manual channel's comments from a CSV file.
    CommentImportDialog *openCommentImport();
    // Manual channels' due posts (Tools › Manual posts due, Ctrl+Shift+M).
    ManualDueNotifier *manualDue() const { return m_manualDue; }
    CrisisBanner *crisisBanner() const { return m_crisisBanner; }

signals:
    // The user chose another interface language ("fr", "en", or "" for the system's).
    void languageChangeRequested(const QString &language);

private:
    void connectTriage();
    void fitNavigationWidth();
    void createMenus();
    void openSettings();
    void onAccountsChanged();
    void showAbout();

    AppContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    CalendarPane *m_calendar = nullptr;
    InboxPane *m_inbox = nullptr;
    AnalyticsPane *m_analytics = nullptr;
    TriagePane *m_triage = nullptr;
    PublishScheduler *m_publisher = nullptr;
    CrisisBanner *m_crisisBanner = nullptr;
    ListeningHub *m_listening = nullptr;
    AnalyticsReportExporter *m_reporter = nullptr;
    ManualDueNotifier *m_manualDue = nullptr;
};

} // namespace ui
} // namespace vigie
