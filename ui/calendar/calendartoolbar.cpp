#include "ui/calendar/calendartoolbar.h"

#include "ui/calendar/calendarfilterbar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

CalendarToolbar::CalendarToolbar(QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);

    auto makeToggle = [this](const QString &text, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_month = makeToggle(tr("Month"), "monthButton");
    m_week = makeToggle(tr("Week"), "weekButton");
    m_list = makeToggle(tr("List"), "listButton");
    m_month->setToolTip(tr("Month view (Ctrl+1)"));
    m_week->setToolTip(tr("Week view (Ctrl+2)"));
    m_list->setToolTip(tr("List of the month's posts (Ctrl+3)"));
    auto *kinds = new QButtonGroup(this);
    kinds->setExclusive(true);
    kinds->addButton(m_month);
    kinds->addButton(m_week);
    kinds->addButton(m_list);
    connect(m_list, &QToolButton::clicked, this, &CalendarToolbar::listRequested);
    m_month->setChecked(true);
    connect(m_month, &QToolButton::clicked, this,
            [this] { emit kindRequested(CalendarPeriod::Kind::Month); });
    connect(m_week, &QToolButton::clicked, this, [this] { emit kindRequested(CalendarPeriod::Kind::Week); });

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    m_next->setAutoRaise(true);
    auto *today = new QPushButton(tr("Today"), this);
    today->setObjectName(QStringLiteral("todayButton"));
    connect(m_previous, &QToolButton::clicked, this, &CalendarToolbar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &CalendarToolbar::nextRequested);
    connect(today, &QPushButton::clicked, this, &CalendarToolbar::todayRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("periodTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_timezone = new QLabel(this);
    m_timezone->setObjectName(QStringLiteral("timezoneLabel"));
    m_timezone->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(m_month);
    layout->addWidget(m_week);
    layout->addWidget(m_list);
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(today);
    layout->addWidget(m_next);
    layout->addSpacing(12);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_timezone);

    m_filters = new CalendarFilterBar(this);
    auto makeAction = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    auto *queueTimes = makeAction(
        tr("Queue times…"), tr("The weekly times each channel's queue publishes at"), "queueTimesButton");
    auto *exportIcs = makeAction(tr("Export to calendar (.ics)…"),
                                 tr("Save the plan as an iCalendar file for Outlook or Google Calendar"),
                                 "exportIcsButton");
    auto *importCsv = makeAction(tr("Import schedule (CSV)…"), tr("Plan posts from a bulk-composer CSV file"),
                                 "importCsvButton");
    connect(queueTimes, &QToolButton::clicked, this, &CalendarToolbar::queueTimesRequested);
    connect(exportIcs, &QToolButton::clicked, this, &CalendarToolbar::exportRequested);
    connect(importCsv, &QToolButton::clicked, this, &CalendarToolbar::importScheduleRequested);
    second->addWidget(m_filters);
    second->addStretch(1);
    second->addWidget(queueTimes);
    second->addWidget(exportIcs);
    second->addWidget(importCsv);
}

void CalendarToolbar::setListShown(bool shown)
{
    m_listShown = shown;
}

QString CalendarToolbar::periodTitle(const CalendarPeriod &period)
{
    if (!period.isValid())
        return {};
    const QLocale locale;
    if (period.kind() == CalendarPeriod::Kind::Month) {
        // Standalone month names: "novembre 2026" in French, capitalised as a title.
        QString title = QStringLiteral("%1 %2")
                            .arg(locale.standaloneMonthName(period.anchor().month(), QLocale::LongFormat))
                            .arg(period.anchor().year());
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
        return title;
    }
    const QDate first = period.firstDay();
    const QDate last = period.lastDay();
    const QString lastText = locale.toString(last, QStringLiteral("d MMM yyyy"));
    const QString firstText =
        first.month() == last.month()
            ? QString::number(first.day())
            : locale.toString(first, first.year() == last.year() ? QStringLiteral("d MMM")
                                                                 : QStringLiteral("d MMM yyyy"));
    //: A week shown in the calendar: first day – last day
    return tr("%1 – %2").arg(firstText, lastText);
}

void CalendarToolbar::setPeriod(const CalendarPeriod &period)
{
    m_title->setText(periodTitle(period));
    (m_listShown                                    ? m_list
     : period.kind() == CalendarPeriod::Kind::Month ? m_month
                                                    : m_week)
        ->setChecked(true);
    m_previous->setToolTip(period.kind() == CalendarPeriod::Kind::Month ? tr("Previous month")
                                                                        : tr("Previous week"));
    m_next->setToolTip(period.kind() == CalendarPeriod::Kind::Month ? tr("Next month") : tr("Next week"));
}

void CalendarToolbar::setTimezoneName(const QString &zoneId)
{
    m_timezone->setText(tr("Times in %1").arg(zoneId));
}

QString CalendarToolbar::title() const
{
    return m_title->text();
}

} // namespace ui
} // namespace vigie
