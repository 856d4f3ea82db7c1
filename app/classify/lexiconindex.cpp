#include "classify/lexiconindex.h"

#include "classify/lexicon.h"

namespace vigie {
namespace classify {

QStringList expandPattern(const QString &pattern)
{
    QStringList results{QString()};
    int i = 0;
    while (i < pattern.size()) {
        const int open = pattern.indexOf(u'(', i);
        const QString literal = pattern.mid(i, open < 0 ? -1 : open - i);
        for (QString &r : results)
            r += literal;
        if (open < 0)
            break;
        const int close = pattern.indexOf(u')', open);
        if (close < 0) { // unbalanced: read the rest as written
            for (QString &r : results)
                r += pattern.mid(open + 1);
            break;
        }
        const QStringList choices = pattern.mid(open + 1, close - open - 1).split(u'|');
        QStringList next;
        for (const QString &r : std::as_const(results))
            for (const QString &choice : choices)
                next << r + choice;
        results = next;
        i = close + 1;
    }
    for (QString &r : results)
        r = r.simplified();
    results.removeAll(QString());
    return results;
}

std::vector<std::u16string> phraseWords(QStringView phrase)
{
    TextScan scan;
    scan.scan(phrase);
    std::vector<std::u16string> words;
    words.reserve(scan.tokens.size());
    for (const Token &t : scan.tokens)
        words.emplace_back(scan.word(t));
    return words;
}

const LexiconIndex &LexiconIndex::instance()
{
    static const LexiconIndex index;
    return index;
}

LexiconIndex::LexiconIndex()
{
    std::vector<LexiconBlock> blocks;
    for (auto part : {frenchSymptomBlocks(), englishSymptomBlocks(), frenchContextBlocks(),
                      englishContextBlocks(), sentimentBlocks(), languageBlocks()})
        blocks.insert(blocks.end(), part.begin(), part.end());
    std::vector<int> ids;
    std::vector<int> symptomWords;
    for (const LexiconBlock &block : blocks) {
        const QString text = QString::fromUtf8(block.entries);
        for (const QString &line : text.split(u'\n')) {
            for (const QString &entry : line.split(u';')) {
                for (const QString &phrase : expandPattern(entry)) {
                    ids.clear();
                    for (const std::u16string &word : phraseWords(phrase))
                        ids.push_back(m_words.insert(word));
                    if (ids.empty())
                        continue;
                    PhraseInfo &info = m_trie.info(m_trie.add(ids));
                    info.categories |= block.categories;
                    if (block.categories & Category::Sentiment)
                        info.sentiment = qint8(block.sentiment);
                    if (block.categories & Category::Symptom)
                        symptomWords.insert(symptomWords.end(), ids.begin(), ids.end());
                    ++m_phrases;
                }
            }
        }
    }
    m_symptomWords.setMinLength(6);
    for (int id : symptomWords)
        m_symptomWords.add(m_words.word(id), id);
}

int LexiconIndex::correctedSymptomWord(std::u16string_view word) const
{
    int candidate = -1;
    m_symptomWords.lookup(word, &candidate, 1);
    return candidate;
}

int LexiconIndex::wordId(std::u16string_view word, quint64 hash) const
{
    const int id = m_words.find(word, hash);
    if (id >= 0 || word.size() < 4 || word.back() != u's')
        return id;
    const std::u16string_view singular = word.substr(0, word.size() - 1);
    return m_words.find(singular, wordHash(singular.data(), int(singular.size())));
}

} // namespace classify
} // namespace vigie
