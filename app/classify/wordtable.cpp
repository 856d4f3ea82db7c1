#include "classify/wordtable.h"

#include "classify/textscan.h"

namespace vigie {
namespace classify {

WordTable::WordTable()
    : m_slots(64)
{}

int WordTable::find(std::u16string_view word, quint64 hash) const
{
    size_t i = size_t(hash) & (m_slots.size() - 1);
    while (true) {
        const Slot &s = m_slots[i];
        if (s.id < 0)
            return -1;
        if (s.hash == hash && m_words[size_t(s.id)] == word)
            return s.id;
        i = (i + 1) & (m_slots.size() - 1);
    }
}

int WordTable::insert(std::u16string_view word)
{
    const quint64 hash = wordHash(word.data(), int(word.size()));
    if (int id = find(word, hash); id >= 0)
        return id;
    if ((m_words.size() + 1) * 2 > m_slots.size())
        rehash(m_slots.size() * 2);
    const int id = int(m_words.size());
    m_words.emplace_back(word);
    size_t i = size_t(hash) & (m_slots.size() - 1);
    while (m_slots[i].id >= 0)
        i = (i + 1) & (m_slots.size() - 1);
    m_slots[i] = Slot{hash, id};
    return id;
}

void WordTable::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(slotCount, Slot{});
    for (const Slot &s : old) {
        if (s.id < 0)
            continue;
        size_t i = size_t(s.hash) & (m_slots.size() - 1);
        while (m_slots[i].id >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = s;
    }
}

PhraseTrie::PhraseTrie()
    : m_slots(64)
    , m_nodes(1)
{}

void PhraseTrie::insertSlot(quint64 key, int child)
{
    size_t i = mix(key) & (m_slots.size() - 1);
    while (m_slots[i].child >= 0)
        i = (i + 1) & (m_slots.size() - 1);
    m_slots[i] = Slot{key, child};
}

void PhraseTrie::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(slotCount, Slot{});
    for (const Slot &s : old)
        if (s.child >= 0)
            insertSlot(s.key, s.child);
}

int PhraseTrie::add(const std::vector<int> &words)
{
    int node = Root;
    for (int word : words) {
        int next = child(node, word);
        if (next < 0) {
            if (size_t(m_edges + 1) * 2 > m_slots.size())
                rehash(m_slots.size() * 2);
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            insertSlot((quint64(quint32(node)) << 32) | quint32(word), next);
            ++m_edges;
        }
        node = next;
    }
    return node;
}

} // namespace classify
} // namespace vigie
