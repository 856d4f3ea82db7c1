// The classifier against the labelled corpus (tests/data/classify): the figures issue 5 asks for.
// corpus.jsonl may be tuned against: every miss is printed so the numbers can be read. holdout.jsonl
// measures text the classifier was never tuned on: only its totals are printed, never its rows.
#include "classify/classifier.h"
#include "corpusscore.h"
#include "publishing/productsjson.h"

#include <QtTest>

using namespace vigie;

class TestClassifierCorpus : public QObject
{
    Q_OBJECT

private:
    classify::Classifier m_classifier;

    static QString dataPath(const char *name)
    {
        return QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/classify/") + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        QList<Product> products;
        const Status status = ProductsJson::readFile(dataPath("products.json"), products);
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(products.size(), 9);
        m_classifier = classify::Classifier(classify::ProductTerms::fromProducts(products));
    }

    void corpusMeetsTheIssueFigures()
    {
        CorpusScore score;
        QString error;
        QVERIFY2(scoreCorpus(m_classifier, dataPath("corpus.jsonl"), score, &error), qPrintable(error));
        for (const QString &miss : std::as_const(score.misses))
            qInfo().noquote() << "miss:" << miss;
        qInfo().noquote() << "corpus:" << score.summary();
        QVERIFY(score.messages >= 300);
        QVERIFY2(score.aeRecall() >= 0.95, qPrintable(score.summary()));
        QVERIFY2(score.aePrecision() >= 0.85, qPrintable(score.summary()));
        QVERIFY2(score.productRecall() >= 0.95, qPrintable(score.summary()));
        QVERIFY2(score.productPrecision() >= 0.95, qPrintable(score.summary()));
        QVERIFY2(score.sentimentAccuracy() >= 0.75, qPrintable(score.summary()));
    }

    // Totals only: the rows of the holdout are never printed (it must stay unseen by whoever tunes).
    void holdoutMeetsTheWeakerFloors()
    {
        CorpusScore score;
        QString error;
        QVERIFY2(scoreCorpus(m_classifier, dataPath("holdout.jsonl"), score, &error), qPrintable(error));
        qInfo().noquote() << "holdout:" << score.summary();
        QVERIFY(score.messages >= 50);
        // Floors set from the first measurement on unseen text (recall 24/29 = 0.83, precision
        // 0.80), a little below it so a regression fails. The 0.85 recall we aimed for is not
        // reached on unseen wordings: see docs/ARCHITECTURE.md, "Classification".
        QVERIFY2(score.aeRecall() >= 0.80, qPrintable(score.summary()));
        QVERIFY2(score.aePrecision() >= 0.75, qPrintable(score.summary()));
        QVERIFY2(score.productRecall() >= 0.90, qPrintable(score.summary()));
        QVERIFY2(score.productPrecision() >= 0.90, qPrintable(score.summary()));
        QVERIFY2(score.sentimentAccuracy() >= 0.65, qPrintable(score.summary()));
    }
};

QTEST_GUILESS_MAIN(TestClassifierCorpus)
#include "tst_classifiercorpus.moc"
