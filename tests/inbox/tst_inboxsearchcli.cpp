// `vigie inbox search` as a script runs it: the real executable on a real store.
#include "inboxfixture.h"
#include "storage/inboxrepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace vigie;

namespace {
using Run = test::CliRun;
using test::runVigie;
} // namespace

class TestInboxSearchCli : public QObject
{
    Q_OBJECT

private:
    test::TempStore m_store;
    test::SeededInbox m_seed;
    Id m_flaggedId = 0;

    QStringList search(const QStringList &more) const
    {
        return QStringList{QStringLiteral("inbox"), QStringLiteral("search")} + more +
               QStringList{QStringLiteral("--db"), m_store.path()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_store.ok(), qPrintable(m_store.error()));
        QVERIFY(test::seedInbox(m_store.db(), 12, &m_seed));
        const QStringList bodies = {
            QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges."),
            QStringLiteral("VERTIGE le matin, rien le soir."),
        };
        for (int i = 0; i < bodies.size(); ++i) {
            IncomingMessage in;
            in.rootRemoteId = QStringLiteral("cli-%1").arg(i);
            in.brandId = m_seed.brandA.id;
            in.message.accountId = m_seed.accounts.at(1).id; // Bluesky
            in.message.remoteId = in.rootRemoteId;
            in.message.authorHandle = QStringLiteral("patient%1.bsky.social").arg(i);
            in.message.body = bodies.at(i);
            in.message.adverseEvent = i == 0;
            in.message.sentiment = i == 0 ? Sentiment::Negative : Sentiment::Neutral;
            in.message.url = QStringLiteral("https://bsky.app/profile/p/post/%1").arg(i);
            in.message.createdAt = m_seed.newest.addSecs(60 * (i + 1));
            QVERIFY(InboxRepository(m_store.db()).ingest({in}));
        }
        QList<SearchHit> hits;
        QVERIFY(InboxRepository(m_store.db())
                    .search(MessageSearch{ConversationFilter{m_seed.workspace.id, {}, 0, {}},
                                          QStringLiteral("apaisyl")},
                            0, 5, &hits));
        QCOMPARE(hits.size(), 1);
        m_flaggedId = hits.first().message.id;
    }

    void printsOneLinePerHitWithTheWordsMarked()
    {
        const Run run = runVigie(search({QStringLiteral("vertig*")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Newest first; workspace time (Europe/Paris is UTC+1 in November).
        QCOMPARE(lines.at(0),
                 QStringLiteral(
                     "2026-11-16 10:32  bluesky  patient1.bsky.social: [VERTIGE] le matin, rien le soir."));
        QCOMPARE(lines.at(1),
                 QStringLiteral("2026-11-16 10:31  bluesky  patient0.bsky.social: Depuis que je prends "
                                "Apaisyl j'ai des [vertiges]."));
    }

    void printsJson()
    {
        const Run run = runVigie(search({QStringLiteral("apaisyl"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 1);
        const QJsonObject hit = array.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("id")).toInteger(), m_flaggedId);
        QVERIFY(hit.value(QStringLiteral("thread_id")).toInteger() > 0);
        QCOMPARE(hit.value(QStringLiteral("network")).toString(), QStringLiteral("bluesky"));
        QCOMPARE(hit.value(QStringLiteral("account")).toString(), QStringLiteral("apaisyl.bsky.social"));
        QCOMPARE(hit.value(QStringLiteral("author")).toString(), QStringLiteral("patient0.bsky.social"));
        QCOMPARE(hit.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-16T09:31:00Z"));
        QCOMPARE(hit.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges."));
        QCOMPARE(hit.value(QStringLiteral("adverse_event")).toBool(), true);
        QCOMPARE(hit.value(QStringLiteral("sentiment")).toString(), QStringLiteral("negative"));
        QCOMPARE(hit.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://bsky.app/profile/p/post/0"));
    }

    void limitCapsTheHits()
    {
        const Run run = runVigie(search({QStringLiteral("treatment"), QStringLiteral("--json"),
                                         QStringLiteral("--limit"), QStringLiteral("3")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 3);
        const Run bad =
            runVigie(search({QStringLiteral("treatment"), QStringLiteral("--limit"), QStringLiteral("0")}));
        QCOMPARE(bad.exitCode, 2);
    }

    void malformedQueryExitsTwoWithTheParsersWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote")
            << "\"des vertiges"
            << "A quotation mark is not closed: add the closing \" after the phrase.";
        QTest::newRow("dangling OR")
            << "vertige OR"
            << "OR must stand between two words or phrases, as in: vertige OR nausée.";
        QTest::newRow("nothing to look for") << ""
                                             << "Type a word to search for.";
    }

    void malformedQueryExitsTwoWithTheParsersWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Run run = runVigie(search({query}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed(), QStringLiteral("vigie inbox search: ") + message);
        QVERIFY(!run.err.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QVERIFY(!run.err.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
    }

    void noMatchSaysSo()
    {
        const Run run = runVigie(search({QStringLiteral("introuvable")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("No message matches \u201cintrouvable\u201d."));
        const Run json = runVigie(search({QStringLiteral("introuvable"), QStringLiteral("--json")}));
        QCOMPARE(json.out.trimmed(), QStringLiteral("[]"));
    }
};

QTEST_GUILESS_MAIN(TestInboxSearchCli)
#include "tst_inboxsearchcli.moc"
