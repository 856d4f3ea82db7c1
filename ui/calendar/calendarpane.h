#pragma once

#include "publishing/calendarperiod.h"
#include "ui/appcontext.h"

#include <QWidget>

class QStackedWidget;

namespace vigie {
class CalendarController;
class CalendarFilterProxy;
class CalendarListModel;
class CalendarPostsModel;
class UnscheduledDraftsModel;
} // namespace vigie

namespace vigie {
namespace ui {

class CalendarFilterBar;
class CalendarListView;
class CalendarToolbar;
class CalendarView;
class ComposerDialog;
class DraftsPanel;
class InlineMessage;
class MonthView;
class QueueTimesDialog;
class WeekView;

// The content calendar: month, week and list views of the posts by scheduled time (Ctrl+1/2/3),
// filtered by brand, network and state, a side list of drafts with no date yet, and the
// composer for a post. The views emit requests; this pane passes them to the
// CalendarController, which changes the store and records it.
class CalendarPane : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPane(AppContext context, QWidget *parent = nullptr);

    CalendarPeriod period() const { return m_period; }
    void showPeriod(const CalendarPeriod &period);
    void setKind(CalendarPeriod::Kind kind);
    // The list of the month's posts (the month of the selected day).
    void showList();
    bool isListShown() const { return m_listShown; }
    // Shows the period of the current kind containing date, and selects that day.
    void goToDate(QDate date);

    CalendarView *currentView() const;
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    CalendarController *controller() const { return m_controller; }
    CalendarPostsModel *postsModel() const { return m_posts; }
    UnscheduledDraftsModel *draftsModel() const { return m_drafts; }
    CalendarListModel *listModel() const { return m_listModel; }
    CalendarListView *listView() const { return m_list; }
    CalendarFilterBar *filterBar() const;
    DraftsPanel *draftsPanel() const { return m_draftsPanel; }
    // The message shown after something went well (a post queued, the plan exported).
    QString notice() const;
    // The message shown after a request was refused (empty when none is shown).
    QString message() const;
    bool isAccountsBannerShown() const;

    // Opens the composer on a post without blocking (window-modal); the calendar reloads when it
    // closes. justCreated: the post was made by a click a moment ago, so cancelling removes it
    // if it is still empty.
    ComposerDialog *openComposer(Id postId, bool justCreated = false);
    // Opens "Queue times…" without blocking; the calendar reloads when it closes.
    QueueTimesDialog *openQueueTimes();

public slots:
    // Reads the posts, the drafts and the accounts again.
    void reload();
    // Asks where to save the plan as .ics, then exports it (see exportCalendarTo).
    void exportCalendar();
    // Writes every scheduled post to path as iCalendar; says how it went. Tests call it directly.
    bool exportCalendarTo(const QString &path);
    // Gives a draft its channels' next free queue time.
    void addToQueue(vigie::Id postId);

signals:
    void composerOpened(vigie::ui::ComposerDialog *dialog);
    // The user asked to import a CSV schedule (the import dialog lives elsewhere).
    void importScheduleRequested();

private:
    void createDraftAt(const QDateTime &when);
    void updateNow();
    void updateAccountsBanner();
    void updateFilterChoices();
    void showListOf(const CalendarPeriod &month);

    AppContext m_context;
    CalendarController *m_controller = nullptr;
    CalendarPostsModel *m_posts = nullptr;
    UnscheduledDraftsModel *m_drafts = nullptr;
    CalendarFilterProxy *m_filtered = nullptr; // what the month and week views show
    CalendarListModel *m_listModel = nullptr;
    CalendarFilterProxy *m_listFiltered = nullptr;
    CalendarPeriod m_period;
    bool m_listShown = false;

    InlineMessage *m_accountsBanner = nullptr;
    CalendarToolbar *m_toolbar = nullptr;
    InlineMessage *m_message = nullptr;
    InlineMessage *m_notice = nullptr;
    QStackedWidget *m_views = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    CalendarListView *m_list = nullptr;
    DraftsPanel *m_draftsPanel = nullptr;
};

} // namespace ui
} // namespace vigie
