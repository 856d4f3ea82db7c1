#pragma once

#include "publishing/calendarperiod.h"
#include "ui/appcontext.h"

#include <QWidget>

class QStackedWidget;

namespace vigie {
class CalendarController;
class CalendarPostsModel;
class UnscheduledDraftsModel;
} // namespace vigie

namespace vigie {
namespace ui {

class CalendarToolbar;
class CalendarView;
class ComposerDialog;
class DraftsPanel;
class InlineMessage;
class MonthView;
class WeekView;

// The content calendar: month and week views of the posts by scheduled time, a side list of
// drafts with no date yet, and the composer for a post. The views emit requests; this pane
// passes them to the CalendarController, which changes the store and records it.
class CalendarPane : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPane(AppContext context, QWidget *parent = nullptr);

    CalendarPeriod period() const { return m_period; }
    void showPeriod(const CalendarPeriod &period);
    void setKind(CalendarPeriod::Kind kind);
    // Shows the period of the current kind containing date, and selects that day.
    void goToDate(QDate date);

    CalendarView *currentView() const;
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    CalendarController *controller() const { return m_controller; }
    CalendarPostsModel *postsModel() const { return m_posts; }
    UnscheduledDraftsModel *draftsModel() const { return m_drafts; }
    // The message shown after a request was refused (empty when none is shown).
    QString message() const;
    bool isAccountsBannerShown() const;

    // Opens the composer on a post without blocking (window-modal); the calendar reloads when it
    // closes. justCreated: the post was made by a click a moment ago, so cancelling removes it
    // if it is still empty.
    ComposerDialog *openComposer(Id postId, bool justCreated = false);

public slots:
    // Reads the posts, the drafts and the accounts again.
    void reload();

signals:
    void composerOpened(vigie::ui::ComposerDialog *dialog);

private:
    void createDraftAt(const QDateTime &when);
    void updateNow();
    void updateAccountsBanner();

    AppContext m_context;
    CalendarController *m_controller = nullptr;
    CalendarPostsModel *m_posts = nullptr;
    UnscheduledDraftsModel *m_drafts = nullptr;
    CalendarPeriod m_period;

    InlineMessage *m_accountsBanner = nullptr;
    CalendarToolbar *m_toolbar = nullptr;
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_views = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    DraftsPanel *m_draftsPanel = nullptr;
};

} // namespace ui
} // namespace vigie
