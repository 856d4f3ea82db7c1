#include "publishing/calendarlistmodel.h"

#include "publishing/postsummarymodel.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace vigie {

CalendarListModel::CalendarListModel(Database &db, const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_time(workspace.timezone)
{}

void CalendarListModel::setRange(QDate firstDay, QDate endDay)
{
    m_firstDay = firstDay;
    m_endDay = endDay;
    reload();
}

void CalendarListModel::reload()
{
    // Views (and QAbstractItemModelTester) ask for more while a reset or an insertion is being
    // announced; fetching then would insert rows in the middle of that change.
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_rows.clear();
    const bool valid = m_firstDay.isValid() && m_endDay.isValid() && m_firstDay < m_endDay;
    m_cursor = valid ? m_time.startOfDay(m_firstDay) : QDateTime();
    m_end = valid ? m_time.startOfDay(m_endDay) : QDateTime();
    // The first page is part of the reset: views get rows at once, and nothing inserts rows
    // while the reset is still being announced.
    if (m_cursor.isValid() && m_cursor < m_end)
        appendSummaries(readPage());
    endResetModel();
}

void CalendarListModel::appendSummaries(const QList<Post> &posts)
{
    const PostSummaryBuilder builder(m_db, m_workspace.id, m_time);
    for (const Post &post : posts)
        m_rows << builder.summarize(post);
}

bool CalendarListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_cursor.isValid() && m_cursor < m_end;
}

QList<Post> CalendarListModel::readPage()
{
    // The page ends where the (pageSize + 1)th post starts: posts sharing that second all land
    // in the next page, so a page never splits them and the cursor stays a plain time.
    SqlQuery q(m_db,
               QStringLiteral("SELECT scheduled_at FROM posts WHERE workspace_id = ? AND scheduled_at >= ? "
                              "AND scheduled_at < ? ORDER BY scheduled_at LIMIT 1 OFFSET ?"));
    QDateTime pageEnd = m_end;
    if (q.exec(m_workspace.id, toDbTime(m_cursor), toDbTime(m_end), m_pageSize) && q.next())
        pageEnd = fromDbTime(q.value(0));
    if (pageEnd <= m_cursor) // more than a page at one second: take them all
        pageEnd = m_cursor.addSecs(1);
    const QList<Post> posts = PostRepository(m_db).scheduledBetween(m_workspace.id, m_cursor, pageEnd);
    m_cursor = pageEnd;
    return posts;
}

void CalendarListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Post> posts = readPage();
    if (posts.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows({}, first, first + int(posts.size()) - 1);
    appendSummaries(posts);
    endInsertRows();
}

int CalendarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarListModel::columnText(const PostSummary &post, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(post.localTime, QLocale::ShortFormat);
    case BrandColumn:
        return post.brandName;
    case ChannelsColumn: {
        QStringList names;
        for (Network network : post.networks)
            names << networkDisplayName(network);
        return names.join(QStringLiteral(", "));
    }
    case StateColumn:
        return postStateDisplayName(post.state);
    case TextColumn:
        return post.snippet();
    default:
        return {};
    }
}

QVariant CalendarListModel::sortKey(const PostSummary &post, int column) const
{
    switch (column) {
    case WhenColumn:
        return post.scheduledAt.toSecsSinceEpoch();
    case StateColumn:
        return int(post.state); // the workflow's order, not the alphabet's
    default:
        return columnText(post, column);
    }
}

QVariant CalendarListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostSummary &post = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return columnText(post, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? post.body : columnText(post, index.column());
    case Qt::DecorationRole:
        return index.column() == BrandColumn ? QVariant(post.brandColor) : QVariant();
    case PostSummaryModel::SortRole:
        return sortKey(post, index.column());
    default:
        return postSummaryData(post, role);
    }
}

QVariant CalendarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Date and time");
    case BrandColumn:
        return tr("Brand");
    case ChannelsColumn:
        return tr("Channels");
    case StateColumn:
        return tr("State");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(postSummaryRoleNames());
    return names;
}

Id CalendarListModel::postIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int CalendarListModel::rowOf(Id postId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == postId)
            return int(row);
    }
    return -1;
}

} // namespace vigie
