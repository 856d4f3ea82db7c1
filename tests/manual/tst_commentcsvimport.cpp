// Comments of a community without an API (Sermo here), imported from the CSV a community manager
// exported or typed: what ends up in the inbox, what is refused and why, all or nothing.
#include "manual/commentcsvimport.h"
#include "manualfixture.h"
#include "storage/inboxrepository.h"
#include "storage/sqlquery.h"

#include <QtTest>

using namespace vigie;
using test::ManualFixture;

namespace {
const QByteArray kBom = "\xEF\xBB\xBF";
}

class TestCommentCsvImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualFixture> m_fixture;

    int messages() { return m_fixture->count(QStringLiteral("SELECT COUNT(*) FROM messages")); }
    int cases() { return m_fixture->count(QStringLiteral("SELECT COUNT(*) FROM adverse_cases")); }
    QList<Message> stored()
    {
        QList<Message> list = InboxRepository(m_fixture->db()).messages(m_fixture->workspace.id, 100);
        std::sort(list.begin(), list.end(), [](const Message &a, const Message &b) { return a.id < b.id; });
        return list;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ManualFixture>();
        QVERIFY(m_fixture->ok());
    }
    void cleanup() { m_fixture.reset(); }

    void import_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("flagged");
        QTest::addColumn<QStringList>("errors"); // "LINE:words the reason contains"

        QTest::newRow("English header, commas, ISO dates")
            << QByteArray("date,author,text,url,id\n"
                          "2026-11-15T10:00:00Z,Dr Marie Leroy,Great summary of the guidelines.,"
                          "https://www.sermo.com/c/101,101\n"
                          "2026-11-15 11:30,Dr Paul Simon,Thanks for sharing,,102\n")
            << 2 << 0 << QStringList();
        QTest::newRow("BOM, semicolons, French headers, French dates")
            << kBom + QByteArray(
                          "Date;Auteur;Commentaire;Lien\r\n"
                          "15/11/2026 10:30;Dr Martin;Très bon article, merci.;https://www.sermo.com/c/7\r\n"
                          "15/11/2026 11:00;Dr Durand;Je partage avec mes internes.;\r\n")
            << 2 << 0 << QStringList();
        QTest::newRow("quoted texts with line breaks and separators")
            << QByteArray(
                   "date;auteur;texte\n"
                   "15/11/2026 10:30;Dr Martin;\"Premier point ; important\nSecond point, \"\"cité\"\"\"\n"
                   "15/11/2026 11:00;Dr Durand;Merci\n")
            << 2 << 0 << QStringList();
        QTest::newRow("an adverse event is flagged")
            << QByteArray(
                   "date;auteur;texte\n"
                   "15/11/2026 10:30;Patient anonyme;Depuis que je prends Hélicard j'ai des vertiges et "
                   "le pouls à 45 le matin\n"
                   "15/11/2026 11:00;Dr Durand;Bonne journée à tous\n")
            << 2 << 1 << QStringList();
        QTest::newRow("bad date") << QByteArray("date;auteur;texte\n"
                                                "31/02/2026 10:30;Dr Martin;Texte un\n"
                                                "15/11/2026 11:00;Dr Durand;Texte deux\n"
                                                "hier;Dr Blanc;Texte trois\n")
                                  << 0 << 0
                                  << QStringList{"2:\"31/02/2026 10:30\" cannot be read",
                                                 "4:\"hier\" cannot be read"};
        QTest::newRow("hour skipped by the spring clock change")
            << QByteArray("date;auteur;texte\n29/03/2026 02:30;Dr Martin;Texte\n") << 0 << 0
            << QStringList{"2:29/03/2026 02:30 does not exist in Europe/Paris"};
        QTest::newRow("date in the future")
            << QByteArray("date;auteur;texte\n11/12/2026 10:00;Dr Martin;Texte\n") << 0 << 0
            << QStringList{"2:in the future"};
        QTest::newRow("missing text and author")
            << QByteArray("date,author,text\n"
                          "2026-11-15 10:00,Dr Martin,\n"
                          "2026-11-15 10:05,,Sans auteur\n"
                          "2026-11-15 10:10,Dr Durand,Correct\n")
            << 0 << 0 << QStringList{"2:The comment text is empty", "3:The author is empty"};
        QTest::newRow("line numbers count the lines of quoted texts")
            << QByteArray("date;auteur;texte\n"
                          "15/11/2026 10:30;Dr Martin;\"un\ndeux\ntrois\"\n"
                          "15/11/2026 10:31;Dr Martin;\n")
            << 0 << 0 << QStringList{"5:The comment text is empty"};
        QTest::newRow("no text column") << QByteArray("date;auteur;likes\n15/11/2026 10:30;Dr Martin;3\n")
                                        << 0 << 0 << QStringList{"1:missing: text"};
        QTest::newRow("same id twice") << QByteArray("id,date,author,text\n"
                                                     "c1,2026-11-15 10:00,Dr Martin,Un\n"
                                                     "c1,2026-11-15 10:05,Dr Durand,Deux\n")
                                       << 0 << 0 << QStringList{"3:The same id as line 2"};
        QTest::newRow("not a web link")
            << QByteArray("date,author,text,link\n2026-11-15 10:00,Dr Martin,Un,sermo.com/c/1\n") << 0 << 0
            << QStringList{"2:is not a web link"};
        QTest::newRow("unclosed quote")
            << QByteArray("date;auteur;texte\n15/11/2026 10:30;Dr Martin;\"jamais fermé\n") << 0 << 0
            << QStringList{"2:never closes"};
        QTest::newRow("only the header")
            << QByteArray("date;auteur;texte\n;;\n") << 0 << 0 << QStringList{"0:holds no comment"};
    }

    void import()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, imported);
        QFETCH(int, flagged);
        QFETCH(QStringList, errors);
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        const CommentImportPlan plan = importer.read(csv, m_fixture->sermo.id);
        QStringList seen;
        for (const CommentImportError &e : plan.errors)
            seen << QStringLiteral("%1:%2").arg(e.line).arg(e.reason);
        QCOMPARE(plan.errors.size(), errors.size());
        for (int i = 0; i < errors.size(); ++i) {
            const QString line = errors.at(i).section(QLatin1Char(':'), 0, 0);
            const QString words = errors.at(i).section(QLatin1Char(':'), 1);
            QCOMPARE(QString::number(plan.errors.at(i).line), line);
            QVERIFY2(plan.errors.at(i).reason.contains(words), qPrintable(seen.join(QLatin1Char('\n'))));
        }
        CommentImportResult result;
        const Status st = importer.commit(plan, QStringLiteral("test"), &result);
        QCOMPARE(bool(st), errors.isEmpty());
        QCOMPARE(messages(), imported);
        QCOMPARE(cases(), flagged);
        if (st) {
            QCOMPARE(result.imported, imported);
            QCOMPARE(result.flagged, flagged);
            QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM audit_events WHERE action = 'inbox.imported'"),
                     1);
        }
    }

    // Wall-clock times are the workspace's (Paris, UTC+1 in November); texts keep their lines.
    void readsWhatTheFileSays()
    {
        const QByteArray csv = kBom + QByteArray("Date;Auteur;Pseudo;Texte;Lien;Identifiant\r\n"
                                                 "15/11/2026 10:30;Dr Martin;@drmartin;\"Premier ; point\r\n"
                                                 "second \"\"point\"\"\";https://www.sermo.com/c/7;s-7\r\n");
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        const CommentImportPlan plan = importer.read(csv, m_fixture->sermo.id);
        QVERIFY(plan.canImport());
        QVERIFY(importer.commit(plan, QStringLiteral("test"), nullptr));
        const QList<Message> list = stored();
        QCOMPARE(list.size(), 1);
        const Message &m = list.first();
        QCOMPARE(m.createdAt.toUTC(), QDateTime(QDate(2026, 11, 15), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(m.body, QStringLiteral("Premier ; point\nsecond \"point\""));
        QCOMPARE(m.authorName, QStringLiteral("Dr Martin"));
        QCOMPARE(m.authorHandle, QStringLiteral("drmartin"));
        QCOMPARE(m.remoteId, QStringLiteral("s-7"));
        QCOMPARE(m.url, QStringLiteral("https://www.sermo.com/c/7"));
        QCOMPARE(m.direction, MessageDirection::Incoming);
    }

    // The adverse event carries its evidence and opens a pending case, as a network sync does.
    void adverseEventOpensACase()
    {
        const QByteArray csv = "date;auteur;texte\n15/11/2026 10:30;Patient anonyme;Depuis que je prends "
                               "Hélicard j'ai des vertiges et le pouls à 45 le matin\n";
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        CommentImportResult result;
        QVERIFY(importer.commit(importer.read(csv, m_fixture->sermo.id), QStringLiteral("test"), &result));
        QCOMPARE(result.flagged, 1);
        const Message m = stored().value(0);
        QVERIFY(m.adverseEvent);
        QVERIFY(!m.evidence.isEmpty());
        QCOMPARE(m.sentiment, Sentiment::Negative);
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM adverse_cases WHERE status = 'pending'"), 1);
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM threads WHERE has_adverse_event = 1"), 1);
    }

    // The same file again adds nothing: not the messages, not the cases.
    void duplicateImport_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("with ids") << QByteArray("id;date;auteur;texte\n"
                                                "a1;15/11/2026 10:30;Patient;Hélicard me donne des vertiges\n"
                                                "a2;15/11/2026 10:40;Dr Durand;Merci\n");
        QTest::newRow("without ids (hash)")
            << QByteArray("date;auteur;texte\n"
                          "15/11/2026 10:30;Patient;Hélicard me donne des vertiges\n"
                          "15/11/2026 10:40;Dr Durand;Merci\n");
    }
    void duplicateImport()
    {
        QFETCH(QByteArray, csv);
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        CommentImportResult first;
        QVERIFY(importer.commit(importer.read(csv, m_fixture->sermo.id), QStringLiteral("test"), &first));
        QCOMPARE(first.imported, 2);
        QCOMPARE(first.flagged, 1);
        m_fixture->clock().advanceSecs(3600);
        CommentImportResult second;
        QVERIFY(importer.commit(importer.read(csv, m_fixture->sermo.id), QStringLiteral("test"), &second));
        QCOMPARE(second.read, 2);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 2);
        QCOMPARE(second.flagged, 0);
        QCOMPARE(messages(), 2);
        QCOMPARE(cases(), 1);
    }

    // Replies join their parent's conversation, in the file or from an earlier import.
    void repliesJoinTheirConversation()
    {
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        QVERIFY(importer.commit(importer.read("id;parent;date;auteur;texte\n"
                                              "r2;r1;15/11/2026 10:40;Dr Durand;D'accord\n"
                                              "r1;;15/11/2026 10:30;Dr Martin;Question\n",
                                              m_fixture->sermo.id),
                                QStringLiteral("test"), nullptr));
        QVERIFY(importer.commit(importer.read("id;en réponse à;date;auteur;texte\n"
                                              "r3;r2;15/11/2026 11:00;Dr Martin;Merci\n",
                                              m_fixture->sermo.id),
                                QStringLiteral("test"), nullptr));
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM threads"), 1);
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM messages WHERE kind = 'reply'"), 2);
    }

    void refusesAnAccountWithAnApi()
    {
        CommentCsvImport importer(m_fixture->db(), m_fixture->clock());
        const CommentImportPlan plan =
            importer.read("date;auteur;texte\n15/11/2026 10:30;Dr Martin;Texte\n", m_fixture->mastodon.id);
        QVERIFY(!plan.canImport());
        QVERIFY2(plan.errors.value(0).reason.contains("only into a manual channel"),
                 qPrintable(plan.errors.value(0).reason));
        QVERIFY(!importer.commit(plan, QStringLiteral("test"), nullptr));
        QCOMPARE(messages(), 0);
        QVERIFY(!importer.read("date;auteur;texte\n", 999).canImport());
    }

    void stableIdsDependOnTheComment()
    {
        CommentRow a;
        a.author = QStringLiteral("Dr Martin");
        a.text = QStringLiteral("Texte");
        a.createdAt = ManualFixture::start();
        CommentRow b = a;
        QCOMPARE(CommentCsvImport::stableRemoteId(1, a), CommentCsvImport::stableRemoteId(1, b));
        b.text = QStringLiteral("Texte.");
        QVERIFY(CommentCsvImport::stableRemoteId(1, a) != CommentCsvImport::stableRemoteId(1, b));
        QVERIFY(CommentCsvImport::stableRemoteId(1, a) != CommentCsvImport::stableRemoteId(2, a));
    }
};

QTEST_GUILESS_MAIN(TestCommentCsvImport)
#include "tst_commentcsvimport.moc"
