#include "ui/brands/membertablemodel.h"

namespace vigie {
namespace ui {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_roles(allReviewRoles())
{}

void MemberTableModel::setMembers(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

std::optional<Member> MemberTableModel::memberAt(int row) const
{
    if (row < 0 || row >= m_members.size())
        return std::nullopt;
    return m_members.at(row);
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == memberId)
            return row;
    }
    return -1;
}

ReviewRole MemberTableModel::roleOfColumn(int column) const
{
    const int i = column - FirstRoleColumn;
    return i >= 0 && i < m_roles.size() ? m_roles.at(i) : ReviewRole::Unknown;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRoleColumn + int(m_roles.size());
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(m.name) : QVariant();
    const ReviewRole reviewRole = roleOfColumn(index.column());
    if (role == Qt::CheckStateRole)
        return m.roles.contains(reviewRole) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return tr("%1 may sign the %2 review.").arg(m.name, reviewRoleDisplayName(reviewRole).toLower());
    return {};
}

bool MemberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Member &m = m_members[index.row()];
    if (index.column() == NameColumn) {
        if (role != Qt::EditRole || value.toString().trimmed() == m.name)
            return false;
        m.name = value.toString().trimmed();
    } else {
        if (role != Qt::CheckStateRole)
            return false;
        const ReviewRole reviewRole = roleOfColumn(index.column());
        m.roles.removeAll(reviewRole);
        if (value.toInt() == Qt::Checked) {
            m.roles << reviewRole;
            // Stored in a fixed order so the audit log reads the same whatever order was clicked.
            QList<ReviewRole> ordered;
            for (ReviewRole r : m_roles) {
                if (m.roles.contains(r))
                    ordered << r;
            }
            m.roles = ordered;
        }
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    emit memberEdited(index.row());
    return true;
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == NameColumn ? base | Qt::ItemIsEditable : base | Qt::ItemIsUserCheckable;
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Name");
    return tr("%1 reviewer").arg(reviewRoleDisplayName(roleOfColumn(section)));
}

} // namespace ui
} // namespace vigie
