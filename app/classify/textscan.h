#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

// Splits a message into words folded for matching (lower case, no accents, ligatures spelled out)
// while remembering where each word sits in the ORIGINAL text, in UTF-16 units, so evidence can be
// highlighted exactly whatever the text holds (emoji, accents, ligatures, NBSP, CRLF).
namespace vigie {
namespace classify {

struct Token
{
    int foldStart = 0; // into TextScan::folded
    int foldLength = 0;
    int start = 0; // UTF-16 offsets into the original text: [start, end)
    int end = 0;
    quint64 hash = 0; // of the folded text (wordHash)
    int sentence = 0;
    int clause = 0;
    bool emoji = false;
    bool frenchAccent = false; // é, è, ç… as written: a hint the message is French
};

struct Sentence
{
    int firstToken = 0;
    int endToken = 0; // one past the last
    bool question = false;
};

// FNV-1a over folded UTF-16 units; the same function indexes the vocabularies.
quint64 wordHash(const char16_t *units, int length);

class TextScan
{
public:
    // Reuses the buffers of the previous call: scanning allocates only while they grow.
    void scan(QStringView text);

    std::u16string_view word(const Token &token) const
    {
        return {folded.data() + token.foldStart, size_t(token.foldLength)};
    }

    std::vector<char16_t> folded;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    int exclamations = 0; // '!' written, for the sentiment's emphasis

private:
    void closeToken();
    void closeSentence(bool question);
    void addEmoji(int start, int end, const char16_t *units, int length);

    Token m_current;
    bool m_inToken = false;
    int m_clause = 0;
    bool m_lastWasDigit = false;
};

} // namespace classify
} // namespace vigie
