#include "inbox/conversationlistmodel.h"

#include "core/scopedflag.h"

namespace vigie {

namespace {

// Newest activity first; ties on time by the larger id, as the repository orders them.
bool sortsBefore(const QDateTime &at, Id id, const QDateTime &otherAt, Id otherId)
{
    const qint64 a = at.toSecsSinceEpoch();
    const qint64 b = otherAt.toSecsSinceEpoch();
    return a != b ? a > b : id > otherId;
}

bool sortsBefore(const ConversationRow &row, const ConversationRow &other)
{
    return sortsBefore(row.lastMessageAt, row.threadId, other.lastMessageAt, other.threadId);
}
} // namespace

ConversationListModel::ConversationListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(db)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(row.lastAuthor, row.snippet);
    case Qt::ToolTipRole:
        return row.snippet;
    case Qt::AccessibleTextRole: {
        QStringList parts{tr("%1 on %2").arg(row.lastAuthor, networkDisplayName(row.network)),
                          threadStatusDisplayName(row.status)};
        if (!row.read)
            parts << tr("unread");
        if (row.adverseEvent)
            parts << tr("possible adverse event");
        if (!row.assignee.isEmpty())
            parts << tr("assigned to %1").arg(row.assignee);
        parts << row.snippet;
        return parts.join(QStringLiteral(", "));
    }
    case ThreadIdRole:
        return row.threadId;
    case NetworkRole:
        return static_cast<int>(row.network);
    case AccountHandleRole:
        return row.accountHandle;
    case BrandIdRole:
        return row.brandId;
    case StatusRole:
        return static_cast<int>(row.status);
    case ReadRole:
        return row.read;
    case LastMessageAtRole:
        return row.lastMessageAt;
    case MessageCountRole:
        return row.messageCount;
    case LastAuthorRole:
        return row.lastAuthor;
    case SnippetRole:
        return row.snippet;
    case AdverseEventRole:
        return row.adverseEvent;
    case AssigneeRole:
        return row.assignee;
    case SentimentRole:
        return static_cast<int>(row.sentiment);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ThreadIdRole, "threadId"},
                  {NetworkRole, "network"},
                  {AccountHandleRole, "accountHandle"},
                  {BrandIdRole, "brandId"},
                  {StatusRole, "status"},
                  {ReadRole, "read"},
                  {LastMessageAtRole, "lastMessageAt"},
                  {MessageCountRole, "messageCount"},
                  {LastAuthorRole, "lastAuthor"},
                  {SnippetRole, "snippet"},
                  {AdverseEventRole, "adverseEvent"},
                  {AssigneeRole, "assignee"},
                  {SentimentRole, "sentiment"}});
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    appendPage(readPage());
}

void ConversationListModel::setFilter(const ConversationFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    const ScopedFlag notifying(m_notifying);
    beginResetModel();
    loadFirstPage();
    endResetModel();
}

void ConversationListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ConversationListModel::loadFirstPage()
{
    m_rows.clear();
    m_loadedIds.clear();
    m_cursor.reset();
    m_atEnd = m_filter.workspaceId <= 0;
    if (m_atEnd)
        return;
    const auto page = readPage();
    for (const auto &row : page)
        m_loadedIds.insert(row.threadId);
    m_rows = page;
    if (!page.isEmpty())
        m_cursor = ConversationCursor{page.constLast().lastMessageAt, page.constLast().threadId};
    m_atEnd = page.size() < m_pageSize;
}

QList<ConversationRow> ConversationListModel::readPage() const
{
    return m_repository.conversations(m_filter, m_cursor, m_pageSize);
}

void ConversationListModel::appendPage(const QList<ConversationRow> &page)
{
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    m_cursor = ConversationCursor{page.constLast().lastMessageAt, page.constLast().threadId};
    QList<ConversationRow> fresh;
    fresh.reserve(page.size());
    for (const auto &row : page) {
        // A row refreshThread() already placed (a conversation that became newer) is not read twice.
        if (!m_loadedIds.contains(row.threadId))
            fresh << row;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    const ScopedFlag notifying(m_notifying);
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const auto &row : std::as_const(fresh)) {
        m_loadedIds.insert(row.threadId);
        m_rows << row;
    }
    endInsertRows();
}

bool ConversationListModel::inLoadedRange(const ConversationRow &row) const
{
    // The cursor row itself is loaded: only what sorts after it waits for the next page.
    return m_atEnd || !m_cursor ||
           !sortsBefore(m_cursor->lastMessageAt, m_cursor->threadId, row.lastMessageAt, row.threadId);
}

int ConversationListModel::placeFor(const ConversationRow &row, int ignoringRow) const
{
    int place = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != ignoringRow && sortsBefore(m_rows.at(i), row))
            ++place;
    }
    return place;
}

void ConversationListModel::refreshThread(Id threadId)
{
    const ScopedFlag notifying(m_notifying);
    const int current = rowOf(threadId);
    if (current < 0) {
        // Not loaded: a conversation that is new or newer than the last page read joins the list.
        const auto row = m_repository.conversation(threadId, m_filter);
        if (!row || !inLoadedRange(*row) || m_filter.workspaceId <= 0)
            return;
        const int place = placeFor(*row, -1);
        beginInsertRows({}, place, place);
        m_rows.insert(place, *row);
        m_loadedIds.insert(threadId);
        endInsertRows();
        return;
    }
    const auto row = m_repository.conversation(threadId);
    if (!row || !inLoadedRange(*row)) {
        // Gone, or older than what is loaded: a later page brings it back in its place.
        beginRemoveRows({}, current, current);
        m_rows.removeAt(current);
        m_loadedIds.remove(threadId);
        endRemoveRows();
        return;
    }
    const int place = placeFor(*row, current);
    if (place != current) {
        // beginMoveRows wants the destination as an index before the move.
        const int destination = place > current ? place + 1 : place;
        beginMoveRows({}, current, current, {}, destination);
        m_rows.move(current, place);
        endMoveRows();
    }
    m_rows[place] = *row;
    const QModelIndex changed = index(place);
    emit dataChanged(changed, changed);
}

int ConversationListModel::rowOf(Id threadId) const
{
    if (!m_loadedIds.contains(threadId))
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).threadId == threadId)
            return i;
    }
    return -1;
}

Id ConversationListModel::threadIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).threadId : 0;
}

std::optional<ConversationRow> ConversationListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

} // namespace vigie
