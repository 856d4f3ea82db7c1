#include "classify/adverseevent.h"

#include "classify/lexicon.h"

#include <algorithm>

namespace vigie {
namespace classify {

namespace {

constexpr int kNegationReach = 4;   // words between a negator and the symptom it negates
constexpr int kDeterminerReach = 2; // "contre [les] [gros] maux de tête"
constexpr int kResolvedReach = 3;   // "[migraine] partie en 20 minutes"
constexpr int kModalReach = 4;      // "peut provoquer des [vertiges]"
constexpr int kFigureReach = 3;     // "le prix [de] [l] Hélidol", "the Helidol [1] [g] ad"
constexpr int kTreatReach = 7;      // "je vais prendre [un] Hélidol", "Helidol Ibu it is"
constexpr int kTimeLinkReach = 2;   // "since [they] [added] Helicard": a link when a medicine follows
constexpr quint64 kDrug = Category::DrugReference | Category::Intake;

bool overlaps(const PhraseMatch &a, int first, int end)
{
    return a.first < end && first < a.end;
}
bool overlaps(const PhraseMatch &a, const PhraseMatch &b)
{
    return overlaps(a, b.first, b.end);
}

// The facts about one message the rules below ask for, computed once per message.
class Facts
{
public:
    explicit Facts(const MessageScan &scan)
        : m_scan(scan)
        , m_matches(scan.matches)
    {
        const size_t sentences = scan.text.sentences.size();
        m_sentenceMask.assign(sentences, 0);
        for (const PhraseMatch &m : m_matches) {
            m_sentenceMask[size_t(scan.sentenceOf(m.first))] |= m.categories;
            m_messageMask |= m.categories;
        }
        for (const ProductHit &p : scan.products) {
            m_drugStarts.push_back(p.firstToken);
            m_namedDrugStarts.push_back(p.firstToken);
        }
        for (const PhraseMatch &m : m_matches) {
            if (!(m.categories & kDrug))
                continue;
            m_drugStarts.push_back(m.first);
            if (!(m.categories & Category::DoseWord))
                m_namedDrugStarts.push_back(m.first);
        }
        std::sort(m_drugStarts.begin(), m_drugStarts.end());
        std::sort(m_namedDrugStarts.begin(), m_namedDrugStarts.end());
        // links: strong causal phrases, and "depuis"/"after" when a medicine follows them
        for (const PhraseMatch &m : m_matches) {
            if (m.categories & Category::Linked)
                m_links.push_back(m);
            else if ((m.categories & Category::TimeLink) && drugStartsWithin(m.first, m.end + kTimeLinkReach))
                m_links.push_back(m);
        }
        std::vector<PhraseMatch> all;
        longestMatches(m_matches, Category::Symptom, all);
        for (const PhraseMatch &s : all) {
            const bool inProduct =
                std::any_of(scan.products.begin(), scan.products.end(), [&](const ProductHit &p) {
                    return s.first < p.endToken && p.firstToken < s.end;
                });
            const bool idiom = std::any_of(m_matches.begin(), m_matches.end(), [&](const PhraseMatch &m) {
                return (m.categories & Category::NotSymptom) && overlaps(m, s);
            });
            // an emoji alone is a symptom only where something is said to have caused it
            const bool weak = (s.categories & Category::WeakSymptom) && !linkInSentence(s.first);
            if (!inProduct && !idiom && !weak)
                m_symptoms.push_back(s);
        }
    }

    const std::vector<PhraseMatch> &symptoms() const { return m_symptoms; }
    const std::vector<PhraseMatch> &links() const { return m_links; }
    quint64 messageMask() const { return m_messageMask; }

    bool negated(const PhraseMatch &s) const
    {
        const int clause = m_scan.clauseOf(s.first);
        for (const PhraseMatch &m : m_matches) {
            if (!(m.categories & Category::Negator))
                continue;
            if (m.first >= s.end) { // "effets secondaires : aucun", "side effects? none"
                if ((s.categories & Category::SideEffect) && m.first - s.end <= 2 &&
                    sameSentence(m.first, s.first) && !inNotNegator(m))
                    return true;
                break;
            }
            if (m.end > s.first || s.first - m.end > kNegationReach || m_scan.clauseOf(m.first) != clause)
                continue;
            if (inNotNegator(m) || categoryWithin(Category::ScopeBreak, m.end, s.first))
                continue;
            return true;
        }
        return false;
    }

    // The symptom is why the medicine was taken, or it went away, or the medicine did nothing for it.
    bool indication(const PhraseMatch &s) const
    {
        for (const PhraseMatch &m : m_matches) {
            if (overlaps(m, s))
                continue;
            if ((m.categories & Category::Indication) && m.end <= s.first && sameSentence(m.first, s.first) &&
                onlyDeterminersBetween(m.end, s.first))
                return true;
            if ((m.categories & Category::Resolved) && m.first >= s.end &&
                m.first - s.end <= kResolvedReach && m_scan.clauseOf(m.first) == m_scan.clauseOf(s.first) &&
                !negatedNear(m))
                return true;
            if ((m.categories & Category::Inefficacy) && (s.categories & Category::IndicationLike) &&
                sameSentence(m.first, s.first) && !linkInSentence(s.first))
                return true;
            // "Insomnie depuis 3 nuits. Je teste Noctélia ce soir"
            if ((m.categories & Category::TreatIntent) && m.first >= s.end && !linkBetween(s.end, m.first) &&
                drugStartsNear(m.first - kTreatReach, m.end + kTreatReach))
                return true;
        }
        return false;
    }

    bool relieved(const PhraseMatch &s) const
    {
        for (const PhraseMatch &m : m_matches) {
            if (overlaps(m, s) || !sameSentence(m.first, s.first))
                continue;
            if ((m.categories & Category::Resolved) && m.first >= s.end)
                return true;
            if ((m.categories & Category::Indication) && m.end <= s.first &&
                onlyDeterminersBetween(m.end, s.first))
                return true;
        }
        return false;
    }

    // "ce match m'a donné la nausée", "this ad gives me a headache", "Coffee gives me insomnia".
    bool figurative(const PhraseMatch &s) const
    {
        const int sentence = m_scan.sentenceOf(s.first);
        const int sentenceStart = m_scan.text.sentences[size_t(sentence)].firstToken;
        const PhraseMatch *verb = nullptr;
        for (const PhraseMatch &m : m_matches) {
            if (m.first >= s.first)
                break;
            if ((m.categories & Category::CausalVerb) && m.end <= s.first && m.first >= sentenceStart)
                verb = &m;
        }
        if (verb && !drugStartsBetween(verb->end, s.first) &&
            (!subjectCanBeMedicine(*verb, sentenceStart) || figurativeSubject(*verb, sentenceStart)))
            return true;
        if (m_sentenceMask[size_t(sentence)] & Category::Intake)
            return false;
        // "le prix de l'Hélidol 1g me donne des sueurs froides", "ce film m'a donné des cauchemars":
        // the image names the thing that hurts, in the symptom's clause, before any medicine or
        // as the noun the medicine qualifies.
        const int firstDrug = firstDrugAfter(sentenceStart, sentence);
        for (const PhraseMatch &m : m_matches) {
            if (!(m.categories & Category::Figurative) || !sameSentence(m.first, s.first) || overlaps(m, s) ||
                m_scan.clauseOf(m.first) != m_scan.clauseOf(s.first))
                continue;
            if (firstDrug < 0 || (m.first < firstDrug && firstDrug - m.end <= kFigureReach))
                return true;
        }
        return false;
    }

    // Asked about, read in a leaflet, feared or conditional rather than lived.
    bool hypothetical(const PhraseMatch &s) const
    {
        const int sentence = m_scan.sentenceOf(s.first);
        const int clause = m_scan.clauseOf(s.first);
        const bool person = personIn(sentence) || personInStatement();
        for (const PhraseMatch &m : m_matches) {
            if (m.first >= s.first)
                break;
            if ((m.categories & Category::Conditional) && m_scan.clauseOf(m.first) == clause &&
                m.end <= s.first && !categoryWithin(Category::ScopeBreak, m.end, s.first) &&
                !startsInQuestionWord(m))
                return true; // a condition, unless part of "c'est grave si…", "is it bad if…"
            if ((m.categories & Category::Hypothetical) && !person && m_scan.clauseOf(m.first) == clause &&
                m.end <= s.first && s.first - m.end <= kModalReach)
                return true;
        }
        // "mon coeur bat trop vite depuis le helicard c normal ??": a question that dates the symptom
        // from the medicine, about the writer, reports it; "Does Helicard cause dizziness?" does not.
        if (question(sentence))
            return !person && !personInStatement() && !(datedLinkIn(sentence) && firstPersonIn(sentence));
        return false;
    }

    bool newsOnly() const
    {
        return (m_messageMask & Category::News) &&
               !(m_messageMask & (Category::Person | Category::FirstPerson));
    }

    bool question(int sentence) const
    {
        if (m_scan.isQuestion(sentence))
            return true;
        const int first = m_scan.text.sentences[size_t(sentence)].firstToken;
        for (const PhraseMatch &m : m_matches) {
            if (m.first > first)
                break;
            if (m.first == first && (m.categories & Category::QuestionWord) && m.end - m.first >= 2 &&
                !std::any_of(m_symptoms.begin(), m_symptoms.end(),
                             [&](const PhraseMatch &s) { return overlaps(s, m); }))
                return true;
        }
        return false;
    }

    bool personIn(int sentence) const
    {
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & Category::Person) && m_scan.sentenceOf(m.first) == sentence &&
                !inQuestionWord(m))
                return true;
        return false;
    }

    // Someone speaks of themselves or a relative outside any question: "Je suis à 45 au repos".
    bool personInStatement() const
    {
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & Category::Person) && m.end - m.first >= 2 &&
                !question(m_scan.sentenceOf(m.first)))
                return true;
        return false;
    }

    bool sameSentence(int a, int b) const { return m_scan.sentenceOf(a) == m_scan.sentenceOf(b); }

private:
    // A medicine named in [from, to], in from's clause.
    bool drugStartsWithin(int from, int to) const
    {
        auto it = std::lower_bound(m_drugStarts.begin(), m_drugStarts.end(), from);
        return it != m_drugStarts.end() && *it <= to && *it < int(m_scan.text.tokens.size()) &&
               m_scan.clauseOf(*it) == m_scan.clauseOf(from);
    }
    bool drugStartsNear(int from, int to) const
    {
        auto it = std::lower_bound(m_drugStarts.begin(), m_drugStarts.end(), std::max(0, from));
        return it != m_drugStarts.end() && *it <= to;
    }
    // "ça passe pas", "not better": a resolution word that is denied
    bool negatedNear(const PhraseMatch &word) const
    {
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & Category::Negator) && !inNotNegator(m) && m.first >= word.first - 2 &&
                m.first <= word.end && !overlaps(m, word) &&
                m_scan.clauseOf(m.first) == m_scan.clauseOf(word.first))
                return true;
        return false;
    }
    bool drugStartsBetween(int from, int to) const
    {
        auto it = std::lower_bound(m_drugStarts.begin(), m_drugStarts.end(), from);
        return it != m_drugStarts.end() && *it < to;
    }
    // The first product or medicine word at or after token from, in the sentence; -1 when none.
    int firstDrugAfter(int from, int sentence) const
    {
        auto it = std::lower_bound(m_drugStarts.begin(), m_drugStarts.end(), from);
        if (it == m_drugStarts.end() || m_scan.sentenceOf(*it) != sentence)
            return -1;
        return *it;
    }
    // The same without "dose", "comprimé": "pouls à 42, le cardiologue a baissé la dose".
    int firstNamedDrugAfter(int from, int sentence) const
    {
        auto it = std::lower_bound(m_namedDrugStarts.begin(), m_namedDrugStarts.end(), from);
        if (it == m_namedDrugStarts.end() || m_scan.sentenceOf(*it) != sentence)
            return -1;
        return *it;
    }
    bool subjectCanBeMedicine(const PhraseMatch &verb, int sentenceStart) const
    {
        if (!m_drugStarts.empty() && m_drugStarts.front() < verb.first && m_drugStarts.front() >= 0 &&
            std::any_of(m_drugStarts.begin(), m_drugStarts.end(),
                        [&](int d) { return d >= sentenceStart && d < verb.first; }))
            return true;
        for (const PhraseMatch &m : m_matches) {
            if (m.first > verb.first)
                break;
            // "ça m'a donné", "it gave me", "il m'a donné": a pronoun for something named before
            if ((m.categories & Category::Pronoun) && (m.first == verb.first || m.end == verb.first))
                return true;
        }
        return false;
    }
    // "The new Helidol commercial makes me…", "la pub Hélidol me donne…": what comes last before the
    // verb is the ad, not the medicine.
    bool figurativeSubject(const PhraseMatch &verb, int sentenceStart) const
    {
        int lastDrug = -1;
        for (int d : m_drugStarts)
            if (d >= sentenceStart && d < verb.first)
                lastDrug = d;
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & Category::Figurative) && m.end <= verb.first && lastDrug >= 0 &&
                m.first > lastDrug && m.first - lastDrug <= kFigureReach)
                return true;
        return false;
    }
    bool datedLinkIn(int sentence) const
    {
        if (m_sentenceMask[size_t(sentence)] & Category::Hypothetical)
            return false;
        return std::any_of(m_links.begin(), m_links.end(), [&](const PhraseMatch &l) {
            return m_scan.sentenceOf(l.first) == sentence && !(l.categories & Category::CausalVerb);
        });
    }
    bool firstPersonIn(int sentence) const
    {
        return m_sentenceMask[size_t(sentence)] & Category::FirstPerson;
    }
    bool linkInSentence(int token) const
    {
        return std::any_of(m_links.begin(), m_links.end(),
                           [&](const PhraseMatch &l) { return sameSentence(l.first, token); });
    }
    bool linkBetween(int from, int to) const
    {
        return std::any_of(m_links.begin(), m_links.end(),
                           [&](const PhraseMatch &l) { return l.first >= from && l.first < to; });
    }
    // A link in the symptom's sentence starting no later than the medicine: "vertiges depuis que je
    // prends", "c'est le paracétamol".
    bool linkBefore(int drug, int symptom) const
    {
        return std::any_of(m_links.begin(), m_links.end(), [&](const PhraseMatch &l) {
            return sameSentence(l.first, symptom) && l.first <= drug;
        });
    }
    bool onlyDeterminersBetween(int from, int to) const
    {
        if (to - from > kDeterminerReach)
            return false;
        for (int t = from; t < to; ++t) {
            bool determiner = false;
            for (const PhraseMatch &m : m_matches)
                if (m.first == t && m.end == t + 1 && (m.categories & Category::Determiner))
                    determiner = true;
            if (!determiner)
                return false;
        }
        return true;
    }
    bool inNotNegator(const PhraseMatch &negator) const
    {
        for (const PhraseMatch &m : m_matches) {
            if (m.first > negator.first)
                break;
            if ((m.categories & Category::NotNegator) && negator.first < m.end)
                return true;
        }
        return false;
    }
    bool startsInQuestionWord(const PhraseMatch &p) const
    {
        return std::any_of(m_matches.begin(), m_matches.end(), [&](const PhraseMatch &m) {
            return (m.categories & Category::QuestionWord) && m.end - m.first >= 2 && m.first <= p.first &&
                   p.first < m.end;
        });
    }
    bool inQuestionWord(const PhraseMatch &p) const
    {
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & Category::QuestionWord) && m.end - m.first >= 2 && m.first <= p.first &&
                p.end <= m.end)
                return true;
        return false;
    }
    bool categoryWithin(quint64 category, int from, int to) const
    {
        for (const PhraseMatch &m : m_matches)
            if ((m.categories & category) && m.first >= from && m.end <= to)
                return true;
        return false;
    }

    const MessageScan &m_scan;
    const std::vector<PhraseMatch> &m_matches;
    std::vector<quint64> m_sentenceMask;
    quint64 m_messageMask = 0;
    std::vector<int> m_drugStarts;      // first tokens of products and medicine words, sorted
    std::vector<int> m_namedDrugStarts; // the same without dose words
    std::vector<PhraseMatch> m_links;
    std::vector<PhraseMatch> m_symptoms;
};

void addEvidence(std::vector<EvidenceRange> &evidence, int first, int end, EvidenceKind kind)
{
    for (const EvidenceRange &e : evidence)
        if (first < e.endToken && e.firstToken < end)
            return; // the first claim on a word wins: products, then symptoms, then experience
    evidence.push_back(EvidenceRange{first, end, kind});
}

// Net sentiment of the words alone, for "dormi comme une masse 😍" (drowsiness wanted).
int plainSentiment(const MessageScan &scan)
{
    int sum = 0;
    for (const PhraseMatch &m : scan.matches)
        if (m.categories & Category::Sentiment)
            sum += m.sentiment;
    return sum;
}

} // namespace

void detectAdverseEvent(const MessageScan &scan, AdverseEventFinding &finding)
{
    finding.adverseEvent = false;
    finding.reportedSymptoms = 0;
    finding.negatedSymptoms = 0;
    finding.figurativeSymptoms = 0;
    finding.relievedSymptoms = 0;
    finding.evidence.clear();
    for (const ProductHit &p : scan.products)
        addEvidence(finding.evidence, p.firstToken, p.endToken, EvidenceKind::Product);

    const Facts facts(scan);
    std::vector<PhraseMatch> reported;
    finding.newsOnly = facts.newsOnly();
    if (!finding.newsOnly) {
        for (const PhraseMatch &s : facts.symptoms()) {
            if (facts.negated(s)) {
                ++finding.negatedSymptoms;
                continue;
            }
            if (facts.indication(s)) {
                finding.relievedSymptoms += facts.relieved(s) ? 1 : 0;
                continue;
            }
            if (facts.figurative(s)) {
                ++finding.figurativeSymptoms;
                continue;
            }
            if (facts.hypothetical(s))
                continue;
            reported.push_back(s);
        }
    }
    // A sleep aid that made someone sleep, told happily, is the effect it is sold for.
    const bool onlyDrowsy = std::all_of(reported.begin(), reported.end(),
                                        [](const PhraseMatch &s) { return s.categories & Category::Drowsy; });
    if (!reported.empty() && onlyDrowsy && plainSentiment(scan) > 0)
        reported.clear();
    finding.reportedSymptoms = int(reported.size());
    if (reported.empty())
        return;

    auto overlapsReported = [&](const PhraseMatch &m) {
        return std::any_of(reported.begin(), reported.end(),
                           [&](const PhraseMatch &s) { return overlaps(s, m); });
    };
    bool drug = !scan.products.empty();
    for (const PhraseMatch &m : scan.matches)
        if ((m.categories & kDrug) && !overlapsReported(m))
            drug = true;
    if (!drug)
        return;
    finding.adverseEvent = true;

    std::vector<char> symptomSentence(scan.text.sentences.size(), 0);
    for (const PhraseMatch &s : reported) {
        addEvidence(finding.evidence, s.first, s.end, EvidenceKind::Symptom);
        symptomSentence[size_t(scan.sentenceOf(s.first))] = 1;
    }
    std::vector<PhraseMatch> experience;
    longestMatches(scan.matches, Category::DrugReference, experience);
    for (const PhraseMatch &m : experience)
        addEvidence(finding.evidence, m.first, m.end, EvidenceKind::Product);
    longestMatches(scan.matches, Category::Intake | Category::Linked | Category::Person, experience);
    for (const PhraseMatch &m : experience) {
        if (!symptomSentence[size_t(scan.sentenceOf(m.first))])
            continue;
        // a lone "j", "me" or "moi" says little on its own: keep phrases and links
        if (m.end - m.first < 2 && !(m.categories & (Category::Linked | Category::Intake)))
            continue;
        addEvidence(finding.evidence, m.first, m.end, EvidenceKind::Experience);
    }
    for (const PhraseMatch &m : facts.links()) // "depuis" + a medicine
        if (symptomSentence[size_t(scan.sentenceOf(m.first))])
            addEvidence(finding.evidence, m.first, m.end, EvidenceKind::Experience);
    std::sort(finding.evidence.begin(), finding.evidence.end(),
              [](const EvidenceRange &a, const EvidenceRange &b) { return a.firstToken < b.firstToken; });
}

} // namespace classify
} // namespace vigie
