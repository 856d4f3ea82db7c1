#include "classify/productindex.h"

#include "classify/lexiconindex.h"

#include <algorithm>

namespace vigie {
namespace classify {

namespace {
bool isAlphabetic(std::u16string_view word)
{
    return std::none_of(word.begin(), word.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ProductIndex::ProductIndex(const QList<ProductTerms> &products)
{
    std::vector<int> ids;
    for (int p = 0; p < products.size(); ++p) {
        const ProductTerms &product = products.at(p);
        QStringList phrases{product.name};
        phrases += product.aliases;
        phrases << product.inn;
        for (const QString &phrase : std::as_const(phrases)) {
            ids.clear();
            for (const std::u16string &word : phraseWords(phrase))
                ids.push_back(m_words.insert(word));
            if (ids.empty())
                continue;
            PhraseInfo &info = m_trie.info(m_trie.add(ids));
            if (info.value < 0) {
                info.value = int(m_groups.size());
                m_groups.emplace_back();
            }
            std::vector<int> &group = m_groups[size_t(info.value)];
            if (std::find(group.begin(), group.end(), p) == group.end())
                group.push_back(p);
        }
    }
    addReversedAliases(products);
    for (int id = 0; id < m_words.size(); ++id)
        m_fuzzy.add(m_words.word(id), id);
}

// "le spray Noctélia" is how people say "Noctélia spray": two-word aliases are indexed reversed too,
// unless the word moved first names a product on its own ("mélatonine Noctélia" stays the INN, then
// Noctélia) or the reversed phrase already means something.
void ProductIndex::addReversedAliases(const QList<ProductTerms> &products)
{
    for (int p = 0; p < products.size(); ++p) {
        QStringList phrases{products.at(p).name};
        phrases += products.at(p).aliases;
        for (const QString &phrase : std::as_const(phrases)) {
            const std::vector<std::u16string> words = phraseWords(phrase);
            if (words.size() != 2 || !isAlphabetic(words[0]) || !isAlphabetic(words[1]))
                continue;
            const int first = m_words.insert(words[1]);
            const int second = m_words.insert(words[0]);
            const int alone = m_trie.child(PhraseTrie::Root, first);
            if (alone >= 0 && m_trie.info(alone).value >= 0)
                continue;
            PhraseInfo &info = m_trie.info(m_trie.add({first, second}));
            if (info.value >= 0)
                continue;
            info.value = int(m_groups.size());
            m_groups.push_back({p});
        }
    }
}

void ProductIndex::longestFrom(const std::vector<int> &wordIds, const TextScan &scan, int node, int token,
                               int clause, int &bestEnd, int &bestGroup) const
{
    if (token >= int(scan.tokens.size()) || scan.tokens[size_t(token)].clause != clause)
        return;
    for (int k = 0; k < Candidates; ++k) {
        const int word = wordIds[size_t(token * Candidates + k)];
        if (word < 0)
            break;
        const int next = m_trie.child(node, word);
        if (next < 0)
            continue;
        if (m_trie.info(next).value >= 0 && token + 1 > bestEnd) {
            bestEnd = token + 1;
            bestGroup = m_trie.info(next).value;
        }
        longestFrom(wordIds, scan, next, token + 1, clause, bestEnd, bestGroup);
    }
}

void ProductIndex::match(const TextScan &scan, const std::vector<int> &lexiconIds, std::vector<int> &wordIds,
                         std::vector<ProductHit> &hits) const
{
    hits.clear();
    const int count = int(scan.tokens.size());
    wordIds.assign(size_t(count) * Candidates, -1);
    for (int i = 0; i < count; ++i) {
        const Token &t = scan.tokens[size_t(i)];
        if (t.emoji)
            continue;
        const std::u16string_view word = scan.word(t);
        int *candidates = wordIds.data() + size_t(i) * Candidates;
        candidates[0] = m_words.find(word, t.hash);
        if (candidates[0] < 0 && lexiconIds[size_t(i)] < 0)
            m_fuzzy.lookup(word, candidates, Candidates);
    }
    for (int i = 0; i < count; ++i) {
        if (wordIds[size_t(i) * Candidates] < 0)
            continue;
        int bestEnd = -1;
        int bestGroup = -1;
        longestFrom(wordIds, scan, PhraseTrie::Root, i, scan.tokens[size_t(i)].clause, bestEnd, bestGroup);
        if (bestGroup >= 0) {
            hits.push_back(ProductHit{i, bestEnd, bestGroup});
            i = bestEnd - 1;
        }
    }
}

} // namespace classify
} // namespace vigie
