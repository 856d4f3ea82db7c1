#include "listening/listeningfeedmodel.h"

#include "storage/database.h"
#include "storage/listeningrepository.h"

#include <QLocale>
#include <QUrl>

namespace vigie {

ListeningFeedModel::ListeningFeedModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ListeningFeedModel::load(Database &db, Id workspaceId, const QTimeZone &zone)
{
    beginResetModel();
    m_workspaceId = workspaceId;
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_rows.clear();
    m_removed.clear();
    for (const ListeningFeed &f : ListeningRepository(db).feeds(workspaceId))
        m_rows.append({f, false});
    endResetModel();
    const bool wasModified = m_modified;
    m_modified = false;
    if (wasModified)
        emit modifiedChanged(false);
}

void ListeningFeedModel::setModified()
{
    if (m_modified)
        return;
    m_modified = true;
    emit modifiedChanged(true);
}

Status ListeningFeedModel::addFeed(const QString &urlText, const QString &title, int *row)
{
    const QString trimmed = urlText.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Status::failure(
            tr("\u201c%1\u201d is not a web address: a feed's address starts with http:// or https://.")
                .arg(trimmed));
    for (const Row &r : std::as_const(m_rows))
        if (r.feed.url == trimmed)
            return Status::failure(tr("This feed is already in the list."));
    ListeningFeed feed;
    feed.workspaceId = m_workspaceId;
    feed.url = trimmed;
    feed.title = title.simplified().isEmpty() ? trimmed : title.simplified();
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append({feed, true});
    endInsertRows();
    setModified();
    if (row)
        *row = at;
    return Status::success();
}

void ListeningFeedModel::removeFeed(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    if (const Id id = m_rows.at(row).feed.id)
        m_removed.append(id);
    m_rows.removeAt(row);
    endRemoveRows();
    setModified();
}

Status ListeningFeedModel::save(Database &db) const
{
    ListeningRepository repo(db);
    Transaction tx(db);
    for (Id id : m_removed)
        if (auto st = repo.removeFeed(id); !st)
            return st;
    for (const Row &row : m_rows) {
        if (!row.changed)
            continue;
        ListeningFeed copy = row.feed;
        if (auto st = repo.saveFeed(copy); !st)
            return Status::failure(tr("Feed \u201c%1\u201d: %2").arg(row.feed.title, st.error()));
    }
    return tx.commit();
}

int ListeningFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListeningFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListeningFeedModel::lastRead(const ListeningFeed &feed) const
{
    if (!feed.okAt.isValid())
        return feed.checkedAt.isValid() ? tr("Never read") : tr("Not read yet");
    return QLocale().toString(feed.okAt.toTimeZone(m_zone), QLocale::ShortFormat);
}

QVariant ListeningFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListeningFeed &f = m_rows.at(index.row()).feed;
    if (role == FeedIdRole)
        return f.id;
    if (role == HasErrorRole)
        return !f.error.isEmpty();
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return f.title;
        if (role == Qt::ToolTipRole)
            return f.url;
        break;
    case UrlColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return f.url;
        break;
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return f.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return f.enabled ? tr("Read at every collection") : tr("Paused: not read");
        break;
    case LastReadColumn:
        if (role == Qt::DisplayRole)
            return lastRead(f);
        if (role == Qt::ToolTipRole && f.checkedAt.isValid())
            return tr("Last tried %1")
                .arg(QLocale().toString(f.checkedAt.toTimeZone(m_zone), QLocale::ShortFormat));
        break;
    case ProblemColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return f.error.isEmpty() ? (role == Qt::DisplayRole && f.okAt.isValid() ? tr("OK") : QString())
                                     : f.error;
        break;
    }
    return {};
}

bool ListeningFeedModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (row.feed.enabled != enabled) {
            row.feed.enabled = enabled;
            row.changed = true;
            emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
            setModified();
        }
        return true;
    }
    if (index.column() == TitleColumn && role == Qt::EditRole) {
        const QString title = value.toString().simplified();
        if (title.isEmpty()) // a feed always shows something: keep the old title
            return false;
        if (title != row.feed.title) {
            row.feed.title = title;
            row.changed = true;
            emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
            setModified();
        }
        return true;
    }
    return false;
}

Qt::ItemFlags ListeningFeedModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.isValid() && index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ListeningFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case UrlColumn:
        return tr("Address");
    case EnabledColumn:
        return tr("On");
    case LastReadColumn:
        return tr("Last read");
    case ProblemColumn:
        return tr("Last problem");
    }
    return {};
}

} // namespace vigie
