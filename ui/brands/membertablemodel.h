#pragma once

#include "core/postcontent.h"

#include <QAbstractTableModel>
#include <optional>

namespace vigie {
namespace ui {

// The workspace's members: the name (editable in place) and one checkbox per review role
// (medical, legal, regulatory). An edit changes the row and announces it with memberEdited;
// the dialog stores it and reloads the list if the store refuses.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FirstRoleColumn };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<Member> &members);
    const QList<Member> &members() const { return m_members; }
    std::optional<Member> memberAt(int row) const;
    int rowOf(qint64 memberId) const;
    ReviewRole roleOfColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A name or a role of the member in row changed in the table (not yet stored).
    void memberEdited(int row);

private:
    QList<ReviewRole> m_roles;
    QList<Member> m_members;
};

} // namespace ui
} // namespace vigie
