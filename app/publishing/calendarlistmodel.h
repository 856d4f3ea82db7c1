#pragma once

#include "core/types.h"
#include "publishing/postsummary.h"
#include "publishing/workspacetime.h"

#include <QAbstractTableModel>

namespace vigie {

class Database;

// The calendar's list view: the posts of a period as a table (when, brand, channels, state,
// text), read a page at a time through fetchMore so a long period opens as fast as a short one.
// Rows carry the PostSummaryModel roles on every column, so CalendarFilterProxy filters it too.
class CalendarListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, BrandColumn, ChannelsColumn, StateColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)

    CalendarListModel(Database &db, const Workspace &workspace, QObject *parent = nullptr);

    // Shows the posts of the local days [firstDay, endDay) in the workspace's timezone.
    void setRange(QDate firstDay, QDate endDay);
    QDate firstDay() const { return m_firstDay; }
    QDate endDay() const { return m_endDay; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    const WorkspaceTime &workspaceTime() const { return m_time; }

    // Reads the period again from its start (resets the model).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    Id postIdAt(int row) const;
    int rowOf(Id postId) const;

private:
    QList<Post> readPage();
    void appendSummaries(const QList<Post> &posts);
    QVariant columnText(const PostSummary &post, int column) const;
    QVariant sortKey(const PostSummary &post, int column) const;

    Database &m_db;
    Workspace m_workspace;
    WorkspaceTime m_time;
    QDate m_firstDay;
    QDate m_endDay;
    QDateTime m_cursor; // UTC: the next page starts here
    QDateTime m_end;    // UTC: the period ends here (excluded)
    int m_pageSize = 200;
    bool m_notifying = false; // inside a reset or an insertion: no fetchMore
    QList<PostSummary> m_rows;
};

} // namespace vigie
