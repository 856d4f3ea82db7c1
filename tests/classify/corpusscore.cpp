#include "corpusscore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace vigie;

namespace {
QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}
} // namespace

QString CorpusScore::summary() const
{
    return QStringLiteral("%1 messages: AE recall %2 (%3/%4), AE precision %5 (%3/%6), product recall %7, "
                          "product precision %8, sentiment accuracy %9")
        .arg(messages)
        .arg(aeRecall(), 0, 'f', 3)
        .arg(aeTruePositive)
        .arg(aeTruePositive + aeFalseNegative)
        .arg(aePrecision(), 0, 'f', 3)
        .arg(aeTruePositive + aeFalsePositive)
        .arg(productRecall(), 0, 'f', 3)
        .arg(productPrecision(), 0, 'f', 3)
        .arg(sentimentAccuracy(), 0, 'f', 3);
}

bool scoreCorpus(const classify::Classifier &classifier, const QString &path, CorpusScore &score,
                 QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.isEmpty()) {
            *error = QStringLiteral("%1:%2: not a JSON object").arg(path).arg(lineNumber);
            return false;
        }
        const QString id = row.value(QStringLiteral("id")).toString();
        const QString text = row.value(QStringLiteral("text")).toString();
        const bool expectedAe = row.value(QStringLiteral("adverse_event")).toBool();
        QStringList expectedProducts;
        for (const QJsonValue &v : row.value(QStringLiteral("products")).toArray())
            expectedProducts << v.toString();
        const QString expectedSentiment = row.value(QStringLiteral("sentiment")).toString();

        const classify::Classification got = classifier.classify(text);
        ++score.messages;
        const QString prefix = QStringLiteral("%1 \"%2\"").arg(id, text);
        if (got.adverseEvent && expectedAe)
            ++score.aeTruePositive;
        else if (got.adverseEvent)
            ++score.aeFalsePositive;
        else if (expectedAe)
            ++score.aeFalseNegative;
        if (got.adverseEvent != expectedAe)
            score.misses << QStringLiteral("AE %1: expected %2, got %3 [evidence: %4]")
                                .arg(prefix, expectedAe ? QStringLiteral("true") : QStringLiteral("false"),
                                     got.adverseEvent ? QStringLiteral("true") : QStringLiteral("false"),
                                     got.evidencePhrases().join(QStringLiteral(" | ")));
        const bool productsRight = toSet(got.products) == toSet(expectedProducts);
        if (!expectedProducts.isEmpty()) {
            ++score.productsExpected;
            score.productsExpectedFound += productsRight ? 1 : 0;
        }
        if (!got.products.isEmpty()) {
            ++score.productsReported;
            score.productsReportedRight += productsRight ? 1 : 0;
        }
        if (!productsRight)
            score.misses << QStringLiteral("PRODUCTS %1: expected [%2], got [%3]")
                                .arg(prefix, expectedProducts.join(QStringLiteral(", ")),
                                     got.products.join(QStringLiteral(", ")));
        const QString gotSentiment = sentimentKey(got.sentiment);
        if (gotSentiment == expectedSentiment)
            ++score.sentimentRight;
        else
            score.misses << QStringLiteral("SENTIMENT %1: expected %2, got %3")
                                .arg(prefix, expectedSentiment, gotSentiment);
    }
    return true;
}
