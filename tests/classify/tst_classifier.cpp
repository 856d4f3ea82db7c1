// The classifier's rules one by one: products (typos, accents, longest match, shared INN), adverse
// events (relatives, negation, questions, news, figures of speech, indications), evidence offsets
// on awkward text, sentiment and language.
#include "classify/classifier.h"
#include "classify/fuzzyindex.h"

#include <QtTest>

#include <thread>

using namespace vigie;
using namespace vigie::classify;

namespace {
// The demo world's nine products, as tests/data/classify/products.json has them.
QList<ProductTerms> demoProducts()
{
    auto p = [](const char *name, QStringList aliases, const char *inn) {
        return ProductTerms{QString::fromUtf8(name), aliases, QString::fromUtf8(inn), 0, 0};
    };
    return {p("Hélidol 500 mg", {"Hélidol", "Helidol", "Hélidol 500"}, "paracétamol"),
            p("Hélidol 1 g", {"Hélidol 1g", "Helidol 1g"}, "paracétamol"),
            p("Hélidol Ibu 400 mg", {"Hélidol Ibu", "Helidol Ibu", "HélidolIbu", "ibuprofen"}, "ibuprofène"),
            p("Noctélia Mélatonine 1,9 mg", {"Noctélia", "Noctelia", "Noctélia Mélatonine", "melatonin"},
              "mélatonine"),
            p("Noctélia Flash", {"Noctélia Flash", "Noctelia Flash", "Noctélia spray", "melatonin"},
              "mélatonine"),
            p("Hélicard 5 mg", {"Hélicard", "Helicard", "Hélicard 2,5 mg"}, "bisoprolol"),
            p("Orvalis Douleur 500 mg", {"Orvalis", "Orvalis Douleur"}, "paracétamol"),
            p("Orvalis Ibuprofène 200 mg", {"Orvalis Ibu", "Orvalis Ibuprofène", "ibuprofen"}, "ibuprofène"),
            p("Orvalis Sommeil", {"Orvalis Nuit", "Orvalis Sommeil", "melatonin"}, "mélatonine")};
}
} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private:
    Classifier m_classifier{demoProducts()};

private slots:
    void productsAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("products");
        QTest::newRow("alias, any case") << "HELIDOL c'est top" << QStringList{"Hélidol 500 mg"};
        QTest::newRow("no accents") << "helicard depuis un mois" << QStringList{"Hélicard 5 mg"};
        QTest::newRow("one typo in 7 letters") << "le helidil marche bien" << QStringList{"Hélidol 500 mg"};
        QTest::newRow("transposed letters") << "Helicrad le soir" << QStringList{"Hélicard 5 mg"};
        QTest::newRow("two typos in 10 letters")
            << "paracetemole pris hier"
            << QStringList{"Hélidol 500 mg", "Hélidol 1 g", "Orvalis Douleur 500 mg"};
        QTest::newRow("longest alias wins: Noctélia Flash")
            << "Noctélia Flash le soir" << QStringList{"Noctélia Flash"};
        QTest::newRow("longest alias wins: Hélidol Ibu")
            << "Hélidol Ibu pour le dos" << QStringList{"Hélidol Ibu 400 mg"};
        QTest::newRow("1g glued") << "Hélidol 1g le matin" << QStringList{"Hélidol 1 g"};
        QTest::newRow("1 g spaced") << "Hélidol 1 g le matin" << QStringList{"Hélidol 1 g"};
        QTest::newRow("2.5mg") << "Helicard 2.5mg" << QStringList{"Hélicard 5 mg"};
        QTest::newRow("INN inside an alias stays inside")
            << "Orvalis Ibuprofène 200" << QStringList{"Orvalis Ibuprofène 200 mg"};
        QTest::newRow("shared INN names every product")
            << "un peu d'ibuprofène" << QStringList{"Hélidol Ibu 400 mg", "Orvalis Ibuprofène 200 mg"};
        QTest::newRow("typo on the second word of an alias")
            << "orvalis ibuprofin hier" << QStringList{"Orvalis Ibuprofène 200 mg"};
        QTest::newRow("order of first mention, no duplicates")
            << "Hélicard puis Noctélia puis Hélicard"
            << QStringList{"Hélicard 5 mg", "Noctélia Mélatonine 1,9 mg"};
        QTest::newRow("reversed alias") << "le spray Noctélia est pratique" << QStringList{"Noctélia Flash"};
        QTest::newRow("glued hashtag")
            << "#TeamNoctélia forever" << QStringList{"Noctélia Mélatonine 1,9 mg"};
        QTest::newRow("handle names nothing") << "@Helidol_FR vous répondez ?" << QStringList{};
        QTest::newRow("URL names nothing") << "voir https://helidol.fr/notice" << QStringList{};
        QTest::newRow("common words are not typos")
            << "dolor carde noce notice nocturne valise" << QStringList{};
        QTest::newRow("short words get no typo") << "Helid est parti" << QStringList{};
        QTest::newRow("competitor is not ours") << "Le Doliprane c'est mieux" << QStringList{};
    }
    void productsAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, products);
        QCOMPARE(m_classifier.classify(text).products, products);
    }

    void adverseEvents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("adverseEvent");
        // reported, first person, relatives, professionals, implicit product
        QTest::newRow("depuis que je prends") << "Depuis que je prends Hélicard j'ai des vertiges" << true;
        QTest::newRow("m'a donné") << "Hélidol Ibu m'a donné des brûlures d'estomac" << true;
        QTest::newRow("après avoir pris")
            << "Après avoir pris Orvalis j'ai eu des plaques rouges partout" << true;
        QTest::newRow("slang") << "Noctélia = cauchemars de ouf toutes les nuits" << true;
        QTest::newRow("typo in the symptom") << "paracetamole pris hier = urticère sur tout le cou" << true;
        QTest::newRow("son after") << "My son got hives after taking Helidol" << true;
        QTest::newRow("ma fille") << "Ma fille fait pipi au lit depuis qu'on lui donne Noctélia" << true;
        QTest::newRow("patient") << "Nurse here: a patient on Helicard came in with syncope" << true;
        QTest::newRow("implicit product")
            << "Depuis que je prends vos comprimés, mal au ventre tous les jours" << true;
        QTest::newRow("English gave me") << "helidol gave me a rash and my lips swelled up" << true;
        QTest::newRow("heart racing") << "since I started Helicard my heart is racing at night" << true;
        QTest::newRow("partial negation")
            << "aucune nausée avec Noctélia Flash mais la tête qui tourne" << true;
        QTest::newRow("question that reports") << "j'ai des vertiges depuis Hélicard, c'est normal ?" << true;
        QTest::newRow("competitor reaction") << "Le Doliprane m'a filé des boutons" << true;
        // not adverse events
        QTest::newRow("no side effects") << "Aucun effet secondaire avec Hélicard, impeccable" << false;
        QTest::newRow("no side effects so far") << "No side effects so far with Helicard" << false;
        QTest::newRow("pas de nausée") << "Pas de nausée avec Hélidol Ibu" << false;
        QTest::newRow("never had any") << "Never had any dizziness on Helicard" << false;
        QTest::newRow("question") << "Est-ce que Noctélia peut donner des cauchemars ?" << false;
        QTest::newRow("can X cause") << "Can Helicard cause dizziness?" << false;
        QTest::newRow("news ANSM")
            << "Selon l'ANSM, Hélicard peut provoquer des vertiges chez certains patients" << false;
        QTest::newRow("news study") << "Study shows ibuprofen linked to stomach bleeding" << false;
        QTest::newRow("figurative match") << "Ce match m'a donné la nausée" << false;
        QTest::newRow("figurative ad") << "This Helidol ad gives me a headache" << false;
        QTest::newRow("indication") << "J'ai mal à la tête, je prends un Hélidol" << false;
        QTest::newRow("indication contre") << "Hélidol 1g contre les maux de tête, efficace" << false;
        QTest::newRow("indication for") << "Took Helidol for my headache and it went away" << false;
        QTest::newRow("hypothetical") << "Si jamais Hélicard me donne des vertiges, j'arrête" << false;
        QTest::newRow("no medicine") << "Depuis que je bois du café j'ai des insomnies" << false;
        QTest::newRow("intended sleepiness")
            << "Noctélia Flash m'a assommée, dormi comme une masse 😍" << false;
        QTest::newRow("product name holding a symptom word")
            << "Orvalis Douleur moins cher et efficace" << false;
    }
    void adverseEvents()
    {
        QFETCH(QString, text);
        QFETCH(bool, adverseEvent);
        const Classification c = m_classifier.classify(text);
        QVERIFY2(c.adverseEvent == adverseEvent, qPrintable(c.evidencePhrases().join(QStringLiteral(" | "))));
    }

    void evidenceSitsOnTheOriginalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("accents") << "Depuis que je prends Hélicard j'ai des vertiges"
                                 << QStringList{"Depuis que je prends", "Hélicard", "j'ai", "vertiges"};
        QTest::newRow("emoji before") << "😵‍💫😵‍💫 Hélicard m'a donné des vertiges"
                                      << QStringList{"😵", "😵", "Hélicard", "m'a donné", "vertiges"};
        QTest::newRow("ligature and NBSP")
            << QString::fromUtf8("Hélidol\u00a01g m'a donné mal au cœur, œdème")
            << QStringList{"Hélidol\u00a01g", "m'a donné", "mal au cœur", "œdème"};
        QTest::newRow("CRLF and typographic apostrophe")
            << QString::fromUtf8("Bonjour\r\nDepuis Noctélia j\u2019ai des cauchemars\r\n")
            << QStringList{"Depuis", "Noctélia", "j\u2019ai", "cauchemars"};
        QTest::newRow("combining accent") << QString::fromUtf8("Depuis He\u0301licard j'ai des vertiges")
                                          << QStringList{"Depuis", "He\u0301licard", "j'ai", "vertiges"};
    }
    void evidenceSitsOnTheOriginalText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, phrases);
        const Classification c = m_classifier.classify(text);
        QVERIFY(c.adverseEvent);
        for (const EvidenceSpan &span : c.evidence)
            QCOMPARE(text.mid(span.start, span.length), span.text);
        QCOMPARE(c.evidencePhrases(), phrases);
        for (int i = 1; i < c.evidence.size(); ++i)
            QVERIFY(c.evidence.at(i - 1).start + c.evidence.at(i - 1).length <= c.evidence.at(i).start);
    }

    void evidenceKinds()
    {
        const Classification c =
            m_classifier.classify(QStringLiteral("Ma fille a des cauchemars depuis Noctélia"));
        QVERIFY(c.adverseEvent);
        QHash<QString, EvidenceKind> kinds;
        for (const EvidenceSpan &span : c.evidence)
            kinds.insert(span.text, span.kind);
        QCOMPARE(kinds.value(QStringLiteral("Noctélia")), EvidenceKind::Product);
        QCOMPARE(kinds.value(QStringLiteral("cauchemars")), EvidenceKind::Symptom);
        QVERIFY(kinds.contains(QStringLiteral("Ma fille")));
        QCOMPARE(kinds.value(QStringLiteral("Ma fille")), EvidenceKind::Experience);
    }

    void sentiment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Sentiment>("sentiment");
        QTest::newRow("praise") << "Hélidol super efficace, merci !" << Sentiment::Positive;
        QTest::newRow("pas terrible") << "Noctélia pas terrible" << Sentiment::Negative;
        QTest::newRow("not bad") << "Helicard is not bad at all" << Sentiment::Positive;
        QTest::newRow("jamais déçu") << "Jamais été déçu par Orvalis" << Sentiment::Positive;
        QTest::newRow("negated praise") << "Pas efficace du tout" << Sentiment::Negative;
        QTest::newRow("intensified") << "vraiment nul ce spray" << Sentiment::Negative;
        QTest::newRow("emoji") << "Noctélia 😍😍" << Sentiment::Positive;
        QTest::newRow("angry emoji") << "Toujours en rupture 😡" << Sentiment::Negative;
        QTest::newRow("adverse event") << "Depuis Hélicard j'ai des vertiges" << Sentiment::Negative;
        QTest::newRow("plain question") << "Hélidol se prend avec de l'eau ?" << Sentiment::Neutral;
        QTest::newRow("news") << "L'ANSM publie un rapport sur le paracétamol" << Sentiment::Neutral;
        QTest::newRow("English praise") << "Helidol works great, so happy!!!" << Sentiment::Positive;
    }
    void sentiment()
    {
        QFETCH(QString, text);
        QFETCH(Sentiment, sentiment);
        QCOMPARE(m_classifier.classify(text).sentiment, sentiment);
    }

    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << "Je ne sais pas si c'est le traitement"
                                << "fr";
        QTest::newRow("French accents only") << "Très efficace, génial"
                                             << "fr";
        QTest::newRow("English") << "I don't know if it is the medication"
                                 << "en";
        QTest::newRow("English with a French product") << "Hélidol is the best"
                                                       << "en";
        QTest::newRow("no clue") << "😍😍 👍"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(m_classifier.classify(text).language, language);
    }

    void editDistanceCountsTranspositionsOnce()
    {
        QCOMPARE(FuzzyIndex::editDistance(u"helicard", u"helicrad", 2), 1);
        QCOMPARE(FuzzyIndex::editDistance(u"paracetamol", u"paracetemole", 2), 2);
        QCOMPARE(FuzzyIndex::editDistance(u"noctelia", u"helidol", 2), 3); // stops at limit + 1
    }

    void productIdsFollowProducts()
    {
        Product a;
        a.id = 7;
        a.name = QStringLiteral("Hélicard 5 mg");
        a.inn = QStringLiteral("bisoprolol");
        const Classifier classifier(ProductTerms::fromProducts({a}));
        const Classification c = classifier.classify(QStringLiteral("bisoprolol le matin"));
        QCOMPARE(c.products, QStringList{QStringLiteral("Hélicard 5 mg")});
        QCOMPARE(c.productIds, QList<Id>{7});
        QCOMPARE(classifier.productCount(), 1);
    }

    void noProductsStillReadsSymptoms()
    {
        const Classifier empty;
        const Classification c =
            empty.classify(QStringLiteral("Depuis que je prends ce médicament j'ai des vertiges"));
        QVERIFY(c.adverseEvent);
        QVERIFY(c.products.isEmpty());
    }

    void oddInputNeverCrashes()
    {
        const QStringList texts{QString(),
                                QStringLiteral("   "),
                                QString(5000, QChar(0xD83D)),
                                QString::fromUtf8("\xF0\x9F\x98\xB5"),
                                QStringLiteral("? ? ! ! ..."),
                                QString(2000, u'a'),
                                QStringLiteral("'''---’’’")};
        for (const QString &text : texts) {
            const Classification c = m_classifier.classify(text);
            QVERIFY(!c.adverseEvent);
        }
    }

    // Built once, shared: copies and threads classify the same way at the same time.
    void threadsShareOneClassifier()
    {
        const Classifier copy = m_classifier;
        const QString text = QStringLiteral("Depuis que je prends Hélicard j'ai des vertiges");
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i)
                    if (!copy.classify(text).adverseEvent)
                        ++wrong;
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
