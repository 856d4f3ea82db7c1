#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

// The two hash structures every lookup of the classifier goes through: a table of known words
// (folded text -> id) and a trie of phrases over word ids. Both are open-addressing tables so a
// lookup is a probe or two, never a loop over the vocabulary.
namespace vigie {
namespace classify {

class WordTable
{
public:
    WordTable();
    // The word's id, or -1 when it is not known. hash = wordHash(word).
    int find(std::u16string_view word, quint64 hash) const;
    // Adds the word if needed and returns its id (ids count from 0).
    int insert(std::u16string_view word);
    int size() const { return int(m_words.size()); }
    const std::u16string &word(int id) const { return m_words[size_t(id)]; }

private:
    struct Slot
    {
        quint64 hash = 0;
        int id = -1;
    };
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots; // size is a power of two, at most half full
    std::vector<std::u16string> m_words;
};

// What a phrase means once matched. A phrase can belong to several categories at once.
struct PhraseInfo
{
    quint64 categories = 0;
    qint8 sentiment = 0; // for Category::Sentiment phrases: -3…+3
    int value = -1;      // for product phrases: the product group
};

class PhraseTrie
{
public:
    PhraseTrie();
    static constexpr int Root = 0;
    int child(int node, int word) const
    {
        const quint64 key = (quint64(quint32(node)) << 32) | quint32(word);
        size_t i = mix(key) & (m_slots.size() - 1);
        while (true) {
            const Slot &s = m_slots[i];
            if (s.child < 0)
                return -1;
            if (s.key == key)
                return s.child;
            i = (i + 1) & (m_slots.size() - 1);
        }
    }
    // The node reached by words from the root, created as needed.
    int add(const std::vector<int> &words);
    PhraseInfo &info(int node) { return m_nodes[size_t(node)]; }
    const PhraseInfo &info(int node) const { return m_nodes[size_t(node)]; }
    int nodeCount() const { return int(m_nodes.size()); }

private:
    struct Slot
    {
        quint64 key = 0;
        int child = -1;
    };
    static quint64 mix(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return key;
    }
    void rehash(size_t slotCount);
    void insertSlot(quint64 key, int child);

    std::vector<Slot> m_slots;
    std::vector<PhraseInfo> m_nodes;
    int m_edges = 0;
};

} // namespace classify
} // namespace vigie
