#include "storage/messagecolumns.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QStringList>

namespace vigie {

namespace {
// Read through columns() so other files' static initialisers may call messageColumns().
const QStringList &columns()
{
    static const QStringList kColumns = {
        QStringLiteral("id"),
        QStringLiteral("thread_id"),
        QStringLiteral("account_id"),
        QStringLiteral("remote_id"),
        QStringLiteral("parent_remote_id"),
        QStringLiteral("direction"),
        QStringLiteral("kind"),
        QStringLiteral("author_handle"),
        QStringLiteral("author_name"),
        QStringLiteral("body"),
        QStringLiteral("lang"),
        QStringLiteral("sentiment"),
        QStringLiteral("adverse_event"),
        QStringLiteral("created_at"),
        QStringLiteral("delivery_state"),
        QStringLiteral("url"),
        QStringLiteral("evidence"),
        QStringLiteral("moderation"),
        QStringLiteral("received_at"),
    };
    return kColumns;
}
} // namespace

QString messageColumns(const QString &alias)
{
    if (alias.isEmpty())
        return columns().join(QStringLiteral(", "));
    QStringList qualified;
    qualified.reserve(columns().size());
    for (const QString &column : columns())
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QStringLiteral(", "));
}

int messageColumnCount()
{
    return int(columns().size());
}

Sentiment sentimentFromInt(int value)
{
    return value > 0 ? Sentiment::Positive : value < 0 ? Sentiment::Negative : Sentiment::Neutral;
}

Message readMessage(const SqlQuery &q, int first)
{
    const auto value = [&](int i) { return q.value(first + i); };
    Message m;
    m.id = value(0).toLongLong();
    m.threadId = value(1).toLongLong();
    m.accountId = value(2).toLongLong();
    m.remoteId = value(3).toString();
    m.parentRemoteId = value(4).toString();
    m.direction =
        value(5).toString() == QLatin1String("out") ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.kind = value(6).toString();
    m.authorHandle = value(7).toString();
    m.authorName = value(8).toString();
    m.body = value(9).toString();
    m.language = value(10).toString();
    m.sentiment = sentimentFromInt(value(11).toInt());
    m.adverseEvent = value(12).toBool();
    m.createdAt = fromDbTime(value(13));
    m.deliveryState = value(14).toString();
    m.url = value(15).toString();
    m.evidence = evidenceFromJson(value(16).toString());
    m.moderation = value(17).toString();
    m.receivedAt = fromDbTime(value(18));
    return m;
}

} // namespace vigie
