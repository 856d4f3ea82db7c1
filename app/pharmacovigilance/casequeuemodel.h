#pragma once

#include "storage/adversecaserepository.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace vigie {

// The triage queue: one view of the workspace's cases (pending by most urgent due date first,
// confirmed or dismissed by newest day 0), read a page at a time with keyset paging as the
// view scrolls (canFetchMore/fetchMore).
class CaseQueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        StatusRole,       // int(CaseStatus)
        NetworkRole,      // int(Network)
        AuthorRole,       // the author's handle
        TextRole,         // the original text
        TextHtmlRole,     // the original text with the evidence highlighted
        Day0Role,         // QDate in the workspace's zone
        DueDateRole,      // QDate
        DaysLeftRole,     // int, negative when overdue
        UrgencyRole,      // int(CaseUrgency)
        DeadlineTextRole, // "Due in 3 days", "Overdue by 1 day"
        ThreadIdRole,
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    CaseQueueModel(Database &db, const Clock &clock, const QTimeZone &zone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows a view of a workspace from its first page (resets the model).
    void setView(Id workspaceId, CaseView view);
    CaseView view() const { return m_view; }
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Reads one case again after a decision: it is updated in place while it still belongs to
    // the view, removed otherwise (a confirmed case leaves the pending queue).
    void refreshCase(Id caseId);

    int rowOf(Id caseId) const;
    std::optional<CaseDetail> caseAt(int row) const;
    QDate today() const;

private:
    bool belongsToView(const CaseDetail &detail) const;
    void appendPage();

    AdverseCaseRepository m_repository;
    const Clock &m_clock;
    QTimeZone m_zone;
    Id m_workspaceId = 0;
    CaseView m_view = CaseView::Pending;
    QList<CaseDetail> m_rows;
    std::optional<CaseCursor> m_cursor; // after the last row read, as it was read
    bool m_atEnd = true;
    int m_pageSize = kDefaultPageSize;
    // True while this model announces a change: a fetchMore() asked from a slot connected to
    // that announcement would insert rows before every listener heard of the first change.
    bool m_notifying = false;
};

} // namespace vigie
