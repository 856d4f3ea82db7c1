#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <memory>

// Reads a message the way a pharmacovigilance screener would: which of the workspace's products
// it names (by brand name, alias or INN, tolerating case, accents and small typos), whether
// someone describes a side effect that happened to them or to someone close after taking one
// (an adverse event), and its sentiment. Built once per product list, then used from any thread.
namespace vigie {
namespace classify {

// One product as the classifier knows it (the products JSON format: name, aliases, inn).
struct ProductTerms
{
    QString name; // canonical name, reported as is
    QStringList aliases;
    QString inn;
    Id productId = 0; // 0 when read from a file
    Id brandId = 0;

    static QList<ProductTerms> fromProducts(const QList<Product> &products);
};

struct Classification
{
    bool adverseEvent = false;
    QStringList products; // canonical names in order of first mention, no duplicates
    QList<Id> productIds; // same order; 0 for products read from a file
    Sentiment sentiment = Sentiment::Neutral;
    QList<EvidenceSpan> evidence; // product, symptom and experience spans, in text order
    QString language;             // "fr", "en", or empty when the text gives no clue

    // The evidence as written in the text, in text order (what `vigie classify` prints).
    QStringList evidencePhrases() const;
};

class Classifier
{
public:
    explicit Classifier(const QList<ProductTerms> &products = {});
    ~Classifier();
    Classifier(const Classifier &);
    Classifier &operator=(const Classifier &);

    Classification classify(const QString &text) const;
    int productCount() const;

private:
    struct Data;
    std::shared_ptr<const Data> d; // immutable once built: copies and threads share it
};

} // namespace classify
} // namespace vigie
