#include "inbox/threadmessagesmodel.h"

namespace vigie {

DeliveryState deliveryStateFromKey(const QString &key)
{
    if (key.isEmpty())
        return DeliveryState::None;
    if (key == QLatin1String("queued"))
        return DeliveryState::Queued;
    if (key == QLatin1String("sent"))
        return DeliveryState::Sent;
    if (key == QLatin1String("failed"))
        return DeliveryState::Failed;
    if (key == QLatin1String("unconfirmed"))
        return DeliveryState::Unconfirmed;
    return DeliveryState::Unknown;
}

QString deliveryStateDisplayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return QCoreApplication::translate("DeliveryState", "Queued");
    case DeliveryState::Sent:
        return QCoreApplication::translate("DeliveryState", "Sent");
    case DeliveryState::Failed:
        return QCoreApplication::translate("DeliveryState", "Not sent");
    case DeliveryState::Unconfirmed:
        return QCoreApplication::translate("DeliveryState", "No answer from the network");
    case DeliveryState::Unknown:
        return QCoreApplication::translate("DeliveryState", "Unknown state");
    case DeliveryState::None:
        break;
    }
    return {};
}

ThreadMessagesModel::ThreadMessagesModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(db)
{}

int ThreadMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ThreadMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    const QString author = m.authorName.isEmpty() ? m.authorHandle : m.authorName;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole: {
        QStringList parts{author};
        if (m.direction == MessageDirection::Outgoing)
            parts << deliveryStateDisplayName(deliveryStateFromKey(m.deliveryState));
        if (m.adverseEvent)
            parts << tr("possible adverse event");
        if (m.moderation == QLatin1String("hidden"))
            parts << tr("hidden on the network");
        else if (m.moderation == QLatin1String("deleted"))
            parts << tr("deleted on the network");
        parts << m.body;
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case MessageIdRole:
        return m.id;
    case AuthorRole:
        return author;
    case AuthorHandleRole:
        return m.authorHandle;
    case CreatedAtRole:
        return m.createdAt;
    case OutgoingRole:
        return m.direction == MessageDirection::Outgoing;
    case DeliveryStateRole:
        return static_cast<int>(deliveryStateFromKey(m.deliveryState));
    case AdverseEventRole:
        return m.adverseEvent;
    case KindRole:
        return m.kind;
    case EvidenceRole: {
        QVariantList spans;
        for (const EvidenceSpan &span : m.evidence)
            spans << QVariantMap{{QStringLiteral("kind"), static_cast<int>(span.kind)},
                                 {QStringLiteral("start"), span.start},
                                 {QStringLiteral("length"), span.length},
                                 {QStringLiteral("text"), span.text}};
        return spans;
    }
    case ModerationRole:
        return m.moderation;
    case LanguageRole:
        return m.language;
    case UrlRole:
        return m.url;
    case SentimentRole:
        return static_cast<int>(m.sentiment);
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadMessagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {AuthorRole, "author"},
                  {AuthorHandleRole, "authorHandle"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {OutgoingRole, "outgoing"},
                  {DeliveryStateRole, "deliveryState"},
                  {AdverseEventRole, "adverseEvent"},
                  {KindRole, "kind"},
                  {EvidenceRole, "evidence"},
                  {ModerationRole, "moderation"},
                  {LanguageRole, "language"},
                  {UrlRole, "url"},
                  {SentimentRole, "sentiment"}});
    return names;
}

void ThreadMessagesModel::setThread(Id threadId)
{
    if (threadId == m_threadId) {
        reload();
        return;
    }
    beginResetModel();
    m_threadId = threadId;
    m_messages = threadId > 0 ? m_repository.threadMessages(threadId) : QList<Message>();
    endResetModel();
}

void ThreadMessagesModel::reload()
{
    QList<Message> fresh = m_threadId > 0 ? m_repository.threadMessages(m_threadId) : QList<Message>();
    // Messages are only ever added to a conversation: when the ones shown are still its start,
    // the new ones are appended so the view keeps its place.
    const qsizetype shown = m_messages.size();
    bool isContinuation = shown > 0 && fresh.size() >= shown;
    for (qsizetype i = 0; isContinuation && i < shown; ++i)
        isContinuation = fresh.at(i).id == m_messages.at(i).id;
    if (!isContinuation) {
        beginResetModel();
        m_messages = std::move(fresh);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < shown; ++i)
        m_messages[i] = fresh.at(i); // a delivery state may have changed
    emit dataChanged(index(0), index(int(shown) - 1));
    if (fresh.size() > shown) {
        beginInsertRows({}, int(shown), int(fresh.size()) - 1);
        m_messages.append(fresh.mid(shown));
        endInsertRows();
    }
}

int ThreadMessagesModel::rowOf(Id messageId) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == messageId)
            return row;
    }
    return -1;
}

std::optional<Message> ThreadMessagesModel::messageAt(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return std::nullopt;
    return m_messages.at(row);
}

QString ThreadMessagesModel::conversationLanguage() const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->direction == MessageDirection::Incoming && !it->language.isEmpty())
            return it->language;
    }
    return {};
}

} // namespace vigie
