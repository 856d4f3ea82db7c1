#include "csvexport.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace vigie {
namespace bench {

namespace {

constexpr int kBatch = 10000;

// RFC 4180 quoting, which the sqlite3 shell's `.mode csv` import reads back.
void appendText(QByteArray &line, const QString &text)
{
    line += '"';
    QByteArray utf8 = text.toUtf8();
    utf8.replace('"', "\"\"");
    line += utf8;
    line += '"';
}

void appendNumber(QByteArray &line, qint64 value)
{
    line += QByteArray::number(value);
}

template<typename... Fields> void appendRow(QByteArray &out, const Fields &...fields)
{
    bool first = true;
    auto add = [&](const auto &field) {
        if (!first)
            out += ',';
        first = false;
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, QString>)
            appendText(out, field);
        else
            appendNumber(out, qint64(field));
    };
    (add(fields), ...);
    out += '\n';
}

// Must match InboxRepository's snippet: the conversation list shows the latest message, shortened.
QString snippetOf(const QString &body)
{
    QString s = body.simplified();
    return s.size() > 160 ? s.left(159) + QChar(0x2026) : s;
}

struct ThreadRow
{
    Id accountId = 0;
    Id brandId = 0;
    QString rootRemoteId;
    qint64 lastAt = 0;
    int count = 0;
    QString lastAuthor;
    QString snippet;
    bool adverse = false;
    qint64 lastIncomingAt = -1;
    int sentiment = 0; // of the latest incoming message, as InboxRepository keeps it
};

// What InboxRepository::ingest opens for each new incoming message flagged as an adverse event is
// due 15 calendar days after day 0 in the workspace's zone, at the same time of day.
constexpr int kCaseDeadlineDays = 15;

Status openForWrite(QFile &file, const QString &path)
{
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status writeMessages(const CorpusOptions &options, const CorpusCast &cast, qint64 receivedAt, QFile &file,
                     QFile &casesFile, QList<ThreadRow> *threads, qint64 *caseCount)
{
    MessageStream stream(options, cast);
    QByteArray out =
        "id,thread_id,account_id,remote_id,parent_remote_id,direction,kind,author_handle,"
        "author_name,body,lang,sentiment,adverse_event,delivery_state,created_at,received_at,url,evidence,"
        "moderation\n";
    QByteArray cases = "id,workspace_id,message_id,status,flagged_at,day0,due_at,updated_at\n";
    const QTimeZone zone(cast.workspace.timezone.toUtf8());
    const qint64 caseDueAt =
        QDateTime::fromSecsSinceEpoch(receivedAt, zone).addDays(kCaseDeadlineDays).toSecsSinceEpoch();
    QList<qint64> ordinals;
    qint64 id = 0;
    while (!stream.atEnd()) {
        const QList<IncomingMessage> batch = stream.next(kBatch, &ordinals);
        for (int i = 0; i < batch.size(); ++i) {
            const Message &m = batch.at(i).message;
            const qint64 threadId = ordinals.at(i);
            if (threadId > threads->size()) {
                ThreadRow row;
                row.accountId = m.accountId;
                row.brandId = batch.at(i).brandId;
                row.rootRemoteId = batch.at(i).rootRemoteId;
                threads->append(row);
            }
            ThreadRow &thread = (*threads)[threadId - 1];
            const qint64 createdAt = m.createdAt.toSecsSinceEpoch();
            ++thread.count;
            thread.adverse = thread.adverse || m.adverseEvent;
            if (createdAt >= thread.lastAt) {
                thread.lastAt = createdAt;
                thread.lastAuthor = m.authorName.isEmpty() ? m.authorHandle : m.authorName;
                thread.snippet = snippetOf(m.body);
            }
            const bool incoming = m.direction == MessageDirection::Incoming;
            if (incoming && createdAt >= thread.lastIncomingAt) {
                thread.lastIncomingAt = createdAt;
                thread.sentiment = static_cast<int>(m.sentiment);
            }
            appendRow(out, ++id, threadId, m.accountId, m.remoteId, m.parentRemoteId,
                      incoming ? QStringLiteral("in") : QStringLiteral("out"), m.kind, m.authorHandle,
                      m.authorName, m.body, m.language, static_cast<int>(m.sentiment), m.adverseEvent ? 1 : 0,
                      m.deliveryState, createdAt, receivedAt, m.url, evidenceToJson(m.evidence), QString());
            if (incoming && m.adverseEvent) {
                appendRow(cases, ++*caseCount, cast.workspace.id, id, QStringLiteral("pending"), receivedAt,
                          receivedAt, caseDueAt, receivedAt);
            }
        }
        if (file.write(out) != out.size())
            return Status::failure(QStringLiteral("cannot write %1").arg(file.fileName()));
        if (casesFile.write(cases) != cases.size())
            return Status::failure(QStringLiteral("cannot write %1").arg(casesFile.fileName()));
        out.clear();
        cases.clear();
    }
    return Status::success();
}

Status writeThreads(const QList<ThreadRow> &threads, QFile &file)
{
    QByteArray out = "id,account_id,brand_id,root_remote_id,status,is_read,last_message_at,message_count,"
                     "last_author,snippet,has_adverse_event,assignee,sentiment\n";
    qint64 id = 0;
    for (const ThreadRow &t : threads) {
        // Every corpus conversation has a customer message, so it ends open and unread; nobody
        // has been assigned yet.
        appendRow(out, ++id, t.accountId, t.brandId, t.rootRemoteId, QStringLiteral("open"), 0, t.lastAt,
                  t.count, t.lastAuthor, t.snippet, t.adverse ? 1 : 0, QString(), t.sentiment);
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return Status::failure(QStringLiteral("cannot write %1").arg(file.fileName()));
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return Status::failure(QStringLiteral("cannot write %1").arg(file.fileName()));
    return Status::success();
}

// Mentions in the table's column order, and the cases MentionRepository::insert opens for the
// flagged ones (numbered after the message cases: the benchmark stores messages first).
Status writeMentions(const CorpusOptions &options, const CorpusCast &cast, qint64 receivedAt, QFile &file,
                     QFile &casesFile, qint64 firstCaseId)
{
    MentionStream stream(options, cast);
    QByteArray out =
        "id,workspace_id,brand_id,product_id,network,source,remote_id,author,body,lang,sentiment,"
        "adverse_event,url,reach,created_at,other_brand_ids,product_ids,title,author_name,matched_terms,"
        "evidence,received_at\n";
    QByteArray cases = "id,workspace_id,mention_id,status,flagged_at,day0,due_at,updated_at\n";
    const QTimeZone zone(cast.workspace.timezone.toUtf8());
    const qint64 caseDueAt =
        QDateTime::fromSecsSinceEpoch(receivedAt, zone).addDays(kCaseDeadlineDays).toSecsSinceEpoch();
    qint64 id = 0;
    qint64 caseId = firstCaseId;
    while (!stream.atEnd()) {
        for (const Mention &m : stream.next(kBatch)) {
            appendRow(out, ++id, m.workspaceId, m.brandId, m.productId, networkKey(m.network), m.source,
                      m.remoteId, m.author, m.body, m.language, static_cast<int>(m.sentiment),
                      m.adverseEvent ? 1 : 0, m.url, m.reach, m.createdAt.toSecsSinceEpoch(), QString(),
                      QString(), QString(), QString(), QString(), QString(), receivedAt);
            if (m.adverseEvent)
                appendRow(cases, ++caseId, m.workspaceId, id, QStringLiteral("pending"), receivedAt, receivedAt,
                          caseDueAt, receivedAt);
        }
        if (file.write(out) != out.size())
            return Status::failure(QStringLiteral("cannot write %1").arg(file.fileName()));
        if (casesFile.write(cases) != cases.size())
            return Status::failure(QStringLiteral("cannot write %1").arg(casesFile.fileName()));
        out.clear();
        cases.clear();
    }
    return Status::success();
}

} // namespace

Status writeCorpusCsv(const CorpusOptions &options, const CorpusCast &cast, const QDateTime &receivedAt,
                      const QString &dir, CorpusCsv *out)
{
    const QDir folder(dir);
    out->threads = folder.filePath(QStringLiteral("threads.csv"));
    out->messages = folder.filePath(QStringLiteral("messages.csv"));
    out->mentions = folder.filePath(QStringLiteral("mentions.csv"));
    out->mentionCases = folder.filePath(QStringLiteral("mention_cases.csv"));
    out->cases = folder.filePath(QStringLiteral("adverse_cases.csv"));
    QList<ThreadRow> threads;
    QFile file, casesFile;
    if (auto st = openForWrite(file, out->messages); !st)
        return st;
    if (auto st = openForWrite(casesFile, out->cases); !st)
        return st;
    out->caseCount = 0;
    if (auto st = writeMessages(options, cast, receivedAt.toSecsSinceEpoch(), file, casesFile, &threads,
                                &out->caseCount);
        !st)
        return st;
    file.close();
    casesFile.close();
    if (auto st = openForWrite(file, out->threads); !st)
        return st;
    if (auto st = writeThreads(threads, file); !st)
        return st;
    file.close();
    out->threadCount = threads.size();
    if (auto st = openForWrite(file, out->mentions); !st)
        return st;
    if (auto st = openForWrite(casesFile, out->mentionCases); !st)
        return st;
    if (auto st = writeMentions(options, cast, receivedAt.toSecsSinceEpoch(), file, casesFile, out->caseCount);
        !st)
        return st;
    file.close();
    casesFile.close();
    return Status::success();
}

} // namespace bench
} // namespace vigie
