#include "cli/inboxcommand.h"

#include "classify/classifier.h"
#include "cli/networksession.h"
#include "delivery/directmessagesync.h"
#include "delivery/inboxsync.h"
#include "delivery/replysender.h"
#include "inbox/searchhighlight.h"
#include "manual/commentcsvimport.h"
#include "storage/inboxrepository.h"
#include "storage/searchquery.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vigie {
namespace cli {

using namespace platforms;

QString InboxCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "sync, list and answer the unified inbox");
}

int InboxCommand::run(const QStringList &args, Io io)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("sync"))
        return sync(args, io);
    if (sub == QLatin1String("list"))
        return list(args, io);
    if (sub == QLatin1String("reply"))
        return reply(args, io);
    if (sub == QLatin1String("search"))
        return search(args, io);
    if (sub == QLatin1String("import"))
        return importCsv(args, io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << QCoreApplication::translate("vigie::cli",
                                              "Usage: vigie inbox sync [--account ID]\n"
                                              "       vigie inbox list [--json] [--limit N]\n"
                                              "       vigie inbox reply MESSAGE_ID --text TEXT\n"
                                              "       vigie inbox search QUERY [--json] [--limit N]\n"
                                              "       vigie inbox import FILE.csv --account ID [--json]\n");
        return Success;
    }
    io.err << QCoreApplication::translate(
                  "vigie::cli",
                  "vigie inbox: say sync, list, reply, search or import (see 'vigie inbox --help').")
           << '\n';
    return BadUsage;
}

int InboxCommand::sync(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli", "Fetch what is new from every connected account (or one)."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("account"),
                      QCoreApplication::translate("vigie::cli", "Only this account."), QStringLiteral("ID")});
    if (int code = parseArguments(parser, QStringList{QStringLiteral("inbox sync")} + args.mid(2), io);
        code >= 0)
        return code;
    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie inbox sync"), st);
    QList<Account> accounts;
    if (parser.isSet(QStringLiteral("account"))) {
        Account account;
        if (auto st = session.account(parseId(parser.value(QStringLiteral("account"))), &account); !st)
            return reportFailure(io, QStringLiteral("vigie inbox sync"), st);
        accounts << account;
    } else {
        for (const Account &a : WorkspaceRepository(session.db()).accounts(session.workspace().id))
            if (a.status != AccountStatus::Disconnected && !a.secretKey.isEmpty())
                accounts << a;
    }
    // Every incoming message is screened for adverse events before it is stored.
    const classify::Classifier classifier = workspaceClassifier(session.db(), session.workspace().id);
    int failures = 0;
    for (const Account &account : std::as_const(accounts)) {
        SyncReport report;
        QElapsedTimer timer;
        timer.start();
        const Status st = session.runJob(account, [&](Adapter &adapter, const Account &a) {
            report = syncAccountInbox(session.db(), SystemClock::instance(), a, adapter, &classifier);
            return report.outcome;
        });
        if (!report.storeError.isEmpty()) {
            io.err << QCoreApplication::translate(
                          "vigie::cli", "vigie inbox sync: %1: the database refused a page of messages: %2")
                          .arg(account.handle, report.storeError)
                   << '\n';
            ++failures;
        } else if (!st) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "vigie inbox sync: %1: %2 (%3 new messages kept)")
                          .arg(account.handle, st.error())
                          .arg(report.inserted)
                   << '\n';
            ++failures;
        } else {
            io.out << QCoreApplication::translate("vigie::cli", "%1: %2 new of %3 fetched in %4 s.")
                          .arg(account.handle)
                          .arg(report.inserted)
                          .arg(report.fetched)
                          .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
                   << '\n';
        }
    }
    if (accounts.isEmpty())
        io.out << QCoreApplication::translate(
                      "vigie::cli", "No connected accounts to sync: connect one with 'vigie account add'.")
               << '\n';
    return failures ? Failure : Success;
}

int InboxCommand::list(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vigie::cli", "List inbox messages, newest first."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("vigie::cli", "At most this many messages."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    if (int code = parseArguments(parser, QStringList{QStringLiteral("inbox list")} + args.mid(2), io);
        code >= 0)
        return code;
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    if (limit <= 0) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie inbox list: --limit takes a positive number.")
               << '\n';
        return BadUsage;
    }
    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie inbox list"), st);
    QHash<Id, Account> accounts;
    for (const Account &a : WorkspaceRepository(session.db()).accounts(session.workspace().id))
        accounts.insert(a.id, a);
    const QList<Message> messages = InboxRepository(session.db()).messages(session.workspace().id, limit);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Message &m : messages) {
            array.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("account"), m.accountId},
                {QStringLiteral("network"), networkKey(accounts.value(m.accountId).network)},
                {QStringLiteral("remote_id"), m.remoteId},
                {QStringLiteral("parent_remote_id"), m.parentRemoteId},
                {QStringLiteral("author"), m.authorHandle},
                {QStringLiteral("author_name"), m.authorName},
                {QStringLiteral("text"), m.body},
                {QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("thread_id"), m.threadId},
                {QStringLiteral("kind"), m.kind},
                {QStringLiteral("direction"),
                 m.direction == MessageDirection::Incoming ? QStringLiteral("in") : QStringLiteral("out")},
                {QStringLiteral("delivery_state"), m.deliveryState},
                {QStringLiteral("url"), m.url},
            });
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (messages.isEmpty())
        io.out << QCoreApplication::translate("vigie::cli", "The inbox is empty: run 'vigie inbox sync'.")
               << '\n';
    for (const Message &m : messages)
        io.out << QStringLiteral("%1  %2  @%3: %4\n")
                      .arg(m.id, 6)
                      .arg(m.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"))
                      .arg(m.authorHandle, m.body.simplified().left(100));
    return Success;
}

int InboxCommand::reply(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vigie::cli", "Answer a message, threaded under it on its network."));
    addDatabaseOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("message"),
        QCoreApplication::translate("vigie::cli", "The message's number (see 'vigie inbox list')."));
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("vigie::cli", "The reply."),
                      QStringLiteral("TEXT")});
    if (int code = parseArguments(parser, QStringList{QStringLiteral("inbox reply")} + args.mid(2), io);
        code >= 0)
        return code;
    const Id messageId = parseId(parser.positionalArguments().value(0));
    const QString text = parser.value(QStringLiteral("text")).trimmed();
    if (!messageId || text.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie inbox reply: give the message's number and --text TEXT.")
               << '\n';
        return BadUsage;
    }
    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie inbox reply"), st);
    InboxRepository inbox(session.db());
    const auto parent = inbox.message(messageId);
    Account account;
    if (!parent || !session.account(parent->accountId, &account)) {
        io.err << QCoreApplication::translate(
                      "vigie::cli", "vigie inbox reply: there is no message %1 (see 'vigie inbox list').")
                      .arg(messageId)
               << '\n';
        return Failure;
    }
    Id replyId = 0;
    if (auto st = inbox.queueReplyTo(messageId, text, QStringLiteral("cli"), &replyId); !st)
        return reportFailure(io, QStringLiteral("vigie inbox reply"), st);
    Result<PublishedPost> sent;
    const Status st = session.runJob(account, [&](Adapter &adapter, const Account &) {
        sent = ReplySender(session.db()).send(replyId, adapter);
        return sent.outcome;
    });
    if (!st)
        return reportFailure(io, QStringLiteral("vigie inbox reply"), st);
    io.out << sent.value.remoteId << ' ' << sent.value.url << '\n';
    return Success;
}

namespace {
// The text on one line with the words found between brackets: "des [vertiges] depuis".
QString markedText(const QString &body, const QStringList &terms)
{
    const QString text = body.simplified();
    QString out;
    int last = 0;
    for (const TextRange &range : searchMatchRanges(text, terms)) {
        out += QStringView(text).mid(last, range.start - last);
        out += QLatin1Char('[');
        out += QStringView(text).mid(range.start, range.length);
        out += QLatin1Char(']');
        last = range.start + range.length;
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

int InboxCommand::search(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli",
        "Search the inbox's messages, newest first. A word also finds its plural or singular (vertige "
        "finds vertiges); word* finds every word starting so; \"an exact phrase\", -word to leave out, "
        "OR between two words. Case and accents never matter."));
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("query"),
                                 QCoreApplication::translate("vigie::cli", "What to look for."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("vigie::cli", "At most this many messages."),
                      QStringLiteral("N"), QStringLiteral("50")});
    if (int code = parseArguments(parser, QStringList{QStringLiteral("inbox search")} + args.mid(2), io);
        code >= 0)
        return code;
    const QString command = QStringLiteral("vigie inbox search");
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie inbox search: --limit takes a positive number.")
               << '\n';
        return BadUsage;
    }
    // The query is checked before the store is opened: a typo is the person's to fix, not a failure.
    const ParsedSearch parsed = SearchQueryParser::parse(query);
    if (!parsed.ok()) {
        io.err << command << QStringLiteral(": ") << parsed.error << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    QList<SearchHit> hits;
    const MessageSearch search{ConversationFilter{workspace.id, {}, 0, {}}, query};
    if (auto st = InboxRepository(db).search(search, 0, qMin(limit, 100000), &hits); !st)
        return reportFailure(io, command, st);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits)) {
            const Message &m = hit.message;
            array.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("thread_id"), m.threadId},
                {QStringLiteral("network"), networkKey(hit.network)},
                {QStringLiteral("account"), hit.accountHandle},
                {QStringLiteral("author"), m.authorHandle},
                {QStringLiteral("created_at"), jsonTime(m.createdAt)},
                {QStringLiteral("text"), m.body},
                {QStringLiteral("adverse_event"), m.adverseEvent},
                {QStringLiteral("sentiment"), sentimentKey(m.sentiment)},
                {QStringLiteral("url"), m.url},
            });
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (hits.isEmpty()) {
        io.out << QCoreApplication::translate("vigie::cli", "No message matches \u201c%1\u201d.").arg(query)
               << '\n';
        return Success;
    }
    QTimeZone zone(workspace.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    for (const SearchHit &hit : std::as_const(hits)) {
        const Message &m = hit.message;
        io.out << QStringLiteral("%1  %2  %3: %4\n")
                      .arg(m.createdAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"),
                           networkKey(hit.network), m.authorHandle, markedText(m.body, parsed.terms));
    }
    return Success;
}

int InboxCommand::importCsv(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie inbox import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "vigie::cli", "Import the comments of a community without an API into a manual channel's "
                          "inbox, all or nothing. Columns: %1. Dates: 2026-03-14 09:30 or "
                          "14/03/2026 09:30 (workspace time) or ISO 8601 with offset. Each comment is "
                          "screened for adverse events like any other message; importing a file again "
                          "adds nothing twice.")
            .arg(CommentCsvImport::acceptedColumnsText()));
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QCoreApplication::translate("vigie::cli", "The CSV file to import."));
    parser.addOption({QStringLiteral("account"),
                      QCoreApplication::translate("vigie::cli", "The manual channel the comments belong to."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, QStringList{command} + args.mid(2), io); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: name one CSV file.").arg(command) << '\n';
        return BadUsage;
    }
    const Id accountId = parseId(parser.value(QStringLiteral("account")));
    if (accountId <= 0) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "%1: --account ID is required (see vigie account list).")
                      .arg(command)
               << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const CommentCsvImport importer(db);
    const CommentImportPlan plan = importer.readFile(files.constFirst(), accountId);
    QList<CommentImportError> errors = plan.errors;
    CommentImportResult result;
    if (errors.isEmpty()) {
        if (auto st = importer.commit(plan, QStringLiteral("cli"), &result); !st)
            errors << CommentImportError{0, st.error()};
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CommentImportError &e : std::as_const(errors))
            list.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("read"), result.read},
                                            {QStringLiteral("imported"), result.imported},
                                            {QStringLiteral("duplicates"), result.duplicates},
                                            {QStringLiteral("flagged"), result.flagged},
                                            {QStringLiteral("errors"), list}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
        return errors.isEmpty() ? Success : Failure;
    }
    if (!errors.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: nothing was imported.").arg(command) << '\n';
        for (const CommentImportError &e : std::as_const(errors)) {
            if (e.line > 0)
                io.err << QCoreApplication::translate("vigie::cli", "line %1: %2").arg(e.line).arg(e.reason)
                       << '\n';
            else
                io.err << e.reason << '\n';
        }
        return Failure;
    }
    QString imported =
        QCoreApplication::translate("vigie::cli", "Imported %n comment(s)", nullptr, result.imported);
    if (result.duplicates > 0)
        imported += QCoreApplication::translate("vigie::cli", " (%n already in the inbox)", nullptr,
                                                result.duplicates);
    // The separator is the translator's: French puts a space before some punctuation.
    io.out << QCoreApplication::translate("vigie::cli", "%1, %2", "joins two parts of the import summary")
                  .arg(imported,
                       QCoreApplication::translate("vigie::cli", "%n flagged as possible adverse event(s).",
                                                   nullptr, result.flagged))
           << '\n';
    if (result.flagged > 0)
        io.out << QCoreApplication::translate(
                      "vigie::cli", "Each flagged comment opened a pending case: review them in the "
                                    "Adverse events pane.")
               << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
