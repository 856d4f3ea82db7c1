#pragma once

#include "listening/analyticssnapshot.h"

#include <QAbstractTableModel>

namespace vigie {

// Engagement of the workspace's own posts published in the period: one row per published post
// (variant) whose figures were read, most engaging (likes + reposts + replies) first, at most
// kTopPostCount. The label column is short enough for a chart axis; the tooltip holds the text.
class EngagementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PostColumn, // "12 Oct · Mastodon · Our new sleep guide is…"
        NetworkColumn,
        PublishedColumn, // QDateTime (UTC)
        LikesColumn,
        RepostsColumn,
        RepliesColumn,
        ColumnCount
    };
    static constexpr int kLabelTextLength = 22;

    explicit EngagementModel(QObject *parent = nullptr);

    void setSnapshot(const AnalyticsSnapshot &snapshot);
    // The zone whose calendar days the labels show (the workspace's).
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The largest likes + reposts + replies of one post: the end of a stacked bar chart's axis.
    qint64 maxEngagement() const;
    Id postId(int row) const { return m_rows.at(row).postId; }

private:
    QString label(const PostMetricsRow &row) const;

    QTimeZone m_zone;
    QList<PostMetricsRow> m_rows;
};

} // namespace vigie
