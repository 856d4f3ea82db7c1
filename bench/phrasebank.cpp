#include "phrasebank.h"

#include <QList>
#include <array>

namespace vigie {
namespace bench {

namespace {

// %P = product, %B = brand, %S = symptom, %D = duration.
struct Bank
{
    QList<QString> openers, positive, neutral, negative, adverse, replies, context, closers, symptoms,
        durations;
};

QList<QString> fromUtf8(std::initializer_list<const char *> texts)
{
    QList<QString> list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

Bank frenchBank()
{
    Bank b;
    b.openers = fromUtf8({"", "", "Bonjour,", "Salut !", "@%B",
                          "Question rapide :", "Petit retour :", "Coucou,", "Hello,", "Alors voilà,"});
    b.positive = fromUtf8({"%P m'a vraiment soulagé en quelques jours, merci !",
                           "Je recommande %P, efficace et facile à prendre.",
                           "Très contente de %P, enfin quelque chose qui marche pour moi.",
                           "Bravo à l'équipe %B pour la nouvelle formule de %P.",
                           "Mon pharmacien m'a conseillé %P et je ne regrette pas.",
                           "Super campagne de prévention de %B, claire et utile."});
    b.neutral = fromUtf8(
        {"Est-ce que %P se prend pendant ou après le repas ?",
         "Où peut-on trouver %P en pharmacie en ce moment ?", "%P existe-t-il en format enfant ?",
         "Quelqu'un a déjà comparé %P avec un générique ?", "Le prix de %P a changé ou c'est ma pharmacie ?",
         "Vu une pub pour %P ce matin dans le métro.", "Peut-on prendre %P avec un autre traitement ?",
         "La notice de %P est-elle disponible en ligne ?"});
    b.negative = fromUtf8({"Rupture de %P dans trois pharmacies de mon quartier, c'est pénible.",
                           "%P ne m'a fait aucun effet, déçu.",
                           "Le service client de %B ne répond pas depuis une semaine.",
                           "L'emballage de %P est impossible à ouvrir pour ma mère.",
                           "Trop cher pour ce que c'est, %P n'est même pas remboursé."});
    b.adverse = fromUtf8({"Depuis que je prends %P j'ai %S, est-ce normal ?",
                          "J'ai eu %S après la deuxième prise de %P.",
                          "Ma fille a %S depuis qu'elle est sous %P, on arrête ?",
                          "Effet secondaire avec %P : %S pendant %D."});
    b.replies =
        fromUtf8({"Merci pour votre message, nous vous répondons en privé.",
                  "Bonjour, merci pour votre retour ! Nous transmettons à notre équipe.",
                  "Pour toute question sur votre traitement, demandez conseil à votre pharmacien ou à "
                  "votre médecin.",
                  "Nous sommes désolés. Pouvez-vous nous écrire en message privé avec le numéro de lot ?",
                  "Merci ! Toute l'équipe %B est ravie de lire cela."});
    b.context = fromUtf8({"Je le prends depuis %D.", "C'est ma deuxième boîte.", "Conseillé par mon médecin.",
                          "Je l'utilise pour toute la famille.", "J'ai lu la notice en entier.",
                          "Acheté en pharmacie à Lyon.", "Première fois que j'essaie."});
    b.closers = fromUtf8(
        {"", "Merci d'avance.", "Des avis ?", "Bonne journée !", "Merci !", "#santé", "Quelqu'un d'autre ?"});
    b.symptoms = fromUtf8({"des nausées", "des maux de tête", "des vertiges", "une éruption cutanée",
                           "des démangeaisons", "des troubles du sommeil", "mal au ventre"});
    b.durations = fromUtf8({"deux jours", "une semaine", "trois semaines", "un mois", "six mois"});
    return b;
}

Bank englishBank()
{
    Bank b;
    b.openers = fromUtf8({"", "", "Hi,", "Hey @%B,", "Quick question:", "Hello!", "So,", "Honest review:"});
    b.positive = fromUtf8({"%P really helped me within a few days, thank you!",
                           "Highly recommend %P, works fast and is easy to take.",
                           "Finally something that works for me: %P.", "Great job %B on the new %P formula.",
                           "My pharmacist suggested %P and I'm glad.",
                           "Loved the %B awareness campaign, clear and useful."});
    b.neutral =
        fromUtf8({"Should %P be taken with food or after?", "Where can I find %P in stores right now?",
                  "Is there a children's version of %P?", "Anyone compared %P with a generic?",
                  "Did the price of %P change or is it just my pharmacy?",
                  "Saw an ad for %P on the train this morning.",
                  "Can %P be taken together with other medication?", "Is the %P leaflet available online?"});
    b.negative = fromUtf8(
        {"%P is out of stock in three pharmacies near me, annoying.", "%P did nothing for me, disappointed.",
         "%B customer service hasn't answered in a week.",
         "The %P packaging is impossible to open for my mother.", "Way too expensive for what it is, %P."});
    b.adverse = fromUtf8(
        {"Since I started %P I've had %S, is that normal?", "Got %S after my second dose of %P.",
         "My son has had %S since he started %P, should we stop?", "Side effect with %P: %S for %D."});
    b.replies = fromUtf8({"Thanks for reaching out, we'll reply in a private message.",
                          "Hi, thanks for the feedback! We've passed it on to our team.",
                          "For any question about your treatment, please ask your pharmacist or doctor.",
                          "We're sorry to hear that. Could you DM us the batch number?",
                          "Thank you! The whole %B team is delighted to read this."});
    b.context = fromUtf8({"Been taking it for %D.", "It's my second box.", "My doctor recommended it.",
                          "I use it for the whole family.", "Read the whole leaflet.", "Bought it in London.",
                          "First time trying it."});
    b.closers = fromUtf8({"", "Thanks in advance.", "Any thoughts?", "Have a good day!", "Thanks!", "#health",
                          "Anyone else?"});
    b.symptoms = fromUtf8(
        {"nausea", "headaches", "dizziness", "a skin rash", "itching", "trouble sleeping", "stomach pain"});
    b.durations = fromUtf8({"two days", "a week", "three weeks", "a month", "six months"});
    return b;
}

const Bank &bankFor(Language language)
{
    static const Bank french = frenchBank();
    static const Bank english = englishBank();
    return language == Language::French ? french : english;
}

const QString &pick(QRandomGenerator &rng, const QList<QString> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString fill(QRandomGenerator &rng, const Bank &bank, QString text, const QString &product,
             const QString &brand)
{
    text.replace(QLatin1String("%P"), product);
    text.replace(QLatin1String("%B"), brand);
    if (text.contains(QLatin1String("%S")))
        text.replace(QLatin1String("%S"), pick(rng, bank.symptoms));
    if (text.contains(QLatin1String("%D")))
        text.replace(QLatin1String("%D"), pick(rng, bank.durations));
    return text;
}

const QList<QString> &mainSentences(const Bank &bank, Tone tone)
{
    switch (tone) {
    case Tone::Positive:
        return bank.positive;
    case Tone::Negative:
        return bank.negative;
    case Tone::AdverseEvent:
        return bank.adverse;
    case Tone::BrandReply:
        return bank.replies;
    case Tone::Neutral:
        break;
    }
    return bank.neutral;
}

void append(QString &text, const QString &part)
{
    if (part.isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1Char(' ');
    text += part;
}

constexpr int kMinLength = 30;
constexpr int kMaxLength = 280;

} // namespace

QString languageCode(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString composeText(QRandomGenerator &rng, Language language, Tone tone, const QString &product,
                    const QString &brand)
{
    const Bank &bank = bankFor(language);
    QString text;
    if (tone != Tone::BrandReply)
        append(text, fill(rng, bank, pick(rng, bank.openers), product, brand));
    append(text, fill(rng, bank, pick(rng, mainSentences(bank, tone)), product, brand));
    // Customers add up to four distinct sentences of context; long texts stop before the limit.
    const int extra = tone == Tone::BrandReply ? 0 : int(rng.bounded(5));
    QList<int> unused;
    for (int i = 0; i < bank.context.size(); ++i)
        unused << i;
    for (int i = 0; (i < extra || text.size() < kMinLength) && !unused.isEmpty(); ++i) {
        const int index = unused.takeAt(int(rng.bounded(quint32(unused.size()))));
        const QString sentence = fill(rng, bank, bank.context.at(index), product, brand);
        if (text.size() + 1 + sentence.size() > kMaxLength)
            break;
        append(text, sentence);
    }
    const QString closer = pick(rng, bank.closers);
    if (tone != Tone::BrandReply && text.size() + 1 + closer.size() <= kMaxLength)
        append(text, closer);
    return text.left(kMaxLength);
}

QList<EvidenceSpan> adverseEvidence(Language language, const QString &text, const QString &product)
{
    QList<EvidenceSpan> spans;
    auto add = [&](EvidenceKind kind, const QString &needle) {
        const int at = int(text.indexOf(needle));
        if (at >= 0)
            spans << EvidenceSpan{kind, at, int(needle.size()), needle};
        return at >= 0;
    };
    add(EvidenceKind::Product, product);
    for (const QString &symptom : bankFor(language).symptoms) {
        if (add(EvidenceKind::Symptom, symptom))
            break;
    }
    return spans;
}

Person randomPerson(QRandomGenerator &rng, Language language)
{
    static const QList<QString> frenchFirst =
        fromUtf8({"Claire", "Julien",  "Camille", "Léa",    "Hugo",   "Chloé",  "Nicolas",
                  "Inès",   "Mathieu", "Sophie",  "Thomas", "Manon",  "Élodie", "Antoine",
                  "Sarah",  "Benoît",  "Amélie",  "Karim",  "Céline", "Yanis"});
    static const QList<QString> frenchLast = fromUtf8(
        {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre",
         "Garnier", "Faure", "Rousseau", "Mercier", "Benali", "Nguyen", "Girard", "Bonnet"});
    static const QList<QString> englishFirst = fromUtf8(
        {"Emma",  "Oliver", "Amelia", "Jack",   "Isla", "Harry", "Ava",    "George", "Mia",   "Noah",
         "Grace", "Leo",    "Ruby",   "Arthur", "Lily", "Oscar", "Sophie", "Henry",  "Freya", "Jacob"});
    static const QList<QString> englishLast =
        fromUtf8({"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
                  "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall"});
    const bool french = language == Language::French;
    const QString &first = pick(rng, french ? frenchFirst : englishFirst);
    const QString &last = pick(rng, french ? frenchLast : englishLast);
    static constexpr std::array<char, 3> separators{'.', '_', '-'};
    Person person;
    person.name = first + QLatin1Char(' ') + last;
    person.handle = first.toLower() + QLatin1Char(separators[rng.bounded(3)]) + last.toLower() +
                    QString::number(rng.bounded(1000));
    return person;
}

} // namespace bench
} // namespace vigie
