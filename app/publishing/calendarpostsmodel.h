#pragma once

#include "publishing/calendarperiod.h"
#include "publishing/postsummarymodel.h"

namespace vigie {

// The posts scheduled in the days a calendar shows, ordered by time. The whole range is read in
// one repository call (posts, then their variants in a single query), so a month holding a
// thousand posts opens as fast as an empty one.
class CalendarPostsModel : public PostSummaryModel
{
    Q_OBJECT

public:
    CalendarPostsModel(Database &db, const Workspace &workspace, QObject *parent = nullptr);

    // Shows the posts of the local days [firstDay, endDay) in the workspace's timezone.
    void setRange(QDate firstDay, QDate endDay);
    void setPeriod(const CalendarPeriod &period) { setRange(period.firstDay(), period.endDay()); }
    QDate firstDay() const { return m_firstDay; }
    QDate endDay() const { return m_endDay; }

    void reload() override;

private:
    QDate m_firstDay;
    QDate m_endDay;
};

} // namespace vigie
