#pragma once

#include "core/types.h"
#include "publishing/postsummary.h"
#include "publishing/workspacetime.h"

#include <QAbstractListModel>

namespace vigie {

class Database;

// A list of post summaries with the roles every post list shares (calendar, drafts list, and
// the list view and filters issue 4 adds). Subclasses decide which posts are read.
// The value of a PostSummaryModel role for one post: shared with the list view's table model.
QVariant postSummaryData(const PostSummary &post, int role);
QHash<int, QByteArray> postSummaryRoleNames();

class PostSummaryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        BodyRole,
        BrandIdRole,
        BrandNameRole,
        BrandColorRole,    // QColor
        StateRole,         // int(vigie::PostState)
        StateNameRole,     // translated
        ScheduledAtRole,   // QDateTime, UTC; invalid when not scheduled
        LocalDateTimeRole, // QDateTime in the workspace's timezone
        NetworksRole,      // QVariantList of int(vigie::Network), one per distinct network
        ChannelCountRole,
        ReschedulableRole, // false once publishing has started
        RecurringRole,     // bool: part of a series (a weekly health tip)
        SnippetRole,       // the text on one line, shortened
        SortRole,          // a value that sorts the column as a person expects (list view)
    };
    Q_ENUM(Role)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the posts again (resets the model).
    virtual void reload() = 0;

    int rowOf(Id postId) const;
    Id postIdAt(int row) const;
    const PostSummary *summaryAt(int row) const;
    const WorkspaceTime &workspaceTime() const { return m_time; }

protected:
    PostSummaryModel(Database &db, const Workspace &workspace, QObject *parent);
    void resetRows(const QList<Post> &posts);

    Database &m_db;
    Workspace m_workspace;
    WorkspaceTime m_time;

private:
    QList<PostSummary> m_rows;
};

} // namespace vigie
