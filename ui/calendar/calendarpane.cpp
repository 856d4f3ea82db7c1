#include "ui/calendar/calendarpane.h"

#include "publishing/calendarcontroller.h"
#include "publishing/calendarpostsmodel.h"
#include "publishing/unscheduleddraftsmodel.h"
#include "storage/workspacerepository.h"
#include "ui/calendar/calendartoolbar.h"
#include "ui/calendar/draftspanel.h"
#include "ui/calendar/inlinemessage.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/weekview.h"
#include "ui/composer/composerdialog.h"

#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

CalendarPane::CalendarPane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("calendarPane"));
    m_controller =
        new CalendarController(*m_context.db, *m_context.clock, m_context.workspace, m_context.actor, this);
    m_posts = new CalendarPostsModel(*m_context.db, m_context.workspace, this);
    m_drafts = new UnscheduledDraftsModel(*m_context.db, m_context.workspace, this);

    m_accountsBanner = new InlineMessage(InlineMessage::Kind::Information, this);
    m_accountsBanner->setObjectName(QStringLiteral("accountsBanner"));
    m_accountsBanner->showMessage(tr("Connect an account to publish: your posts are planned here."));
    m_toolbar = new CalendarToolbar(this);
    m_toolbar->setTimezoneName(m_controller->workspaceTime().zoneId());
    m_message = new InlineMessage(InlineMessage::Kind::Warning, this);
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->hide();

    m_month = new MonthView;
    m_week = new WeekView;
    m_views = new QStackedWidget;
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        view->setWorkspaceTime(m_controller->workspaceTime());
        view->setModel(m_posts);
        m_views->addWidget(view);
        connect(view, &CalendarView::createDraftRequested, this, &CalendarPane::createDraftAt);
        connect(view, &CalendarView::editRequested, this, [this](Id postId) { openComposer(postId); });
        connect(view, &CalendarView::rescheduleRequested, m_controller, &CalendarController::reschedule);
        connect(view, &CalendarView::selectedDateChanged, this, [this](QDate date) {
            if (!m_period.contains(date))
                goToDate(date);
        });
        connect(view, &CalendarView::dayOpenRequested, this, [this](QDate date) {
            setKind(CalendarPeriod::Kind::Week);
            goToDate(date);
        });
    }

    m_draftsPanel = new DraftsPanel;
    m_draftsPanel->setModel(m_drafts);
    connect(m_draftsPanel, &DraftsPanel::newDraftRequested, this, [this] { createDraftAt(QDateTime()); });
    connect(m_draftsPanel, &DraftsPanel::editRequested, this, [this](Id postId) { openComposer(postId); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_views);
    splitter->addWidget(m_draftsPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 240});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_accountsBanner);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_toolbar, &CalendarToolbar::kindRequested, this, &CalendarPane::setKind);
    connect(m_toolbar, &CalendarToolbar::previousRequested, this,
            [this] { showPeriod(m_period.previous()); });
    connect(m_toolbar, &CalendarToolbar::nextRequested, this, [this] { showPeriod(m_period.next()); });
    connect(m_toolbar, &CalendarToolbar::todayRequested, this,
            [this] { goToDate(m_controller->workspaceTime().today(m_context.clock->now())); });

    connect(m_controller, &CalendarController::postsChanged, this, &CalendarPane::reload);
    connect(m_controller, &CalendarController::postRescheduled, m_message, &QWidget::hide);
    connect(m_controller, &CalendarController::failed, m_message, &InlineMessage::showMessage);

    // The current-time line and "today" follow the clock.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &CalendarPane::updateNow);
    minute->start();
    updateNow();

    const QDate today = m_controller->workspaceTime().today(m_context.clock->now());
    m_period = CalendarPeriod::month(today, QLocale().firstDayOfWeek());
    showPeriod(m_period);
    m_drafts->reload();
    updateAccountsBanner();
}

void CalendarPane::updateAccountsBanner()
{
    const bool hasAccounts = !WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id).isEmpty();
    m_accountsBanner->setVisible(!hasAccounts);
}

void CalendarPane::updateNow()
{
    const QDateTime now = m_context.clock->now();
    m_month->setNow(now);
    m_week->setNow(now);
}

CalendarView *CalendarPane::currentView() const
{
    return m_period.kind() == CalendarPeriod::Kind::Month ? static_cast<CalendarView *>(m_month)
                                                          : static_cast<CalendarView *>(m_week);
}

void CalendarPane::showPeriod(const CalendarPeriod &period)
{
    if (!period.isValid())
        return;
    const bool sameDays = period.firstDay() == m_posts->firstDay() && period.endDay() == m_posts->endDay();
    m_period = period;
    m_toolbar->setPeriod(period);
    CalendarView *view = currentView();
    view->setPeriod(period);
    m_views->setCurrentWidget(view);
    if (!sameDays)
        m_posts->setPeriod(period); // one query for the whole period
}

void CalendarPane::setKind(CalendarPeriod::Kind kind)
{
    const QDate focus =
        currentView()->selectedDate().isValid() ? currentView()->selectedDate() : m_period.anchor();
    const Qt::DayOfWeek weekStart = m_period.firstDayOfWeek();
    const bool hadFocus = currentView()->hasFocus();
    showPeriod(kind == CalendarPeriod::Kind::Month ? CalendarPeriod::month(focus, weekStart)
                                                   : CalendarPeriod::week(focus, weekStart));
    currentView()->setSelectedDate(focus);
    if (hadFocus)
        currentView()->setFocus();
}

void CalendarPane::goToDate(QDate date)
{
    if (!date.isValid())
        return;
    if (!m_period.contains(date) ||
        (m_period.kind() == CalendarPeriod::Kind::Month && !m_period.isInMainMonth(date)))
        showPeriod(m_period.around(date));
    currentView()->setSelectedDate(date);
}

QString CalendarPane::message() const
{
    return m_message->text();
}

bool CalendarPane::isAccountsBannerShown() const
{
    return !m_accountsBanner->isHidden();
}

void CalendarPane::reload()
{
    m_posts->reload();
    m_drafts->reload();
    updateAccountsBanner();
}

void CalendarPane::createDraftAt(const QDateTime &when)
{
    const Id postId = m_controller->createDraft(when);
    if (postId != 0)
        openComposer(postId, true);
}

ComposerDialog *CalendarPane::openComposer(Id postId, bool justCreated)
{
    m_message->hide();
    auto *dialog = new ComposerDialog(m_context, postId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposerDialog::saved, this, &CalendarPane::reload);
    connect(dialog, &QDialog::finished, this, [this, postId, justCreated](int result) {
        if (justCreated && result == QDialog::Rejected)
            m_controller->discardIfEmpty(postId); // a stray click leaves no empty draft behind
        reload();
    });
    dialog->open();
    emit composerOpened(dialog);
    return dialog;
}

} // namespace ui
} // namespace vigie
