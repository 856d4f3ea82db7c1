#pragma once

#include "publishing/calendarperiod.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace vigie {
namespace ui {

// Month/Week switch, previous/Today/next, the period's name in the user's language, and the
// timezone the times are shown in.
class CalendarToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarToolbar(QWidget *parent = nullptr);

    void setPeriod(const CalendarPeriod &period);
    void setTimezoneName(const QString &zoneId);
    QString title() const;
    // "November 2026" / "16 – 22 Nov 2026", through the current locale.
    static QString periodTitle(const CalendarPeriod &period);

signals:
    void kindRequested(vigie::CalendarPeriod::Kind kind);
    void previousRequested();
    void nextRequested();
    void todayRequested();

private:
    QToolButton *m_month = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_timezone = nullptr;
};

} // namespace ui
} // namespace vigie
