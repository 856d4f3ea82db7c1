#pragma once

#include "classify/classifier.h"
#include "classify/fuzzyindex.h"
#include "classify/textscan.h"
#include "classify/wordtable.h"

#include <vector>

// Finds the workspace's products in a scanned message: names, aliases and INNs, multi-word ones
// included (longest match wins at a position), tolerating typos in long words through a
// deletion-neighbourhood index (SymSpell style): a typo costs a few hash probes, never a loop
// over the products.
namespace vigie {
namespace classify {

struct ProductHit
{
    int firstToken = 0;
    int endToken = 0; // one past the last
    int group = 0;    // ProductIndex::group(): the products this phrase names
};

class ProductIndex
{
public:
    explicit ProductIndex(const QList<ProductTerms> &products);

    // A typo may be as close to two product words ("ibuprofin": ibuprofen, ibuprofène): each token
    // keeps up to this many candidates and the phrase walk tries them all.
    static constexpr int Candidates = 3;
    // lexiconIds[i] is the lexicon's id for token i (-1 when unknown): known common words are
    // never corrected into a product name. wordIds is scratch space (Candidates per token).
    void match(const TextScan &scan, const std::vector<int> &lexiconIds, std::vector<int> &wordIds,
               std::vector<ProductHit> &hits) const;
    // Indexes into the product list, in its order.
    const std::vector<int> &group(int index) const { return m_groups[size_t(index)]; }

private:
    void addReversedAliases(const QList<ProductTerms> &products);
    void longestFrom(const std::vector<int> &wordIds, const TextScan &scan, int node, int token, int clause,
                     int &bestEnd, int &bestGroup) const;

    WordTable m_words;
    PhraseTrie m_trie;
    std::vector<std::vector<int>> m_groups;
    FuzzyIndex m_fuzzy; // product words: 1 typo from 5 letters, 2 from 9
};

} // namespace classify
} // namespace vigie
