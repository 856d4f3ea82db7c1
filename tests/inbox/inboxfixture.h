#pragma once

#include "storage/inboxrepository.h"

#include <QList>

namespace vigie {
namespace test {

// What the seeded inbox holds, kept by the fixture so tests can compute expected lists on
// their own instead of asking the code under test.
struct SeededThread
{
    Id threadId = 0;
    Network network = Network::Unknown;
    Id brandId = 0;
    ThreadStatus status = ThreadStatus::Open;
    QDateTime lastMessageAt;
    int messageCount = 0;
    bool adverse = false;
    QString lastBody;
    QString assignee; // empty = nobody
    QStringList tags;
    Sentiment sentiment = Sentiment::Neutral;
};

struct SeededInbox
{
    Workspace workspace;
    Brand brandA;
    Brand brandB;
    Brand quietBrand; // has no conversation: filtering on it matches nothing
    QList<Account> accounts;
    QList<SeededThread> threads;
    QDateTime newest; // the most recent message time
    // Who threads are assigned to, and the tags used (see seedInbox for which threads get them).
    static inline const QString kAssigneeA = QStringLiteral("camille.martin");
    static inline const QString kAssigneeB = QStringLiteral("alex.durand");
    static inline const QString kTagRecall = QStringLiteral("rappel");
    static inline const QString kTagDelivery = QStringLiteral("livraison");

    // Thread ids newest first, ties on time by the larger id: the order the inbox promises.
    QList<Id> expectedOrder(const ConversationFilter &filter) const;
    const SeededThread *thread(Id threadId) const;
};

// A workspace with two brands, accounts on Mastodon, Bluesky and Facebook, and threadCount
// conversations (one to three messages each, groups of three sharing the same last-message time,
// ingested in shuffled order so ids do not follow time), some pending, done or flagged, some
// assigned to kAssigneeA or kAssigneeB (both members), tagged, positive or negative.
// Returns false (with a warning) if anything failed.
bool seedInbox(Database &db, int threadCount, SeededInbox *seeded, const QDateTime &newest = {});

// A workspace with no account and no conversation.
Workspace seedEmptyWorkspace(Database &db);

} // namespace test
} // namespace vigie
