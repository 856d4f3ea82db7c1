#include "classify/classifier.h"

#include "classify/adverseevent.h"
#include "classify/languageguess.h"
#include "classify/lexiconindex.h"
#include "classify/productindex.h"
#include "classify/sentimentscore.h"

namespace vigie {
namespace classify {

struct Classifier::Data
{
    explicit Data(const QList<ProductTerms> &terms)
        : products(terms)
        , index(terms)
    {}
    QList<ProductTerms> products;
    ProductIndex index;
};

QList<ProductTerms> ProductTerms::fromProducts(const QList<Product> &products)
{
    QList<ProductTerms> terms;
    for (const Product &p : products)
        terms << ProductTerms{p.name, p.aliases, p.inn, p.id, p.brandId};
    return terms;
}

QStringList Classification::evidencePhrases() const
{
    QStringList phrases;
    for (const EvidenceSpan &span : evidence)
        phrases << span.text;
    return phrases;
}

Classifier::Classifier(const QList<ProductTerms> &products)
    : d(std::make_shared<Data>(products))
{
    LexiconIndex::instance(); // built here rather than inside the first classify()
}
Classifier::~Classifier() = default;
Classifier::Classifier(const Classifier &) = default;
Classifier &Classifier::operator=(const Classifier &) = default;

Classification Classifier::classify(const QString &text) const
{
    // One scratch per thread: after the first messages, scanning reuses its buffers.
    thread_local MessageScan scan;
    thread_local AdverseEventFinding finding;
    scan.scan(text, d->index);
    detectAdverseEvent(scan, finding);

    Classification result;
    result.adverseEvent = finding.adverseEvent;
    for (const ProductHit &hit : scan.products) {
        for (int p : d->index.group(hit.group)) {
            const ProductTerms &product = d->products.at(p);
            if (result.products.contains(product.name))
                continue;
            result.products << product.name;
            result.productIds << product.productId;
        }
    }
    for (const EvidenceRange &range : finding.evidence) {
        const Token &first = scan.text.tokens[size_t(range.firstToken)];
        const Token &last = scan.text.tokens[size_t(range.endToken - 1)];
        result.evidence << EvidenceSpan{range.kind, first.start, last.end - first.start,
                                        text.mid(first.start, last.end - first.start)};
    }
    result.sentiment = sentimentFromScore(sentimentScore(scan, finding));
    result.language = guessLanguage(scan);
    return result;
}

int Classifier::productCount() const
{
    return int(d->products.size());
}

} // namespace classify
} // namespace vigie
