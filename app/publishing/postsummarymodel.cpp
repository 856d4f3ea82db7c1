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

QVariant PostSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostSummary &post = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return post.title();
    case Qt::ToolTipRole:
        return post.brandName.isEmpty() ? post.body : post.brandName + QStringLiteral("\n\n") + post.body;
    case Qt::DecorationRole:
    case BrandColorRole:
        return post.brandColor;
    case PostIdRole:
        return post.id;
    case BodyRole:
        return post.body;
    case BrandIdRole:
        return post.brandId;
    case BrandNameRole:
        return post.brandName;
    case StateRole:
        return int(post.state);
    case StateNameRole:
        return postStateDisplayName(post.state);
    case ScheduledAtRole:
        return post.scheduledAt;
    case LocalDateTimeRole:
        return post.localTime;
    case NetworksRole: {
        QVariantList networks;
        for (Network network : post.networks)
            networks << int(network);
        return networks;
    }
    case ChannelCountRole:
        return post.channelCount;
    case ReschedulableRole:
        return post.reschedulable;
    default:
        return {};
    }
}

QHash<int, QByteArray> PostSummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PostIdRole, "postId"},
                  {BodyRole, "body"},
                  {BrandIdRole, "brandId"},
                  {BrandNameRole, "brandName"},
                  {BrandColorRole, "brandColor"},
                  {StateRole, "state"},
                  {StateNameRole, "stateName"},
                  {ScheduledAtRole, "scheduledAt"},
                  {LocalDateTimeRole, "localDateTime"},
                  {NetworksRole, "networks"},
                  {ChannelCountRole, "channelCount"},
                  {ReschedulableRole, "reschedulable"}});
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
