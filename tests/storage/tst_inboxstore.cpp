// Issue 5 storage: full-text search, the new conversation filters, the conversation tools
// (assignee, tags, notes, moderation), saved replies and the pharmacovigilance cases the ingest
// opens. Everything through the repositories, checked the way the inbox will show it.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/savedreplyrepository.h"
#include "storage/searchquery.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace vigie;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

struct Seed
{
    const char *remoteId;
    int account; // 0 = Mastodon (brand A), 1 = Bluesky (brand B)
    const char *root;
    const char *author;
    const char *body;
    int minutesAgo;
    bool outgoing;
    bool adverse;
    Sentiment sentiment;
};

// Six messages in four conversations; bodies chosen for accents, case, phrases and prefixes.
const Seed kSeeds[] = {
    {"m1", 0, "m1", "Léa Martin", "J'ai des vertiges depuis Hélidol \xF0\x9F\x98\xB5", 60, false, true,
     Sentiment::Negative},
    {"m2", 0, "m2", "Paul", "Hélidol m'a bien soulagé, merci !", 50, false, false, Sentiment::Positive},
    {"m3", 1, "m3", "Marie Curie", "Un mal de tête terrible ce matin", 40, false, false, Sentiment::Negative},
    {"m4", 1, "m4", "Zoé", "Mal au ventre et la tête lourde, des cauchemars aussi", 30, false, true,
     Sentiment::Negative},
    {"m5", 1, "m4", "Noctélia", "Nous sommes désolés, contactez votre pharmacien", 20, true, false,
     Sentiment::Neutral},
    {"m6", 0, "m1", "Léa Martin", "Nausées après la 2e prise", 10, false, false, Sentiment::Neutral},
};

} // namespace

class TestInboxStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_store;
    FixedClock m_clock{kNow};
    Workspace m_ws;
    Brand m_brandA;
    Brand m_brandB;
    QList<Account> m_accounts;
    QHash<QString, Id> m_messageIds; // remote id → row id
    QHash<QString, Id> m_threadIds;  // root remote id → thread id

    Database &db() { return m_store->db(); }
    InboxRepository inbox() { return InboxRepository(db(), m_clock); }

    QStringList remoteIds(const QList<SearchHit> &hits)
    {
        QStringList ids;
        for (const SearchHit &hit : hits)
            ids << hit.message.remoteId;
        return ids;
    }
    QStringList threadRoots(const QList<ConversationRow> &rows)
    {
        QStringList roots;
        for (const ConversationRow &row : rows)
            roots << m_threadIds.key(row.threadId);
        return roots;
    }
    int auditCount(const QString &action)
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action));
        return q.next() ? q.value(0).toInt() : -1;
    }
    int scalar(const QString &sql)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        WorkspaceRepository repo(db());
        m_ws.name = QStringLiteral("Laboratoires Vigie");
        QVERIFY(repo.addWorkspace(m_ws));
        m_brandA = Brand::named(m_ws.id, QStringLiteral("Hélidol"), QStringLiteral("#c0392b"));
        m_brandB = Brand::named(m_ws.id, QStringLiteral("Noctélia"), QStringLiteral("#2c3e50"));
        QVERIFY(repo.addBrand(m_brandA));
        QVERIFY(repo.addBrand(m_brandB));
        m_accounts.clear();
        for (auto [network, handle, brand] :
             {std::tuple{Network::Mastodon, "helidol@piaille.fr", m_brandA.id},
              {Network::Bluesky, "noctelia.bsky.social", m_brandB.id}}) {
            Account account;
            account.workspaceId = m_ws.id;
            account.brandId = brand;
            account.network = network;
            account.handle = QString::fromUtf8(handle);
            QVERIFY(repo.addAccount(account));
            m_accounts << account;
        }
        QList<IncomingMessage> batch;
        for (const Seed &seed : kSeeds) {
            IncomingMessage in;
            in.message.accountId = m_accounts.at(seed.account).id;
            in.message.remoteId = QLatin1String(seed.remoteId);
            in.message.authorName = QString::fromUtf8(seed.author);
            in.message.authorHandle = QString::fromUtf8(seed.author).toLower().remove(QLatin1Char(' '));
            in.message.body = QString::fromUtf8(seed.body);
            in.message.createdAt = kNow.addSecs(-60 * seed.minutesAgo);
            in.message.direction = seed.outgoing ? MessageDirection::Outgoing : MessageDirection::Incoming;
            in.message.adverseEvent = seed.adverse;
            in.message.sentiment = seed.sentiment;
            if (seed.adverse)
                in.message.evidence = {{EvidenceKind::Symptom, 0, 3, QStringLiteral("J'a")}};
            in.rootRemoteId = QLatin1String(seed.root);
            in.brandId = m_accounts.at(seed.account).brandId;
            batch << in;
        }
        int inserted = 0;
        QVERIFY(inbox().ingest(batch, &inserted));
        QCOMPARE(inserted, int(std::size(kSeeds)));
        m_messageIds.clear();
        m_threadIds.clear();
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT m.remote_id, m.id, t.root_remote_id, t.id FROM messages m "
                                      "JOIN threads t ON t.id = m.thread_id")));
        while (q.next()) {
            m_messageIds.insert(q.value(0).toString(), q.value(1).toLongLong());
            m_threadIds.insert(q.value(2).toString(), q.value(3).toLongLong());
        }
    }

    void parserTurnsTypingIntoSafeQueries_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("error"); // a word the message must contain; empty = no error
        QTest::addRow("word and its plural") << "vertige"
                                             << "(\"vertige\" OR \"vertiges\" OR \"vertigex\")"
                                             << "";
        QTest::addRow("plural and its singular") << "maux"
                                                 << "(\"maux\" OR \"mauxs\" OR \"mauxx\" OR \"mau\")"
                                                 << "";
        QTest::addRow("word prefix") << "vertig*"
                                     << "\"vertig\"*"
                                     << "";
        QTest::addRow("short word exact") << "mg"
                                          << "\"mg\""
                                          << "";
        QTest::addRow("explicit prefix") << "ma*"
                                         << "\"ma\"*"
                                         << "";
        QTest::addRow("phrase") << "\"mal de tête\""
                                << "\"mal de tête\""
                                << "";
        QTest::addRow("french quotes") << "« mal de tête »"
                                       << "\"mal de tête\""
                                       << "";
        QTest::addRow("or") << "nausée* OR vertige*"
                            << "(\"nausée\"* OR \"vertige\"*)"
                            << "";
        QTest::addRow("exclude") << "Hélidol -vertiges*"
                                 << "((\"Hélidol\" OR \"Hélidols\" OR \"Hélidolx\")) NOT (\"vertiges\"*)"
                                 << "";
        QTest::addRow("fts syntax is text") << "NEAR(a b) col:x ^y"
                                            << "\"NEAR(a\" AND \"b)\" AND \"col:x\" AND \"^y\""
                                            << "";
        QTest::addRow("quote inside word") << "l'hé\"lidol"
                                           << ""
                                           << "quotation";
        QTest::addRow("open quote") << "\"mal de"
                                    << ""
                                    << "quotation";
        QTest::addRow("or first") << "OR vertige"
                                  << ""
                                  << "OR";
        QTest::addRow("or last") << "vertige OR"
                                 << ""
                                 << "OR";
        QTest::addRow("only exclusions") << "-vertige"
                                         << ""
                                         << "leave out";
        QTest::addRow("punctuation only") << "!!! ?"
                                          << ""
                                          << "Type a word";
        QTest::addRow("empty") << "   "
                               << ""
                               << "Type a word";
    }
    void parserTurnsTypingIntoSafeQueries()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QFETCH(QString, error);
        const ParsedSearch parsed = SearchQueryParser::parse(typed);
        if (error.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QCOMPARE(parsed.ftsMatch, match);
        } else {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        }
    }

    void searchFindsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::addRow("accented word without accents") << "helidol" << QStringList{"m2", "m1"};
        QTest::addRow("capitals, singular for plural") << "VERTIGE" << QStringList{"m1"};
        QTest::addRow("a bare word is not a prefix") << "vertig" << QStringList{};
        QTest::addRow("an explicit prefix") << "vertig*" << QStringList{"m1"};
        QTest::addRow("plural from singular") << "nausee" << QStringList{"m6"};
        QTest::addRow("phrase keeps its order") << "\"mal de tête\"" << QStringList{"m3"};
        QTest::addRow("words anywhere") << "mal tete" << QStringList{"m4", "m3"};
        QTest::addRow("or") << "nausée OR cauchemars" << QStringList{"m6", "m4"};
        QTest::addRow("exclusion") << "Hélidol -vertiges" << QStringList{"m2"};
        QTest::addRow("our own replies too") << "pharmacien" << QStringList{"m5"};
        QTest::addRow("author name") << "curie" << QStringList{"m3"};
        QTest::addRow("hashtag-like") << "#helidol" << QStringList{"m2", "m1"};
        QTest::addRow("nothing") << "ordonnance" << QStringList{};
        QTest::addRow("fts syntax matches nothing, fails nothing") << "NEAR(vertiges" << QStringList{};
    }
    void searchFindsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QList<SearchHit> hits;
        const Status st = inbox().search({{m_ws.id}, typed}, 0, 50, &hits);
        QVERIFY2(st, qPrintable(st.error()));
        QCOMPARE(remoteIds(hits), expected);
    }

    void malformedSearchSaysWhyWithoutSql()
    {
        QList<SearchHit> hits;
        const Status st = inbox().search({{m_ws.id}, QStringLiteral("\"mal de")}, 0, 50, &hits);
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("quotation")));
        QVERIFY(!st.error().contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        QVERIFY(!st.error().contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QVERIFY(hits.isEmpty());
    }

    void searchHonoursFiltersAndPages()
    {
        ConversationFilter onBluesky{m_ws.id};
        onBluesky.network = Network::Bluesky;
        QList<SearchHit> hits;
        QVERIFY(inbox().search({onBluesky, QStringLiteral("helidol")}, 0, 50, &hits));
        QVERIFY(hits.isEmpty());
        ConversationFilter brandA{m_ws.id};
        brandA.brandId = m_brandA.id;
        QVERIFY(inbox().search({brandA, QStringLiteral("helidol")}, 0, 50, &hits));
        QCOMPARE(remoteIds(hits), (QStringList{"m2", "m1"}));
        QCOMPARE(hits.first().network, Network::Mastodon);
        QCOMPARE(hits.first().accountHandle, QStringLiteral("helidol@piaille.fr"));
        ConversationFilter flagged{m_ws.id};
        flagged.adverseOnly = true;
        QVERIFY(inbox().search({flagged, QStringLiteral("mal OR nausées")}, 0, 50, &hits));
        QCOMPARE(remoteIds(hits), (QStringList{"m6", "m4"})); // m6 is in m1's flagged thread

        // Pages of one: each continues after the last hit, none repeats.
        QStringList paged;
        Id before = 0;
        for (int page = 0; page < 5; ++page) {
            QVERIFY(inbox().search({{m_ws.id}, QStringLiteral("a*")}, before, 1, &hits));
            if (hits.isEmpty())
                break;
            paged << hits.first().message.remoteId;
            before = hits.first().message.id;
        }
        QList<SearchHit> all;
        QVERIFY(inbox().search({{m_ws.id}, QStringLiteral("a*")}, 0, 50, &all));
        QCOMPARE(paged, remoteIds(all).mid(0, paged.size()));
        QVERIFY(paged.size() >= 4);
    }

    void otherWorkspacesAreNeverSearched()
    {
        QList<SearchHit> hits;
        QVERIFY(inbox().search({{m_ws.id + 100}, QStringLiteral("helidol")}, 0, 50, &hits));
        QVERIFY(hits.isEmpty());
    }

    void conversationFilters_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QStringList>("expected"); // thread roots, newest first
        QTest::addRow("adverse only") << "adverse" << QStringList{"m1", "m4"};
        QTest::addRow("negative mood") << "negative" << QStringList{"m4", "m3"};
        QTest::addRow("neutral mood follows the latest incoming message") << "neutral" << QStringList{"m1"};
        QTest::addRow("positive") << "positive" << QStringList{"m2"};
        QTest::addRow("assigned to Sophie") << "sophie" << QStringList{"m3"};
        QTest::addRow("unassigned") << "unassigned" << QStringList{"m1", "m4", "m2"};
        QTest::addRow("tag") << "tag" << QStringList{"m4"};
        QTest::addRow("last 35 minutes") << "recent" << QStringList{"m1", "m4"};
        QTest::addRow("older than 35 minutes") << "older" << QStringList{"m3", "m2"};
    }
    void conversationFilters()
    {
        QFETCH(QString, which);
        QFETCH(QStringList, expected);
        QVERIFY(inbox().setAssignee(m_threadIds.value("m3"), QStringLiteral("Sophie Bernard"),
                                    QStringLiteral("camille")));
        QVERIFY(
            inbox().setTags(m_threadIds.value("m4"), {QStringLiteral("sommeil")}, QStringLiteral("camille")));
        ConversationFilter filter{m_ws.id};
        if (which == QLatin1String("adverse"))
            filter.adverseOnly = true;
        else if (which == QLatin1String("negative"))
            filter.sentiment = Sentiment::Negative;
        else if (which == QLatin1String("neutral"))
            filter.sentiment = Sentiment::Neutral;
        else if (which == QLatin1String("positive"))
            filter.sentiment = Sentiment::Positive;
        else if (which == QLatin1String("sophie"))
            filter.assignee = QStringLiteral("Sophie Bernard");
        else if (which == QLatin1String("unassigned"))
            filter.assignee = QString();
        else if (which == QLatin1String("tag"))
            filter.tag = QStringLiteral("sommeil");
        else if (which == QLatin1String("recent"))
            filter.from = kNow.addSecs(-35 * 60);
        else if (which == QLatin1String("older"))
            filter.to = kNow.addSecs(-35 * 60);
        QCOMPARE(threadRoots(inbox().conversations(filter, std::nullopt, 50)), expected);
    }

    void ingestOpensOneCasePerFlaggedIncomingMessage()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT m.remote_id, c.status, c.day0, c.due_at, c.workspace_id "
                                      "FROM adverse_cases c JOIN messages m ON m.id = c.message_id "
                                      "ORDER BY m.remote_id")));
        QStringList flagged;
        while (q.next()) {
            flagged << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), QStringLiteral("pending"));
            QCOMPARE(q.value(2).toLongLong(), kNow.toSecsSinceEpoch()); // day 0 = received by Vigie
            QCOMPARE(q.value(3).toLongLong(), kNow.addDays(15).toSecsSinceEpoch());
            QCOMPARE(q.value(4).toLongLong(), m_ws.id);
        }
        QCOMPARE(flagged, (QStringList{"m1", "m4"}));

        // The same messages again (a sync that overlaps) and a flagged message of ours: no case.
        IncomingMessage again;
        again.message.accountId = m_accounts.at(0).id;
        again.message.remoteId = QStringLiteral("m1");
        again.message.adverseEvent = true;
        IncomingMessage ours;
        ours.message.accountId = m_accounts.at(0).id;
        ours.message.remoteId = QStringLiteral("m7");
        ours.message.direction = MessageDirection::Outgoing;
        ours.message.adverseEvent = true;
        ours.rootRemoteId = QStringLiteral("m1");
        QVERIFY(inbox().ingest({again, ours}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM adverse_cases")), 2);
        const auto m1 = inbox().message(m_messageIds.value("m1"));
        QVERIFY(m1);
        QCOMPARE(m1->evidence.size(), 1);
    }

    void searchIndexStaysInStepWithTheMessages()
    {
        QSqlQuery q(db().connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        // A reply queued from the inbox is searchable at once, and a deleted account's messages vanish.
        QVERIFY(inbox().queueReply(m_threadIds.value("m3"),
                                   QStringLiteral("Courage, parlez-en à votre médecin"),
                                   QStringLiteral("camille")));
        QList<SearchHit> hits;
        QVERIFY(inbox().search({{m_ws.id}, QStringLiteral("medecin")}, 0, 50, &hits));
        QCOMPARE(hits.size(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE id = %1").arg(m_accounts.at(1).id)));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
        QVERIFY(inbox().search({{m_ws.id}, QStringLiteral("medecin OR pharmacien")}, 0, 50, &hits));
        QVERIFY(hits.isEmpty());
    }

    void toolsAreSavedAndAudited()
    {
        const Id thread = m_threadIds.value("m1");
        QVERIFY(
            inbox().setAssignee(thread, QStringLiteral("  Dr Hélène Martin "), QStringLiteral("camille")));
        QCOMPARE(inbox().conversation(thread)->assignee, QStringLiteral("Dr Hélène Martin"));
        QVERIFY(inbox().setAssignee(thread, QStringLiteral("Dr Hélène Martin"), QStringLiteral("camille")));
        QCOMPARE(auditCount(QStringLiteral("thread.assign")), 1); // no change, no entry

        QVERIFY(inbox().setTags(thread,
                                {QStringLiteral("#Vertiges"), QStringLiteral("vertiges"), QStringLiteral(" "),
                                 QStringLiteral("à rappeler")},
                                QStringLiteral("camille")));
        QCOMPARE(inbox().tags(thread), (QStringList{"Vertiges", "à rappeler"}));
        QVERIFY(!inbox().setTags(thread, {QString(41, QLatin1Char('x'))}, QStringLiteral("camille")));
        QCOMPARE(inbox().tags(thread), (QStringList{"Vertiges", "à rappeler"})); // untouched
        QCOMPARE(inbox().workspaceTags(m_ws.id), (QStringList{"Vertiges", "à rappeler"}));

        QVERIFY(!inbox().addNote(thread, QStringLiteral("   "), QStringLiteral("camille")));
        Id note = 0;
        QVERIFY(inbox().addNote(thread, QStringLiteral("Appelée le 20/11, transmis à la PV"),
                                QStringLiteral("camille"), &note));
        QVERIFY(note > 0);
        QCOMPARE(inbox().notes(thread).size(), 1);
        QCOMPARE(inbox().notes(thread).first().author, QStringLiteral("camille"));

        QVERIFY(!inbox().setModeration(m_messageIds.value("m2"), QStringLiteral("banned"),
                                       QStringLiteral("camille")));
        const Status hidden = inbox().setModeration(m_messageIds.value("m2"), QStringLiteral("hidden"),
                                                    QStringLiteral("camille"));
        QVERIFY2(hidden, qPrintable(hidden.error()));
        QCOMPARE(inbox().message(m_messageIds.value("m2"))->moderation, QStringLiteral("hidden"));
        QCOMPARE(inbox().message(m_messageIds.value("m2"))->body,
                 QStringLiteral("Hélidol m'a bien soulagé, merci !"));
        QCOMPARE(auditCount(QStringLiteral("thread.tags")), 1);
        QCOMPARE(auditCount(QStringLiteral("thread.note")), 1);
        QCOMPARE(auditCount(QStringLiteral("message.hide")), 1);
        QVERIFY(AuditLog(db()).verify().intact);
        QVERIFY(!inbox().setAssignee(999999, QStringLiteral("x"), QStringLiteral("camille")));
    }

    void savedReplies()
    {
        SavedReplyRepository replies(db());
        SavedReply thanks{0, m_ws.id, QStringLiteral("fr"), QStringLiteral("Merci"),
                          QStringLiteral("Merci {name} !")};
        QVERIFY(replies.save(thanks));
        QVERIFY(thanks.id > 0);
        SavedReply clash{0, m_ws.id, QStringLiteral("fr"), QStringLiteral("Merci "), QStringLiteral("Autre")};
        const Status st = replies.save(clash);
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("Merci")));
        SavedReply english{0, m_ws.id, QStringLiteral("en"), QStringLiteral("Merci"),
                           QStringLiteral("Thanks {name}!")};
        QVERIFY(replies.save(english)); // same title, other language
        SavedReply empty{0, m_ws.id, QStringLiteral("en"), QStringLiteral("Empty"), QStringLiteral("  ")};
        QVERIFY(!replies.save(empty));
        QCOMPARE(replies.list(m_ws.id).size(), 2);
        QCOMPARE(replies.list(m_ws.id, QStringLiteral("en")).first().body, QStringLiteral("Thanks {name}!"));
        thanks.body = QStringLiteral("Merci beaucoup {name} !");
        QVERIFY(replies.save(thanks));
        QCOMPARE(replies.list(m_ws.id, QStringLiteral("fr")).first().body,
                 QStringLiteral("Merci beaucoup {name} !"));
        QVERIFY(replies.remove(thanks.id));
        QVERIFY(!replies.remove(thanks.id));
        QCOMPARE(replies.list(m_ws.id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInboxStore)
#include "tst_inboxstore.moc"
