#include "classify/languageguess.h"

#include "classify/lexicon.h"

namespace vigie {
namespace classify {

QString guessLanguage(const MessageScan &scan)
{
    int french = 0;
    int english = 0;
    for (const PhraseMatch &m : scan.matches) {
        if (m.end - m.first != 1)
            continue; // single words only: "j ai" would count "j" and "ai" twice
        french += (m.categories & Category::French) ? 1 : 0;
        english += (m.categories & Category::English) ? 1 : 0;
    }
    int accents = 0;
    size_t nextProduct = 0;
    for (int i = 0; i < int(scan.text.tokens.size()); ++i) {
        while (nextProduct < scan.products.size() && scan.products[nextProduct].endToken <= i)
            ++nextProduct;
        const bool inProduct =
            nextProduct < scan.products.size() && scan.products[nextProduct].firstToken <= i;
        if (!inProduct && scan.text.tokens[size_t(i)].frenchAccent)
            ++accents;
    }
    const double fr = french + 0.75 * accents;
    const double en = english;
    if (fr == 0 && en == 0)
        return {};
    if (fr > en)
        return QStringLiteral("fr");
    if (en > fr)
        return QStringLiteral("en");
    return {};
}

} // namespace classify
} // namespace vigie
