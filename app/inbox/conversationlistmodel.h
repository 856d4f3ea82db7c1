#pragma once

#include "storage/inboxrepository.h"

#include <QAbstractListModel>
#include <QSet>

namespace vigie {

// The conversation list, newest activity first, read a page at a time with keyset paging so the
// list costs the same at a million conversations as at fifty: a view asks for more rows with
// canFetchMore()/fetchMore() as the user scrolls, nothing is loaded ahead.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ThreadIdRole = Qt::UserRole + 1,
        NetworkRole,       // int(vigie::Network)
        AccountHandleRole, // the account of ours the conversation happens on
        BrandIdRole,
        StatusRole, // int(vigie::ThreadStatus)
        ReadRole,
        LastMessageAtRole, // QDateTime, UTC
        MessageCountRole,
        LastAuthorRole,
        SnippetRole,
        AdverseEventRole,
        AssigneeRole,  // empty = nobody
        SentimentRole, // int(vigie::Sentiment) of the latest incoming message
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    explicit ConversationListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    ConversationFilter filter() const { return m_filter; }
    // Shows the conversations matching filter from the first page on (resets the model).
    void setFilter(const ConversationFilter &filter);
    // Reads the first page again (resets the model).
    void reload();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Re-reads one conversation after a change (status, read, a new message) without resetting
    // the list, so selection and scroll position survive. A row that moved in time is moved to
    // its place; a row whose status no longer matches the filter stays until the next reload
    // (the list does not jump under the user, and the change can be undone where it was made);
    // a conversation that was not loaded is inserted when it falls in the loaded range.
    void refreshThread(Id threadId);

    int rowOf(Id threadId) const;
    Id threadIdAt(int row) const;
    std::optional<ConversationRow> rowAt(int row) const;

private:
    void loadFirstPage();
    QList<ConversationRow> readPage() const;
    void appendPage(const QList<ConversationRow> &page);
    // The row index where row belongs among the loaded rows (newest first, ties by id).
    int placeFor(const ConversationRow &row, int ignoringRow) const;
    bool inLoadedRange(const ConversationRow &row) const;

    InboxRepository m_repository;
    ConversationFilter m_filter;
    QList<ConversationRow> m_rows;
    QSet<Id> m_loadedIds;
    // Where the next page starts: the last row of the last page read, as it was read (a row
    // that changes later does not move the cursor, so no conversation is read twice).
    std::optional<ConversationCursor> m_cursor;
    bool m_atEnd = true;
    int m_pageSize = kDefaultPageSize;
    // True while this model announces a change. A fetchMore() asked from a slot connected to
    // that announcement would insert rows before every listener heard of the first change;
    // views ask again once they have laid the change out.
    bool m_notifying = false;
};

} // namespace vigie
