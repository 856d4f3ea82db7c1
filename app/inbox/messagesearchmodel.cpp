#include "inbox/messagesearchmodel.h"

#include "storage/searchquery.h"

#include <QPoint>
#include <QScopedValueRollback>

namespace vigie {

MessageSearchModel::MessageSearchModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(db)
{}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Message &m = row.hit.message;
    const QString author = m.authorName.isEmpty() ? m.authorHandle : m.authorName;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(author, m.body.simplified());
    case Qt::ToolTipRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole: {
        QStringList parts{tr("%1 on %2").arg(author, networkDisplayName(row.hit.network))};
        if (m.adverseEvent)
            parts << tr("possible adverse event");
        parts << m.body.simplified();
        return parts.join(QStringLiteral(", "));
    }
    case MessageIdRole:
        return m.id;
    case ThreadIdRole:
        return m.threadId;
    case NetworkRole:
        return static_cast<int>(row.hit.network);
    case AccountHandleRole:
        return row.hit.accountHandle;
    case BrandIdRole:
        return row.hit.brandId;
    case AuthorRole:
        return author;
    case AuthorHandleRole:
        return m.authorHandle;
    case CreatedAtRole:
        return m.createdAt;
    case AdverseEventRole:
        return m.adverseEvent;
    case SentimentRole:
        return static_cast<int>(m.sentiment);
    case OutgoingRole:
        return m.direction == MessageDirection::Outgoing;
    case HighlightsRole: {
        QVariantList ranges;
        ranges.reserve(row.highlights.size());
        for (const TextRange &range : row.highlights)
            ranges << QPoint(range.start, range.length);
        return ranges;
    }
    case ModerationRole:
        return m.moderation;
    case UrlRole:
        return m.url;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {ThreadIdRole, "threadId"},
                  {NetworkRole, "network"},
                  {AccountHandleRole, "accountHandle"},
                  {BrandIdRole, "brandId"},
                  {AuthorRole, "author"},
                  {AuthorHandleRole, "authorHandle"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {AdverseEventRole, "adverseEvent"},
                  {SentimentRole, "sentiment"},
                  {OutgoingRole, "outgoing"},
                  {HighlightsRole, "highlights"},
                  {ModerationRole, "moderation"},
                  {UrlRole, "url"}});
    return names;
}

bool MessageSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void MessageSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    appendPage(readPage(m_rows.constLast().hit.message.id));
}

QList<SearchHit> MessageSearchModel::readPage(Id beforeMessageId)
{
    QList<SearchHit> page;
    if (auto st = m_repository.search(m_search, beforeMessageId, m_pageSize, &page); !st) {
        m_error = st.error();
        page.clear();
    }
    return page;
}

void MessageSearchModel::setSearch(const MessageSearch &search)
{
    m_search = search;
    reload();
}

void MessageSearchModel::reload()
{
    {
        const QScopedValueRollback<bool> notifying(m_notifying, true);
        beginResetModel();
        m_rows.clear();
        m_error.clear();
        m_terms.clear();
        m_atEnd = true;
        if (!m_search.text.trimmed().isEmpty() && m_search.filter.workspaceId > 0) {
            const ParsedSearch parsed = SearchQueryParser::parse(m_search.text);
            if (!parsed.ok()) {
                m_error = parsed.error; // said once, without asking the store
            } else {
                m_terms = parsed.terms;
                const QList<SearchHit> page = readPage(0);
                m_atEnd = page.size() < m_pageSize;
                m_rows.reserve(page.size());
                for (const SearchHit &hit : page)
                    m_rows << Row{hit, searchMatchRanges(hit.message.body, m_terms)};
            }
        }
        endResetModel();
    }
    emit searchFinished();
}

void MessageSearchModel::clear()
{
    setSearch(MessageSearch{m_search.filter, {}});
}

void MessageSearchModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void MessageSearchModel::appendPage(const QList<SearchHit> &page)
{
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const QScopedValueRollback<bool> notifying(m_notifying, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const SearchHit &hit : page)
        m_rows << Row{hit, searchMatchRanges(hit.message.body, m_terms)};
    endInsertRows();
}

const SearchHit *MessageSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).hit : nullptr;
}

} // namespace vigie
