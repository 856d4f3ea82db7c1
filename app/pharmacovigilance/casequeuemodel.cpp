#include "pharmacovigilance/casequeuemodel.h"

#include "core/scopedflag.h"

#include "pharmacovigilance/caseassessment.h"
#include "pharmacovigilance/evidencehtml.h"

namespace vigie {

CaseQueueModel::CaseQueueModel(Database &db, const Clock &clock, const QTimeZone &zone, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(db, clock)
    , m_clock(clock)
    , m_zone(zone)
{}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QDate CaseQueueModel::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseDetail &row = m_rows.at(index.row());
    const AdverseCase &c = row.adverseCase;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(row.source.authorHandle, row.source.text.simplified());
    case Qt::ToolTipRole:
        return row.source.text;
    case Qt::AccessibleTextRole: {
        const CaseDeadline deadline = caseDeadline(c, m_zone, today());
        return tr("Case %1, %2, %3 on %4: %5")
            .arg(c.id)
            .arg(CaseText::deadline(deadline, c.status), row.source.authorHandle,
                 networkDisplayName(row.source.network), row.source.text.simplified());
    }
    case CaseIdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case NetworkRole:
        return int(row.source.network);
    case AuthorRole:
        return row.source.authorHandle;
    case TextRole:
        return row.source.text;
    case TextHtmlRole:
        return highlightedHtml(row.source.text, row.source.evidence);
    case Day0Role:
        return c.day0.toTimeZone(m_zone).date();
    case DueDateRole:
        return caseDeadline(c, m_zone, today()).dueDate;
    case DaysLeftRole:
        return caseDeadline(c, m_zone, today()).daysLeft;
    case UrgencyRole:
        return int(caseDeadline(c, m_zone, today()).urgency);
    case DeadlineTextRole:
        return CaseText::deadline(caseDeadline(c, m_zone, today()), c.status);
    case ThreadIdRole:
        return row.source.threadId;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{CaseIdRole, "caseId"},
                  {StatusRole, "status"},
                  {NetworkRole, "network"},
                  {AuthorRole, "author"},
                  {TextRole, "text"},
                  {TextHtmlRole, "textHtml"},
                  {Day0Role, "day0"},
                  {DueDateRole, "dueDate"},
                  {DaysLeftRole, "daysLeft"},
                  {UrgencyRole, "urgency"},
                  {DeadlineTextRole, "deadlineText"},
                  {ThreadIdRole, "threadId"}});
    return names;
}

bool CaseQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void CaseQueueModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void CaseQueueModel::setView(Id workspaceId, CaseView view)
{
    m_workspaceId = workspaceId;
    m_view = view;
    reload();
}

void CaseQueueModel::reload()
{
    const ScopedFlag notifying(m_notifying);
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = m_workspaceId <= 0;
    if (!m_atEnd) {
        const auto page = m_repository.list(m_workspaceId, m_view, std::nullopt, m_pageSize);
        m_rows = page;
        m_atEnd = page.size() < m_pageSize;
        if (!page.isEmpty())
            m_cursor = AdverseCaseRepository::cursorAfter(page.constLast().adverseCase, m_view);
    }
    endResetModel();
}

void CaseQueueModel::appendPage()
{
    const auto page = m_repository.list(m_workspaceId, m_view, m_cursor, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    m_cursor = AdverseCaseRepository::cursorAfter(page.constLast().adverseCase, m_view);
    QList<CaseDetail> fresh;
    for (const CaseDetail &d : page) {
        if (rowOf(d.adverseCase.id) < 0)
            fresh << d;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    const ScopedFlag notifying(m_notifying);
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

bool CaseQueueModel::belongsToView(const CaseDetail &detail) const
{
    const CaseStatus status = detail.adverseCase.status;
    switch (m_view) {
    case CaseView::Pending:
        return status == CaseStatus::Pending;
    case CaseView::Confirmed:
        return status == CaseStatus::Confirmed || status == CaseStatus::Submitted;
    case CaseView::Dismissed:
        return status == CaseStatus::Dismissed;
    case CaseView::Overdue:
        return caseDeadline(detail.adverseCase, m_zone, today()).urgency == CaseUrgency::Overdue;
    case CaseView::All:
        break;
    }
    return true;
}

void CaseQueueModel::refreshCase(Id caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return; // not loaded: the next reload shows it where it belongs
    const auto detail = m_repository.detail(caseId);
    const ScopedFlag notifying(m_notifying);
    if (!detail || !belongsToView(*detail)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = *detail;
    emit dataChanged(index(row), index(row));
}

int CaseQueueModel::rowOf(Id caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).adverseCase.id == caseId)
            return i;
    }
    return -1;
}

std::optional<CaseDetail> CaseQueueModel::caseAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

} // namespace vigie
