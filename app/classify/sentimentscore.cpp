#include "classify/sentimentscore.h"

#include "classify/lexicon.h"

namespace vigie {
namespace classify {

namespace {
constexpr int kNegationReach = 3;
constexpr int kIntensifierReach = 2;
constexpr double kThreshold = 1.0;

bool negatedBefore(const MessageScan &scan, const PhraseMatch &word)
{
    const int clause = scan.clauseOf(word.first);
    for (const PhraseMatch &m : scan.matches) {
        if (m.first >= word.first)
            break;
        if (!(m.categories & Category::Negator) || m.end > word.first ||
            word.first - m.end > kNegationReach || scan.clauseOf(m.first) != clause)
            continue;
        bool masked = false;
        for (const PhraseMatch &n : scan.matches)
            if ((n.categories & Category::NotNegator) && n.first <= m.first && m.first < n.end)
                masked = true;
        if (!masked)
            return true;
    }
    return false;
}

bool intensifiedBefore(const MessageScan &scan, const PhraseMatch &word)
{
    for (const PhraseMatch &m : scan.matches) {
        if (m.first >= word.first)
            break;
        if ((m.categories & Category::Intensifier) && m.end <= word.first &&
            word.first - m.end <= kIntensifierReach && scan.clauseOf(m.first) == scan.clauseOf(word.first))
            return true;
    }
    return false;
}
} // namespace

double sentimentScore(const MessageScan &scan, const AdverseEventFinding &finding)
{
    thread_local std::vector<PhraseMatch> words;
    longestMatches(scan.matches, Category::Sentiment, words);
    double score = 0;
    for (size_t i = 0; i < words.size(); ++i) {
        const PhraseMatch &w = words[i];
        // "super efficace": "super" lends its strength to the next word rather than counting twice
        if ((w.categories & Category::Intensifier) && i + 1 < words.size() &&
            words[i + 1].first - w.end <= 1 && scan.clauseOf(words[i + 1].first) == scan.clauseOf(w.first))
            continue;
        double value = w.sentiment;
        if (negatedBefore(scan, w))
            value = -value * 0.6;
        if (intensifiedBefore(scan, w))
            value *= 1.5;
        if (scan.isQuestion(scan.sentenceOf(w.first)))
            value *= 0.4; // plain questions are neutral
        score += value;
    }
    if (finding.newsOnly)
        return 0; // press and authorities report, they do not feel
    score -= 0.75 * finding.reportedSymptoms;
    score -= 1.25 * finding.figurativeSymptoms; // a figure of speech for annoyance
    score += 1.0 * std::min(finding.negatedSymptoms, 2);
    score += 1.0 * finding.relievedSymptoms;
    if (finding.adverseEvent)
        score -= 2.5;
    if (scan.text.exclamations >= 2)
        score *= 1.3;
    return score;
}

Sentiment sentimentFromScore(double score)
{
    if (score >= kThreshold)
        return Sentiment::Positive;
    if (score <= -kThreshold)
        return Sentiment::Negative;
    return Sentiment::Neutral;
}

} // namespace classify
} // namespace vigie
