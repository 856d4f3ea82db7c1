#pragma once

#include "storage/inboxrepository.h"

#include <QAbstractListModel>

namespace vigie {

// Where an outgoing reply is on its way to the network. Unknown for a value a newer Vigie wrote.
// Unconfirmed: the network got the reply but never answered; a person checks before any retry.
enum class DeliveryState { None, Queued, Sent, Failed, Unconfirmed, Unknown };
DeliveryState deliveryStateFromKey(const QString &key);
QString deliveryStateDisplayName(DeliveryState state);

// The messages of one conversation, oldest first (a conversation reads top to bottom).
class ThreadMessagesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        AuthorRole, // display name, or the handle when there is none
        AuthorHandleRole,
        BodyRole,
        CreatedAtRole,     // QDateTime, UTC
        OutgoingRole,      // true for our replies
        DeliveryStateRole, // int(vigie::DeliveryState)
        AdverseEventRole,
        KindRole,       // comment, reply, mention, dm
        EvidenceRole,   // QVariantList of QVariantMap {kind: int(EvidenceKind), start, length, text}
        ModerationRole, // "", "hidden", "deleted": what the network was asked to do with it
        LanguageRole,
        UrlRole,
        SentimentRole, // int(vigie::Sentiment)
    };
    Q_ENUM(Role)

    explicit ThreadMessagesModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Id threadId() const { return m_threadId; }
    // Shows the messages of threadId (0 = none).
    void setThread(Id threadId);
    // Reads the thread again, e.g. after a reply was queued.
    void reload();
    int rowOf(Id messageId) const;
    std::optional<Message> messageAt(int row) const;
    // The language the conversation is held in: the newest incoming message's that has one.
    QString conversationLanguage() const;

private:
    InboxRepository m_repository;
    Id m_threadId = 0;
    QList<Message> m_messages;
};

} // namespace vigie
