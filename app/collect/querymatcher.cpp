#include "collect/querymatcher.h"

#include <QSet>
#include <algorithm>

namespace vigie {
namespace collect {

namespace {

// Letters with no Unicode decomposition that people spell out when they type without them.
QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'œ':
        return u"oe";
    case u'æ':
        return u"ae";
    case u'ß':
        return u"ss";
    case u'ø':
        return u"o";
    case u'ł':
        return u"l";
    case u'đ':
        return u"d";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

bool contains(const QStringList &words, const QStringList &sequence)
{
    if (sequence.isEmpty() || sequence.size() > words.size())
        return false;
    const qsizetype last = words.size() - sequence.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if (words.at(i) != sequence.first())
            continue;
        qsizetype k = 1;
        while (k < sequence.size() && words.at(i + k) == sequence.at(k))
            ++k;
        if (k == sequence.size())
            return true;
    }
    return false;
}

} // namespace

QStringList matchingWords(const QString &text)
{
    // Compatibility decomposition: accents become separate marks (dropped), ligatures like ﬁ split.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString current;
    auto close = [&] {
        if (!current.isEmpty())
            words << current;
        current.clear();
    };
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.isMark())
            continue;
        if (c.isHighSurrogate() && i + 1 < decomposed.size() && decomposed.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, decomposed.at(i + 1));
            ++i;
            if (QChar::isLetterOrNumber(code))
                current += QString::fromUcs4(&code, 1).toCaseFolded();
            else
                close();
            continue;
        }
        if (!c.isLetterOrNumber()) {
            close();
            continue;
        }
        const QChar folded = c.toCaseFolded();
        const QStringView spelled = spelledOut(folded.unicode());
        if (!spelled.isEmpty())
            current += spelled;
        else
            current += folded;
    }
    close();
    return words;
}

QueryMatcher::QueryMatcher(const QList<ListeningQuery> &queries, const QList<Brand> &brands,
                           const QList<Product> &products)
{
    QSet<Id> competitors;
    for (const Brand &brand : brands)
        if (brand.isCompetitor)
            competitors.insert(brand.id);
    for (const Product &product : products) {
        m_brandOfProduct.insert(product.id, product.brandId);
        m_productName.insert(product.id, product.name);
    }
    for (const ListeningQuery &query : queries) {
        if (!query.enabled || query.brandId <= 0)
            continue;
        CompiledQuery compiled;
        compiled.query = query;
        compiled.ownBrand = !competitors.contains(query.brandId);
        for (const QString &keyword : query.keywords) {
            const QStringList words = matchingWords(keyword);
            if (!words.isEmpty())
                compiled.terms.append({keyword.trimmed(), words});
        }
        for (QString tag : query.hashtags) {
            tag = tag.trimmed();
            while (tag.startsWith(QLatin1Char('#')))
                tag.remove(0, 1);
            // "#TeamNoctélia" is one word however it is written: "teamnoctelia".
            const QString word = matchingWords(tag).join(QString());
            if (!word.isEmpty())
                compiled.terms.append({QLatin1Char('#') + tag, {word}});
        }
        for (const QString &exclusion : query.exclusions) {
            const QStringList words = matchingWords(exclusion);
            if (!words.isEmpty())
                compiled.exclusions.append({exclusion.trimmed(), words});
        }
        m_queries.append(compiled);
    }
    // Own brands first, so a feed item naming a brand and its competitor counts for the brand.
    std::stable_sort(m_queries.begin(), m_queries.end(), [](const CompiledQuery &a, const CompiledQuery &b) {
        return a.ownBrand && !b.ownBrand;
    });
}

QueryMatch QueryMatcher::match(const QString &text, const classify::Classification &classification,
                               Id preferredQueryId) const
{
    QueryMatch result;
    if (m_queries.isEmpty())
        return result;
    const QStringList words = matchingWords(text);
    struct Hit
    {
        const CompiledQuery *query;
        QStringList terms;
    };
    QList<Hit> hits;
    for (const CompiledQuery &compiled : m_queries) {
        const bool excluded = std::any_of(compiled.exclusions.cbegin(), compiled.exclusions.cend(),
                                          [&](const Term &t) { return contains(words, t.words); });
        if (excluded)
            continue;
        QStringList found;
        for (const Term &term : compiled.terms)
            if (contains(words, term.words))
                found << term.label;
        if (compiled.query.includeProducts) {
            for (const Id productId : classification.productIds)
                if (productId > 0 && m_brandOfProduct.value(productId) == compiled.query.brandId)
                    found << m_productName.value(productId);
        }
        if (!found.isEmpty())
            hits.append({&compiled, found});
    }
    if (hits.isEmpty())
        return result;
    auto deciding = std::find_if(hits.begin(), hits.end(),
                                 [&](const Hit &h) { return h.query->query.id == preferredQueryId; });
    if (deciding == hits.end())
        deciding = hits.begin();
    std::rotate(hits.begin(), deciding, deciding + 1); // the deciding query first, the rest in order
    result.queryId = hits.first().query->query.id;
    result.brandId = hits.first().query->query.brandId;
    for (const Hit &hit : std::as_const(hits)) {
        result.queryIds << hit.query->query.id;
        const Id brand = hit.query->query.brandId;
        if (brand != result.brandId && !result.otherBrandIds.contains(brand))
            result.otherBrandIds << brand;
        for (const QString &term : hit.terms)
            if (!result.matchedTerms.contains(term, Qt::CaseInsensitive))
                result.matchedTerms << term;
    }
    return result;
}

} // namespace collect
} // namespace vigie
