#include "crisis/drivingterms.h"

#include <QHash>
#include <QSet>
#include <QtMath>
#include <algorithm>

namespace vigie {

namespace {

// Accent-free, as the stop-word list is written.
QString folded(const QString &word)
{
    QString result;
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        // French then English function words, and what social posts add to them.
        const char *list =
            "les des une uns unes aux par pour sur sous dans avec sans chez mais donc car que qui quoi "
            "dont ces ses mes tes nos vos leur leurs son sa ton ta mon notre votre elle elles ils nous "
            "vous lui eux moi toi soi est sont etait ete etre avoir ont avait ai as avez avons fait faire "
            "suis sera serait plus moins tres trop peu tout tous toute toutes rien pas non oui bien "
            "aussi encore deja alors comme quand comment pourquoi ici cela cette cet celui celle ceux "
            "quelqu aujourd hui dit dire entre vers depuis apres avant pendant jamais toujours meme autre "
            "autres "
            "quelque chaque "
            "the and for are but not you all any can had her was one our out has have him his how its "
            "may new now old see two way who did get got let say she too use that this with from they "
            "will would there their what when where which while about after again been before being "
            "could does doing just more most other some such than then them these those very your "
            "into over only also here because should want like really still even much many anyone "
            "http https www amp via";
        QSet<QString> set;
        for (const QString &w : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

} // namespace

QStringList crisisTerms(const QString &text)
{
    QStringList terms;
    const QString lower = text.toLower();
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i < n;) {
        // Links say nothing about the topic.
        if (lower.mid(i, 4) == QLatin1String("http")) {
            while (i < n && !lower.at(i).isSpace())
                ++i;
            continue;
        }
        const bool hashtag = lower.at(i) == QLatin1Char('#');
        qsizetype start = hashtag ? i + 1 : i;
        qsizetype end = start;
        while (end < n &&
               (lower.at(end).isLetterOrNumber() || (hashtag && lower.at(end) == QLatin1Char('_'))))
            ++end;
        if (end == start) {
            i = qMax(end, i + 1);
            continue;
        }
        const QString word = lower.mid(start, end - start);
        i = end;
        bool digits = true;
        for (QChar c : word)
            digits = digits && c.isDigit();
        if (digits)
            continue;
        if (hashtag) {
            const QString tag = QLatin1Char('#') + word;
            if (!terms.contains(tag))
                terms << tag;
            continue;
        }
        if (word.size() < 3 || stopWords().contains(folded(word)))
            continue;
        if (!terms.contains(word))
            terms << word;
    }
    return terms;
}

QStringList termsDrivingSpike(const QStringList &spikeTexts, const QStringList &baselineTexts, int maxTerms,
                              int minimumMentions)
{
    QHash<QString, int> spike, base;
    for (const QString &text : spikeTexts) {
        for (const QString &term : crisisTerms(text))
            ++spike[term];
    }
    for (const QString &text : baselineTexts) {
        for (const QString &term : crisisTerms(text))
            ++base[term];
    }
    const double spikeN = double(spikeTexts.size()) + 1.0;
    const double baseN = double(baselineTexts.size()) + 1.0;
    struct Scored
    {
        QString term;
        double excess;
        int count;
    };
    QList<Scored> scored;
    for (auto it = spike.cbegin(); it != spike.cend(); ++it) {
        if (it.value() < minimumMentions)
            continue;
        const double baseCount = base.value(it.key());
        const double logRatio = qLn((it.value() + 0.5) / spikeN) - qLn((baseCount + 0.5) / baseN);
        if (logRatio < qLn(2.0))
            continue;
        const double predicted = spikeN * (baseCount + 0.5) / baseN;
        scored << Scored{it.key(), it.value() - predicted, it.value()};
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.excess != b.excess)
            return a.excess > b.excess;
        return a.term < b.term;
    });
    QStringList result;
    for (const auto &s : scored) {
        if (result.size() >= maxTerms)
            break;
        result << s.term;
    }
    return result;
}

} // namespace vigie
