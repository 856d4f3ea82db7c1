#pragma once

#include "core/status.h"
#include "core/types.h"
#include "phrasebank.h"
#include "storage/inboxrepository.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace vigie {
class Database;
}

// The benchmark corpus: a seeded, deterministic stream of inbox messages and mentions, French and
// English, over one year that ends at CorpusOptions::end. The same seed and end give the same rows.
namespace vigie {
namespace bench {

struct CorpusOptions
{
    quint32 seed = 20261126;
    QDateTime end; // the corpus's "now" (UTC); every row is dated in the year before it
    qint64 messages = 1000000;
    qint64 mentions = 1000000;
};

// The workspace the corpus talks about: 4 brands (one competitor), 12 products, 20 accounts on six
// networks. Ids are those the store assigned when seedWorkspace() created them.
struct CorpusCast
{
    Workspace workspace;
    QList<Brand> brands;
    QList<Product> products;
    QList<Account> accounts; // only our own brands have accounts
};

// Creates the workspace, brands, products and accounts in an empty, open store.
Status seedWorkspace(Database &db, CorpusCast *cast);

// What a team does to conversations after they arrive, applied to a store once ingest is done
// (deterministic by thread id; ingest itself never assigns or tags): 40 % of conversations
// assigned to one of five team members, 25 % tagged with one of eight topics, 5 % also "urgent".
struct TeamWork
{
    QStringList members;      // assignees, the first one used by the benchmark's filter
    QStringList tags;         // topics, the first one used by the benchmark's filter
    double assignedShare = 0; // of all conversations, measured after applying
    double taggedShare = 0;   // with at least one tag
    double memberShare = 0;   // assigned to members.first()
    double tagShare = 0;      // tagged tags.first()
};
Status applyTeamWork(Database &db, TeamWork *work);

// Inbox messages, a few conversations at a time: ~5 messages per thread, customers and the brand's
// replies interleaved the way a sync hands them over.
class MessageStream
{
public:
    MessageStream(const CorpusOptions &options, const CorpusCast &cast);

    bool atEnd() const { return m_emitted >= m_options.messages; }
    // The next count messages (fewer at the end). threadOrdinals, when given, receives for each
    // message its thread's rank of first appearance (1-based): the id a fresh store gives it.
    QList<IncomingMessage> next(int count, QList<qint64> *threadOrdinals = nullptr);

private:
    struct OpenThread
    {
        qint64 ordinal = 0; // 0 until its first message is emitted
        int accountIndex = 0;
        int productIndex = 0;
        Language language = Language::French;
        int remaining = 0;
        qint64 lastAt = 0;
        QString rootRemoteId;
        QString lastRemoteId;
    };
    OpenThread startThread();
    IncomingMessage emitFrom(OpenThread &thread);

    CorpusOptions m_options;
    CorpusCast m_cast;
    QRandomGenerator m_rng;
    QList<OpenThread> m_open;
    qint64 m_allocated = 0; // messages promised to started threads
    qint64 m_emitted = 0;
    qint64 m_threads = 0;
    qint64 m_begin = 0;
    qint64 m_span = 0;
};

// Listening mentions in chronological order over the year, across every brand and network.
class MentionStream
{
public:
    MentionStream(const CorpusOptions &options, const CorpusCast &cast);

    bool atEnd() const { return m_emitted >= m_options.mentions; }
    QList<Mention> next(int count);

private:
    CorpusOptions m_options;
    CorpusCast m_cast;
    QRandomGenerator m_rng;
    qint64 m_emitted = 0;
    qint64 m_begin = 0;
    qint64 m_span = 0;
};

} // namespace bench
} // namespace vigie
