#include "listening/mentionlistmodel.h"

#include "listening/analyticsroles.h"
#include "listening/analyticssnapshot.h"
#include "listening/topsourcesmodel.h"
#include "storage/workspacerepository.h"

#include <QLocale>

namespace vigie {

MentionListModel::MentionListModel(Database &db, Workspace workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_workspace(std::move(workspace))
{}

void MentionListModel::setSelection(const MentionSelection &selection)
{
    m_selection = selection;
    reload();
}

void MentionListModel::reload()
{
    m_fetching = true;
    beginResetModel();
    // Names are read again: a brand or product may have been renamed since the last list.
    const WorkspaceRepository workspaces(m_db);
    m_brandNames.clear();
    m_productNames.clear();
    for (const auto &brand : workspaces.brands(m_workspace.id))
        m_brandNames.insert(brand.id, brand.name);
    for (const auto &product : workspaces.products(m_workspace.id))
        m_productNames.insert(product.id, product.name);
    m_rows.clear();
    m_hasMore = false;
    if (m_selection.isValid()) {
        m_rows = readPage();
        m_hasMore = m_rows.size() >= kPageSize;
    }
    // Still "fetching" while the reset is announced: a view or tester asking for more from its
    // reset handler would insert rows inside the reset.
    endResetModel();
    m_fetching = false;
}

QList<MentionRow> MentionListModel::readPage() const
{
    MentionPageCursor cursor;
    if (!m_rows.isEmpty()) {
        cursor.createdAt = m_rows.constLast().createdAt.toSecsSinceEpoch();
        cursor.id = m_rows.constLast().id;
    }
    return MentionQueries(m_db, workspaceZone(m_workspace))
        .page(m_workspace.id, m_selection.filter, cursor, kPageSize);
}

bool MentionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void MentionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<MentionRow> page = readPage();
    m_hasMore = page.size() >= kPageSize;
    if (page.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
    m_fetching = false;
}

int MentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MentionListModel::about(const MentionRow &row) const
{
    QStringList names;
    for (Id brand : QList<Id>{row.brandId} + row.otherBrandIds) {
        const QString name = m_brandNames.value(brand);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    for (Id product : row.productIds) {
        const QString name = m_productNames.value(product);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QString MentionListModel::text(const MentionRow &row) const
{
    const QString body = row.body.simplified();
    if (row.title.isEmpty())
        return body;
    //: A feed item in a mention list: its title, then its text
    return body.isEmpty() ? row.title.simplified() : tr("%1 — %2").arg(row.title.simplified(), body);
}

QString MentionListModel::sentimentName(Sentiment sentiment) const
{
    switch (sentiment) {
    case Sentiment::Positive:
        return tr("Positive");
    case Sentiment::Negative:
        return tr("Negative");
    case Sentiment::Neutral:
        break;
    }
    return tr("Neutral");
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MentionRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return row.createdAt.toTimeZone(workspaceZone(m_workspace));
        case NetworkColumn:
            return TopSourcesModel::networkName(row.network, row.networkKey);
        case SourceColumn:
            return row.source;
        case AuthorColumn:
            return row.authorName.isEmpty() || row.authorName == row.author
                       ? row.author
                       : tr("%1 (%2)").arg(row.authorName, row.author);
        case TextColumn:
            return text(row);
        case AboutColumn:
            return about(row);
        case SentimentColumn:
            return sentimentName(row.sentiment);
        case AdverseColumn:
            return row.adverseEvent ? tr("Possible adverse event") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == AboutColumn ? about(row) : text(row);
    case UrlRole:
        return row.url;
    default:
        return {};
    }
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case NetworkColumn:
        return tr("Network");
    case SourceColumn:
        return tr("Source");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    case AboutColumn:
        return tr("Brands and products");
    case SentimentColumn:
        return tr("Sentiment");
    case AdverseColumn:
        return tr("Adverse event");
    default:
        return {};
    }
}

} // namespace vigie
