#include "classify/fuzzyindex.h"

#include "classify/textscan.h"

#include <algorithm>

namespace vigie {
namespace classify {

namespace {
quint64 mixHash(quint64 h)
{
    h ^= h >> 31;
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    return h;
}

bool isAlphabetic(std::u16string_view word)
{
    return std::none_of(word.begin(), word.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

template<typename F> void FuzzyIndex::forEachDeletion(std::u16string_view word, int edits, F &&visit)
{
    char16_t buffer[MaxLength];
    const int n = int(word.size());
    visit(wordHash(word.data(), n));
    for (int i = 0; i < n; ++i) {
        int k = 0;
        for (int p = 0; p < n; ++p)
            if (p != i)
                buffer[k++] = word[size_t(p)];
        visit(wordHash(buffer, k));
        if (edits < 2)
            continue;
        for (int j = i + 1; j < n; ++j) {
            k = 0;
            for (int p = 0; p < n; ++p)
                if (p != i && p != j)
                    buffer[k++] = word[size_t(p)];
            visit(wordHash(buffer, k));
        }
    }
}

void FuzzyIndex::insert(quint64 hash, int id)
{
    if (size_t(m_count + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 2), Slot{});
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = mixHash(s.hash) & (m_slots.size() - 1);
            while (m_slots[i].id >= 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }
    size_t i = mixHash(hash) & (m_slots.size() - 1);
    while (m_slots[i].id >= 0) {
        if (m_slots[i].hash == hash && m_slots[i].id == id)
            return; // the same deletion reached twice ("hellidol" minus either l)
        i = (i + 1) & (m_slots.size() - 1);
    }
    m_slots[i] = Slot{hash, id};
    ++m_count;
}

void FuzzyIndex::add(std::u16string_view word, int id)
{
    const int edits = maxEdits(int(word.size()));
    if (edits == 0 || int(word.size()) > MaxLength || !isAlphabetic(word))
        return;
    if (m_words.size() <= size_t(id))
        m_words.resize(size_t(id) + 1);
    m_words[size_t(id)] = std::u16string(word);
    forEachDeletion(word, edits, [&](quint64 hash) { insert(hash, id); });
}

void FuzzyIndex::lookup(std::u16string_view token, int *candidates, int count) const
{
    const int n = int(token.size());
    if (n < m_minLength || n > MaxLength || m_count == 0 || !isAlphabetic(token))
        return;
    int distances[8] = {3, 3, 3, 3, 3, 3, 3, 3};
    count = std::min(count, 8);
    forEachDeletion(token, n >= 7 ? 2 : 1, [&](quint64 hash) {
        size_t i = mixHash(hash) & (m_slots.size() - 1);
        while (m_slots[i].id >= 0) {
            const Slot &slot = m_slots[i];
            i = (i + 1) & (m_slots.size() - 1);
            if (slot.hash != hash || std::find(candidates, candidates + count, slot.id) != candidates + count)
                continue;
            const std::u16string &word = m_words[size_t(slot.id)];
            const int limit = maxEdits(int(word.size()));
            const int distance = editDistance(token, word, limit);
            if (distance > limit)
                continue;
            for (int k = 0; k < count; ++k) { // keep the closest, in order of distance
                if (distance < distances[k]) {
                    for (int m = count - 1; m > k; --m) {
                        distances[m] = distances[m - 1];
                        candidates[m] = candidates[m - 1];
                    }
                    distances[k] = distance;
                    candidates[k] = slot.id;
                    break;
                }
            }
        }
    });
}

int FuzzyIndex::editDistance(std::u16string_view a, std::u16string_view b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n > MaxLength || m > MaxLength)
        return limit + 1;
    int rows[3][MaxLength + 1];
    int *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[size_t(i - 1)] == b[size_t(j - 1)] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[size_t(i - 1)] == b[size_t(j - 2)] &&
                a[size_t(i - 2)] == b[size_t(j - 1)])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            best = std::min(best, v);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

} // namespace classify
} // namespace vigie
