// What a spike is about: words and hashtags over-represented on the spike day.
#include "crisis/drivingterms.h"

#include <QtTest>

using namespace vigie;

class TestDrivingTerms : public QObject
{
    Q_OBJECT

private slots:
    void terms_data();
    void terms();
    void spikeTerms();
    void fewOccurrencesAreNotATrend();
};

void TestDrivingTerms::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("french, stop words and accents")
        << QString::fromUtf8("Rappel de lot sur Hélidol ?? Quelqu'un a l'info officielle ?")
        << QStringList{"rappel", "lot", QString::fromUtf8("hélidol"), "info", "officielle"};
    QTest::newRow("english, hashtags kept with their sign")
        << "Is #Helidol being recalled?? Anyone have official info? #pharma_news"
        << QStringList{"#helidol", "recalled", "official", "info", "#pharma_news"};
    QTest::newRow("links, numbers and repeats dropped")
        << "rupture rupture https://example.org/x?a=1 2024 500mg" << QStringList{"rupture", "500mg"};
    QTest::newRow("nothing but stop words") << "the and de la le" << QStringList();
}

void TestDrivingTerms::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(crisisTerms(text), expected);
}

void TestDrivingTerms::spikeTerms()
{
    QStringList baseline;
    for (int i = 0; i < 200; ++i)
        baseline << QString::fromUtf8(i % 2 ? "Hélidol marche bien pour mes migraines #helidol"
                                            : "Pris un Hélidol ce matin, efficace");
    QStringList spike = baseline.mid(0, 20);
    for (int i = 0; i < 60; ++i)
        spike << QString::fromUtf8(i % 3 ? "Rupture de Hélidol partout, pénurie en pharmacie #helidol"
                                         : "Encore une pénurie de Hélidol ? rupture de stock #helidol");
    const QStringList terms = termsDrivingSpike(spike, baseline, 5);
    QCOMPARE(terms.mid(0, 2), (QStringList{QString::fromUtf8("pénurie"), "rupture"}));
    QVERIFY2(!terms.contains(QString::fromUtf8("hélidol")), qPrintable(terms.join(' '))); // as usual
    QVERIFY(terms.size() <= 5);
}

void TestDrivingTerms::fewOccurrencesAreNotATrend()
{
    const QStringList baseline(100, QStringLiteral("ordinary day"));
    QStringList spike(50, QStringLiteral("ordinary day"));
    spike << "strange rumour"
          << "strange rumour"; // twice: under the minimum of three
    QCOMPARE(termsDrivingSpike(spike, baseline), QStringList());
    spike << "strange rumour";
    QCOMPARE(termsDrivingSpike(spike, baseline), (QStringList{"rumour", "strange"}));
}

QTEST_GUILESS_MAIN(TestDrivingTerms)
#include "tst_drivingterms.moc"
