#include "classify/phrasematches.h"

namespace vigie {
namespace classify {

void MessageScan::scan(QStringView message, const ProductIndex &productIndex)
{
    const LexiconIndex &lexicon = LexiconIndex::instance();
    text.scan(message);
    const int count = int(text.tokens.size());
    lexiconIds.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        const Token &t = text.tokens[size_t(i)];
        lexiconIds[size_t(i)] = lexicon.wordId(text.word(t), t.hash);
    }
    productIndex.match(text, lexiconIds, productWordIds, products);
    // Misspelled symptoms ("diarée"), once products have had their chance at unknown words.
    size_t nextProduct = 0;
    for (int i = 0; i < count; ++i) {
        while (nextProduct < products.size() && products[nextProduct].endToken <= i)
            ++nextProduct;
        const bool inProduct = nextProduct < products.size() && products[nextProduct].firstToken <= i;
        const Token &t = text.tokens[size_t(i)];
        if (lexiconIds[size_t(i)] < 0 && !inProduct && !t.emoji && t.foldLength >= 6)
            lexiconIds[size_t(i)] = lexicon.correctedSymptomWord(text.word(t));
    }
    matches.clear();
    const PhraseTrie &trie = lexicon.trie();
    for (int i = 0; i < count; ++i) {
        int node = PhraseTrie::Root;
        for (int j = i; j < count && lexiconIds[size_t(j)] >= 0; ++j) {
            node = trie.child(node, lexiconIds[size_t(j)]);
            if (node < 0)
                break;
            const PhraseInfo &info = trie.info(node);
            if (info.categories)
                matches.push_back(PhraseMatch{i, j + 1, info.categories, info.sentiment});
        }
    }
}

void longestMatches(const std::vector<PhraseMatch> &matches, quint64 category, std::vector<PhraseMatch> &out)
{
    out.clear();
    for (const PhraseMatch &m : matches) {
        if (!(m.categories & category))
            continue;
        if (!out.empty() && m.first < out.back().end) {
            // same start and longer: replace; starts inside and reaches further: replace too
            if (m.end > out.back().end &&
                (m.first == out.back().first || m.end - m.first > out.back().end - out.back().first))
                out.back() = m;
            continue;
        }
        out.push_back(m);
    }
}

} // namespace classify
} // namespace vigie
