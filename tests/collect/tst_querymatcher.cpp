// Which brands a post is about: whole words, any case and accents, hashtags with or without
// '#', products as the classifier finds them, exclusions that veto a query.
#include "classify/classifier.h"
#include "collect/querymatcher.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::collect;

namespace {
constexpr Id kDoli = 1, kAdvil = 2, kNoctelia = 3;
constexpr Id kQueryDoli = 10, kQueryAdvil = 20, kQueryNoctelia = 30, kQueryOff = 40;

QList<Brand> brands()
{
    Brand doli = Brand::named(1, "Doliprane", "#225588");
    doli.id = kDoli;
    Brand advil = Brand::named(1, "Advil", "#aa3322");
    advil.id = kAdvil;
    advil.isCompetitor = true;
    Brand noct = Brand::named(1, "Noctélia", "#338844");
    noct.id = kNoctelia;
    return {advil, doli, noct}; // the competitor first: own brands must still win
}

QList<Product> products()
{
    return {Product{101, kDoli, "Doliprane", {}, "paracétamol", false},
            Product{201, kAdvil, "Advil", {}, "ibuprofène", false}};
}

QList<ListeningQuery> queries()
{
    ListeningQuery advil;
    advil.id = kQueryAdvil;
    advil.brandId = kAdvil;
    advil.name = "Advil";
    advil.includeProducts = true;
    ListeningQuery doli;
    doli.id = kQueryDoli;
    doli.brandId = kDoli;
    doli.name = "Doliprane";
    doli.keywords = {"doli"};
    doli.hashtags = {"#doliprane"};
    doli.exclusions = {"parodie"};
    doli.includeProducts = true;
    ListeningQuery noct;
    noct.id = kQueryNoctelia;
    noct.brandId = kNoctelia;
    noct.name = "Noctélia";
    noct.keywords = {"Noctélia", "trouble du sommeil"};
    noct.hashtags = {"TeamNoctélia"};
    noct.exclusions = {"jeu vidéo"};
    noct.includeProducts = false;
    ListeningQuery off;
    off.id = kQueryOff;
    off.brandId = kDoli;
    off.name = "Off";
    off.keywords = {"tylenol"};
    off.enabled = false;
    return {advil, doli, noct, off};
}
} // namespace

class TestQueryMatcher : public QObject
{
    Q_OBJECT

private slots:
    void foldsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("accents and case") << "Éléphant DÉJÀ" << QStringList{"elephant", "deja"};
        QTest::newRow("ligatures") << "cœur Œdème" << QStringList{"coeur", "oedeme"};
        QTest::newRow("hashtag") << "#TeamNoctélia!" << QStringList{"teamnoctelia"};
        QTest::newRow("apostrophe") << "l'Advil" << QStringList{"l", "advil"};
        QTest::newRow("emoji between") << "doli😀prane" << QStringList{"doli", "prane"};
        QTest::newRow("empty") << "  -- " << QStringList{};
    }
    void foldsWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(matchingWords(text), words);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("preferredQuery");
        QTest::addColumn<qlonglong>("brand");
        QTest::addColumn<QList<Id>>("others");
        QTest::addColumn<QStringList>("terms");

        QTest::newRow("keyword") << "J'ai pris un doli ce matin" << 0LL << kDoli << QList<Id>{}
                                 << QStringList{"doli"};
        QTest::newRow("keyword inside a longer word")
            << "Un crâne dolichocéphale" << 0LL << 0LL << QList<Id>{} << QStringList{};
        QTest::newRow("upper case and accents")
            << "NOCTÉLIA m'aide à dormir" << 0LL << kNoctelia << QList<Id>{} << QStringList{"Noctélia"};
        QTest::newRow("without the accent")
            << "noctelia, enfin du sommeil" << 0LL << kNoctelia << QList<Id>{} << QStringList{"Noctélia"};
        QTest::newRow("phrase keyword") << "Mon Trouble du Sommeil s'aggrave" << 0LL << kNoctelia
                                        << QList<Id>{} << QStringList{"trouble du sommeil"};
        QTest::newRow("phrase words apart") << "un trouble, du sommeil" << 0LL << kNoctelia << QList<Id>{}
                                            << QStringList{"trouble du sommeil"};
        QTest::newRow("hashtag with #")
            << "Ce soir #TeamNoctelia" << 0LL << kNoctelia << QList<Id>{} << QStringList{"#TeamNoctélia"};
        QTest::newRow("hashtag as a bare word")
            << "teamnoctélia forever" << 0LL << kNoctelia << QList<Id>{} << QStringList{"#TeamNoctélia"};
        QTest::newRow("hashtag prefix only") << "#TeamNoct" << 0LL << 0LL << QList<Id>{} << QStringList{};
        QTest::newRow("exclusion vetoes")
            << "Noctélia, le jeu vidéo de l'année" << 0LL << 0LL << QList<Id>{} << QStringList{};
        QTest::newRow("exclusion with accents folded")
            << "noctelia JEU VIDEO" << 0LL << 0LL << QList<Id>{} << QStringList{};
        QTest::newRow("product by name") << "Le Doliprane ne me fait rien" << 0LL << kDoli << QList<Id>{}
                                         << QStringList{"#doliprane", "Doliprane"}; // the tag's bare word too
        QTest::newRow("product by INN")
            << "du paracetamol 1g" << 0LL << kDoli << QList<Id>{} << QStringList{"Doliprane"};
        QTest::newRow("hashtag and product") << "#doliprane à la rescousse" << 0LL << kDoli << QList<Id>{}
                                             << QStringList{"#doliprane", "Doliprane"};
        QTest::newRow("two brands: own first") << "Doliprane ou Advil ?" << 0LL << kDoli << QList<Id>{kAdvil}
                                               << QStringList{"#doliprane", "Doliprane", "Advil"};
        QTest::newRow("two brands: the search's query decides")
            << "Doliprane ou Advil ?" << qlonglong(kQueryAdvil) << kAdvil << QList<Id>{kDoli}
            << QStringList{"Advil", "#doliprane", "Doliprane"};
        QTest::newRow("three brands")
            << "doli, advil et noctélia" << 0LL << kDoli << QList<Id>{kNoctelia, kAdvil}
            << QStringList{"doli", "Noctélia", "Advil"};
        QTest::newRow("exclusion of one query leaves the other")
            << "Parodie : doli contre Advil" << 0LL << kAdvil << QList<Id>{} << QStringList{"Advil"};
        QTest::newRow("disabled query") << "tylenol" << 0LL << 0LL << QList<Id>{} << QStringList{};
        QTest::newRow("nothing") << "Il fait beau" << 0LL << 0LL << QList<Id>{} << QStringList{};
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, preferredQuery);
        QFETCH(qlonglong, brand);
        QFETCH(QList<Id>, others);
        QFETCH(QStringList, terms);
        const classify::Classifier classifier(classify::ProductTerms::fromProducts(products()));
        const QueryMatcher matcher(queries(), brands(), products());
        const QueryMatch match = matcher.match(text, classifier.classify(text), preferredQuery);
        QCOMPARE(match.brandId, brand);
        QCOMPARE(match.matched(), brand > 0);
        QCOMPARE(match.otherBrandIds, others);
        QVERIFY2(match.matchedTerms == terms, qPrintable(match.matchedTerms.join('|')));
    }

    void typoInAProductNameStillMatches()
    {
        const classify::Classifier classifier(classify::ProductTerms::fromProducts(products()));
        const QueryMatcher matcher(queries(), brands(), products());
        const QString text = "trois Dolipranne par jour";
        const QueryMatch match = matcher.match(text, classifier.classify(text));
        QCOMPARE(match.brandId, kDoli);
        QCOMPARE(match.matchedTerms, QStringList{"Doliprane"});
    }

    void noQueriesMatchNothing()
    {
        const QueryMatcher matcher({}, brands(), products());
        QVERIFY(matcher.isEmpty());
        QVERIFY(!matcher.match("Doliprane", classify::Classification{}).matched());
    }
};

QTEST_GUILESS_MAIN(TestQueryMatcher)
#include "tst_querymatcher.moc"
