// Full-text search in the inbox: the model behind the search results, and where hits are highlighted.
#include "inbox/messagesearchmodel.h"
#include "inbox/searchhighlight.h"
#include "inboxfixture.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPoint>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

Q_DECLARE_METATYPE(QList<vigie::TextRange>)

namespace {
QList<TextRange> rangesOf(const QModelIndex &index)
{
    QList<TextRange> ranges;
    for (const QVariant &v : index.data(MessageSearchModel::HighlightsRole).toList())
        ranges << TextRange{v.toPoint().x(), v.toPoint().y()};
    return ranges;
}

QStringList highlightedWords(const QString &text, const QList<TextRange> &ranges)
{
    QStringList words;
    for (const TextRange &r : ranges)
        words << text.mid(r.start, r.length);
    return words;
}
} // namespace

class TestMessageSearchModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int kThreads = 120;
    test::TempStore m_store;
    test::SeededInbox m_seed;
    int m_seededMessages = 0;
    QList<Id> m_accentedIds; // the French messages added for accent tests, oldest first

    MessageSearch searchFor(const QString &text) const
    {
        return MessageSearch{ConversationFilter{m_seed.workspace.id, {}, 0, {}}, text};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_store.ok(), qPrintable(m_store.error()));
        QVERIFY(test::seedInbox(m_store.db(), kThreads, &m_seed));
        for (const auto &t : m_seed.threads)
            m_seededMessages += t.messageCount;
        const QStringList bodies = {
            QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges et des nausées."),
            QStringLiteral("VERTIGE terrible ce matin, et une Nausee le soir."),
            QStringLiteral("Élodie dit que le vértige est passé."),
            QStringLiteral("Aucun rapport : le vertigineux prix de l'immobilier."),
        };
        QList<IncomingMessage> batch;
        for (int i = 0; i < bodies.size(); ++i) {
            IncomingMessage in;
            in.rootRemoteId = QStringLiteral("fr-%1").arg(i);
            in.brandId = m_seed.brandA.id;
            in.message.accountId = m_seed.accounts.at(0).id;
            in.message.remoteId = in.rootRemoteId;
            in.message.authorHandle = QStringLiteral("@fr%1").arg(i);
            in.message.body = bodies.at(i);
            in.message.createdAt = m_seed.newest.addSecs(60 * (i + 1));
            batch = {in};
            QVERIFY(InboxRepository(m_store.db()).ingest(batch));
        }
        QList<SearchHit> hits;
        QVERIFY(InboxRepository(m_store.db()).search(searchFor(QStringLiteral("vertig*")), 0, 10, &hits));
        for (const SearchHit &hit : hits)
            m_accentedIds.prepend(hit.message.id);
        QCOMPARE(m_accentedIds.size(), 4);
    }

    void pagesThroughEveryHitOnceNewestFirst()
    {
        MessageSearchModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.canFetchMore({}));
        QSignalSpy finished(&model, &MessageSearchModel::searchFinished);
        model.setSearch(searchFor(QStringLiteral("treatment")));
        QCOMPARE(finished.count(), 1);
        QVERIFY(model.errorText().isEmpty());
        QCOMPARE(model.rowCount(), MessageSearchModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        for (int guard = 0; model.canFetchMore({}) && guard < 100; ++guard)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), m_seededMessages); // every seeded message says "treatment"
        QSet<Id> seen;
        Id previous = std::numeric_limits<Id>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const Id id = index.data(MessageSearchModel::MessageIdRole).toLongLong();
            QVERIFY(id < previous);
            previous = id;
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(index.data(MessageSearchModel::ThreadIdRole).toLongLong() > 0);
            QVERIFY(!index.data(MessageSearchModel::AccountHandleRole).toString().isEmpty());
            const QString body = index.data(MessageSearchModel::BodyRole).toString();
            QCOMPARE(highlightedWords(body, rangesOf(index)), QStringList{QStringLiteral("treatment")});
        }
    }

    void smallPagesReachTheSameHits()
    {
        MessageSearchModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setSearch(searchFor(QStringLiteral("conversation 1*")));
        QCOMPARE(model.rowCount(), 7);
        for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
            model.fetchMore({});
        QList<SearchHit> all;
        QVERIFY(InboxRepository(m_store.db())
                    .search(searchFor(QStringLiteral("conversation 1*")), 0, 100000, &all));
        QCOMPARE(model.rowCount(), all.size());
        for (int row = 0; row < all.size(); ++row)
            QCOMPARE(model.index(row).data(MessageSearchModel::MessageIdRole).toLongLong(),
                     all.at(row).message.id);
    }

    void accentsAndCaseDoNotMatter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::addColumn<QStringList>("firstHitHighlights"); // the newest hit's highlighted words
        QTest::newRow("explicit prefix finds every form")
            << "vertig*" << 4 << QStringList{QStringLiteral("vertigineux")};
        QTest::newRow("accented query finds plain text")
            << "vértige" << 3 << QStringList{QStringLiteral("vértige")};
        QTest::newRow("upper case query") << "NAUSÉE" << 2 << QStringList{QStringLiteral("Nausee")};
        QTest::newRow("phrase") << "\"des vertiges\"" << 1 << QStringList{QStringLiteral("des vertiges")};
        QTest::newRow("excluded word")
            << "vertig* -immobilier" << 3 << QStringList{QStringLiteral("vértige")};
        QTest::newRow("OR") << "élodie OR matin" << 2 << QStringList{QStringLiteral("Élodie")};
        QTest::newRow("two words") << "vertige matin" << 1
                                   << QStringList{QStringLiteral("VERTIGE"), QStringLiteral("matin")};
    }

    void accentsAndCaseDoNotMatter()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        QFETCH(QStringList, firstHitHighlights);
        MessageSearchModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(searchFor(query));
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), hits);
        const QModelIndex first = model.index(0);
        QCOMPARE(highlightedWords(first.data(MessageSearchModel::BodyRole).toString(), rangesOf(first)),
                 firstHitHighlights);
    }

    void aMalformedQuerySaysWhyAndShowsNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote")
            << "\"vertiges"
            << "A quotation mark is not closed: add the closing \" after the phrase.";
        QTest::newRow("OR alone") << "OR"
                                  << "OR must stand between two words or phrases, as in: vertige OR nausée.";
        QTest::newRow("only exclusions") << "-vertige"
                                         << "Add at least one word to look for, not only words to leave out.";
        QTest::newRow("punctuation only") << "!!! ###"
                                          << "Type a word to search for.";
    }

    void aMalformedQuerySaysWhyAndShowsNothing()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        MessageSearchModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(searchFor(QStringLiteral("treatment")));
        QVERIFY(model.rowCount() > 0);
        model.setSearch(searchFor(query));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorText(), error);
        QVERIFY(!model.errorText().contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QVERIFY(!model.canFetchMore({}));
        // An empty query is no error: the list is just empty.
        model.setSearch(searchFor(QStringLiteral("   ")));
        QVERIFY(model.errorText().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void theFilterNarrowsTheHits()
    {
        MessageSearchModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageSearch search = searchFor(QStringLiteral("treatment"));
        search.filter.network = Network::Bluesky;
        search.filter.adverseOnly = true;
        model.setSearch(search);
        int expected = 0;
        for (const auto &t : m_seed.threads)
            expected += t.network == Network::Bluesky && t.adverse ? t.messageCount : 0;
        QVERIFY(expected > 0);
        for (int guard = 0; model.canFetchMore({}) && guard < 100; ++guard)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(MessageSearchModel::NetworkRole).toInt(), int(Network::Bluesky));
    }

    void firstPageIsFast()
    {
        MessageSearchModel model(m_store.db());
        model.setSearch(searchFor(QStringLiteral("treatment"))); // warm the statement cache
        QElapsedTimer timer;
        timer.start();
        model.setSearch(searchFor(QStringLiteral("message")));
        const qint64 ms = timer.elapsed();
        QCOMPARE(model.rowCount(), MessageSearchModel::kDefaultPageSize);
        qInfo("first page of a search: %lld ms", ms);
        QVERIFY2(ms < 50, qPrintable(QString::number(ms)));
    }

    void highlightRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QStringList>("highlighted");
        QTest::newRow("case") << "Vertige et VERTIGE" << QStringList{"vertige"}
                              << QStringList{"Vertige", "VERTIGE"};
        QTest::newRow("accents both ways")
            << "nausée, nausee" << QStringList{"NAUSÉE"} << QStringList{"nausée", "nausee"};
        QTest::newRow("explicit prefix") << "vertiges vertigineux avertis" << QStringList{"vert*"}
                                         << QStringList{"vertiges", "vertigineux"};
        QTest::newRow("a word finds its plural, not longer words")
            << "vertiges vertigineux vertige" << QStringList{"vertige"} << QStringList{"vertiges", "vertige"};
        QTest::newRow("a plural finds its singular")
            << "maux mal mau" << QStringList{"maux"} << QStringList{"maux", "mau"};
        QTest::newRow("two letters are a whole word")
            << "la lampe, là" << QStringList{"la"} << QStringList{"la", "là"};
        QTest::newRow("star forces a prefix")
            << "la lampe" << QStringList{"la*"} << QStringList{"la", "lampe"};
        QTest::newRow("phrase") << "j'ai des vertiges, des maux" << QStringList{"des vertiges"}
                                << QStringList{"des vertiges"};
        QTest::newRow("phrase words apart do not match")
            << "des maux, vertiges" << QStringList{"des vertiges"} << QStringList{};
        QTest::newRow("overlapping terms merge")
            << "vertiges" << QStringList{"vert", "vertiges"} << QStringList{"vertiges"};
        QTest::newRow("apostrophe splits words")
            << "l'Apaisyl m'a donné" << QStringList{"apaisyl"} << QStringList{"Apaisyl"};
        QTest::newRow("emoji around") << "😵 vertige 😵" << QStringList{"vertige"} << QStringList{"vertige"};
        QTest::newRow("nothing to find") << "rien" << QStringList{"vertige"} << QStringList{};
        QTest::newRow("no terms") << "rien" << QStringList{} << QStringList{};
    }

    void highlightRanges()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QStringList, highlighted);
        QCOMPARE(highlightedWords(text, searchMatchRanges(text, terms)), highlighted);
    }
};

QTEST_GUILESS_MAIN(TestMessageSearchModel)
#include "tst_messagesearchmodel.moc"
