#pragma once

#include "inbox/searchhighlight.h"
#include "storage/inboxrepository.h"

#include <QAbstractListModel>

namespace vigie {

// The messages a full-text search finds, newest first, a page at a time (keyset on the message
// id, so page N costs what page 1 costs). One query fills a page: each hit carries its network,
// account and the ranges of its text to highlight, nothing is read per row.
class MessageSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ThreadIdRole,
        NetworkRole,       // int(vigie::Network)
        AccountHandleRole, // the account of ours the message came to
        BrandIdRole,
        AuthorRole, // display name, or the handle when there is none
        AuthorHandleRole,
        BodyRole,
        CreatedAtRole, // QDateTime, UTC
        AdverseEventRole,
        SentimentRole,  // int(vigie::Sentiment)
        OutgoingRole,   // true for our replies
        HighlightsRole, // QVariantList of QPoint(start, length) into BodyRole
        ModerationRole, // "", "hidden", "deleted"
        UrlRole,
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    explicit MessageSearchModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Runs search from its first page (resets the model). An empty text empties the list
    // without an error; a query that cannot be read leaves it empty with errorText() saying why.
    void setSearch(const MessageSearch &search);
    MessageSearch search() const { return m_search; }
    // Reads the first page again, e.g. after a sync brought new messages.
    void reload();
    void clear();
    void setPageSize(int rows);

    // Why the search could not run (the query parser's words); empty when it ran.
    QString errorText() const { return m_error; }
    // The words and phrases looked for, for highlighting elsewhere (the open conversation).
    QStringList terms() const { return m_terms; }
    const SearchHit *hitAt(int row) const;

signals:
    // The search ran (or failed: errorText()) and the first page is in.
    void searchFinished();

private:
    struct Row
    {
        SearchHit hit;
        QList<TextRange> highlights;
    };
    void appendPage(const QList<SearchHit> &page);
    QList<SearchHit> readPage(Id beforeMessageId);

    InboxRepository m_repository;
    MessageSearch m_search;
    QStringList m_terms;
    QString m_error;
    QList<Row> m_rows;
    bool m_atEnd = true;
    int m_pageSize = kDefaultPageSize;
    bool m_notifying = false; // see ConversationListModel: no fetchMore while a change is announced
};

} // namespace vigie
