// bench_classify: classification throughput on one core, over a seeded mix of French and English
// messages of 30-280 characters with the demo world's nine products, against the least any
// text analysis does — lower-casing each message and splitting it into words — in the same run.
//   bench_classify [--messages N] [--runs N] [--seed N]
#include "classify/classifier.h"
#include "mediantime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace vigie;
using namespace vigie::classify;

using vigie::bench::medianMs;

namespace {

QList<ProductTerms> demoProducts()
{
    auto p = [](const char *name, const char *aliases, const char *inn) {
        return ProductTerms{QString::fromUtf8(name), QString::fromUtf8(aliases).split(u'|'),
                            QString::fromUtf8(inn), 0, 0};
    };
    return {p("Hélidol 500 mg", "Hélidol|Helidol|Hélidol 500", "paracétamol"),
            p("Hélidol 1 g", "Hélidol 1g|Helidol 1g", "paracétamol"),
            p("Hélidol Ibu 400 mg", "Hélidol Ibu|Helidol Ibu|HélidolIbu|ibuprofen", "ibuprofène"),
            p("Noctélia Mélatonine 1,9 mg", "Noctélia|Noctelia|Noctélia Mélatonine|melatonin", "mélatonine"),
            p("Noctélia Flash", "Noctélia Flash|Noctelia Flash|Noctélia spray|melatonin", "mélatonine"),
            p("Hélicard 5 mg", "Hélicard|Helicard|Hélicard 2,5 mg", "bisoprolol"),
            p("Orvalis Douleur 500 mg", "Orvalis|Orvalis Douleur", "paracétamol"),
            p("Orvalis Ibuprofène 200 mg", "Orvalis Ibu|Orvalis Ibuprofène|ibuprofen", "ibuprofène"),
            p("Orvalis Sommeil", "Orvalis Nuit|Orvalis Sommeil|melatonin", "mélatonine")};
}

// Phrases the generator strings together; {p} is a product as people write it (typos included).
const char *const kProducts[] = {"Hélidol",    "helidol",        "Hélidol 1g",    "Hélidol Ibu",
                                 "Noctélia",   "noctelia flash", "Hélicard",      "Helicrad",
                                 "Orvalis",    "Orvalis Nuit",   "paracétamol",   "ibuprofen",
                                 "mélatonine", "HELIDOL 500",    "Noctélia spray"};
const char *const kOpenings[] = {"Depuis que je prends {p} j'ai des vertiges",
                                 "{p} m'a donné des plaques rouges partout",
                                 "Aucun effet secondaire avec {p}, impeccable",
                                 "Est-ce que {p} peut donner des cauchemars ?",
                                 "J'ai mal à la tête, je prends un {p}",
                                 "Ma fille a pris {p} et elle a vomi toute la nuit",
                                 "{p} super efficace, merci !",
                                 "Selon l'ANSM, {p} fait l'objet d'un rappel de lot",
                                 "Ce match m'a donné la nausée 🤢",
                                 "{p} en rupture dans ma pharmacie, c'est pénible",
                                 "Since I started {p} my heart is racing at night",
                                 "{p} gave me hives and my lips swelled up 😵",
                                 "No side effects so far with {p} 👍",
                                 "Can {p} cause dizziness?",
                                 "This ad gives me a headache lol",
                                 "Took {p} for my migraine and it went away",
                                 "My son got a rash after taking {p}",
                                 "{p} is the best thing for period cramps",
                                 "Study shows {p} linked to stomach bleeding",
                                 "honestly {p} is not bad at all"};
const char *const kTails[] = {"",
                              " 😍",
                              " !!!",
                              " depuis lundi.",
                              " c'est normal ?",
                              " vraiment pas terrible",
                              " so happy with it",
                              " what do you think?",
                              " mon médecin dit que c'est rare.",
                              " — le pharmacien m'a conseillé d'en parler",
                              " anyway, back to work",
                              " #TeamNoctélia",
                              " @Helidol_FR",
                              " https://example.org/post/123",
                              " et en plus la boîte est trop chère, franchement je regrette"};

QStringList generateMessages(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    auto pick = [&](const auto &array) {
        return QString::fromUtf8(array[random.bounded(int(std::size(array)))]);
    };
    QStringList messages;
    messages.reserve(count);
    while (messages.size() < count) {
        // lengths spread evenly over 30-280 characters: one or more sentences, then a tail
        const int target = 30 + random.bounded(251);
        QString text = pick(kOpenings).replace(QLatin1String("{p}"), pick(kProducts));
        while (text.size() < target) {
            if (random.bounded(2) == 0)
                text += pick(kTails);
            else
                text += QStringLiteral(". ") + pick(kOpenings).replace(QLatin1String("{p}"), pick(kProducts));
        }
        messages << text.left(target);
    }
    return messages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages per run."), QStringLiteral("N"),
                      QStringLiteral("200000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure (the median is kept)."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Corpus seed."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("messages")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    const QStringList messages = generateMessages(count, parser.value(QStringLiteral("seed")).toUInt());
    qint64 characters = 0;
    for (const QString &m : messages)
        characters += m.size();

    QElapsedTimer buildTimer;
    buildTimer.start();
    const Classifier classifier(demoProducts());
    const double buildMs = buildTimer.nsecsElapsed() / 1e6;

    int flagged = 0;
    classifier.classify(messages.first()); // first call warms the per-thread buffers
    const double classifyMs = medianMs(runs, [&] {
        flagged = 0;
        for (const QString &m : messages)
            flagged += classifier.classify(m).adverseEvent ? 1 : 0;
    });
    qint64 words = 0;
    const double baselineMs = medianMs(runs, [&] {
        words = 0;
        for (const QString &m : messages)
            words += m.toLower().split(u' ', Qt::SkipEmptyParts).size();
    });

    const double perSecond = count / (classifyMs / 1000.0);
    const double baselinePerSecond = count / (baselineMs / 1000.0);
    out << QStringLiteral("messages: %1 (mean %2 characters, seed %3), runs: %4 (median kept), one thread\n")
               .arg(count)
               .arg(double(characters) / count, 0, 'f', 1)
               .arg(parser.value(QStringLiteral("seed")))
               .arg(runs);
    out << QStringLiteral("classifier built in %1 ms (9 products, lexicons included)\n")
               .arg(buildMs, 0, 'f', 1);
    out << QStringLiteral("classify:            %1 ms  %2 messages/s  (%3 flagged as adverse events)\n")
               .arg(classifyMs, 0, 'f', 1)
               .arg(perSecond, 0, 'f', 0)
               .arg(flagged);
    out << QStringLiteral("lower-case + split:  %1 ms  %2 messages/s  (%3 words)\n")
               .arg(baselineMs, 0, 'f', 1)
               .arg(baselinePerSecond, 0, 'f', 0)
               .arg(words);
    out << QStringLiteral("ratio classify / baseline time: %1x; target 20,000 messages/s: %2\n")
               .arg(classifyMs / baselineMs, 0, 'f', 2)
               .arg(perSecond >= 20000 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    return perSecond >= 20000 ? 0 : 1;
}
