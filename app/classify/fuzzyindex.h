#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

// Finds the known words within a few typos of a token through a deletion-neighbourhood index
// (SymSpell style): every word is stored with the strings its deletions give, a token looks up its
// own deletions, and only the candidates that share one are checked with a real edit distance.
namespace vigie {
namespace classify {

class FuzzyIndex
{
public:
    static constexpr int MaxLength = 24; // longer tokens are URLs or hashtags, not words to correct

    // Adds word under id, reachable from tokens within maxEdits(word length) edits.
    void add(std::u16string_view word, int id);
    // Fills candidates (count slots, -1 when unused) with the closest ids, closest first.
    void lookup(std::u16string_view token, int *candidates, int count) const;
    bool isEmpty() const { return m_count == 0; }

    // Edits a word of this length may carry: none under minLength letters, 1, then 2 from 9.
    int maxEdits(int length) const { return length >= 9 ? 2 : (length >= m_minLength ? 1 : 0); }
    void setMinLength(int length) { m_minLength = length; }

    // Damerau-Levenshtein (optimal string alignment) distance, or limit + 1 once above limit.
    static int editDistance(std::u16string_view a, std::u16string_view b, int limit);

private:
    struct Slot
    {
        quint64 hash = 0;
        int id = -1;
    };
    template<typename F> static void forEachDeletion(std::u16string_view word, int edits, F &&visit);
    void insert(quint64 hash, int id);

    std::vector<Slot> m_slots;           // open addressing; one hash may have several slots
    std::vector<std::u16string> m_words; // by id (sparse)
    int m_count = 0;
    int m_minLength = 5;
};

} // namespace classify
} // namespace vigie
