#include "inboxfixture.h"

#include "storage/approvalrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

namespace vigie {
namespace test {

QList<Id> SeededInbox::expectedOrder(const ConversationFilter &filter) const
{
    QList<SeededThread> matching;
    for (const auto &t : threads) {
        if ((filter.network == Network::Unknown || t.network == filter.network) &&
            (filter.brandId == 0 || t.brandId == filter.brandId) &&
            (!filter.status || t.status == *filter.status) &&
            (!filter.assignee || t.assignee == *filter.assignee) &&
            (filter.tag.isEmpty() || t.tags.contains(filter.tag)) &&
            (!filter.sentiment || t.sentiment == *filter.sentiment) && (!filter.adverseOnly || t.adverse) &&
            (!filter.from.isValid() || t.lastMessageAt >= filter.from) &&
            (!filter.to.isValid() || t.lastMessageAt < filter.to))
            matching << t;
    }
    std::sort(matching.begin(), matching.end(), [](const SeededThread &a, const SeededThread &b) {
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt
                                                  : a.threadId > b.threadId;
    });
    QList<Id> ids;
    for (const auto &t : matching)
        ids << t.threadId;
    return ids;
}

const SeededThread *SeededInbox::thread(Id threadId) const
{
    for (const auto &t : threads) {
        if (t.threadId == threadId)
            return &t;
    }
    return nullptr;
}

Workspace seedEmptyWorkspace(Database &db)
{
    Workspace ws;
    ws.name = QStringLiteral("Pharmacie des Tilleuls");
    WorkspaceRepository(db).addWorkspace(ws);
    return ws;
}

bool seedInbox(Database &db, int threadCount, SeededInbox *seeded, const QDateTime &newest)
{
    WorkspaceRepository workspaces(db);
    SeededInbox &s = *seeded;
    s = {};
    s.workspace.name = QStringLiteral("Laboratoires Test");
    if (!workspaces.addWorkspace(s.workspace))
        return false;
    s.brandA = Brand::named(s.workspace.id, QStringLiteral("Apaisyl"), QStringLiteral("#2f6f9f"));
    s.brandB = Brand::named(s.workspace.id, QStringLiteral("Dermalys"), QStringLiteral("#9f2f6f"));
    s.quietBrand = Brand::named(s.workspace.id, QStringLiteral("Nocturnia"), QStringLiteral("#6f9f2f"));
    for (Brand *brand : {&s.brandA, &s.brandB, &s.quietBrand}) {
        if (!workspaces.addBrand(*brand))
            return false;
    }
    const struct
    {
        Network network;
        const char *handle;
    } accounts[] = {{Network::Mastodon, "@apaisyl@piaille.fr"},
                    {Network::Bluesky, "apaisyl.bsky.social"},
                    {Network::Facebook, "Apaisyl France"}};
    for (const auto &a : accounts) {
        Account account;
        account.workspaceId = s.workspace.id;
        account.network = a.network;
        account.handle = QString::fromUtf8(a.handle);
        if (auto st = workspaces.addAccount(account); !st) {
            qWarning() << st.error();
            return false;
        }
        s.accounts << account;
    }

    for (const QString &name : {SeededInbox::kAssigneeA, SeededInbox::kAssigneeB}) {
        Member member;
        member.workspaceId = s.workspace.id;
        member.name = name;
        if (auto st = MemberRepository(db).save(member, QStringLiteral("seed")); !st) {
            qWarning() << st.error();
            return false;
        }
    }

    s.newest = newest.isValid() ? newest : QDateTime(QDate(2026, 11, 16), QTime(9, 30), QTimeZone::utc());
    QList<int> order(threadCount);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), QRandomGenerator(7)); // ids must not follow time
    InboxRepository inbox(db);
    QList<IncomingMessage> batch;
    for (int i : std::as_const(order)) {
        const Account &account = s.accounts.at(i % 3);
        SeededThread t;
        t.network = account.network;
        t.brandId = i % 2 ? s.brandB.id : s.brandA.id;
        t.lastMessageAt = s.newest.addSecs(-60 * (i / 3)); // three threads per minute: ties on time
        t.messageCount = 1 + i % 3;
        t.adverse = i % 11 == 0;
        t.sentiment = i % 4 == 1   ? Sentiment::Negative
                      : i % 4 == 3 ? Sentiment::Positive
                                   : Sentiment::Neutral;
        t.assignee = i % 6 == 1 ? SeededInbox::kAssigneeA : i % 6 == 4 ? SeededInbox::kAssigneeB : QString();
        if (i % 4 == 0)
            t.tags << SeededInbox::kTagRecall;
        if (i % 10 == 3)
            t.tags << SeededInbox::kTagDelivery;
        const QString root = QStringLiteral("post-%1").arg(i);
        for (int m = 0; m < t.messageCount; ++m) {
            IncomingMessage in;
            in.rootRemoteId = root;
            in.brandId = t.brandId;
            in.message.accountId = account.id;
            in.message.remoteId = m == 0 ? root : QStringLiteral("post-%1-reply-%2").arg(i).arg(m);
            in.message.authorHandle = QStringLiteral("@patient%1").arg(i);
            in.message.authorName = QStringLiteral("Patient %1").arg(i);
            in.message.body =
                QStringLiteral("Message %1 of conversation %2 about the treatment.").arg(m + 1).arg(i);
            in.message.adverseEvent = t.adverse && m == t.messageCount - 1;
            in.message.sentiment = t.sentiment;
            in.message.createdAt = t.lastMessageAt.addSecs(-10 * (t.messageCount - 1 - m));
            t.lastBody = in.message.body;
            batch << in;
        }
        if (auto st = inbox.ingest(batch); !st) {
            qWarning() << st.error();
            return false;
        }
        batch.clear();
        SqlQuery q(db, QStringLiteral("SELECT id FROM threads WHERE account_id = ? AND root_remote_id = ?"));
        if (!q.exec(account.id, root) || !q.next())
            return false;
        t.threadId = q.value(0).toLongLong();
        t.status = i % 5 == 0 ? ThreadStatus::Done : i % 7 == 0 ? ThreadStatus::Pending : ThreadStatus::Open;
        if (t.status != ThreadStatus::Open && !inbox.setStatus(t.threadId, t.status, QStringLiteral("seed")))
            return false;
        if (!t.assignee.isEmpty() && !inbox.setAssignee(t.threadId, t.assignee, QStringLiteral("seed")))
            return false;
        if (!t.tags.isEmpty() && !inbox.setTags(t.threadId, t.tags, QStringLiteral("seed")))
            return false;
        s.threads << t;
    }
    return true;
}

} // namespace test
} // namespace vigie
