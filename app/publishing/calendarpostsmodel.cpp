#include "publishing/calendarpostsmodel.h"

#include "storage/postrepository.h"

namespace vigie {

CalendarPostsModel::CalendarPostsModel(Database &db, const Workspace &workspace, QObject *parent)
    : PostSummaryModel(db, workspace, parent)
{}

void CalendarPostsModel::setRange(QDate firstDay, QDate endDay)
{
    m_firstDay = firstDay;
    m_endDay = endDay;
    reload();
}

void CalendarPostsModel::reload()
{
    if (!m_firstDay.isValid() || !m_endDay.isValid() || m_endDay <= m_firstDay) {
        resetRows({});
        return;
    }
    // Local day boundaries become UTC instants here, so a post at 00:30 Paris time (23:30 UTC
    // the day before) lands on the day the user planned it.
    const QDateTime from = m_time.startOfDay(m_firstDay);
    const QDateTime to = m_time.startOfDay(m_endDay);
    resetRows(PostRepository(m_db).scheduledBetween(m_workspace.id, from, to));
}

} // namespace vigie
