#pragma once

#include "classify/lexiconindex.h"
#include "classify/productindex.h"
#include "classify/textscan.h"

#include <vector>

// Everything found in one message before any decision: its words, the lexicon phrases they form
// and the products they name. Kept per thread and reused, so classifying allocates little.
namespace vigie {
namespace classify {

struct PhraseMatch
{
    int first = 0; // tokens [first, end)
    int end = 0;
    quint64 categories = 0;
    qint8 sentiment = 0;
};

struct MessageScan
{
    TextScan text;
    std::vector<int> lexiconIds;
    std::vector<int> productWordIds;
    std::vector<PhraseMatch> matches; // every lexicon phrase, by first token then length
    std::vector<ProductHit> products;

    void scan(QStringView message, const ProductIndex &products);

    int sentenceOf(int token) const { return text.tokens[size_t(token)].sentence; }
    int clauseOf(int token) const { return text.tokens[size_t(token)].clause; }
    bool isQuestion(int sentence) const { return text.sentences[size_t(sentence)].question; }
};

// The matches of one category, keeping only the longest where they overlap.
void longestMatches(const std::vector<PhraseMatch> &matches, quint64 category, std::vector<PhraseMatch> &out);

} // namespace classify
} // namespace vigie
