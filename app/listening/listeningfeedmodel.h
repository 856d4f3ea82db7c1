#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace vigie {

class Database;

// The workspace's RSS/Atom feeds as the set-up dialog edits them, with each feed's last read and
// last error so a broken feed shows. Title is editable, Enabled checkable; changes stay in the
// model until save() writes them in one transaction.
class ListeningFeedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, UrlColumn, EnabledColumn, LastReadColumn, ProblemColumn, ColumnCount };
    enum Role { FeedIdRole = Qt::UserRole + 1, HasErrorRole };

    explicit ListeningFeedModel(QObject *parent = nullptr);

    // Reads the feeds; times show in zone (the workspace's). Forgets every unsaved change.
    void load(Database &db, Id workspaceId, const QTimeZone &zone = QTimeZone::systemTimeZone());

    // Adds a feed to save later; refused with a sentence when url is not http(s) or is listed already.
    Status addFeed(const QString &url, const QString &title, int *row = nullptr);
    void removeFeed(int row);
    ListeningFeed feed(int row) const { return m_rows.value(row).feed; }
    bool isModified() const { return m_modified; }

    // Writes removals, changes and additions in one transaction (joining the caller's); the model
    // is untouched, the message names the feed. Call load() after the commit.
    Status save(Database &db) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    struct Row
    {
        ListeningFeed feed;
        bool changed = false;
    };
    void setModified();
    QString lastRead(const ListeningFeed &feed) const;

    Id m_workspaceId = 0;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QList<Id> m_removed;
    bool m_modified = false;
};

} // namespace vigie
