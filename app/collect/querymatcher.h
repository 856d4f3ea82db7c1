#pragma once

#include "classify/classifier.h"
#include "core/types.h"

#include <QHash>
#include <QList>
#include <QStringList>

// Decides which brands a post or feed item is about, from the workspace's listening queries.
// Terms match whole words, whatever the case and accents ("Dolipràne" finds "doliprane", "doli"
// never finds "dolichocéphale"); a hashtag matches "#tag" and the bare word; with includeProducts
// a query also matches its brand's products as the classifier found them (names, aliases, INN,
// small typos), so there is one product matcher, not two. One exclusion found vetoes its query.
namespace vigie {
namespace collect {

// Words folded for matching: lower case, accents and ligatures spelled out (œ → oe), split on
// anything that is not a letter or a digit ("#TeamNoctélia" → "teamnoctelia", "l'Oréal" → "l",
// "oreal").
QStringList matchingWords(const QString &text);

struct QueryMatch
{
    Id queryId = 0; // the query that decided the brand; 0 when none matched
    Id brandId = 0;
    QList<Id> otherBrandIds;  // other brands (own or competitors) whose queries match too
    QStringList matchedTerms; // terms found, as the queries write them ("#tag" for hashtags)
    QList<Id> queryIds;       // every query that matched, the deciding one first

    bool matched() const { return brandId > 0; }
};

class QueryMatcher
{
public:
    // Disabled queries are ignored. brands orders the choice when no query is preferred: own
    // brands before competitors. products tells which brand each product belongs to.
    QueryMatcher(const QList<ListeningQuery> &queries, const QList<Brand> &brands,
                 const QList<Product> &products);

    // classification: what the classifier read in the same text (its products count for queries
    // with includeProducts). preferredQueryId: the query whose search found the post; it decides
    // the brand when it matches.
    QueryMatch match(const QString &text, const classify::Classification &classification,
                     Id preferredQueryId = 0) const;

    bool isEmpty() const { return m_queries.isEmpty(); }

private:
    struct Term
    {
        QString label;     // as reported in matchedTerms
        QStringList words; // folded; found as consecutive words
    };
    struct CompiledQuery
    {
        ListeningQuery query;
        QList<Term> terms;
        QList<Term> exclusions;
        bool ownBrand = true;
    };

    QList<CompiledQuery> m_queries;
    QHash<Id, Id> m_brandOfProduct;
    QHash<Id, QString> m_productName;
};

} // namespace collect
} // namespace vigie
