#include "listening/listeningquerymodel.h"

#include "core/network.h"
#include "storage/database.h"
#include "storage/listeningrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {

ListeningQueryModel::ListeningQueryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ListeningQueryModel::load(Database &db, Id workspaceId)
{
    beginResetModel();
    m_workspaceId = workspaceId;
    m_brands = WorkspaceRepository(db).brands(workspaceId);
    // Own brands first, competitors after, each group as the workspace lists it.
    std::stable_sort(m_brands.begin(), m_brands.end(),
                     [](const Brand &a, const Brand &b) { return !a.isCompetitor && b.isCompetitor; });
    m_rows.clear();
    m_removed.clear();
    for (const ListeningQuery &q : ListeningRepository(db).queries(workspaceId))
        m_rows.append({q, false});
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        return brandOrder(a.query.brandId) < brandOrder(b.query.brandId);
    });
    endResetModel();
    const bool wasModified = m_modified;
    m_modified = false;
    if (wasModified)
        emit modifiedChanged(false);
}

QString ListeningQueryModel::brandName(Id brandId) const
{
    for (const Brand &b : m_brands)
        if (b.id == brandId)
            return b.name;
    return {};
}

int ListeningQueryModel::brandOrder(Id brandId) const
{
    for (int i = 0; i < m_brands.size(); ++i)
        if (m_brands.at(i).id == brandId)
            return i;
    return int(m_brands.size());
}

int ListeningQueryModel::insertionRow(const ListeningQuery &query) const
{
    int row = 0;
    while (row < m_rows.size()) {
        const ListeningQuery &other = m_rows.at(row).query;
        const int a = brandOrder(other.brandId);
        const int b = brandOrder(query.brandId);
        if (a > b || (a == b && other.name.localeAwareCompare(query.name) > 0))
            break;
        ++row;
    }
    return row;
}

void ListeningQueryModel::setModified()
{
    if (m_modified)
        return;
    m_modified = true;
    emit modifiedChanged(true);
}

int ListeningQueryModel::addQuery(const ListeningQuery &query)
{
    ListeningQuery added = query;
    added.id = 0;
    added.workspaceId = m_workspaceId;
    const int row = insertionRow(added);
    beginInsertRows({}, row, row);
    m_rows.insert(row, {added, true});
    endInsertRows();
    setModified();
    return row;
}

void ListeningQueryModel::setQuery(int row, const ListeningQuery &query)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ListeningQuery changed = query;
    changed.id = m_rows.at(row).query.id;
    changed.workspaceId = m_workspaceId;
    m_rows[row] = {changed, true};
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    setModified();
}

void ListeningQueryModel::removeQuery(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    if (const Id id = m_rows.at(row).query.id)
        m_removed.append(id);
    m_rows.removeAt(row);
    endRemoveRows();
    setModified();
}

Status ListeningQueryModel::save(Database &db) const
{
    ListeningRepository repo(db);
    Transaction tx(db);
    for (Id id : m_removed)
        if (auto st = repo.removeQuery(id); !st)
            return st;
    // Removals first, so a query removed and added again under the same name does not collide.
    for (const Row &row : m_rows) {
        if (!row.changed)
            continue;
        ListeningQuery copy = row.query;
        if (auto st = repo.saveQuery(copy); !st)
            return Status::failure(
                tr("Query \u201c%1\u201d of %2: %3")
                    .arg(row.query.name.simplified(), brandName(row.query.brandId), st.error()));
    }
    return tx.commit();
}

int ListeningQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListeningQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListeningQueryModel::termsSummary(const ListeningQuery &query)
{
    QStringList parts = query.keywords;
    for (const QString &tag : query.hashtags)
        parts << QLatin1Char('#') + tag;
    if (query.includeProducts)
        parts << tr("+ products");
    QString text = parts.join(QStringLiteral(", "));
    if (!query.exclusions.isEmpty())
        text += QStringLiteral(" \u2014 ") + tr("not: %1").arg(query.exclusions.join(QStringLiteral(", ")));
    return text;
}

QVariant ListeningQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListeningQuery &q = m_rows.at(index.row()).query;
    if (role == QueryIdRole)
        return q.id;
    if (role == BrandIdRole)
        return q.brandId;
    if (index.column() == EnabledColumn) {
        if (role == Qt::CheckStateRole)
            return q.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return q.enabled ? tr("Collected") : tr("Paused: not collected");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case BrandColumn: {
        const QString name = brandName(q.brandId);
        for (const Brand &b : m_brands)
            if (b.id == q.brandId && b.isCompetitor)
                return role == Qt::ToolTipRole ? tr("%1 (competitor)").arg(name) : name;
        return name;
    }
    case NameColumn:
        return q.name;
    case TermsColumn:
        return termsSummary(q);
    case NetworksColumn: {
        QStringList names;
        for (Network n : q.networks)
            names << networkDisplayName(n);
        if (names.isEmpty())
            return role == Qt::ToolTipRole ? tr("Feeds only: no network is searched") : tr("Feeds only");
        return names.join(QStringLiteral(", "));
    }
    }
    return {};
}

bool ListeningQueryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    Row &row = m_rows[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (row.query.enabled == enabled)
        return true;
    row.query.enabled = enabled;
    row.changed = true;
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    setModified();
    return true;
}

Qt::ItemFlags ListeningQueryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ListeningQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BrandColumn:
        return tr("Brand");
    case NameColumn:
        return tr("Query");
    case TermsColumn:
        return tr("Listens for");
    case NetworksColumn:
        return tr("Searched on");
    case EnabledColumn:
        return tr("On");
    }
    return {};
}

} // namespace vigie
