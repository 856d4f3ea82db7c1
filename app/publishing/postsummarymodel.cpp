#include "publishing/postsummarymodel.h"

namespace vigie {

PostSummaryModel::PostSummaryModel(Database &db, const Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_time(workspace.timezone)
{}

int PostSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant postSummaryData(const PostSummary &post, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return post.title();
    case Qt::ToolTipRole:
        return post.brandName.isEmpty() ? post.body : post.brandName + QStringLiteral("\n\n") + post.body;
    case Qt::DecorationRole:
    case PostSummaryModel::BrandColorRole:
        return post.brandColor;
    case PostSummaryModel::PostIdRole:
        return post.id;
    case PostSummaryModel::BodyRole:
        return post.body;
    case PostSummaryModel::BrandIdRole:
        return post.brandId;
    case PostSummaryModel::BrandNameRole:
        return post.brandName;
    case PostSummaryModel::StateRole:
        return int(post.state);
    case PostSummaryModel::StateNameRole:
        return postStateDisplayName(post.state);
    case PostSummaryModel::ScheduledAtRole:
        return post.scheduledAt;
    case PostSummaryModel::LocalDateTimeRole:
        return post.localTime;
    case PostSummaryModel::NetworksRole: {
        QVariantList networks;
        for (Network network : post.networks)
            networks << int(network);
        return networks;
    }
    case PostSummaryModel::ChannelCountRole:
        return post.channelCount;
    case PostSummaryModel::ReschedulableRole:
        return post.reschedulable;
    case PostSummaryModel::RecurringRole:
        return post.isRecurring();
    case PostSummaryModel::SnippetRole:
        return post.snippet();
    case PostSummaryModel::SortRole:
        return post.scheduledAt.isValid() ? post.scheduledAt.toSecsSinceEpoch() : qint64(0);
    default:
        return {};
    }
}

QHash<int, QByteArray> postSummaryRoleNames()
{
    return {{PostSummaryModel::PostIdRole, "postId"},
            {PostSummaryModel::BodyRole, "body"},
            {PostSummaryModel::BrandIdRole, "brandId"},
            {PostSummaryModel::BrandNameRole, "brandName"},
            {PostSummaryModel::BrandColorRole, "brandColor"},
            {PostSummaryModel::StateRole, "state"},
            {PostSummaryModel::StateNameRole, "stateName"},
            {PostSummaryModel::ScheduledAtRole, "scheduledAt"},
            {PostSummaryModel::LocalDateTimeRole, "localDateTime"},
            {PostSummaryModel::NetworksRole, "networks"},
            {PostSummaryModel::ChannelCountRole, "channelCount"},
            {PostSummaryModel::ReschedulableRole, "reschedulable"},
            {PostSummaryModel::RecurringRole, "recurring"},
            {PostSummaryModel::SnippetRole, "snippet"},
            {PostSummaryModel::SortRole, "sortKey"}};
}

QVariant PostSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return postSummaryData(m_rows.at(index.row()), role);
}

QHash<int, QByteArray> PostSummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(postSummaryRoleNames());
    return names;
}

int PostSummaryModel::rowOf(Id postId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == postId)
            return int(row);
    }
    return -1;
}

Id PostSummaryModel::postIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

const PostSummary *PostSummaryModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void PostSummaryModel::resetRows(const QList<Post> &posts)
{
    const PostSummaryBuilder builder(m_db, m_workspace.id, m_time);
    QList<PostSummary> rows;
    rows.reserve(posts.size());
    for (const Post &post : posts)
        rows << builder.summarize(post);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace vigie
