#pragma once

#include "classify/classifier.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Scores the classifier against a labelled JSON Lines file (tests/data/classify/*.jsonl): adverse
// event recall and precision, products per message (exact set), sentiment accuracy.
struct CorpusScore
{
    int messages = 0;
    int aeTruePositive = 0, aeFalsePositive = 0, aeFalseNegative = 0;
    int productsExpected = 0, productsExpectedFound = 0; // messages naming products; found exactly
    int productsReported = 0, productsReportedRight = 0; // messages we gave products; exactly right
    int sentimentRight = 0;
    QStringList misses; // one line per wrong field, for the log

    double aeRecall() const { return ratio(aeTruePositive, aeTruePositive + aeFalseNegative); }
    double aePrecision() const { return ratio(aeTruePositive, aeTruePositive + aeFalsePositive); }
    double productRecall() const { return ratio(productsExpectedFound, productsExpected); }
    double productPrecision() const { return ratio(productsReportedRight, productsReported); }
    double sentimentAccuracy() const { return ratio(sentimentRight, messages); }
    QString summary() const;

    static double ratio(int a, int b) { return b == 0 ? 1.0 : double(a) / b; }
};

// Reads path and classifies every line; false with error set when the file cannot be read.
bool scoreCorpus(const vigie::classify::Classifier &classifier, const QString &path, CorpusScore &score,
                 QString *error);
